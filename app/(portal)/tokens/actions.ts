"use server";

import { z } from "zod";
import { protectedAction, recordIdSchema } from "@/lib/auth/action";
import { createToken, revokeToken, tokenNameSchema } from "@/lib/tokens/tokens";

/** Creates a token for the signed-in user; the token is returned once, to be shown once. */
export const createTokenAction = protectedAction({
  schema: z.object({ name: tokenNameSchema }),
  permission: () => ({ action: "token.manage-own" }),
  run: async ({ db, subject, actor, input }) => {
    const created = await createToken(db, actor, { email: subject.email }, input.name);
    return { message: `Token "${created.name}" created.`, data: { token: created.token, name: created.name } };
  },
  revalidate: () => ["/tokens"],
});

/**
 * Creates a feed token for the signed-in user: it reads the Atom feeds, with the user's rights,
 * and nothing else. Returned once, for the Subscribe section to show in the feed URLs.
 */
export const createFeedTokenAction = protectedAction({
  schema: z.object({ name: tokenNameSchema }),
  permission: () => ({ action: "token.manage-own" }),
  run: async ({ db, subject, actor, input }) => {
    const created = await createToken(db, actor, { email: subject.email }, input.name, "feed");
    return { message: `Feed token "${created.name}" created.`, data: { token: created.token, name: created.name } };
  },
  revalidate: () => ["/tokens"],
});

/** Revokes one of the signed-in user's own tokens (someone else's id is simply not found). */
export const revokeTokenAction = protectedAction({
  schema: z.object({ tokenId: recordIdSchema }),
  permission: () => ({ action: "token.manage-own" }),
  run: async ({ db, subject, actor, input }) => {
    const { name } = await revokeToken(db, actor, subject.id, input.tokenId);
    return { message: `Token "${name}" revoked.` };
  },
  revalidate: () => ["/tokens"],
});
