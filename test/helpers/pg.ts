// PostgreSQL for tests: MARSAD_TEST_PG names a database (scripts/setup-postgres.sh prints one).
// Each store gets its own fresh schema (search_path in the URL), dropped afterwards, so tests
// never see each other's rows and can run in parallel.
import pg from "pg";

export const TEST_PG = process.env.MARSAD_TEST_PG ?? "";

/** Reason to skip, or false when PostgreSQL tests can run. */
export const skipPg: string | false = TEST_PG ? false : "MARSAD_TEST_PG is not set (run scripts/setup-postgres.sh and export it)";

if (skipPg) console.log(`# skipping PostgreSQL tests: ${skipPg}`);

let counter = 0;

/** Create an empty schema and return a URL whose connections use it, plus a function that drops it. */
export async function freshSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: TEST_PG });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const u = new URL(TEST_PG);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_PG });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}
