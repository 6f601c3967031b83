// Linking a mention to the knowledge base: which person (org, place) a name or a title phrase
// denotes, ranked, with a score and the reasons for it. Names are looked up exactly (full name,
// spelling variant, English name), by fuzzy key (namekey.ts), then by surname; the context
// (date, country, title) then moves candidates up or down, so a bare "حفتر" is Khalifa Haftar
// unless the title or date points to one of his sons.
import { nameKey } from "./namekey.js";
import { canonName, canonWords, givenKey, type Hit } from "./kb/lookup.js";
import { activeAt, parsePartialDate, type DayRange } from "./kb/dates.js";
import { loadKb, type Kb, type KbOrg, type KbPerson, type KbPlace } from "./kb/index.js";
import { candidateOffices, holdersFor, officeTitlesAt, parseTitleWords, titleLexicon } from "./titles.js";

export interface LinkContext {
  /** date of the mention (YYYY-MM-DD, YYYY-MM or YYYY), usually the article's */
  date?: string | null;
  /** ISO country the text attaches to the mention (a nationality adjective) */
  country?: string;
  /** a title phrase attached to the name ("نائب القائد العام") */
  title?: string;
  /** base to use (default: the shipped base, loaded once) */
  kb?: Kb;
}

export interface Candidate<T = KbPerson> {
  id: string;
  record: T;
  score: number;
  /** why, in order: how the name matched, then each context adjustment */
  reasons: string[];
}

// Base scores by how the name reached the record: exact forms first, keys and surnames after.
const BASE = {
  name: 1.0, variant: 0.95, name_en: 0.95, abbr: 0.9,
  surname: 0.6,
  fuzzyName: 0.8, fuzzySurname: 0.5,
  givenAndSurname: 0.85,
  title: 0.9,
} as const;

// Context adjustments.
const ADJ = {
  holdsTitleOnDate: 0.3,
  heldTitleUndated: 0.25,
  heldTitleOtherTime: 0.05,
  neverHeldTitle: -0.2,
  inOfficeOnDate: 0.05,
  countryMatch: 0.05,
  countryMismatch: -0.3,
} as const;

const ARABIC = /[\u0600-\u06FF]/;

function range(date?: string | null): DayRange | null {
  return date ? parsePartialDate(date.slice(0, 10)) : null;
}

function stripRanks(kb: Kb, words: string[]): string[] {
  const ranks = titleLexicon(kb).ranks;
  let w = words;
  for (let changed = true; changed && w.length > 1; ) {
    changed = false;
    for (const r of ranks) {
      if (r.length < w.length && r.every((x, i) => w[i] === x)) {
        w = w.slice(r.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

function addHits(out: Map<string, { score: number; reasons: string[] }>, hits: Hit[], fuzzy: boolean, form: string): void {
  for (const h of hits) {
    const score = fuzzy ? (h.via === "surname" ? BASE.fuzzySurname : BASE.fuzzyName) : BASE[h.via];
    const prev = out.get(h.id);
    if (prev && prev.score >= score) continue;
    out.set(h.id, { score, reasons: [`${fuzzy ? "fuzzy " : ""}${h.via} '${form}'`] });
  }
}

/** Name → candidate person ids with a base score (no context yet). */
function nameCandidates(kb: Kb, raw: string, words: string[]): Map<string, { score: number; reasons: string[] }> {
  const out = new Map<string, { score: number; reasons: string[] }>();
  const ix = kb.people_ix;
  if (!ARABIC.test(raw)) {
    addHits(out, ix.exact.get(raw.trim().toLowerCase()), false, raw.trim());
    return out;
  }
  const full = words.join(" ");
  let exact = ix.exact.get(full);
  // a two-word form that is someone's own name is not a surname of others
  // ("خليفة حفتر" is also the tail of "صدام خليفة حفتر")
  if (words.length > 1 && exact.some((h) => h.via !== "surname")) exact = exact.filter((h) => h.via !== "surname");
  addHits(out, exact, false, full);
  if (out.size) return out;
  const key = nameKey(full);
  // a one-word mention needs a longer key: three consonants (فارنو, فيرن) are shared by chance
  if (key.length >= (words.length > 1 ? 3 : 4)) addHits(out, ix.fuzzy.get(key), true, full);
  if (out.size || words.length < 2) return out;
  // "given name + surname" not listed as such: the surname finds the record, the given name must agree
  const qGiven = givenKey(full);
  for (const take of [2, 1]) {
    if (words.length - take < 1) continue;
    const tail = words.slice(-take).join(" ");
    const tailKey = nameKey(tail);
    const hits = tailKey.length >= 3 ? [...ix.exact.get(tail), ...ix.fuzzy.get(tailKey)] : ix.exact.get(tail);
    for (const h of hits) {
      const p = kb.personById.get(h.id);
      if (!p || out.has(h.id)) continue;
      const given = [p.name, ...(p.variants ?? [])].map(givenKey).filter(Boolean);
      if (given.includes(qGiven)) out.set(h.id, { score: BASE.givenAndSurname, reasons: [`given name + surname '${tail}'`] });
    }
    if (out.size) break;
  }
  return out;
}

/** Offices a title phrase can denote, in a context country. */
function titleOffices(kb: Kb, words: string[], country?: string): { offices: Set<string>; country?: string } | null {
  const t = parseTitleWords(kb, words);
  if (!t || t.used < words.length) return null;
  const offices = candidateOffices(kb, t, country);
  return { offices: new Set(offices.map((o) => o.id)), country: t.country ?? country };
}

function applyContext(kb: Kb, id: string, c: { score: number; reasons: string[] }, when: DayRange | null, country: string | undefined, offices: Set<string> | null): void {
  const p = kb.personById.get(id)!;
  const terms = kb.termsOf.get(id) ?? [];
  if (offices && offices.size) {
    const held = terms.filter((t) => offices.has(t.office));
    if (!held.length) {
      c.score += ADJ.neverHeldTitle;
      c.reasons.push("never held that office");
    } else if (!when) {
      c.score += ADJ.heldTitleUndated;
      c.reasons.push(`held ${held[0].office}`);
    } else if (held.some((t) => activeAt(t.iv, when) && (t.iv.startKnown || t.to !== undefined))) {
      const on = held.find((t) => activeAt(t.iv, when) && (t.iv.startKnown || t.to !== undefined))!;
      c.score += ADJ.holdsTitleOnDate;
      c.reasons.push(`held ${on.office} on that date`);
    } else if (held.some((t) => !t.iv.startKnown && t.to === undefined)) {
      const undated = held.find((t) => !t.iv.startKnown && t.to === undefined)!;
      c.score += ADJ.heldTitleUndated;
      c.reasons.push(`held ${undated.office} (dates unknown)`);
    } else {
      c.score += ADJ.heldTitleOtherTime;
      c.reasons.push(`held ${held[0].office} at another time`);
    }
  } else if (when && terms.some((t) => t.iv.startKnown && activeAt(t.iv, when))) {
    c.score += ADJ.inOfficeOnDate;
    c.reasons.push("in office on that date");
  }
  if (country) {
    if (p.country === country) {
      c.score += ADJ.countryMatch;
      c.reasons.push(`country ${country}`);
    } else {
      c.score += ADJ.countryMismatch;
      c.reasons.push(`country ${p.country} ≠ ${country}`);
    }
  }
  // prominence breaks ties between namesakes (0–0.1)
  if (p.prominence) c.score += p.prominence / 1000;
}

function finish<T>(m: Map<string, { score: number; reasons: string[] }>, get: (id: string) => T | undefined): Candidate<T>[] {
  const out: Candidate<T>[] = [];
  for (const [id, c] of m) {
    const record = get(id);
    if (record) out.push({ id, record, score: Math.round(c.score * 1000) / 1000, reasons: c.reasons });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Who a name (or a "title + name", or a bare title) denotes, best first. Each candidate has a
 * score (≈1 for an exact name; context adds or takes away) and the reasons for it.
 */
export function linkPerson(nameOrTitlePhrase: string, ctx: LinkContext = {}): Candidate[] {
  const kb = ctx.kb ?? loadKb();
  const when = range(ctx.date);
  const all = canonWords(nameOrTitlePhrase);
  // a listed name may itself start with a title or rank word (البابا فرنسيس, الملك سلمان,
  // الشيخ …): a whole-phrase name match goes first
  if (all.length > 1 && kb.people_ix.exact.get(all.join(" ")).some((h) => h.via !== "surname")) {
    const cands = nameCandidates(kb, all.join(" "), all);
    const offices = ctx.title ? titleOffices(kb, canonWords(ctx.title), ctx.country)?.offices ?? null : null;
    for (const [id, c] of cands) applyContext(kb, id, c, when, ctx.country, offices);
    return finish(cands, (id) => kb.personById.get(id));
  }
  let words = stripRanks(kb, all);
  if (!words.length && ARABIC.test(nameOrTitlePhrase)) return [];
  let country = ctx.country;
  let offices: Set<string> | null = null;
  let titleCountry: string | undefined;
  // a title in front of the name ("وزير الداخلية الإيطالي ماتيو بيانتيدوزي") or alone
  const t = words.length ? parseTitleWords(kb, words) : null;
  if (t) {
    if (t.used >= words.length) {
      const cands = new Map<string, { score: number; reasons: string[] }>();
      for (const h of holdersFor(kb, t, { country, date: ctx.date })) {
        if (!cands.has(h.person.id)) cands.set(h.person.id, { score: BASE.title - cands.size * 0.1, reasons: [`held ${h.office.id}${h.sure ? "" : " (possibly)"} on that date`] });
      }
      return finish(cands, (id) => kb.personById.get(id));
    }
    offices = new Set(candidateOffices(kb, t, country).map((o) => o.id));
    titleCountry = t.country;
    words = stripRanks(kb, words.slice(t.used));
  }
  if (ctx.title) {
    const tt = titleOffices(kb, canonWords(ctx.title), country);
    if (tt) {
      offices = offices ? new Set([...offices, ...tt.offices]) : tt.offices;
      titleCountry = titleCountry ?? tt.country;
    }
  }
  country = country ?? titleCountry;
  const raw = t ? words.join(" ") : nameOrTitlePhrase;
  let cands = nameCandidates(kb, raw, words);
  // after a title, qualifiers the title lexicon does not know may come before the name
  // ("… المعترف بها دوليا عبد الحميد الدبيبة"): try the name from a later word, keeping two words at least
  for (let k = 1; t && !cands.size && words.length - k >= 2 && k <= 4; k++) {
    const rest = words.slice(k);
    cands = nameCandidates(kb, rest.join(" "), rest);
  }
  for (const [id, c] of cands) applyContext(kb, id, c, when, country, offices);
  return finish(cands, (id) => kb.personById.get(id));
}

/** The title(s) a linked person held on a date, for a name-only mention. */
export function titlesOf(personId: string, date?: string | null, kb: Kb = loadKb()): string[] {
  return officeTitlesAt(kb, personId, date).map((t) => t.ar);
}

function linkNamed<T extends KbOrg | KbPlace>(text: string, ctx: LinkContext, ix: Kb["orgs_ix"], get: (id: string) => T | undefined): Candidate<T>[] {
  const cands = new Map<string, { score: number; reasons: string[] }>();
  if (!ARABIC.test(text)) addHits(cands, ix.exact.get(text.trim().toLowerCase()), false, text.trim());
  else {
    const full = canonName(text);
    addHits(cands, ix.exact.get(full), false, full);
    const key = nameKey(full);
    if (!cands.size && key.length >= 4) addHits(cands, ix.fuzzy.get(key), true, full);
  }
  for (const [id, c] of cands) {
    const r = get(id);
    if (!r) continue;
    if (ctx.country && r.country) {
      if (r.country === ctx.country) {
        c.score += ADJ.countryMatch;
        c.reasons.push(`country ${ctx.country}`);
      } else {
        c.score += ADJ.countryMismatch / 3;
        c.reasons.push(`country ${r.country} ≠ ${ctx.country}`);
      }
    }
    if ((r as { ambiguous?: boolean }).ambiguous) {
      c.score -= 0.2;
      c.reasons.push("ambiguous name");
    }
  }
  return finish(cands, get);
}

/** Which organization a name or abbreviation denotes, best first. */
export function linkOrg(text: string, ctx: LinkContext = {}): Candidate<KbOrg>[] {
  const kb = ctx.kb ?? loadKb();
  return linkNamed(text, ctx, kb.orgs_ix, (id) => kb.orgById.get(id));
}

// Same name for a country and its capital (تونس, الجزائر, الكويت): the country reads first
// unless the context country makes the city likelier; kinds that name bigger units rank higher.
const PLACE_KIND_RANK: Record<string, number> = { country: 0.04, capital: 0.03, city: 0.02, region: 0.01 };

/** Which place a name denotes, best first. */
export function linkPlace(text: string, ctx: LinkContext = {}): Candidate<KbPlace>[] {
  const kb = ctx.kb ?? loadKb();
  const out = linkNamed(text, ctx, kb.places_ix, (id) => kb.placeById.get(id));
  for (const c of out) c.score = Math.round((c.score + (PLACE_KIND_RANK[c.record.kind] ?? 0)) * 1000) / 1000;
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
