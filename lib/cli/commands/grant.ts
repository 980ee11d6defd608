import { type Command, Option } from "commander";
import { cliActor } from "../../access/audit";
import { grantRole, revokeRole } from "../../access/grants";
import { type Role, type Scope, parseScope } from "../../access/roles";
import { InvalidError } from "../../errors";
import { withDatabase } from "../database";

type GrantOptions = { email: string; role: Role; department?: string; family?: string };

/** --department D and/or --family D/F (or F with --department) → one scope, or a clear error. */
export function scopeFromOptions(options: { department?: string; family?: string }): Scope {
  const { department, family } = options;
  let text = department ?? "";
  if (family) {
    if (family.includes("/")) {
      const [familyDepartment] = family.split("/");
      if (department && department !== familyDepartment) {
        throw new InvalidError([{ path: "--family", message: `${family} is not in department ${department}` }]);
      }
      text = family;
    } else if (department) {
      text = `${department}/${family}`;
    } else {
      throw new InvalidError([{ path: "--family", message: "use department/family, e.g. --family product/product-manager" }]);
    }
  }
  try {
    return parseScope(text);
  } catch (error) {
    throw new InvalidError([{ path: family ? "--family" : "--department", message: (error as Error).message }]);
  }
}

function addGrantOptions(command: Command): Command {
  return command
    .requiredOption("--email <email>", "the person's email (need not have signed in yet)")
    .addOption(new Option("--role <role>", "editor or admin").choices(["editor", "admin"]).makeOptionMandatory())
    .option("--department <slug>", "limit an editor to one department")
    .option("--family <department/family>", "limit an editor to one job family");
}

export function registerGrant(program: Command) {
  addGrantOptions(
    program.command("grant").description("give someone a role; editors can be limited to a department or family"),
  ).action(async (options: GrantOptions) => {
    const scope = scopeFromOptions(options);
    const result = await withDatabase((db) => grantRole(db, cliActor(), { email: options.email, role: options.role, ...scope }));
    console.log(
      result.status === "granted"
        ? `${result.email} is now ${result.description}.`
        : `${result.email} already was ${result.description}; nothing changed.`,
    );
  });

  addGrantOptions(program.command("revoke").description("take back a role given with grant (same arguments)")).action(
    async (options: GrantOptions) => {
      const scope = scopeFromOptions(options);
      const result = await withDatabase((db) => revokeRole(db, cliActor(), { email: options.email, role: options.role, ...scope }));
      console.log(`${result.email} is no longer ${result.description}.`);
    },
  );
}
