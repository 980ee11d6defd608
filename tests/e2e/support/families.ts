import { type APIRequestContext, expect } from "@playwright/test";

type FamilyList = { departments: { slug: string; families: { slug: string; revision: number }[] }[] };

/**
 * A family in `department` from the server's demo content, found through the API so the tests do
 * not depend on which families the demo content has.
 */
export async function someFamily(request: APIRequestContext, department: string, headers: Record<string, string> = {}) {
  const response = await request.get("/api/v1/families", { headers });
  expect(response.status()).toBe(200);
  const list = (await response.json()) as FamilyList;
  const family = list.departments.find((d) => d.slug === department)?.families[0];
  if (!family) throw new Error(`the demo content has no family in department ${department}`);
  return { department, slug: family.slug, url: `/api/v1/families/${department}/${family.slug}` };
}
