// Serves the built dashboard (web/dist) from disk: exact files with their content type, and
// index.html for everything else that is not under /api (the dashboard routes in its hash, but a
// reload of "/" or a deep path must still land on the app). Paths are resolved inside the root
// only, so "../" cannot read other files.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".woff2": "font/woff2", ".map": "application/json",
};

export function webBuilt(root = WEB_DIST): boolean {
  return existsSync(join(root, "index.html"));
}

/** The file to answer `urlPath` with, or null when the dashboard is not built. */
export function staticFile(root: string, urlPath: string): { body: Buffer; type: string; immutable: boolean } | null {
  let rel: string;
  try {
    rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, "");
  } catch {
    rel = "";
  }
  const candidate = join(root, rel);
  const inside = candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
  const file = inside && rel && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(root, "index.html");
  if (!existsSync(file)) return null;
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  // Vite puts a content hash in asset names, so those can be cached for good
  return { body: readFileSync(file), type, immutable: file.includes(`${sep}assets${sep}`) };
}
