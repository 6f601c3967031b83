// Reads the knowledge base from YAML: data/kb/offices*.yaml (offices.yaml and any
// offices-<more>.yaml another data file needs before offices.yaml has it), every *.yaml under
// data/kb/{people,orgs,places}/, the nationality lexicon data/lexicon/countries.yaml (optional:
// written by another engineer), and user files given with --kb. A user file holds records
// under top-level keys `people:`, `orgs:`, `places:`, `offices:` (or a bare list, sorted by shape).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { CountryLex, KbOffice, KbOrg, KbPerson, KbPlace, KbRecords, Problem, RecordKind } from "./types.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** One record as read, before validation: kind, raw object and the file it came from. */
export interface RawRecord {
  kind: RecordKind;
  file: string;
  data: Record<string, unknown>;
}

export interface LoadedFiles {
  records: RawRecord[];
  countries: CountryLex[];
  /** unreadable files, YAML syntax errors, records that are not objects */
  problems: Problem[];
  files: string[];
}

const DIR_KIND: [string, RecordKind][] = [["people", "person"], ["orgs", "org"], ["places", "place"]];
const USER_KEYS: Record<string, RecordKind> = { people: "person", persons: "person", orgs: "org", organizations: "org", places: "place", offices: "office" };
const PLACE_KINDS = new Set(["city", "town", "site", "region", "country", "capital", "island", "sea", "district", "municipality"]);

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(f)) out.push(p);
  }
  return out;
}

/** YAML 1.2 reads `from: 2024` as a number; dates and ids are strings in the base. */
function coerceScalars(rec: Record<string, unknown>): Record<string, unknown> {
  for (const k of ["id", "country", "code"]) if (typeof rec[k] === "number") rec[k] = String(rec[k]);
  if (Array.isArray(rec.offices)) {
    for (const t of rec.offices) {
      if (t && typeof t === "object") {
        const term = t as Record<string, unknown>;
        for (const k of ["from", "to"]) if (typeof term[k] === "number") term[k] = String(term[k]);
      }
    }
  }
  return rec;
}

/** Which kind a record in a bare user list is, by its fields. */
function guessKind(rec: Record<string, unknown>): RecordKind {
  if (Array.isArray(rec.ar) && typeof rec.en === "string") return "office";
  if (typeof rec.kind === "string") return PLACE_KINDS.has(rec.kind) ? "place" : "org";
  return "person";
}

function readYaml(file: string, problems: Problem[], shown: string): unknown {
  try {
    return parse(readFileSync(file, "utf8"));
  } catch (e) {
    problems.push({ file: shown, id: "", message: `cannot read: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` });
    return undefined;
  }
}

function pushList(list: unknown, kind: RecordKind | null, file: string, out: LoadedFiles): void {
  if (list == null) return;
  if (!Array.isArray(list)) {
    out.problems.push({ file, id: "", message: `expected a list of records${kind ? ` under '${kind}'` : ""}` });
    return;
  }
  list.forEach((item, i) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      out.problems.push({ file, id: `#${i + 1}`, message: "record is not a mapping" });
      return;
    }
    const data = coerceScalars(item as Record<string, unknown>);
    out.records.push({ kind: kind ?? guessKind(data), file, data });
  });
}

/** Read a user file (--kb): keyed sections or a bare list. */
export function readUserFile(file: string, out: LoadedFiles, shown = file): void {
  out.files.push(shown);
  const doc = readYaml(file, out.problems, shown);
  if (doc == null) return;
  if (Array.isArray(doc)) return pushList(doc, null, shown, out);
  if (typeof doc !== "object") {
    out.problems.push({ file: shown, id: "", message: "expected a mapping with people:/orgs:/places:/offices: or a list" });
    return;
  }
  for (const [key, val] of Object.entries(doc as Record<string, unknown>)) {
    const kind = USER_KEYS[key];
    if (!kind) {
      out.problems.push({ file: shown, id: "", message: `unknown section '${key}' (expected people, orgs, places, offices)` });
      continue;
    }
    pushList(val, kind, shown, out);
  }
}

function readCountries(file: string, out: LoadedFiles, shown: string): void {
  const doc = readYaml(file, out.problems, shown);
  if (!Array.isArray(doc)) return;
  for (const c of doc) {
    if (!c || typeof c !== "object") continue;
    const r = c as Record<string, unknown>;
    if (typeof r.code !== "string") continue;
    const adj = (r.adj ?? {}) as CountryLex["adj"];
    out.countries.push({ code: r.code, en: typeof r.en === "string" ? r.en : undefined, ar: Array.isArray(r.ar) ? (r.ar as string[]) : [], adj });
  }
}

export interface LoadOptions {
  /** repository root holding data/ (default: this checkout) */
  root?: string;
  /** user KB files (same record format), validated and indexed with the base */
  extraFiles?: string[];
  /** skip the shipped base: only extraFiles (for tests of broken fixtures) */
  baseless?: boolean;
  /** reuse a parsed copy in the OS temp dir while no file changed (default true): YAML parsing
   *  of the whole base takes seconds, its JSON copy milliseconds */
  cache?: boolean;
}

/** data/kb/offices.yaml first, then data/kb/offices-*.yaml in name order. */
function officeFiles(root: string): string[] {
  const dir = join(root, "data/kb");
  if (!existsSync(dir)) return [];
  const extra = readdirSync(dir).filter((f) => /^offices-[\w-]+\.ya?ml$/.test(f)).sort();
  return [join(dir, "offices.yaml"), ...extra.map((f) => join(dir, f))].filter((f) => existsSync(f));
}

function cacheFile(root: string, opts: LoadOptions): string | null {
  try {
    const h = createHash("sha1");
    h.update(`v1|${resolve(root)}|${opts.baseless ? 1 : 0}\n`);
    const files = opts.baseless ? [] : [...officeFiles(root), ...DIR_KIND.flatMap(([d]) => yamlFiles(join(root, "data/kb", d))), join(root, "data/lexicon/countries.yaml")];
    for (const f of [...files, ...(opts.extraFiles ?? []).map((f) => resolve(f))]) {
      const st = existsSync(f) ? statSync(f) : null;
      h.update(`${f}|${st ? `${st.mtimeMs}|${st.size}` : "-"}\n`);
    }
    return join(tmpdir(), `marsad-kb-${h.digest("hex").slice(0, 16)}.json`);
  } catch {
    return null;
  }
}

/** Read every KB file into raw records (no validation beyond "is YAML, is a list of mappings"). */
export function readKbFiles(opts: LoadOptions = {}): LoadedFiles {
  const root = opts.root ?? REPO_ROOT;
  const cached = opts.cache === false ? null : cacheFile(root, opts);
  if (cached && existsSync(cached)) {
    try {
      return JSON.parse(readFileSync(cached, "utf8")) as LoadedFiles;
    } catch {
      // a torn cache file: read the YAML again
    }
  }
  const out = readAll(root, opts);
  if (cached) {
    try {
      // write then rename: a parallel reader sees the old file or the whole new one
      const tmp = `${cached}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(out));
      renameSync(tmp, cached);
    } catch {
      // read-only temp dir: no cache, same result
    }
  }
  return out;
}

function readAll(root: string, opts: LoadOptions): LoadedFiles {
  const out: LoadedFiles = { records: [], countries: [], problems: [], files: [] };
  const shown = (p: string) => relative(root, p) || p;
  if (!opts.baseless) {
    for (const offices of officeFiles(root)) {
      out.files.push(shown(offices));
      pushList(readYaml(offices, out.problems, shown(offices)), "office", shown(offices), out);
    }
    for (const [dir, kind] of DIR_KIND) {
      for (const f of yamlFiles(join(root, "data/kb", dir))) {
        out.files.push(shown(f));
        pushList(readYaml(f, out.problems, shown(f)), kind, shown(f), out);
      }
    }
    const countries = join(root, "data/lexicon/countries.yaml");
    if (existsSync(countries)) readCountries(countries, out, shown(countries));
  }
  for (const f of opts.extraFiles ?? []) readUserFile(f, out);
  return out;
}

/** Split raw records into typed lists (after validation has reported what is wrong with them). */
export function toRecords(raw: RawRecord[]): KbRecords & { fileOf: Map<string, string> } {
  const out = { offices: [] as KbOffice[], people: [] as KbPerson[], orgs: [] as KbOrg[], places: [] as KbPlace[], fileOf: new Map<string, string>() };
  for (const r of raw) {
    const id = typeof r.data.id === "string" ? r.data.id : "";
    if (!id) continue;
    if (!out.fileOf.has(`${r.kind}:${id}`)) out.fileOf.set(`${r.kind}:${id}`, r.file);
    if (r.kind === "office") out.offices.push(r.data as unknown as KbOffice);
    else if (r.kind === "person") out.people.push(r.data as unknown as KbPerson);
    else if (r.kind === "org") out.orgs.push(r.data as unknown as KbOrg);
    else out.places.push(r.data as unknown as KbPlace);
  }
  return out;
}
