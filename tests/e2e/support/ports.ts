/**
 * Ports of the test server and its development SSO provider. Fixed (not random) because the
 * Playwright config needs the base URL before global setup runs; away from 3000/3001 so a
 * running `npm run dev` does not collide.
 */
export function e2ePorts() {
  const app = Number(process.env.LADDER_E2E_PORT ?? 3210);
  return { app, sso: app + 1 };
}
