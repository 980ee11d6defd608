import type { NextRequest } from "next/server";
import type { z } from "zod";
import { InvalidError, LadderError } from "@/lib/errors";

/** Write requests carry whole documents; the reference family is ~100 KB as JSON. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

class TooLargeError extends LadderError {
  constructor() {
    super(`The request body is larger than ${MAX_BODY_BYTES} bytes`, 413, "too_large");
  }
}

/** The request's JSON body checked by `schema`; every problem is a 422 naming its field. */
export async function readJsonBody<S extends z.ZodType>(request: NextRequest, schema: S): Promise<z.output<S>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new TooLargeError();
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new TooLargeError();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidError([{ path: "(body)", message: "must be a JSON object" }]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidError(parsed.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message })));
  }
  return parsed.data;
}
