import { devAccounts } from "./dev-accounts";

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const style = `
  body { font: 16px/1.5 system-ui, sans-serif; background: #f1f5f9; color: #0f172a; margin: 0; }
  main { max-width: 26rem; margin: 4rem auto; background: #fff; border: 1px solid #e2e8f0; border-radius: .75rem; padding: 2rem; }
  h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
  p.note { color: #b45309; background: #fffbeb; border: 1px solid #fde68a; border-radius: .5rem; padding: .5rem .75rem; font-size: .875rem; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem .6rem; border: 1px solid #94a3b8; border-radius: .4rem; }
  button { font: inherit; cursor: pointer; border-radius: .4rem; }
  .primary { margin-top: 1.25rem; width: 100%; padding: .6rem; background: #4338ca; color: #fff; border: 0; font-weight: 600; }
  .error { color: #b91c1c; font-weight: 600; }
  ul { padding: 0; list-style: none; }
  li form { display: flex; justify-content: space-between; align-items: center; gap: .5rem; padding: .4rem 0; border-top: 1px solid #e2e8f0; }
  li small { display: block; color: #475569; }
  .quick { background: #eef2ff; color: #3730a3; border: 1px solid #c7d2fe; padding: .25rem .6rem; }
  a { color: #4338ca; }
`;

/**
 * The development provider's login form. Like a real IdP it asks for a login and a password,
 * but it accepts any password: it exists so a fresh clone can sign in without a company IdP.
 */
export function devLoginPage(options: { uid: string; loginHint?: string; error?: string }): string {
  const action = `/interaction/${encodeURIComponent(options.uid)}/login`;
  const accounts = devAccounts
    .map(
      (a) => `<li><form method="post" action="${action}">
        <span>${escape(a.email)}<small>${escape(a.role)}</small></span>
        <input type="hidden" name="login" value="${escape(a.email)}"><input type="hidden" name="password" value="demo">
        <button class="quick" type="submit">Use</button></form></li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Development SSO · Sign in</title>
<style>${style}</style></head><body><main>
<h1>Development SSO</h1>
<p class="note">A local stand-in for your company's identity provider. Any password works. Never used for real people.</p>
${options.error ? `<p class="error" role="alert">${escape(options.error)}</p>` : ""}
<form method="post" action="${action}">
  <label for="login">Email</label>
  <input id="login" name="login" type="email" required autocomplete="username" value="${escape(options.loginHint ?? "")}" ${options.loginHint ? "" : "autofocus"}>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" required autocomplete="current-password" ${options.loginHint ? "autofocus" : ""}>
  <button class="primary" type="submit">Sign in</button>
</form>
<h2 style="font-size:1rem;margin-top:2rem">Demo accounts</h2>
<ul>${accounts}</ul>
<p><a href="/interaction/${encodeURIComponent(options.uid)}/abort">Cancel</a></p>
</main></body></html>`;
}

const page = (title: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Development SSO · ${escape(title)}</title>
<style>${style}</style></head><body><main>
<h1>Development SSO</h1>
${body}
</main></body></html>`;

/**
 * RP-initiated logout asks before ending the session (so another site cannot sign you out of
 * everything); `form` is oidc-provider's hidden form with its own CSRF field.
 */
export async function devLogoutPage(ctx: { body?: unknown }, form: string): Promise<void> {
  ctx.body = page(
    "Sign out",
    `<p>Sign out of the development SSO too? The next sign-in will ask for a login again.</p>
${form}
<button class="primary" type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Sign out of the development SSO</button>
<button class="quick" style="margin-top:.75rem;width:100%" type="submit" form="op.logoutForm">Stay signed in here</button>`,
  );
}

/** Shown when a sign-out came without a way back (no post_logout_redirect_uri). */
export async function devSignedOutPage(ctx: { body?: unknown }): Promise<void> {
  ctx.body = page("Signed out", "<p>You are signed out of the development SSO.</p>");
}
