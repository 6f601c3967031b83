// Checks the knowledge base: JSON Schema per record kind (data/kb/schema/), then what a schema
// cannot say: ids unique, office ids exist, real dates with from ≤ to, no two people in one
// single-holder office at once (a one-day handover overlap is fine), and no spelling variant
// that is another person's name unless the record says it is shared on purpose.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvModule, { type ValidateFunction } from "ajv";
import type { Kb } from "./index.js";
import type { RawRecord } from "./load.js";
import { REPO_ROOT } from "./load.js";
import { parsePartialDate, sureOverlapDays, termInterval, type Interval } from "./dates.js";
import { canonName } from "./lookup.js";
import type { KbPerson, Problem, RecordKind } from "./types.js";

const SCHEMA_FILE: Record<RecordKind, string> = {
  person: "person.schema.json",
  org: "org.schema.json",
  place: "place.schema.json",
  office: "office.schema.json",
};

// ajv is CommonJS: under NodeNext its default export is the module object
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;

let validators: Record<RecordKind, ValidateFunction> | null = null;

function schemaValidators(): Record<RecordKind, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const out = {} as Record<RecordKind, ValidateFunction>;
  for (const [kind, file] of Object.entries(SCHEMA_FILE) as [RecordKind, string][]) {
    out[kind] = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, "data/kb/schema", file), "utf8")));
  }
  validators = out;
  return out;
}

function recId(r: RawRecord, i: number): string {
  return typeof r.data.id === "string" && r.data.id ? r.data.id : `#${i + 1}`;
}

function schemaProblems(raw: RawRecord[]): Problem[] {
  const v = schemaValidators();
  const out: Problem[] = [];
  raw.forEach((r, i) => {
    const check = v[r.kind];
    if (check(r.data)) return;
    for (const e of check.errors ?? []) {
      const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, ".") : "record";
      const extra = e.keyword === "additionalProperties" ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : "";
      const allowed = e.keyword === "enum" ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(", ")})` : "";
      out.push({ file: r.file, id: recId(r, i), message: `${r.kind} ${where}: ${e.message ?? "invalid"}${extra}${allowed}` });
    }
  });
  return out;
}

function duplicateIds(raw: RawRecord[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, string>();
  raw.forEach((r, i) => {
    const id = recId(r, i);
    if (id.startsWith("#")) return;
    // offices live in their own namespace (it.interior_minister); people, orgs and places share one
    const ns = r.kind === "office" ? "office" : "entity";
    const prev = seen.get(`${ns}:${id}`);
    if (prev !== undefined) out.push({ file: r.file, id, message: `duplicate id (first defined in ${prev})` });
    else seen.set(`${ns}:${id}`, r.file);
  });
  return out;
}

interface Held { person: KbPerson; file: string; iv: Interval; from?: string; to?: string }

function termProblems(kb: Kb): Problem[] {
  const out: Problem[] = [];
  const byOffice = new Map<string, Held[]>();
  for (const p of kb.people) {
    const file = kb.fileOf("person", p.id);
    for (const t of p.offices ?? []) {
      if (!t || typeof t.office !== "string") continue;
      if (!kb.officeById.has(t.office)) out.push({ file, id: p.id, message: `unknown office '${t.office}' (define it in data/kb/offices.yaml)` });
      const bad = (["from", "to"] as const).filter((k) => t[k] !== undefined && !parsePartialDate(String(t[k])));
      for (const k of bad) out.push({ file, id: p.id, message: `${t.office}: '${k}' is not a real date: ${String(t[k])}` });
      if (bad.length) continue;
      const iv = termInterval(t.from, t.to);
      if (!iv) continue;
      if (t.from && t.to && iv.startEarliest > iv.endLatest) out.push({ file, id: p.id, message: `${t.office}: from ${t.from} is after to ${t.to}` });
      const office = kb.officeById.get(t.office);
      if (office && !office.multi && !t.disputed) {
        const list = byOffice.get(t.office) ?? [];
        list.push({ person: p, file, iv, from: t.from, to: t.to });
        byOffice.set(t.office, list);
      }
    }
  }
  for (const [office, list] of byOffice) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i], b = list[j];
        if (a.person.id === b.person.id) continue;
        const days = sureOverlapDays(a.iv, b.iv);
        if (days > 1) {
          const span = (h: Held) => `${h.from ?? "?"}–${h.to ?? "now"}`;
          out.push({ file: b.file, id: b.person.id, message: `${office} ${span(b)} overlaps ${a.person.id} ${span(a)} (${days === Infinity ? "both still in office" : `${days} days`}); single-holder office: fix a date, or mark the term disputed: true` });
        }
      }
    }
  }
  return out;
}

function variantCollisions(kb: Kb): Problem[] {
  const out: Problem[] = [];
  const owner = new Map<string, KbPerson>();
  for (const p of kb.people) {
    if (typeof p.name !== "string") continue;
    const c = canonName(p.name);
    const prev = owner.get(c);
    if (prev && prev.id !== p.id && !(p.shared_variants ?? []).some((v) => canonName(v) === c)) {
      out.push({ file: kb.fileOf("person", p.id), id: p.id, message: `name '${p.name}' is also the name of ${prev.id} (same person twice? else list it in shared_variants)` });
    } else if (!prev) owner.set(c, p);
  }
  const variantOwner = new Map<string, KbPerson>();
  const sharedBy = (p: KbPerson, c: string) => (p.shared_variants ?? []).some((v) => canonName(v) === c);
  for (const p of kb.people) {
    for (const v of p.variants ?? []) {
      if (typeof v !== "string") continue;
      const c = canonName(v);
      const other = owner.get(c);
      if (other && other.id !== p.id && !sharedBy(p, c)) {
        out.push({ file: kb.fileOf("person", p.id), id: p.id, message: `variant '${v}' is the name of ${other.id}; list it in shared_variants if both are meant` });
        continue;
      }
      const twin = variantOwner.get(c);
      if (twin && twin.id !== p.id && !sharedBy(p, c) && !sharedBy(twin, c)) {
        out.push({ file: kb.fileOf("person", p.id), id: p.id, message: `variant '${v}' is also a variant of ${twin.id}; list it in shared_variants if both are meant` });
      } else if (!twin) variantOwner.set(c, p);
    }
  }
  return out;
}

function officeProblems(kb: Kb): Problem[] {
  const out: Problem[] = [];
  for (const o of kb.offices) {
    if (typeof o.id !== "string" || typeof o.country !== "string") continue;
    const prefix = o.id.split(".")[0];
    if (prefix !== o.country.toLowerCase()) out.push({ file: kb.fileOf("office", o.id), id: o.id, message: `office id prefix '${prefix}' does not match country ${o.country}` });
  }
  return out;
}

function placeProblems(kb: Kb): Problem[] {
  const out: Problem[] = [];
  for (const pl of kb.places) {
    if (pl.kind === "country" && !pl.code) out.push({ file: kb.fileOf("place", pl.id), id: pl.id, message: "a country needs its code" });
    if (pl.in) {
      const city = kb.placeById.get(pl.in);
      if (!city) out.push({ file: kb.fileOf("place", pl.id), id: pl.id, message: `"in" names no place: ${pl.in}` });
      else if (!["city", "capital", "town"].includes(city.kind)) out.push({ file: kb.fileOf("place", pl.id), id: pl.id, message: `"in" must name a city, not a ${city.kind}: ${pl.in}` });
      else if (pl.kind !== "site") out.push({ file: kb.fileOf("place", pl.id), id: pl.id, message: `only a site lies "in" a city` });
    }
  }
  return out;
}

/** Every problem in the loaded base: file, record id and a message a data editor can act on. */
export function validateKb(kb: Kb): Problem[] {
  return [...kb.loadProblems, ...schemaProblems(kb.raw), ...duplicateIds(kb.raw), ...termProblems(kb), ...variantCollisions(kb), ...officeProblems(kb), ...placeProblems(kb)];
}
