// The bare-Next baseline: the family page's HTML (saved by the bench before it builds this app),
// rendered once at build time and served from Next's static cache like any static page.
import { readFileSync } from "node:fs";

export const dynamic = "force-static";

export function GET() {
  return new Response(readFileSync(process.env.LADDER_BASELINE_HTML), {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
