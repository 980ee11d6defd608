import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, roleGrants } from "../../../db/schema";
import { grantRole, revokeGrantById, revokeRole } from "../../../lib/access/grants";
import { parseRoleMap } from "../../../lib/access/group-roles";
import { can } from "../../../lib/access/policy";
import { loadSubject } from "../../../lib/access/subjects";
import { SignInRefusedError, findUserByEmail, peopleMissingGroups, recordSignIn } from "../../../lib/access/users";
import { InvalidError, NotFoundError } from "../../../lib/errors";
import { stores, useDatabase } from "../../support/databases";

const admin = { id: null, name: "test admin" };
const { rules } = parseRoleMap("pm-leads=editor:product; ladder-admins=admin");
const pm = { department: "product", family: "pm" };

describe.each(stores)("users and grants on $label", (store) => {
  const database = useDatabase(store);

  it.skipIf(store.skip)("creates the user at first sign-in and updates them at the next", async () => {
    const first = await recordSignIn(database().db, { emailVerified: true, subject: "s-1", email: "Ann@Example.com", name: "Ann", groups: [] }, rules);
    const again = await recordSignIn(database().db, { emailVerified: true, subject: "s-1", email: "ann@example.com", name: "Ann B", groups: ["x"] }, rules);
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ email: "ann@example.com", name: "Ann B", groups: ["x"] });
    expect(again.lastSeenAt).toBeInstanceOf(Date);
  });

  it.skipIf(store.skip)("keeps group roles when the groups claim is missing, and records the sign-in for admins", async () => {
    const profile = { subject: "s-missing", email: "keep@example.com", emailVerified: true, name: null };
    const user = await recordSignIn(database().db, { ...profile, groups: ["pm-leads"] }, rules);
    const report = {
      at: new Date().toISOString(),
      email: profile.email,
      emailVerified: true,
      name: null,
      groups: null,
      groupsClaim: "grps",
      groupsSource: "missing" as const,
      claimNames: ["email", "sub"],
    };
    const again = await recordSignIn(database().db, { ...profile, groups: null, report }, rules);
    expect(again.groups).toEqual(["pm-leads"]);
    expect(again.lastSignIn).toEqual(report);
    const subject = await loadSubject(database().db, { id: user.id, subject: profile.subject });
    expect(can(subject, "family.edit", pm)).toBe(true);
    expect((await peopleMissingGroups(database().db)).map((p) => p.email)).toEqual(["keep@example.com"]);

    await recordSignIn(database().db, { ...profile, groups: [], report: { ...report, groups: [], groupsSource: "id_token" } }, rules);
    expect(await peopleMissingGroups(database().db)).toEqual([]);
  });

  it.skipIf(store.skip)("refuses a sign-in without an email with a reason the sign-in page can put in words", async () => {
    const refused = recordSignIn(database().db, { subject: "s-no-mail", email: "", emailVerified: false, name: null, groups: [] }, rules);
    await expect(refused).rejects.toMatchObject({ reason: "no-email" });
  });

  it.skipIf(store.skip)("gives and takes group roles at each sign-in, and logs both", async () => {
    const profile = { subject: "s-2", email: "lead@example.com", emailVerified: true, name: null };
    const user = await recordSignIn(database().db, { ...profile, groups: ["pm-leads"] }, rules);
    let subject = await loadSubject(database().db, { id: user.id, subject: "s-2" });
    expect(can(subject, "family.edit", pm)).toBe(true);

    await recordSignIn(database().db, { ...profile, groups: [] }, rules);
    subject = await loadSubject(database().db, { id: user.id, subject: "s-2" });
    expect(can(subject, "family.edit", pm)).toBe(false);

    const events = await database().db.select().from(auditEvents).where(eq(auditEvents.target, "user:lead@example.com"));
    expect(events.map((e) => e.action)).toEqual(["role.granted", "role.revoked"]);
  });

  it.skipIf(store.skip)("prepares a role before the first sign-in, which then claims it by email", async () => {
    const result = await grantRole(database().db, admin, { email: "New.Hire@example.com", role: "editor", ...pm });
    expect(result.status).toBe("granted");
    const user = await recordSignIn(database().db, { emailVerified: true, subject: "s-3", email: "new.hire@example.com", name: "New", groups: [] }, rules);
    const subject = await loadSubject(database().db, { id: user.id, subject: "s-3" });
    expect(can(subject, "family.edit", pm)).toBe(true);
    expect(can(subject, "family.edit", { department: "product", family: "other" })).toBe(false);
  });

  it.skipIf(store.skip)("does not let an unverified email claim a prepared user, and leaves the row unclaimed", async () => {
    await grantRole(database().db, admin, { email: "prepared@example.com", role: "admin", department: null, family: null });
    const unverified = { subject: "s-unverified", email: "Prepared@example.com", emailVerified: false, name: null, groups: [] };
    await expect(recordSignIn(database().db, unverified, rules)).rejects.toThrow(SignInRefusedError);
    await expect(recordSignIn(database().db, unverified, rules)).rejects.toThrow(/prepared by an admin.*email_verified/);
    expect((await findUserByEmail(database().db, "prepared@example.com"))?.subject).toBeNull();

    // The same address, vouched for by the provider, claims it.
    const user = await recordSignIn(database().db, { ...unverified, subject: "s-verified", emailVerified: true }, rules);
    expect(user.subject).toBe("s-verified");
    expect(can(await loadSubject(database().db, { id: user.id, subject: "s-verified" }), "admin.people")).toBe(true);
  });

  it.skipIf(store.skip)("still creates a brand-new user from an unverified email (there is nothing to take over)", async () => {
    const user = await recordSignIn(database().db, { subject: "s-new", email: "fresh@example.com", emailVerified: false, name: null, groups: [] }, rules);
    expect(user).toMatchObject({ subject: "s-new", email: "fresh@example.com" });
  });

  it.skipIf(store.skip)("refuses, rather than failing with a database error, an email changed to one another user has", async () => {
    await recordSignIn(database().db, { subject: "s-a", email: "a@example.com", emailVerified: true, name: null, groups: [] }, rules);
    await recordSignIn(database().db, { subject: "s-b", email: "b@example.com", emailVerified: true, name: null, groups: [] }, rules);
    await grantRole(database().db, admin, { email: "c@example.com", role: "admin", department: null, family: null });
    // s-a's address changes at the provider to s-b's, then to one an admin prepared.
    for (const email of ["B@example.com", "c@example.com"]) {
      await expect(
        recordSignIn(database().db, { subject: "s-a", email, emailVerified: true, name: null, groups: [] }, rules),
      ).rejects.toThrow(SignInRefusedError);
    }
    expect((await findUserByEmail(database().db, "a@example.com"))?.subject).toBe("s-a");
    expect((await findUserByEmail(database().db, "c@example.com"))?.subject).toBeNull();
  });

  it.skipIf(store.skip)("refuses the loser of two first sign-ins racing for one email, never a raw database error", async () => {
    const results = await Promise.allSettled(
      ["s-race-1", "s-race-2"].map((subject) =>
        recordSignIn(database().db, { subject, email: "race@example.com", emailVerified: true, name: null, groups: [] }, rules),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused.reason).toBeInstanceOf(SignInRefusedError);
  });

  it.skipIf(store.skip)("refuses a sign-in that would take over another identity's email", async () => {
    await recordSignIn(database().db, { emailVerified: true, subject: "s-4", email: "taken@example.com", name: null, groups: [] }, rules);
    await expect(
      recordSignIn(database().db, { emailVerified: true, subject: "s-other", email: "taken@example.com", name: null, groups: ["ladder-admins"] }, rules),
    ).rejects.toBeInstanceOf(SignInRefusedError);
  });

  it.skipIf(store.skip)("a revoked right stops working on the very next check", async () => {
    await grantRole(database().db, admin, { email: "temp@example.com", role: "admin", department: null, family: null });
    const user = await findUserByEmail(database().db, "temp@example.com");
    expect(can(await loadSubject(database().db, { id: user!.id }), "admin.people")).toBe(true);
    await revokeRole(database().db, admin, { email: "temp@example.com", role: "admin", department: null, family: null });
    expect(can(await loadSubject(database().db, { id: user!.id }), "admin.people")).toBe(false);
  });

  it.skipIf(store.skip)("says so when granting what is already held, and refuses revoking what is not", async () => {
    const request = { email: "twice@example.com", role: "editor" as const, department: "engineering", family: null };
    await grantRole(database().db, admin, request);
    expect((await grantRole(database().db, admin, request)).status).toBe("unchanged");
    await revokeRole(database().db, admin, request);
    await expect(revokeRole(database().db, admin, request)).rejects.toThrow(/is not editor of department engineering/);
    await expect(revokeRole(database().db, admin, { ...request, email: "ghost@example.com" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it.skipIf(store.skip)("will not revoke a group role by hand, since the next sign-in restores it", async () => {
    const user = await recordSignIn(database().db, { emailVerified: true, subject: "s-5", email: "grp@example.com", name: null, groups: ["pm-leads"] }, rules);
    await expect(
      revokeRole(database().db, admin, { email: "grp@example.com", role: "editor", department: "product", family: null }),
    ).rejects.toThrow(/identity provider groups/);
    const [grant] = await database().db.select().from(roleGrants).where(eq(roleGrants.userId, user.id));
    await expect(revokeGrantById(database().db, admin, grant.id)).rejects.toBeInstanceOf(InvalidError);
  });

  it.skipIf(store.skip)("refuses a scoped admin and records who granted what", async () => {
    await expect(
      grantRole(database().db, admin, { email: "x@example.com", role: "admin", department: "product", family: null }),
    ).rejects.toBeInstanceOf(InvalidError);
    await grantRole(database().db, admin, { email: "audited@example.com", role: "editor", department: "product", family: "pm" });
    const events = await database().db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.target, "user:audited@example.com"))
      .orderBy(auditEvents.id);
    // The user was created for the grant; the grant itself is the second event.
    expect(events.map((e) => e.action)).toEqual(["user.created", "role.granted"]);
    expect(events[1]).toMatchObject({
      actorName: "test admin",
      action: "role.granted",
      details: { role: "editor", department: "product", family: "pm", source: "admin" },
    });
  });

  it.skipIf(store.skip)("does not let a session act as a different user who now holds its id", async () => {
    const user = await recordSignIn(database().db, { emailVerified: true, subject: "s-6", email: "who@example.com", name: null, groups: [] }, rules);
    expect(await loadSubject(database().db, { id: user.id, subject: "s-6" })).not.toBeNull();
    expect(await loadSubject(database().db, { id: user.id, subject: "someone-else" })).toBeNull();
  });
});
