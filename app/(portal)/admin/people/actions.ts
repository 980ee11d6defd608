"use server";

import { z } from "zod";
import { grantRole, revokeGrantById } from "@/lib/access/grants";
import { protectedAction, recordIdSchema } from "@/lib/auth/action";
import { revokeToken } from "@/lib/tokens/tokens";
import { grantFormSchema } from "./schemas";

const id = recordIdSchema;

export const grantRoleAction = protectedAction({
  schema: grantFormSchema,
  permission: () => ({ action: "admin.people" }),
  run: async ({ db, actor, input }) => {
    const result = await grantRole(db, actor, { email: input.email, role: input.role, ...input.scope });
    return {
      message:
        result.status === "granted"
          ? `${result.email} is now ${result.description}.`
          : `${result.email} already was ${result.description}; nothing changed.`,
    };
  },
  revalidate: () => ["/admin/people"],
});

export const revokeGrantAction = protectedAction({
  schema: z.object({ grantId: id }),
  permission: () => ({ action: "admin.people" }),
  run: async ({ db, actor, input }) => {
    const result = await revokeGrantById(db, actor, input.grantId);
    return { message: `${result.email} is no longer ${result.description}.` };
  },
  revalidate: () => ["/admin/people"],
});

/** Admins may revoke anyone's token, e.g. one that leaked while its owner is away. */
export const revokeUserTokenAction = protectedAction({
  schema: z.object({ userId: id, tokenId: id }),
  permission: () => ({ action: "admin.people" }),
  run: async ({ db, actor, input }) => {
    const { name } = await revokeToken(db, actor, input.userId, input.tokenId);
    return { message: `Token "${name}" revoked.` };
  },
  revalidate: () => ["/admin/people"],
});
