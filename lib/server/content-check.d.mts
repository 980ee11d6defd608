// Types for content-check.mjs (plain JavaScript: the cache handler that imports it is loaded unbundled).
export function contentConfirmed(): Promise<boolean>;
