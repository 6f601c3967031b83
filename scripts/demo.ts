// `npm start`: the demo. Ingests the bundled sample articles (data/samples/articles.jsonl) into
// ./marsad-demo.db — idempotent: articles already stored are skipped — then serves the API and
// the dashboard and prints the address. MARSAD_DEMO_DB, PORT and HOST override the defaults.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/store/open.js";
import { ingestDocuments, printError } from "../src/ingest/run.js";
import { readJsonl } from "../src/ingest/jsonl.js";
import { startServer } from "../src/serve/server.js";

const SAMPLES = fileURLToPath(new URL("../data/samples/articles.jsonl", import.meta.url));

async function main(): Promise<number> {
  const db = process.env.MARSAD_DEMO_DB ?? "./marsad-demo.db";
  const store = await openStore(db);
  if (existsSync(SAMPLES)) {
    const t0 = Date.now();
    const counts = await ingestDocuments(store, readJsonl(SAMPLES, printError));
    console.log(
      `marsad demo: ${counts.read} sample articles → ${counts.new} new, ${counts.already_stored} already stored, ${counts.duplicate + counts.near_duplicate} duplicates, ` +
        `${counts.failed} failed; ${counts.events} new events, ${counts.fused} fused (${((Date.now() - t0) / 1000).toFixed(1)} s) into ${db}`,
    );
  } else {
    console.error(`marsad demo: no sample articles at ${SAMPLES}; serving what ${db} holds`);
  }
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? "127.0.0.1";
  let srv;
  try {
    srv = await startServer({ store, port, host, warm: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    console.error(`marsad demo: port ${port} is busy, using a free one`);
    srv = await startServer({ store, port: 0, host, warm: true });
  }
  console.log(`marsad demo: dashboard on ${srv.url}  (API: ${srv.url}api/openapi.json) — Ctrl-C to stop`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await srv.close();
  await store.close();
  return 0;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`marsad demo: ${err instanceof Error ? err.message : String(err)}`); process.exitCode = 1; },
);
