// Sanity checks for the hand-edited place gazetteer (data/kb/places/*.yaml) and the country
// lexicon (data/lexicon/countries.yaml): a slipped digit in a coordinate or a mistyped id must
// fail here, not silently put Zuwara in the sea or break a capital link.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { normalize } from "../../src/text/normalize.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DATA = join(ROOT, "data");
const DEV_GOLD = join(ROOT, "..", "shared", "data", "dev", "gold.jsonl");
const PLACES_DIR = join(DATA, "kb", "places");

interface PlaceRecord {
  id: string;
  name: string;
  variants?: string[];
  name_en: string;
  aliases_en?: string[];
  country?: string;
  kind: string;
  code?: string;
  lat?: number;
  lon?: number;
  ambiguous?: boolean;
  disputed?: boolean;
  note?: string;
}

interface CountryRecord {
  code: string;
  iso?: string;
  kind?: string;
  en: string;
  aliases_en?: string[];
  ar: string[];
  adj?: { m: string[]; f: string[]; pl: string[] };
  capital?: string;
  metonyms?: string[];
  ambiguous?: string[];
  note?: string;
}

const KINDS = new Set(["city", "town", "site", "region", "country", "capital", "island", "sea", "district", "municipality"]);
const SUPRANATIONAL = ["EU", "UN", "AU", "NATO", "AL"];
const ARABIC_NAME = /^[\u0621-\u064A\u0660-\u0669\u064B-\u065F ()\-'.0-9]+$/u;
const HAS_ARABIC_LETTER = /[\u0621-\u064A]/u;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Rough bounding boxes (land plus territorial islands) of the four countries the project is about.
const BBOX: Record<string, { lat: [number, number]; lon: [number, number] }> = {
  LY: { lat: [19.5, 33.3], lon: [9.3, 25.2] },
  IT: { lat: [35.4, 47.1], lon: [6.6, 18.6] },
  MT: { lat: [35.78, 36.1], lon: [14.15, 14.6] },
  TN: { lat: [30.2, 37.6], lon: [7.5, 11.7] },
};

function loadList<T>(path: string): T[] {
  const doc = parse(readFileSync(path, "utf8"));
  assert.ok(Array.isArray(doc), `${path}: top level must be a list`);
  return doc as T[];
}

const placeFiles = readdirSync(PLACES_DIR).filter((f) => f.endsWith(".yaml")).sort();
const places: (PlaceRecord & { file: string })[] = placeFiles.flatMap((f) =>
  loadList<PlaceRecord>(join(PLACES_DIR, f)).map((r) => ({ ...r, file: f })),
);
const countries = loadList<CountryRecord>(join(DATA, "lexicon", "countries.yaml"));
const countryCodes = new Set(countries.map((c) => c.code));
const placeById = new Map(places.map((p) => [p.id, p]));

/** Normalized name/variant → place ids, the way a gazetteer lookup would see them. */
const placeIndex = new Map<string, string[]>();
for (const p of places) {
  for (const n of [p.name, ...(p.variants ?? [])]) {
    const k = normalize(n);
    placeIndex.set(k, [...(placeIndex.get(k) ?? []), p.id]);
  }
}

/** Normalized country name / adjective → country code. */
const countryIndex = new Map<string, Set<string>>();
for (const c of countries) {
  const forms = [...c.ar, ...(c.adj?.m ?? []), ...(c.adj?.f ?? []), ...(c.adj?.pl ?? [])];
  for (const f of forms) {
    const k = normalize(f);
    countryIndex.set(k, (countryIndex.get(k) ?? new Set()).add(c.code));
  }
}

test("places: the gazetteer is large enough to be useful", () => {
  assert.ok(places.length >= 450, `only ${places.length} places`);
  for (const area of ["libya.yaml", "italy.yaml", "malta.yaml", "tunisia.yaml", "world.yaml", "mediterranean.yaml"]) {
    assert.ok(placeFiles.includes(area), `missing ${area}`);
  }
});

test("places: every record has the required fields with valid values", () => {
  for (const p of places) {
    const where = `${p.file}:${p.id}`;
    assert.equal(typeof p.id, "string", `${where}: id`);
    assert.match(p.id, ID, `${where}: id must be lower-case slug`);
    assert.equal(typeof p.name, "string", `${where}: name`);
    assert.match(p.name, ARABIC_NAME, `${where}: name must be Arabic script`);
    assert.match(p.name, HAS_ARABIC_LETTER, `${where}: name has no Arabic letter`);
    for (const v of p.variants ?? []) assert.match(v, ARABIC_NAME, `${where}: variant ${v} must be Arabic script`);
    assert.ok(typeof p.name_en === "string" && /^[\p{L}]/u.test(p.name_en), `${where}: name_en`);
    for (const a of p.aliases_en ?? []) assert.ok(typeof a === "string" && !HAS_ARABIC_LETTER.test(a), `${where}: alias ${a}`);
    assert.ok(KINDS.has(p.kind), `${where}: unknown kind ${p.kind}`);
    // (a region of several countries, "region-…", has none of its own)
    if (p.kind === "sea" || p.disputed || (p.kind === "region" && p.id.startsWith("region-"))) {
      if (p.country !== undefined) assert.ok(countryCodes.has(p.country), `${where}: unknown country ${p.country}`);
    } else {
      assert.ok(p.country && countryCodes.has(p.country), `${where}: unknown or missing country ${p.country}`);
      assert.ok(p.id.startsWith(p.country.toLowerCase() + "-"), `${where}: id must start with the country code`);
    }
    if (p.kind === "country") assert.equal(p.code, p.country, `${where}: country record code`);
    if (p.ambiguous !== undefined) assert.equal(typeof p.ambiguous, "boolean", `${where}: ambiguous must be boolean`);
  }
});

test("places: ids are unique across all files", () => {
  const seen = new Map<string, string>();
  for (const p of places) {
    assert.ok(!seen.has(p.id), `${p.id} in both ${seen.get(p.id)} and ${p.file}`);
    seen.set(p.id, p.file);
  }
});

test("places: no variant repeats the name or another variant after normalization", () => {
  for (const p of places) {
    const keys = [p.name, ...(p.variants ?? [])].map(normalize);
    assert.equal(new Set(keys).size, keys.length, `${p.id}: ${keys.join(" | ")}`);
  }
});

test("places: coordinates come in pairs and are in range", () => {
  for (const p of places) {
    const where = `${p.file}:${p.id}`;
    assert.equal(p.lat === undefined, p.lon === undefined, `${where}: lat and lon go together`);
    if (p.lat === undefined || p.lon === undefined) continue;
    assert.ok(typeof p.lat === "number" && p.lat >= -90 && p.lat <= 90, `${where}: lat ${p.lat}`);
    assert.ok(typeof p.lon === "number" && p.lon >= -180 && p.lon <= 180, `${where}: lon ${p.lon}`);
  }
  const withCoords = places.filter((p) => p.lat !== undefined).length;
  assert.ok(withCoords / places.length > 0.85, `only ${withCoords}/${places.length} places have coordinates`);
});

test("places: Libyan, Italian, Maltese and Tunisian places lie inside their country's box", () => {
  let checked = 0;
  for (const p of places) {
    const box = p.country ? BBOX[p.country] : undefined;
    if (!box || p.lat === undefined || p.lon === undefined) continue;
    checked++;
    const ok = p.lat >= box.lat[0] && p.lat <= box.lat[1] && p.lon >= box.lon[0] && p.lon <= box.lon[1];
    assert.ok(ok, `${p.file}:${p.id} (${p.lat}, ${p.lon}) is outside ${p.country}`);
  }
  assert.ok(checked > 150, `only ${checked} places checked`);
});

test("places: capitals and landmarks sit at the right spot (spot checks)", () => {
  // [id, lat, lon]: well-known positions, within 0.1°.
  const cases: [string, number, number][] = [
    ["ly-tripoli", 32.89, 13.19],
    ["ly-benghazi", 32.12, 20.07],
    ["it-rome", 41.9, 12.5],
    ["mt-valletta", 35.9, 14.51],
    ["tn-tunis", 36.81, 10.18],
    ["it-lampedusa", 35.51, 12.6],
    ["fr-paris", 48.86, 2.35],
    ["be-brussels", 50.85, 4.35],
    ["eg-cairo", 30.04, 31.24],
    ["ru-saint-petersburg", 59.93, 30.36],
    ["de-stuttgart", 48.78, 9.18],
    ["om-salalah", 17.02, 54.09],
  ];
  for (const [id, lat, lon] of cases) {
    const p = placeById.get(id);
    assert.ok(p, `missing ${id}`);
    assert.ok(Math.abs((p.lat ?? 0) - lat) < 0.1 && Math.abs((p.lon ?? 0) - lon) < 0.1, `${id} at ${p.lat},${p.lon}`);
  }
});

test("places: names as the media write them find the right record", () => {
  const cases: [string, string][] = [
    ["طرابلس", "ly-tripoli"],
    ["مصراته", "ly-misrata"],
    ["اجدابيا", "ly-ajdabiya"],
    ["الرجمة", "ly-rajma"],
    ["قاعدة معيتيقة", "ly-mitiga"],
    ["مطار بنينا", "ly-benina"],
    ["الوطية", "ly-watiya"],
    ["الهلال النفطي", "ly-oil-crescent"],
    ["رأس جدير", "ly-ras-ajdir"],
    ["روما", "it-rome"],
    ["ميلان", "it-milan"],
    ["ميلانو", "it-milan"],
    ["قصر كيجي", "it-chigi-palace"],
    ["الفارنيزينا", "it-farnesina"],
    ["لامبيدوسا", "it-lampedusa"],
    ["صقلية", "it-sicily"],
    ["فاليتا", "mt-valletta"],
    ["جرجيس", "tn-zarzis"],
    ["بنقردان", "tn-ben-guerdane"],
    ["بروكسيل", "be-brussels"],
    ["بروكسل", "be-brussels"],
    ["انقرة", "tr-ankara"],
    ["استانبول", "tr-istanbul"],
    ["اسطنبول", "tr-istanbul"],
    ["الإليزيه", "fr-elysee-palace"],
    ["لاهاي", "nl-the-hague"],
    ["جنيف", "ch-geneva"],
    ["واشنطن", "us-washington"],
    ["موسكو", "ru-moscow"],
    ["السلوم", "eg-salloum"],
    ["انجامينا", "td-n-djamena"],
    ["سانت بطرسبورغ", "ru-saint-petersburg"],
    ["العلمين الجديدة", "eg-el-alamein"],
    ["أبوسليم", "ly-abu-salim"],
    ["شتوتغارت", "de-stuttgart"],
    ["بيرن", "ch-bern"],
  ];
  for (const [name, id] of cases) {
    const ids = placeIndex.get(normalize(name)) ?? [];
    assert.ok(ids.includes(id), `${name} → ${ids.join(",") || "nothing"}, want ${id}`);
  }
});

test("countries: codes are unique, names are Arabic, adjectives are well formed", () => {
  assert.equal(countryCodes.size, countries.length, "duplicate code");
  assert.ok(countries.length >= 195 + SUPRANATIONAL.length, `only ${countries.length} entries`);
  for (const s of SUPRANATIONAL) assert.ok(countryCodes.has(s), `missing ${s}`);
  for (const c of countries) {
    assert.match(c.code, /^[A-Z]{2,4}$/, `${c.code}: code`);
    for (const a of c.aliases_en ?? []) assert.ok(!HAS_ARABIC_LETTER.test(a), `${c.code}: alias ${a}`);
    assert.ok(c.ar.length > 0, `${c.code}: no Arabic name`);
    for (const n of [...c.ar, ...(c.metonyms ?? []), ...(c.ambiguous ?? [])]) assert.match(n, ARABIC_NAME, `${c.code}: ${n}`);
    if (!c.adj) continue;
    for (const [g, forms] of Object.entries(c.adj)) {
      for (const f of forms) assert.match(f, ARABIC_NAME, `${c.code}.adj.${g}: ${f}`);
    }
    assert.ok(c.adj.m.some((f) => f.startsWith("ال")), `${c.code}: no definite masculine adjective`);
    assert.ok(c.adj.f.every((f) => f.endsWith("ة")), `${c.code}: feminine adjectives end in ة`);
  }
});

test("countries: every country has a place record and its capital links to a place in it", () => {
  for (const c of countries) {
    if (SUPRANATIONAL.includes(c.code)) continue;
    const rec = places.find((p) => p.kind === "country" && p.code === c.code);
    assert.ok(rec, `${c.code}: no kind: country place`);
    if (!c.capital) continue;
    const cap = placeById.get(c.capital);
    assert.ok(cap, `${c.code}: capital ${c.capital} is not a place id`);
    assert.equal(cap.country, c.code, `${c.code}: capital ${c.capital} is in ${cap.country}`);
    assert.equal(cap.kind, "capital", `${c.code}: capital ${c.capital} has kind ${cap.kind}`);
  }
});

test("countries: names and nationality adjectives find the right code", () => {
  const cases: [string, string][] = [
    ["ايطاليا", "IT"],
    ["الإيطالي", "IT"],
    ["الإيطالية", "IT"],
    ["الإيطالى", "IT"],
    ["الليبية", "LY"],
    ["الليبيين", "LY"],
    ["المالطية", "MT"],
    ["التونسي", "TN"],
    ["بريطانيا", "GB"],
    ["المملكة المتحدة", "GB"],
    ["أمريكا", "US"],
    ["أميركا", "US"],
    ["الأميركي", "US"],
    ["الأمريكية", "US"],
    ["الأتراك", "TR"],
    ["الروس", "RU"],
    ["الألمان", "DE"],
    ["المصري", "EG"],
    ["الفرنسية", "FR"],
    ["الإماراتي", "AE"],
    ["السودانية", "SD"],
    ["التشادي", "TD"],
    ["النيجر", "NE"],
    ["اليونانية", "GR"],
    ["الأوروبي", "EU"],
    ["الأوروبية", "EU"],
    ["الأممية", "UN"],
    ["الأممي", "UN"],
    ["الكوري الجنوبي", "KR"],
    ["البنغاليين", "BD"],
    ["الأمريكان", "US"],
    ["الجمهورية الإيطالية", "IT"],
  ];
  for (const [form, code] of cases) {
    const codes = countryIndex.get(normalize(form));
    assert.ok(codes?.has(code), `${form} → ${[...(codes ?? [])].join(",") || "nothing"}, want ${code}`);
  }
});

test("countries: near-misses do not silently resolve to one country", () => {
  // Forms that are also ordinary words must be flagged ambiguous, not left as plain matches.
  const flagged = new Map(countries.map((c) => [c.code, new Set((c.ambiguous ?? []).map(normalize))]));
  const cases: [string, string][] = [
    ["المالية", "ML"], // 'financial'
    ["جورجيا", "GE"], // also the given name Giorgia
  ];
  for (const [form, code] of cases) {
    assert.ok(flagged.get(code)?.has(normalize(form)), `${form} should be flagged ambiguous for ${code}`);
    // ...and kept out of the name/adjective lists that matchers use without context.
    assert.equal(countryIndex.get(normalize(form)), undefined, `${form} must not be a plain country form`);
  }
  assert.equal(countryIndex.get(normalize("وزير المالية")), undefined);
  assert.equal(countryIndex.get(normalize("الحكومة")), undefined);
  assert.equal(countryIndex.get(normalize("وزير")), undefined);
});

test("places: every meeting location in the dev gold is in the gazetteer", { skip: existsSync(DEV_GOLD) ? false : `${DEV_GOLD} not found` }, () => {
  // Gold locations are lists of alternatives (Arabic and Latin); one Arabic alternative must be a
  // place name or variant — otherwise the extractor cannot give the event coordinates.
  const lines = readFileSync(DEV_GOLD, "utf8").split("\n").filter((l) => l.trim());
  let checked = 0;
  for (const line of lines) {
    const doc = JSON.parse(line) as { id: string; events: { location?: string[] | null }[] };
    for (const ev of doc.events) {
      const arabic = (ev.location ?? []).filter((a) => HAS_ARABIC_LETTER.test(a));
      if (!arabic.length) continue;
      checked++;
      assert.ok(arabic.some((a) => placeIndex.has(normalize(a))), `${doc.id}: none of ${arabic.join(" / ")} is a known place`);
    }
  }
  assert.ok(checked > 0, "no gold locations read");
});
