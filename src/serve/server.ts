// Starts the API + dashboard on a port (127.0.0.1 by default: the data may be private, so
// listening on other interfaces is an explicit --host). Builds the dashboard first when
// web/dist is missing, so `marsad serve` works from a fresh checkout.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, type ServerType } from "@hono/node-server";
import { createApp, type AppOptions } from "./app.js";
import { WEB_DIST, webBuilt } from "./static.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerOptions extends AppOptions {
  port?: number;
  host?: string;
  /** build web/dist with Vite when it is missing (default true) */
  buildWeb?: boolean;
  /** compute the dashboard's default views in the background once listening (default false) */
  warm?: boolean;
}

/** The API calls the dashboard makes first (same query strings, so they land in the view cache). */
export const DEFAULT_VIEWS = ["/api/network?nodes=120", "/api/topics/trends?interval=month", "/api/places"];

/** Build the dashboard with the repo's Vite (`vite build web`); returns an error message or null. */
export function buildWeb(): string | null {
  const vite = fileURLToPath(new URL("../../node_modules/vite/bin/vite.js", import.meta.url));
  const r = spawnSync(process.execPath, [vite, "build", "web", "--logLevel", "warn"], { cwd: REPO, encoding: "utf8" });
  if (r.status !== 0) return `vite build failed: ${(r.stderr || r.stdout || String(r.error ?? "")).slice(-2000)}`;
  return null;
}

/** Is web/dist missing or older than any source file of the dashboard? (tests rebuild then) */
export function webNeedsBuild(): boolean {
  const index = join(WEB_DIST, "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) => (e.isDirectory() ? e.name !== "dist" && newer(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs > built));
  return newer(fileURLToPath(new URL("../../web", import.meta.url)));
}

export async function startServer(opts: ServerOptions): Promise<{ server: ServerType; url: string; close: () => Promise<void> }> {
  const webRoot = opts.webRoot === undefined ? WEB_DIST : opts.webRoot;
  if (webRoot === WEB_DIST && opts.buildWeb !== false && !webBuilt(webRoot)) {
    process.stderr.write("marsad serve: building the dashboard (web/dist)…\n");
    const err = buildWeb();
    if (err) process.stderr.write(`marsad serve: ${err}\nmarsad serve: serving the API only\n`);
  }
  const app = createApp({ ...opts, webRoot });
  const host = opts.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8787, hostname: host }, (info) => {
      // on a large store a cold view takes a second: compute them before anyone asks
      if (opts.warm) void (async () => { for (const u of DEFAULT_VIEWS) await app.request(u); })();
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        server,
        url: `http://${shown}:${info.port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.once("error", reject);
  });
}
