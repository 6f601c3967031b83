// Sanity checks for the hand-written knowledge-base data on people outside Libya/Italy and on
// organizations: the files are edited by hand, so a typo in a date or an id must fail here
// rather than silently break linking.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { normalize } from "../../src/text/normalize.js";

const KB = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data", "kb");

const PEOPLE_FILES = [
  "eu", "un", "malta", "tunisia", "egypt", "algeria", "france", "germany", "greece", "turkey",
  "russia", "usa", "uk", "qatar", "uae", "sudan", "chad", "niger", "kuwait", "others",
].map((a) => join(KB, "people", `${a}.yaml`));
const ORG_FILES = existsSync(join(KB, "orgs"))
  ? readdirSync(join(KB, "orgs")).filter((f) => f.endsWith(".yaml")).map((f) => join(KB, "orgs", f))
  : [];

// ISO 3166 alpha-2 codes the project uses, plus the supranational bodies of the KB format.
const KNOWN_CODES = new Set([
  "LY", "IT", "MT", "TN", "EG", "DZ", "MA", "MR", "FR", "DE", "GR", "TR", "RU", "US", "GB", "QA",
  "AE", "SA", "SD", "SS", "TD", "NE", "ML", "BF", "NG", "ES", "PT", "NL", "BE", "AT", "PL", "HU",
  "CZ", "SE", "FI", "DK", "IE", "CY", "HR", "SI", "SK", "EE", "LV", "LT", "LU", "RO", "BG", "CH",
  "NO", "JO", "IQ", "SY", "LB", "PS", "KW", "BH", "OM", "YE", "IR", "IL", "CN", "JP", "IN", "PK",
  "BD", "ER", "ET", "SO", "KE", "SN", "GH", "CI", "GM", "GN", "CM", "CD", "CG", "RW", "ZA", "UA",
  "BY", "RS", "CA", "BR", "VA", "MX", "DJ", "GH",
  "EU", "UN", "AU", "NATO", "AL",
]);
const ORG_KINDS = new Set([
  "ministry", "armed_force", "government", "agency", "un_body", "eu_body", "ngo", "company",
  "party", "militia", "parliament", "intl_org", "media", "court", "council", "coalition", "bank", "other",
]);
// International bodies and NGOs may have no single country.
const COUNTRYLESS_KINDS = new Set(["intl_org", "ngo", "media", "company", "court", "coalition"]);

const ARABIC_NAME = /^[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u064B-\u065F ()\-'.0-9+]+$/u;
const HAS_ARABIC_LETTER = /[\u0621-\u064A]/u;

/** True for YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date. */
function isIsoPartialDate(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < 1900 || y > 2030) return false;
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** from ≤ to when compared at the coarser of the two precisions. */
function fromNotAfterTo(from: string, to: string): boolean {
  const n = Math.min(from.length, to.length);
  return from.slice(0, n) <= to.slice(0, n);
}

// The YAML parser turns an unquoted 2020-01-02 into a Date only with the yaml-1.1 schema; the
// default (core) schema keeps it a string, which is what the loader expects.
function load(path: string): Record<string, unknown>[] {
  const doc = parse(readFileSync(path, "utf8"));
  assert.ok(Array.isArray(doc), `${path}: top level must be a list`);
  return doc as Record<string, unknown>[];
}

function arabicList(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  assert.ok(Array.isArray(v), `${where}: must be a list`);
  for (const s of v) {
    assert.equal(typeof s, "string", `${where}: ${JSON.stringify(s)} is not a string`);
    assert.match(s as string, ARABIC_NAME, `${where}: ${s} is not Arabic script`);
  }
  return v as string[];
}

test("date helpers accept and reject what they should", () => {
  const cases: [unknown, boolean][] = [
    ["2023", true], ["2023-02", true], ["2023-02-28", true], ["2024-02-29", true],
    ["2023-02-29", false], ["2023-13", false], ["2023-1-05", false], [20230105, false], ["", false],
  ];
  for (const [v, ok] of cases) assert.equal(isIsoPartialDate(v), ok, String(v));
  const order: [string, string, boolean][] = [
    ["2020-01-01", "2020-01-02", true], ["2020-05", "2020-05-01", true], ["2021", "2020-12-31", false],
  ];
  for (const [a, b, ok] of order) assert.equal(fromNotAfterTo(a, b), ok, `${a} ≤ ${b}`);
});

const people = PEOPLE_FILES.flatMap((f) => {
  assert.ok(existsSync(f), `missing ${f}`);
  return load(f).map((r) => ({ file: f, r }));
});
const orgs = ORG_FILES.flatMap((f) => load(f).map((r) => ({ file: f, r })));

test("people records are well-formed", () => {
  const ids = new Set<string>();
  for (const { file, r } of people) {
    const where = `${file}: ${String(r.id)}`;
    assert.equal(typeof r.id, "string", `${where}: id`);
    const id = r.id as string;
    assert.ok(!ids.has(id), `${where}: duplicate id`);
    ids.add(id);
    assert.ok(KNOWN_CODES.has(r.country as string), `${where}: unknown country ${String(r.country)}`);
    const cc = (r.country as string).toLowerCase();
    assert.match(id, new RegExp(`^${cc}-[a-z0-9]+(-[a-z0-9]+)*$`), `${where}: id must be ${cc}-<latin-slug>`);
    assert.equal(typeof r.name, "string", `${where}: name`);
    assert.match(r.name as string, ARABIC_NAME, `${where}: name must be Arabic script`);
    assert.match(r.name as string, HAS_ARABIC_LETTER, `${where}: name`);
    assert.equal(typeof r.name_en, "string", `${where}: name_en`);
    assert.match(r.name_en as string, /^[\p{Script=Latin} .'\-()]+$/u, `${where}: name_en must be Latin`);
    // gender is left out when unknown; when given it picks masculine/feminine title forms
    if (r.gender !== undefined) assert.ok(r.gender === "m" || r.gender === "f", `${where}: gender`);
    const seen = new Set([normalize(r.name as string)]);
    for (const v of arabicList(r.variants, `${where} variants`)) {
      const n = normalize(v);
      assert.ok(!seen.has(n), `${where}: variant ${v} repeats the name or another variant after normalization`);
      seen.add(n);
    }
    if (r.aliases_en !== undefined) assert.ok(Array.isArray(r.aliases_en), `${where}: aliases_en`);
    if (r.surname_ok !== undefined) assert.equal(typeof r.surname_ok, "boolean", `${where}: surname_ok`);
    assert.ok(Array.isArray(r.offices), `${where}: offices must be a list`);
    for (const o of r.offices as Record<string, unknown>[]) {
      assert.match(String(o.office), /^[a-z]{2,4}\.[a-z0-9_]+$/, `${where}: office id ${String(o.office)}`);
      if (o.from !== undefined) assert.ok(isIsoPartialDate(o.from), `${where}: bad from ${String(o.from)}`);
      if (o.to !== undefined) assert.ok(isIsoPartialDate(o.to), `${where}: bad to ${String(o.to)}`);
      if (o.from !== undefined && o.to !== undefined) {
        assert.ok(fromNotAfterTo(o.from as string, o.to as string), `${where}: ${o.office} from > to`);
      }
    }
  }
});

test("organization records are well-formed", () => {
  const ids = new Set<string>();
  for (const { file, r } of orgs) {
    const where = `${file}: ${String(r.id)}`;
    assert.equal(typeof r.id, "string", `${where}: id`);
    const id = r.id as string;
    assert.ok(!ids.has(id), `${where}: duplicate id`);
    ids.add(id);
    assert.match(id, /^[a-z]{2,4}-[a-z0-9]+(-[a-z0-9]+)*$/, `${where}: id format`);
    assert.ok(ORG_KINDS.has(r.kind as string), `${where}: kind ${String(r.kind)}`);
    if (r.country === undefined) {
      // transnational bodies (intl-*) and NGOs/companies/media may have no single country
      assert.ok(COUNTRYLESS_KINDS.has(r.kind as string) || id.startsWith("intl-"), `${where}: country required for kind ${String(r.kind)}`);
    } else {
      assert.ok(KNOWN_CODES.has(r.country as string), `${where}: unknown country ${String(r.country)}`);
    }
    assert.match(String(r.name), ARABIC_NAME, `${where}: name must be Arabic script`);
    assert.equal(typeof r.name_en, "string", `${where}: name_en`);
    const seen = new Set([normalize(r.name as string)]);
    for (const v of arabicList(r.variants, `${where} variants`)) {
      const n = normalize(v);
      assert.ok(!seen.has(n), `${where}: variant ${v} repeats the name or another variant after normalization`);
      seen.add(n);
    }
    if (r.abbr !== undefined) {
      assert.ok(Array.isArray(r.abbr), `${where}: abbr must be a list`);
      for (const a of r.abbr as unknown[]) assert.equal(typeof a, "string", `${where}: abbr`);
    }
  }
});

test("no two people or two organizations share the same full Arabic name", () => {
  for (const group of [people, orgs]) {
    const byName = new Map<string, string>();
    for (const { r } of group) {
      const n = normalize(r.name as string);
      assert.ok(!byName.has(n), `${String(r.id)} and ${byName.get(n)} share the name ${String(r.name)}`);
      byName.set(n, r.id as string);
    }
  }
});

test("ids of these people and organizations are unique across the whole KB (people, orgs, places)", () => {
  const all = new Map<string, string>();
  for (const dir of ["people", "orgs", "places"]) {
    const d = join(KB, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((f) => f.endsWith(".yaml"))) {
      for (const r of load(join(d, f))) {
        const id = String(r.id);
        const prev = all.get(id);
        all.set(id, prev ? `${prev}, ${dir}/${f}` : `${dir}/${f}`);
      }
    }
  }
  const clashes = [...people, ...orgs]
    .map(({ r }) => String(r.id))
    .filter((id) => (all.get(id) ?? "").includes(","))
    .map((id) => `${id} (${all.get(id)})`);
  assert.deepEqual(clashes, []);
});

test("coverage reaches the agreed counts", () => {
  assert.ok(people.length >= 320, `only ${people.length} people`);
  assert.ok(orgs.length >= 200, `only ${orgs.length} organizations`);
});

test("every office a person holds is defined in offices*.yaml", (t) => {
  if (!existsSync(join(KB, "offices.yaml"))) {
    t.skip("data/kb/offices.yaml not there yet");
    return;
  }
  const defined = new Set<string>();
  for (const f of readdirSync(KB).filter((f) => /^offices.*\.yaml$/.test(f))) {
    for (const o of load(join(KB, f))) defined.add(o.id as string);
  }
  const missing = new Set<string>();
  for (const { r } of people) {
    for (const o of r.offices as { office: string }[]) if (!defined.has(o.office)) missing.add(o.office);
  }
  assert.deepEqual([...missing].sort(), []);
});

test("offices-extra.yaml entries are well-formed and do not redefine offices.yaml", () => {
  const extraPath = join(KB, "offices-extra.yaml");
  if (!existsSync(extraPath)) return;
  const base = existsSync(join(KB, "offices.yaml")) ? new Set(load(join(KB, "offices.yaml")).map((o) => o.id)) : new Set();
  const ids = new Set<string>();
  for (const o of load(extraPath)) {
    const id = o.id as string;
    assert.match(id, /^[a-z]{2,4}\.[a-z0-9_]+$/, `office id ${id}`);
    assert.ok(!ids.has(id) && !base.has(id), `office ${id} defined twice`);
    ids.add(id);
    assert.ok(KNOWN_CODES.has(o.country as string), `${id}: country ${String(o.country)}`);
    assert.equal(id.split(".")[0], (o.country as string).toLowerCase(), `${id}: prefix must match country`);
    assert.equal(typeof o.en, "string", `${id}: en`);
    assert.ok(arabicList(o.ar, `${id} ar`).length > 0, `${id}: needs Arabic titles`);
    arabicList(o.institution, `${id} institution`);
  }
});

// Spot checks of facts the linker depends on (who held which office from when).
test("key office holders are recorded with the right terms", () => {
  const byId = new Map(people.map(({ r }) => [r.id as string, r]));
  const cases: [string, string, string, string | undefined][] = [
    ["un-antonio-guterres", "un.secretary_general", "2017-01-01", undefined],
    ["fr-emmanuel-macron", "fr.president", "2017-05-14", undefined],
    ["de-angela-merkel", "de.chancellor", "2005-11-22", "2021-12-08"],
    ["un-ghassan-salame", "un.libya_envoy", "2017-06", "2020-03"],
    ["tn-kais-saied", "tn.president", "2019-10-23", undefined],
    ["eg-sameh-shoukry", "eg.foreign_minister", "2014-06-17", "2024-07-03"],
    ["eu-stefano-turchetto", "eu.irini_commander", "2021-10-01", "2024-07-19"],
    ["us-richard-norland", "us.ambassador_libya", "2019-08-08", "2025-05"],
    ["un-stephanie-williams", "un.libya_acting_envoy", "2020-03", "2021-02"],
  ];
  for (const [id, office, from, to] of cases) {
    const p = byId.get(id);
    assert.ok(p, `${id} missing`);
    const term = (p.offices as { office: string; from?: string; to?: string }[]).find((o) => o.office === office);
    assert.ok(term, `${id} lacks ${office}`);
    assert.equal(term.from, from, `${id} ${office} from`);
    assert.equal(term.to, to, `${id} ${office} to`);
  }
});
