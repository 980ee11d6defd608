import { NotFoundError } from "@/lib/errors";

/** The `{n}` of a revision address as a number: revisions are numbered 1, 2, 3…, anything else names none. */
export function revisionNumber(params: { department: string; family: string; n: string }): number {
  if (!/^[1-9]\d{0,8}$/.test(params.n)) throw new NotFoundError(`No revision ${params.n} of ${params.department}/${params.family}`);
  return Number(params.n);
}
