// Place coordinates for `events --near` (and for event locations given without coordinates),
// read from the knowledge base's place files (data/kb/places/*.yaml: name, variants, name_en,
// aliases_en, lat, lon, ambiguous). Without them the store uses the coordinates stored with
// event locations, or the place name.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { latinWords, searchKey } from "./keys.js";
import type { Coordinates, PlaceLookup } from "./geo.js";

interface PlaceRecord {
  name?: unknown;
  name_en?: unknown;
  names?: unknown;
  aliases?: unknown;
  variants?: unknown;
  aliases_en?: unknown;
  /** the name is also a common word or another place: such records yield to unambiguous ones */
  ambiguous?: unknown;
  lat?: unknown;
  lon?: unknown;
  lng?: unknown;
}

function keysOf(r: PlaceRecord): string[] {
  const names: string[] = [];
  for (const v of [r.name, r.name_en, r.names, r.aliases, r.variants, r.aliases_en]) {
    if (typeof v === "string") names.push(v);
    else if (Array.isArray(v)) for (const x of v) if (typeof x === "string") names.push(x);
  }
  return names.flatMap((n) => [searchKey(n), latinWords(n).join(" ")]).filter(Boolean);
}

/** Index place records (anything with a name and lat/lon) by normalized Arabic and English names. */
export function placeLookupFrom(records: Iterable<PlaceRecord>): PlaceLookup | null {
  const map = new Map<string, Coordinates>();
  const all = [...records];
  // unambiguous records first: the first record to claim a name keeps it
  for (const r of [...all.filter((x) => !x.ambiguous), ...all.filter((x) => x.ambiguous)]) {
    const lat = Number(r.lat);
    const lon = Number(r.lon ?? r.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || r.lat == null) continue;
    for (const k of keysOf(r)) if (!map.has(k)) map.set(k, { lat, lon });
  }
  if (!map.size) return null;
  return (name) => map.get(searchKey(name)) ?? map.get(latinWords(name).join(" ")) ?? null;
}

function collect(x: unknown, out: PlaceRecord[]): void {
  if (Array.isArray(x)) for (const y of x) collect(y, out);
  else if (x && typeof x === "object") {
    const o = x as Record<string, unknown>;
    if ("lat" in o && ("lon" in o || "lng" in o)) out.push(o as PlaceRecord);
    else for (const v of Object.values(o)) collect(v, out);
  }
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir).flatMap((f) => filesUnder(join(dir, f)));
}

/** Place records with coordinates from data/kb/places* (YAML or JSON). */
export function readPlaceFiles(root = ROOT): PlaceRecord[] {
  const records: PlaceRecord[] = [];
  const kbDir = join(root, "data", "kb");
  const files = existsSync(kbDir) ? readdirSync(kbDir).filter((f) => f.startsWith("places")).flatMap((f) => filesUnder(join(kbDir, f))) : [];
  for (const f of files.filter((f) => /\.(ya?ml|json)$/.test(f))) {
    try {
      collect(f.endsWith(".json") ? JSON.parse(readFileSync(f, "utf8")) : YAML.parse(readFileSync(f, "utf8")), records);
    } catch {
      // a broken KB file is reported by the KB's own tests; --near then falls back to names
    }
  }
  return records;
}

/** Places from the knowledge base's data files; null when none has coordinates. */
export async function loadPlaceLookup(root = ROOT): Promise<PlaceLookup | null> {
  return placeLookupFrom(readPlaceFiles(root));
}

/**
 * The same lookup, read on first use: parsing the KB takes a noticeable fraction of a second,
 * which only `--near` and storing a location without coordinates need to pay.
 */
export function lazyPlaceLookup(root = ROOT): PlaceLookup {
  let lookup: PlaceLookup | null | undefined;
  return (name) => {
    if (lookup === undefined) lookup = placeLookupFrom(readPlaceFiles(root));
    return lookup ? lookup(name) : null;
  };
}
