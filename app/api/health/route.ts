import { getDatabase } from "@/db/server";
import { checkHealth } from "./check";

// Public (no session) so load balancers and uptime checks can call it; it reveals nothing but up/down.
export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDatabase());
  return Response.json(health.body, { status: health.status, headers: { "cache-control": "no-store" } });
}
