import type { NextRequest } from "next/server";
import { can } from "@/lib/access/policy";
import { rememberedSubject } from "@/lib/access/subject-memo";
import { apiCredential } from "@/lib/auth/credential";
import { keptPublishedFamily } from "@/lib/families/published";
import { contentConfirmed } from "@/lib/server/content-check.mjs";
import { familyJsonResponse } from "./present";

const FAMILY = /^\/api\/v1\/families\/([^/]+)\/([^/]+)$/;

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/**
 * `GET /api/v1/families/{department}/{family}` answered by the proxy when everything it needs is
 * in memory: the caller, looked up by the route less than 2 s ago (lib/access/subject-memo.ts),
 * may read the family, and the family's JSON is current (lib/families/published.ts). What the
 * route would answer, byte for byte (the same function makes it), without Next's route handler,
 * which costs a cached read several times the read itself. Null otherwise — an unknown caller, a
 * family not read yet, anything refused — and the route answers, with its checks and errors.
 */
export async function keptFamilyResponse(request: NextRequest): Promise<Response | null> {
  if (request.method !== "GET" || request.nextUrl.search !== "") return null;
  const address = FAMILY.exec(request.nextUrl.pathname);
  const [department, family] = address ? [decoded(address[1]), decoded(address[2])] : [null, null];
  if (department === null || family === null) return null;
  const credential = await apiCredential(request);
  const subject = credential && credential !== "malformed" ? rememberedSubject(credential.key) : null;
  if (!subject || !can(subject, "family.read", { department, family })) return null;
  // A save committed anywhere before this request must not be answered from memory.
  if (!(await contentConfirmed())) return null;
  const published = keptPublishedFamily(department, family);
  if (!published) return null;
  const response = familyJsonResponse(subject, department, family, published);
  response.headers.set("x-ladder-cache", "HIT"); // answered from memory, as pages are (lib/server/cached-document.ts)
  return response;
}
