import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and file assets that bundling breaks (the first query fails with
  // ERR_INVALID_ARG_TYPE); oidc-provider is a Koa server that only runs in development.
  serverExternalPackages: ["@electric-sql/pglite", "oidc-provider", "postgres"],
  poweredByHeader: false,
  // Reading pages are rendered once and kept in memory until content changes on any instance
  // (see the file); Next's own cache would only forget them in the instance that saved.
  cacheHandler: fileURLToPath(new URL("./lib/server/page-cache.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // No page of Ladder may be framed by another site (clickjacking of admin buttons).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
  // forbidden() renders app/forbidden.tsx (a real 403 page) only with this flag in Next 16.
  experimental: { authInterrupts: true },
  // `next dev` opened as http://127.0.0.1:3000 must load its scripts too, not only localhost.
  allowedDevOrigins: ["127.0.0.1"],
};

export default nextConfig;
