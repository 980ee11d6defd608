// Next.js calls register() once per server process, before it serves any request.
export async function register() {
  // Only the Node.js server: not the edge runtime, and not `next build`, which must not need a database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/server/startup");
  try {
    await startServer();
  } catch (error) {
    // A server that cannot reach its data or is unsafely configured must not half-start.
    console.error("Ladder could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
