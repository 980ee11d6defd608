import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/server/security-headers";

const nextConfig: NextConfig = {
  // PGlite ships WASM and file assets that bundling breaks (the first query fails with
  // ERR_INVALID_ARG_TYPE); oidc-provider is a Koa server that only runs in development.
  serverExternalPackages: ["@electric-sql/pglite", "oidc-provider", "postgres"],
  poweredByHeader: false,
  // Reading pages are rendered once and kept in memory until content changes on any instance
  // (see the file); Next's own cache would only forget them in the instance that saved.
  cacheHandler: fileURLToPath(new URL("./lib/server/page-cache.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // The same headers on every answer, Next's and the front door's (lib/server/security-headers.ts).
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
  // forbidden() renders app/forbidden.tsx (a real 403 page) only with this flag in Next 16.
  experimental: { authInterrupts: true },
  // `next dev` opened as http://127.0.0.1:3000 must load its scripts too, not only localhost.
  allowedDevOrigins: ["127.0.0.1"],
};

export default nextConfig;
