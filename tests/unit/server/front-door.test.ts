import { afterEach, describe, expect, it, vi } from "vitest";
import type { MemoryAnswer } from "../../../lib/server/front-door";
import { PASSED_TO_NEXT, serveWithFrontDoor } from "../../support/front-door";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  vi.restoreAllMocks();
});

async function ask(answers: MemoryAnswer[], method = "GET") {
  const server = await serveWithFrontDoor(answers);
  close = server.close;
  const response = await fetch(`${server.base}/job-families/product/leadership`, { method });
  return { status: response.status, body: await response.text() };
}

const answersWith = (text: string): MemoryAnswer => (_request, response) => Promise.resolve((response.end(text), true));

describe("the front door", () => {
  it("answers with the first answer that takes the request", async () => {
    const never = vi.fn<MemoryAnswer>(() => null);
    expect(await ask([() => null, answersWith("from memory"), never])).toEqual({ status: 200, body: "from memory" });
    expect(never).not.toHaveBeenCalled();
  });

  it("passes to Next.js what no answer takes, or an answer gave up on, or one that failed", async () => {
    expect(await ask([() => null])).toEqual({ status: 200, body: PASSED_TO_NEXT });
    expect(await ask([() => Promise.resolve(false)])).toEqual({ status: 200, body: PASSED_TO_NEXT });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await ask([() => Promise.reject(new Error("broken"))])).toEqual({ status: 200, body: PASSED_TO_NEXT });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("Next.js answers it"), expect.any(Error));
  });

  it("refuses a method Ladder does not serve before any answer sees it", async () => {
    const answer = vi.fn<MemoryAnswer>(() => null);
    expect((await ask([answer], "PROPFIND")).status).toBe(405);
    expect(answer).not.toHaveBeenCalled();
  });
});
