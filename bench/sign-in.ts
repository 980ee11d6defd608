import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { signIn } from "../tests/e2e/support/sign-in";

/**
 * Signs `email` in through the real flow (sign-in page → the development OIDC provider's form →
 * callback) in Chromium, the way the browser tests do, and returns the Cookie header the
 * browser then sends.
 */
export async function signedInCookie(baseURL: string, email: string): Promise<string> {
  const debian = "/usr/bin/chromium";
  const browser = await chromium.launch(
    existsSync(debian) ? { executablePath: debian, args: ["--no-sandbox", "--headless", "--disable-gpu"] } : {},
  );
  try {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signIn(page, email);
    const cookies = await context.cookies(baseURL);
    const session = cookies.filter((c) => c.name.includes("next-auth.session-token"));
    if (session.length === 0) throw new Error(`signing in ${email} left no session cookie`);
    return session.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}
