// Types for cached-pages.mjs (plain JavaScript: the cache handler that imports it is loaded unbundled).
export type Document = { body: Uint8Array<ArrayBuffer>; etag: string };
export function freshDocument(path: string): Document | null;
export type Moment = { at: number; version: number };
export function keep(key: string, value: unknown, meta: { began: Moment; cacheControl: unknown; tags: string[]; limitBytes: number }): void;
export function now(): Moment;
export function contentChanged(): void;
export function contentVersion(): number;
