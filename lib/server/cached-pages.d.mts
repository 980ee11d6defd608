// Types for cached-pages.mjs (plain JavaScript: the cache handler that imports it is loaded unbundled).
export type Document = { body: Uint8Array<ArrayBuffer>; etag: string };
export function freshDocument(path: string): Document | null;
export function keep(key: string, value: unknown, meta: { lastModified: number; cacheControl: unknown; tags: string[]; limitBytes: number }): void;
export function contentChanged(): void;
export function contentVersion(): number;
