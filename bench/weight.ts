import { readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";

export type PageWeight = {
  html: string;
  htmlBytes: number;
  /** Bytes on the wire when the browser accepts gzip, and whether the server compressed at all. */
  wireBytes: number;
  contentEncoding: string | null;
  /** Gzip bytes of every script the page loads, and of those beyond the framework's own. */
  scriptBytes: number;
  extraScriptBytes: number;
  /** The scripts beyond the framework's, with their gzip bytes: what to look at when that is too much. */
  extraScripts: [string, number][];
};

/** A GET as a browser sends it (gzip accepted), counting the bytes that cross the wire. */
function wire(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number; encoding: string | null }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip", ...headers } }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, encoding: (res.headers["content-encoding"] as string) ?? null }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** How heavy the signed-in family page is: its HTML, compressed and not, and the JavaScript it loads. */
export async function pageWeight(url: string, cookie: string, root: string): Promise<PageWeight> {
  const html = await (await fetch(url, { headers: { cookie } })).text();
  const compressed = await wire(url, { cookie });
  // The chunks every page of the app loads (React, Next's router): the framework's baseline.
  const manifest = JSON.parse(readFileSync(join(root, ".next", "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  const framework = new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`));
  // What a current browser fetches: `nomodule` scripts (polyfills for old browsers, ~40 KB) it skips.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1].replace(/&amp;/g, "&")))];
  let scriptBytes = 0;
  let extraScriptBytes = 0;
  const extraScripts: [string, number][] = [];
  for (const src of scripts) {
    const { bytes } = await wire(new URL(src, url).toString(), { cookie });
    scriptBytes += bytes;
    if (framework.has(src.split("?")[0])) continue;
    extraScriptBytes += bytes;
    extraScripts.push([src, bytes]);
  }
  return {
    html,
    htmlBytes: Buffer.byteLength(html),
    wireBytes: compressed.bytes,
    contentEncoding: compressed.encoding,
    scriptBytes,
    extraScriptBytes,
    extraScripts,
  };
}
