import { beforeAll, describe, expect, it, vi } from "vitest";
import { memoUntilContentChanges } from "../../../lib/server/content-memo";
import PageCache from "../../../lib/server/page-cache.mjs";
import { contentChanged } from "../../../lib/server/cached-pages.mjs";

// No PostgreSQL here: this process is the only writer, as with the embedded store.
beforeAll(() => vi.stubEnv("DATABASE_URL", ""));

describe("what the API keeps in memory until content changes", () => {
  it("is read again after a save on this instance (revalidatePath) or a change heard from PostgreSQL", async () => {
    const get = memoUntilContentChanges<string>("test-fresh", 1024, (v) => v.length);
    let stored = "revision 1";
    const load = vi.fn(async () => stored);
    expect(await get("family", load)).toBe("revision 1");
    expect(await get("family", load)).toBe("revision 1");
    expect(load).toHaveBeenCalledTimes(1);

    stored = "revision 2";
    await new PageCache().revalidateTag("_N_T_/layout"); // what familyChanged's revalidatePath reaches
    expect(await get("family", load)).toBe("revision 2");

    stored = "revision 3";
    contentChanged(); // a change another instance or the CLI made, read from PostgreSQL
    expect(await get("family", load)).toBe("revision 3");
  });

  it("does not keep what was read while a change came in", async () => {
    const get = memoUntilContentChanges<string>("test-race", 1024, (v) => v.length);
    let stored = "old";
    const racing = async () => {
      const read = stored;
      stored = "new";
      contentChanged(); // committed while the read was on its way
      return read;
    };
    expect(await get("family", racing)).toBe("old");
    expect(await get("family", async () => stored)).toBe("new");
  });

  it("forgets the least recently used entries beyond its size", async () => {
    const get = memoUntilContentChanges<string>("test-size", 25, (v) => v.length);
    const load = vi.fn(async () => "0123456789");
    await get("a", load);
    await get("b", load);
    await get("a", load); // a is now the most recently used
    await get("c", load); // 30 > 25: b goes
    expect(load).toHaveBeenCalledTimes(3);
    await get("a", load);
    await get("c", load);
    expect(load).toHaveBeenCalledTimes(3);
    await get("b", load);
    expect(load).toHaveBeenCalledTimes(4);
  });
});
