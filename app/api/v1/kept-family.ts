import { can } from "@/lib/access/policy";
import { rememberedSubject } from "@/lib/access/subject-memo";
import { apiCredential, cookiesOf } from "@/lib/auth/credential";
import { keptPublishedFamily } from "@/lib/families/published";
import { contentConfirmed } from "@/lib/server/content-check.mjs";
import type { MemoryAnswer } from "@/lib/server/front-door";
import { sendBytes } from "@/lib/server/send-bytes";
import { FAMILY_JSON_HEADERS, familyJson } from "./present";

const FAMILY = /^\/api\/v1\/families\/([^/?]+)\/([^/?]+)$/;

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/**
 * `GET /api/v1/families/{department}/{family}` answered in front of Next
 * (lib/server/front-door.ts) when everything it needs is in memory: the caller, looked up by the
 * route less than 2 s ago (lib/access/subject-memo.ts), may read the family, and the family's
 * JSON is current (lib/families/published.ts). What the route would answer, byte for byte (the
 * same function makes it), without Next's route handler, which costs a cached read several times
 * the read itself. Otherwise — an unknown caller, a family not read yet, anything refused — the
 * route answers, with its checks and errors.
 */
export const keptFamilyAnswer: MemoryAnswer = (request, response) => {
  const address = request.method === "GET" ? FAMILY.exec(request.url ?? "") : null;
  const [department, family] = address ? [decoded(address[1]), decoded(address[2])] : [null, null];
  if (department === null || family === null) return null;
  return (async () => {
    const credential = await apiCredential(request.headers.authorization, cookiesOf(request.headers.cookie));
    const subject = credential && credential !== "malformed" ? rememberedSubject(credential.key) : null;
    if (!subject || !can(subject, "family.read", { department, family })) return false;
    // A save committed anywhere before this request must not be answered from memory.
    if (!(await contentConfirmed())) return false;
    const published = keptPublishedFamily(department, family);
    if (!published) return false;
    // Answered from memory, as pages are (lib/server/cached-document.ts).
    sendBytes(request, response, familyJson(subject, department, family, published), { ...FAMILY_JSON_HEADERS, "x-ladder-cache": "HIT" });
    return true;
  })();
};
