import { describe, expect, it } from "vitest";
import { checkHealth } from "../../../app/api/health/check";
import { openDatabase } from "../../../db/client";
import { createPgliteDatabase } from "../../support/databases";

describe("health check", () => {
  it("answers 200 ok when the database answers", async () => {
    const database = await createPgliteDatabase();
    try {
      expect(await checkHealth(database.db)).toEqual({ status: 200, body: { status: "ok" } });
    } finally {
      await database.drop();
    }
  });

  it("answers 503 when PostgreSQL is unreachable, within its time limit", async () => {
    // Nothing listens on port 1: connecting fails (or hangs, which the time limit turns into 503).
    const handle = await openDatabase({ kind: "postgres", url: "postgres://postgres@127.0.0.1:1/none", maxConnections: 1 });
    const started = Date.now();
    try {
      const health = await checkHealth(handle.db, 2000);
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ status: "unavailable" });
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      await handle.close().catch(() => {});
    }
  });

  it("answers 503 when the database could not even be opened, and says only that", async () => {
    const health = await checkHealth(Promise.reject(new Error("store locked by process 42")));
    // Up or down only: the driver's words (queries, hosts, process ids) stay in the server log.
    expect(health).toEqual({ status: 503, body: { status: "unavailable" } });
  });

  it("answers 503 instead of hanging when the database never answers", async () => {
    const hanging = { execute: () => new Promise(() => {}) } as never;
    const health = await checkHealth(hanging, 200);
    expect(health).toEqual({ status: 503, body: { status: "unavailable" } });
  });
});
