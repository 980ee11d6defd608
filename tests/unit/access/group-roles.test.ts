import { describe, expect, it } from "vitest";
import { DEV_ROLE_MAP, groupsFromClaims, grantsFromGroups, parseRoleMap } from "../../../lib/access/group-roles";
import { devAccounts } from "../../../lib/auth/dev-accounts";

describe("LADDER_ROLE_MAP", () => {
  it("reads rules separated by ; , and new lines, with department and family scopes", () => {
    const { rules, problems } = parseRoleMap("pm-leads=editor:product;Ladder Admins=admin,\nbackend=editor:engineering/backend\nall=editor:*");
    expect(problems).toEqual([]);
    expect(rules).toEqual([
      { group: "pm-leads", role: "editor", department: "product", family: null },
      { group: "Ladder Admins", role: "admin", department: null, family: null },
      { group: "backend", role: "editor", department: "engineering", family: "backend" },
      { group: "all", role: "editor", department: null, family: null },
    ]);
  });

  it("names each bad entry instead of silently dropping it", () => {
    const { rules, problems } = parseRoleMap("ok=editor; nogroup; x=owner; y=admin:product; z=editor:Bad Dept");
    expect(rules).toHaveLength(1);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/"nogroup": expected group=role/);
    expect(problems[1]).toMatch(/"x=owner": role must be editor or admin/);
    expect(problems[2]).toMatch(/admin applies to the whole portal/);
    expect(problems[3]).toMatch(/department "Bad Dept"/);
  });

  it("gives each member the roles of their groups once, from source 'group'", () => {
    const { rules } = parseRoleMap("a=editor:product; b=editor:product; c=admin");
    expect(grantsFromGroups(["a", "b", "unmapped"], rules)).toEqual([
      { role: "editor", department: "product", family: null, source: "group" },
    ]);
    expect(grantsFromGroups(["unmapped"], rules)).toEqual([]);
  });

  it("makes the demo accounts employee, product editor and admin through the development map", () => {
    const { rules } = parseRoleMap(DEV_ROLE_MAP);
    const roles = devAccounts.map((a) => [a.email, grantsFromGroups(a.groups, rules).map((g) => [g.role, g.department])]);
    expect(roles).toEqual([
      ["employee@example.com", []],
      ["manager@example.com", [["editor", "product"]]],
      ["admin@example.com", [["admin", null]]],
    ]);
  });
});

describe("groups claim", () => {
  it("reads a list, a single string, or a dotted path (Keycloak realm roles)", () => {
    expect(groupsFromClaims({ groups: ["a", "b", 3] }, "groups")).toEqual(["a", "b"]);
    expect(groupsFromClaims({ groups: "a" }, "groups")).toEqual(["a"]);
    expect(groupsFromClaims({ realm_access: { roles: ["x"] } }, "realm_access.roles")).toEqual(["x"]);
    expect(groupsFromClaims({}, "groups")).toBeNull();
    expect(groupsFromClaims({ groups: [] }, "groups")).toEqual([]);
  });
});
