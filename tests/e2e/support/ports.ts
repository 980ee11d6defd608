/**
 * Ports of the test server and its development SSO provider. Fixed (not random) because the
 * Playwright config needs the base URL before global setup runs; away from 3000/3001 so a
 * running `npm run dev` does not collide. app+2…app+8 are the start-up refusal tests' servers;
 * the tests against other providers use app+9…app+12.
 */
export function e2ePorts() {
  const app = Number(process.env.LADDER_E2E_PORT ?? 3210);
  return {
    app,
    sso: app + 1,
    /** Ladder signing in through Glewlwyd, and Glewlwyd itself. */
    glewlwydApp: app + 9,
    glewlwyd: app + 10,
    /** Ladder signing in through a separately configured oidc-provider, and that provider. */
    externalApp: app + 11,
    externalSso: app + 12,
  };
}
