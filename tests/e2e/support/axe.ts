import AxeBuilder from "@axe-core/playwright";
import { type Page, expect } from "@playwright/test";

/** Every axe-core rule, on the whole page: no violations, each listed by rule, count and help text. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}
