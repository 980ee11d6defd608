import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and file assets that bundling breaks (the first query fails with
  // ERR_INVALID_ARG_TYPE); oidc-provider is a Koa server that only runs in development.
  serverExternalPackages: ["@electric-sql/pglite", "oidc-provider", "postgres"],
  poweredByHeader: false,
};

export default nextConfig;
