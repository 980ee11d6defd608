// Types for page-cache.mjs (plain JavaScript, since Next imports it unbundled).
export default class PageCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ctx: { cacheControl?: unknown; tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
