import { describe, expect, it } from "vitest";
import type { DepartmentSummary, FamilyCard } from "../../../lib/families/catalog";
import { departmentListHtml, familyCardsHtml, recentListHtml } from "../../../lib/families/html/catalog";

const changed = new Date("2026-03-03T10:20:30Z");

const card = (over: Partial<FamilyCard> = {}): FamilyCard => ({
  department: "product",
  departmentName: "Product",
  slug: "product-leadership",
  title: "Product Leadership",
  currentRevision: 4,
  updatedAt: changed,
  levels: [
    { id: "vp-of-product", title: "VP of Product", abbreviation: null, grade: 12 },
    { id: "gpm", title: "Group Product Manager", abbreviation: "GPM", grade: 9.5 },
    { id: "advisor", title: "Advisor", abbreviation: null, grade: null },
  ],
  ...over,
});

/** The text a reader sees, tags taken out. */
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the home and department pages' lists as HTML", () => {
  it("a department card: its anchor, a link to its page and its facts in one line", () => {
    const department: DepartmentSummary = { slug: "product", name: "Product", families: 3, grades: { min: 9.5, max: 12 }, updatedAt: changed };
    const html = departmentListHtml([department, { ...department, slug: "legal", name: "Legal", families: 1, grades: { min: 8, max: 8 } }]);
    expect(html).toContain('<li id="product" class="card"><h3><a href="/job-families/product">Product</a></h3>');
    expect(text(html)).toContain("Product3 job families · grades 9.5–12 · changed Mar 3, 2026");
    expect(text(html)).toContain("Legal1 job family · grade 8 · changed");
    expect(html).toContain('<time datetime="2026-03-03">');
  });

  it("a family card: named region, link to the family, levels by grade with ungraded last, each to its level page", () => {
    const html = familyCardsHtml([card()]);
    expect(html).toContain('<section class="card" aria-labelledby="f-product-leadership"><h2 id="f-product-leadership">');
    expect(text(html)).toContain("3 levels · grades 9.5–12 · changed Mar 3, 2026");
    const levels = [...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a>(?:<span class="grade">([^<]+)<\/span>)?<\/li>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(levels).toEqual([
      ["/job-families/product/product-leadership/gpm", "Group Product Manager", "9.5"],
      ["/job-families/product/product-leadership/vp-of-product", "VP of Product", "12"],
      ["/job-families/product/product-leadership/advisor", "Advisor", undefined],
    ]);
  });

  it("a family without levels says so and draws no empty list", () => {
    const html = familyCardsHtml([card({ levels: [] })]);
    expect(text(html)).toContain("0 levels · changed");
    expect(html).not.toContain("<ol");
  });

  it("the families changed last name their department", () => {
    expect(text(recentListHtml([card()]))).toContain("Product Leadership in Product3 levels");
  });

  it("escapes names: a title is text, never markup", () => {
    const hostile = card({ title: '<img src=x onerror="alert(1)">', departmentName: "R&D <b>", levels: [{ id: "x", title: "<script>", abbreviation: null, grade: 1 }] });
    const html = familyCardsHtml([hostile]) + recentListHtml([hostile]);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("R&amp;D &lt;b&gt;");
  });
});
