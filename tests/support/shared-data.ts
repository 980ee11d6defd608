import { existsSync } from "node:fs";
import { resolve } from "node:path";

/**
 * The reference page and the real-page corpus live beside the repository, not in it: the one
 * setting `LADDER_SHARED_DIR` points at them (default `../shared` from the repository root).
 */
const repoRoot = resolve(import.meta.dirname, "..", "..");

export const sharedDir = resolve(repoRoot, process.env.LADDER_SHARED_DIR ?? "../shared");

export const referencePage = resolve(sharedDir, "seed", "product-management-leadership.md");

/** Whether the reference data is there; tests that need it skip (with this reason) when it is not. */
export const hasSharedData = existsSync(referencePage) && existsSync(resolve(sharedDir, "corpus"));

export const missingSharedDataReason = `reference data not found at ${sharedDir}; set LADDER_SHARED_DIR`;
