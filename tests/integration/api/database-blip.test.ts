import { type Server, type Socket, createConnection, createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkHealth } from "../../../app/api/health/check";
import { type DatabaseHandle, openDatabase } from "../../../db/client";
import { RETRY_AFTER_SECONDS, failureReason, isDatabaseUnavailable } from "../../../db/unavailable";
import { createPostgresDatabase, hasPostgres, type TestDatabase } from "../../support/databases";

vi.mock("server-only", () => ({}));
const { errorResponse } = await import("../../../lib/auth/api");

/**
 * A TCP relay in front of the real PostgreSQL server that the test can cut and restore: what a
 * database restart or a network blip looks like to the app, without touching the shared server.
 */
function relay(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = createConnection(target);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server!.close(() => resolve());
    });
  return { open, cut, port: () => port };
}

describe.skipIf(!hasPostgres)("a PostgreSQL blip", () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  const link = relay({ host: "127.0.0.1", port: 5432 });

  beforeAll(async () => {
    database = await createPostgresDatabase();
    await link.open();
    const url = new URL(database.url!);
    url.host = `127.0.0.1:${link.port()}`;
    handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 2 });
  });
  afterAll(async () => {
    await handle?.close().catch(() => {});
    await link.cut().catch(() => {});
    await database?.drop();
  });

  it("is told apart from other errors, answered 503 with Retry-After and no internals, and recovered from without a restart", async () => {
    expect(await handle.db.execute(sql`select 1 as one`)).toBeTruthy();
    await link.cut();

    const failure = await handle.db.execute(sql`select 1 as one`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    // The log gets the driver's reason, not the query and its parameters.
    expect(failureReason(failure)).not.toMatch(/select|params/i);

    const response = errorResponse(failure);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    const body = await response.text();
    expect(JSON.parse(body).error.code).toBe("unavailable");
    expect(body).not.toMatch(/select|ECONN|CONNECT|127\.0\.0\.1|params/i);

    const health = await checkHealth(handle.db, 2000);
    expect(health).toEqual({ status: 503, body: { status: "unavailable" } });

    await link.open(); // the server is back, on the same address
    await expect.poll(async () => (await checkHealth(handle.db, 2000)).status, { timeout: 15_000 }).toBe(200);
    expect(await handle.db.execute(sql`select 1 as one`)).toBeTruthy();
  });

  it("a query that fails for another reason is a bug (500), not unavailability", async () => {
    const failure = await handle.db.execute(sql`select 1 / 0`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(failure)).toBe(false);
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(errorResponse(failure).status).toBe(500);
  });
});
