// marsad serve [--db PATH|URL] [--port N] [--host H] [--allow-ingest --token T]
// The HTTP API (/api, described at /api/openapi.json) and the dashboard on one port.
import { parseArgs } from "../args.js";
import { openStore } from "../../store/open.js";
import { startServer } from "../../serve/server.js";

const USAGE = "usage: marsad serve [--db PATH|URL] [--port N] [--host H] [--allow-ingest --token T]";

export async function run(args: string[]): Promise<number> {
  let a;
  try {
    a = parseArgs(args, { flags: ["allow-ingest", "help"] });
  } catch (err) {
    console.error(`marsad serve: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (a.flags.has("help")) return (console.log(USAGE), 0);
  const bad = (m: string) => (console.error(`marsad serve: ${m}\n${USAGE}`), 2);
  if (a.positional.length) return bad(`unexpected argument '${a.positional[0]}'`);
  const known = ["db", "port", "host", "token"];
  for (const k of Object.keys(a.values)) if (!known.includes(k)) return bad(`unknown option --${k}`);
  const port = a.values.port === undefined ? Number(process.env.PORT ?? 8787) : Number(a.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return bad(`--port must be 0–65535 (got ${a.values.port})`);
  const allowIngest = a.flags.has("allow-ingest");
  const token = a.values.token ?? process.env.MARSAD_TOKEN;
  if (allowIngest && (!token || token.length < 8)) return bad("--allow-ingest needs --token T (at least 8 characters) or MARSAD_TOKEN");
  const store = await openStore(a.values.db);
  const { url, close } = await startServer({ store, port, host: a.values.host, allowIngest, token, warm: true });
  console.log(`marsad: dashboard and API on ${url} (API description: ${url}api/openapi.json)${allowIngest ? " — POST /api/articles is on" : ""}`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await close();
  await store.close();
  return 0;
}
