// Next.js calls register() once per server process, before it serves any request.
export async function register() {
  // Only the Node.js server: not the edge runtime, and not `next build`, which must not need a database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installFrontDoor } = await import("./lib/server/front-door");
  const { cachedPageAnswer } = await import("./lib/server/cached-document");
  const { keptFamilyAnswer } = await import("./app/api/v1/kept-family");
  installFrontDoor([cachedPageAnswer, keptFamilyAnswer]);
  const { startServerOrExit } = await import("./lib/server/startup");
  await startServerOrExit();
}

// Every error a request ends in passes here: a database that stopped answering is remembered
// for a moment, so the next requests get 503 with Retry-After from the proxy instead of a 500.
export async function onRequestError(error: unknown) {
  const { noteRequestError } = await import("./lib/server/availability");
  noteRequestError(error);
}
