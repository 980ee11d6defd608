/**
 * The development provider's demo people. Their rights come from their groups through the same
 * group→role map production uses (DEV_ROLE_MAP unless LADDER_ROLE_MAP is set), not from here.
 */
export type DevAccount = { email: string; name: string; groups: string[]; role: string };

export const devAccounts: readonly DevAccount[] = [
  { email: "employee@example.com", name: "Emma Employee", groups: ["staff"], role: "employee: reads everything" },
  {
    email: "manager@example.com",
    name: "Max Manager",
    groups: ["staff", "product-editors"],
    role: "manager: edits the product department",
  },
  { email: "admin@example.com", name: "Ada Admin", groups: ["staff", "ladder-admins"], role: "admin: everything" },
];

/**
 * Any other login is accepted too, as a plain employee: handy for trying a first sign-in or a
 * role an admin prepared. The name is made from the login ("jo.doe@x" → "Jo Doe").
 */
export function devAccountFor(login: string): DevAccount {
  const email = login.trim().toLowerCase();
  const known = devAccounts.find((a) => a.email === email);
  if (known) return known;
  const local = email.split("@")[0] || email;
  const name = local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
  return { email: email.includes("@") ? email : `${email}@example.com`, name: name || email, groups: ["staff"], role: "employee" };
}

/**
 * The ID token claims the development provider issues for an account. `email_verified: true`
 * matters: without it a first sign-in may not claim a user an admin prepared by email.
 */
export function devClaimsFor(accountId: string): { sub: string; email: string; email_verified: true; name: string; groups: string[] } {
  const account = devAccountFor(accountId);
  return { sub: accountId, email: account.email, email_verified: true, name: account.name, groups: account.groups };
}
