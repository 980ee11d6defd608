import { test } from "@playwright/test";
import { hasSharedData, missingSharedDataReason } from "../../support/shared-data";

/** The reference family as global setup imports it (tests/e2e/support/global-setup.ts). */
export const reference = {
  department: "product",
  slug: "product-management-leadership",
  title: "Product Management - Leadership",
  path: "/job-families/product/product-management-leadership",
  levels: [
    { id: "group-manager-product-gmp", title: "Group Manager, Product (GMP)", grade: 9.5 },
    { id: "director-of-product-management", title: "Director of Product Management", grade: 10 },
    { id: "senior-director-of-product-management", title: "Senior Director of Product Management", grade: 11 },
    { id: "vp-of-product-management", title: "VP of Product Management", grade: 12 },
    { id: "vp-of-product-monetization", title: "VP of Product Monetization", grade: 12 },
  ],
};

export const levelPath = (id: string) => `${reference.path}/${id}`;

/** Skips the calling test file when the reference page is not beside the repository. */
export function needsReference() {
  test.skip(!hasSharedData, missingSharedDataReason);
}
