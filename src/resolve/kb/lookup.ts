// Name indexes over the base, built once at load: normalized full names, spelling variants,
// surnames and fuzzy name keys → the records they may denote. A lookup is a few Map reads.
import { normWords } from "../../text/normalize.js";
import { nameKey } from "../namekey.js";
import type { KbOrg, KbPerson, KbPlace } from "./types.js";

/** How a form reached a record: its own name, a listed variant, a surname derived from a name. */
export type Via = "name" | "variant" | "surname" | "abbr" | "name_en";

export interface Hit {
  id: string;
  via: Via;
}

/** Normalized words, leading article dropped from each: the exact-match form of a name. */
export function canonWords(s: string): string[] {
  return normWords(s).map((w) => (w.length >= 4 && w.startsWith("ال") ? w.slice(2) : w));
}

export function canonName(s: string): string {
  return canonWords(s).join(" ");
}

// Particles that belong to the surname after them: دي مايو, أبو سهمين, بن قدارة, لا روسا.
const SURNAME_PARTICLES = new Set(["دي", "دا", "ديل", "لا", "لو", "ابو", "بو", "بن", "ابن", "فون", "فان", "دو", "عبد"]);
// Shortest surname allowed alone: shorter words are too often something else.
const MIN_SURNAME = 3;

// Countries whose names are Arabic name chains (given name, father's name, …, family name):
// there the words between the given name and the family name are a father's name, so
// "محمد الدبيبة" is not a surname form of "عبد الحميد محمد الدبيبة".
const NAME_CHAIN_COUNTRIES = new Set(["LY", "TN", "DZ", "MA", "MR", "EG", "SD", "TD", "QA", "AE", "SA", "KW", "BH", "OM", "YE", "JO", "IQ", "SY", "LB", "PS"]);

/**
 * Surname forms of a full name: the last word, a particle + last word, and (outside Arabic
 * name chains) the tail after the given name ("كافو دراغوني").
 */
export function surnamesOf(name: string, country?: string): string[] {
  const w = canonWords(name);
  if (w.length < 2) return [];
  const out = new Set<string>();
  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  if (SURNAME_PARTICLES.has(prev)) out.add(`${prev} ${last}`);
  else if (last.length >= MIN_SURNAME) out.add(last);
  if (country && NAME_CHAIN_COUNTRIES.has(country)) return [...out];
  // the given name may be compound (عبد الحميد, سيف الإسلام): the tail starts after it
  const givenLen = SURNAME_PARTICLES.has(w[0]) && w.length > 2 ? 2 : 1;
  if (w.length - givenLen >= 2) out.add(w.slice(givenLen).join(" "));
  return [...out];
}

/** Given name (first word, or particle + word) of a full name, as a name key. */
export function givenKey(name: string): string {
  const w = canonWords(name);
  if (w.length < 2) return "";
  return nameKey(SURNAME_PARTICLES.has(w[0]) && w.length > 2 ? `${w[0]} ${w[1]}` : w[0]);
}

class MultiMap {
  readonly map = new Map<string, Hit[]>();
  add(k: string, hit: Hit): void {
    if (!k) return;
    const list = this.map.get(k);
    if (!list) this.map.set(k, [hit]);
    else if (!list.some((h) => h.id === hit.id)) list.push(hit);
    else {
      // keep the strongest way a record is reached by this form
      const i = list.findIndex((h) => h.id === hit.id);
      if (VIA_RANK[hit.via] < VIA_RANK[list[i].via]) list[i] = hit;
    }
  }
  get(k: string): Hit[] {
    return this.map.get(k) ?? [];
  }
}

const VIA_RANK: Record<Via, number> = { name: 0, variant: 1, abbr: 2, name_en: 3, surname: 4 };

export interface NameIndex {
  /** canonName(form) → hits (names, variants, surnames) */
  exact: MultiMap;
  /** nameKey(form) → hits */
  fuzzy: MultiMap;
}

function emptyIndex(): NameIndex {
  return { exact: new MultiMap(), fuzzy: new MultiMap() };
}

function addForm(ix: NameIndex, form: string, hit: Hit): void {
  ix.exact.add(canonName(form), hit);
  const k = nameKey(form);
  // a key of two letters matches too much (دم for دي مايو): such forms are exact-only
  if (k.length >= 3) ix.fuzzy.add(k, hit);
}

/**
 * People index. `notSurnames`: canonical forms never taken alone as a surname, such as
 * nationality adjectives (المصري in "أسامة المصري" is a nickname that also means "the Egyptian").
 */
export function indexPeople(people: KbPerson[], notSurnames: Set<string> = new Set()): NameIndex {
  const ix = emptyIndex();
  for (const p of people) {
    if (typeof p.name !== "string") continue;
    addForm(ix, p.name, { id: p.id, via: "name" });
    for (const v of p.variants ?? []) if (typeof v === "string") addForm(ix, v, { id: p.id, via: "variant" });
    for (const e of [p.name_en, ...(p.aliases_en ?? [])]) if (typeof e === "string") ix.exact.add(e.toLowerCase(), { id: p.id, via: "name_en" });
    if (p.surname_ok === false) continue;
    for (const e of [p.name_en, ...(p.aliases_en ?? [])]) {
      const w = typeof e === "string" ? e.toLowerCase().split(/\s+/).filter(Boolean) : [];
      if (w.length > 1 && w[w.length - 1].length >= MIN_SURNAME) ix.exact.add(w[w.length - 1], { id: p.id, via: "surname" });
    }
    for (const full of [p.name, ...(p.variants ?? [])]) {
      if (typeof full !== "string") continue;
      for (const s of surnamesOf(full, p.country)) if (!notSurnames.has(s)) addForm(ix, s, { id: p.id, via: "surname" });
    }
  }
  return ix;
}

export function indexNamed(records: (KbOrg | KbPlace)[]): NameIndex {
  const ix = emptyIndex();
  for (const r of records) {
    if (typeof r.name !== "string") continue;
    addForm(ix, r.name, { id: r.id, via: "name" });
    for (const v of r.variants ?? []) if (typeof v === "string") addForm(ix, v, { id: r.id, via: "variant" });
    for (const a of ("abbr" in r ? r.abbr : undefined) ?? []) if (typeof a === "string") ix.exact.add(canonName(a), { id: r.id, via: "abbr" });
    for (const e of [r.name_en, ...(r.aliases_en ?? [])]) if (typeof e === "string") ix.exact.add(e.toLowerCase(), { id: r.id, via: "name_en" });
  }
  return ix;
}
