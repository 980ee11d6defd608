// Next.js calls register() once per server process, before it serves any request.
export async function register() {
  // Only the Node.js server: not the edge runtime, and not `next build`, which must not need a database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerOrExit } = await import("./lib/server/startup");
  await startServerOrExit();
}
