/**
 * A PostgreSQL server where tests and the bench may create and drop their own databases
 * (`LADDER_TEST_POSTGRES_URL`, default: the local one). Apart from databases.ts so that code
 * outside vitest (the bench) can use it.
 */
export const postgresAdminUrl = process.env.LADDER_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
