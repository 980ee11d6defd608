import { describe, expect, it } from "vitest";
import { type Action, type Resource, type Subject, actions, assertCan, can } from "../../../lib/access/policy";
import type { Grant } from "../../../lib/access/roles";
import { ForbiddenError, UnauthenticatedError } from "../../../lib/errors";

// The policy matrix: every kind of subject × every action × every kind of resource, each cell
// written out by hand. Changing who may do what means changing this table on purpose.

const resources = {
  "product/pm": { department: "product", family: "pm" },
  "product/other": { department: "product", family: "other" },
  "engineering/backend": { department: "engineering", family: "backend" },
  "department product": { department: "product" },
  "department engineering": { department: "engineering" },
  portal: {},
} satisfies Record<string, Resource>;
type Where = keyof typeof resources;

const EVERYWHERE = Object.keys(resources) as Where[];
const FAMILIES: Where[] = ["product/pm", "product/other", "engineering/backend"];
const WITH_DEPARTMENT: Where[] = [...FAMILIES, "department product", "department engineering"];

const editor = (department: string | null, family: string | null): Grant => ({ role: "editor", department, family, source: "admin" });
const subject = (...grants: Grant[]): Subject => ({ id: 1, email: "x@example.com", name: null, grants });

const readerRights = { "family.read": EVERYWHERE, "history.read": EVERYWHERE, "token.manage-own": EVERYWHERE };
const nothingElse = {
  "family.edit": [],
  "family.create": [],
  "revision.restore": [],
  "admin.people": [],
  "admin.import": [],
  "admin.sign-in": [],
  "activity.read": [],
  "admin.checks": [],
};

const matrix: { name: string; subject: Subject | null; allowed: Record<Action, Where[]> }[] = [
  {
    name: "nobody signed in",
    subject: null,
    allowed: { "family.read": [], "history.read": [], "token.manage-own": [], ...nothingElse },
  },
  { name: "employee (no roles)", subject: subject(), allowed: { ...readerRights, ...nothingElse } },
  {
    name: "editor of everything",
    subject: subject(editor(null, null)),
    allowed: { ...readerRights, ...nothingElse, "family.edit": FAMILIES, "family.create": WITH_DEPARTMENT },
  },
  {
    name: "editor of department product",
    subject: subject(editor("product", null)),
    allowed: {
      ...readerRights,
      ...nothingElse,
      "family.edit": ["product/pm", "product/other"],
      "family.create": ["product/pm", "product/other", "department product"],
    },
  },
  {
    name: "editor of family product/pm",
    subject: subject(editor("product", "pm")),
    allowed: { ...readerRights, ...nothingElse, "family.edit": ["product/pm"] },
  },
  {
    name: "editor of product/pm and of department engineering",
    subject: subject(editor("product", "pm"), { ...editor("engineering", null), source: "group" }),
    allowed: {
      ...readerRights,
      ...nothingElse,
      "family.edit": ["product/pm", "engineering/backend"],
      "family.create": ["engineering/backend", "department engineering"],
    },
  },
  {
    name: "admin",
    subject: subject({ role: "admin", department: null, family: null, source: "admin" }),
    allowed: {
      ...readerRights,
      "family.edit": FAMILIES,
      "family.create": WITH_DEPARTMENT,
      "revision.restore": EVERYWHERE,
      "admin.people": EVERYWHERE,
      "admin.import": EVERYWHERE,
      "admin.sign-in": EVERYWHERE,
      "activity.read": EVERYWHERE,
      "admin.checks": EVERYWHERE,
    },
  },
];

const cases = matrix.flatMap(({ name, subject, allowed }) =>
  actions.flatMap((action) =>
    EVERYWHERE.map((where) => ({ name, subject, action, where, expected: allowed[action].includes(where) })),
  ),
);

describe("policy matrix", () => {
  it("has a row for every action for every subject", () => {
    for (const row of matrix) expect(Object.keys(row.allowed).sort()).toEqual([...actions].sort());
    expect(cases).toHaveLength(matrix.length * actions.length * EVERYWHERE.length);
  });

  it.each(cases)("$name: $action on $where → $expected", ({ subject, action, where, expected }) => {
    expect(can(subject, action, resources[where])).toBe(expected);
  });
});

describe("assertCan", () => {
  it("names what was refused, so the person knows what to ask for", () => {
    const employee = subject();
    expect(() => assertCan(employee, "family.edit", resources["product/pm"])).toThrow(ForbiddenError);
    expect(() => assertCan(employee, "family.edit", resources["product/pm"])).toThrow(/edit product\/pm/);
  });

  it("tells someone without a session to sign in rather than that they are forbidden", () => {
    expect(() => assertCan(null, "family.read")).toThrow(UnauthenticatedError);
  });

  it("lets an allowed action through", () => {
    expect(() => assertCan(subject(editor("product", null)), "family.edit", resources["product/other"])).not.toThrow();
  });
});
