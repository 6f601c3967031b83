// Title → office → holder on a date. "وزير الداخلية الإيطالي" is an office phrase from
// data/kb/offices.yaml plus a nationality adjective (data/lexicon/countries.yaml) that pins the
// country; "وزير الخارجية بحكومة الوحدة الوطنية" pins the office by its institution. The holder
// is whoever the base says held that office on the date; rival Libyan offices that share a
// bare title are ordered by the office's `priority`.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { canonWords } from "./kb/lookup.js";
import { activeAt, parsePartialDate, surelyActiveAt, type DayRange } from "./kb/dates.js";
import { REPO_ROOT } from "./kb/load.js";
import { loadKb, type Kb, type KbOffice, type KbPerson } from "./kb/index.js";

interface Phrase {
  words: string[];
  ids: string[];
}

export interface TitleLexicon {
  /** office title phrases by first word, longest first */
  offices: Map<string, Phrase[]>;
  /** the same phrases by their first two words ("وزير داخليه"); one-word phrases by that word */
  officesBy2: Map<string, Phrase[]>;
  /** institution phrases by first word, longest first */
  institutions: Map<string, Phrase[]>;
  /** country names and nationality adjectives by first word; ids = [country code] */
  countries: Map<string, Phrase[]>;
  /** ranks and honorifics that may precede a name (المشير، السيد), longest first */
  ranks: string[][];
}

// Words that link a title to what qualifies it: "سفير إيطاليا لدى ليبيا", "وزير الداخلية في حكومة …".
const CONNECTORS = new Set(["في", "لدي", "الي", "عن", "ب", "ل"]);
// "the former …": the holder before the date, not on it.
// (deposed, ousted and late holders are former ones too: المخلوع، المعزول، الراحل)
const FORMER = new Set(["سابق", "سابقه", "اسبق", "اسبقه", "مخلوع", "مخلوعه", "معزول", "معزوله", "راحل", "راحله"]);
// "the … at that time" (الرئيس الأميركي آنذاك): some past holder, on a date the title does not say.
const AT_THAT_TIME = new Set(["انذاك", "حينذاك", "حينها", "وقتها", "وقتذاك", "وقتيذ", "يومها", "يومذاك"]);
// Qualifiers that do not change who is meant; "(في) الحكومة" before an adjective only carries it
// ("وزير الخارجية بالحكومة الليبية": the country, not which of the rival governments).
// "المكلف" / "بالإنابة" (acting) name the same office.
// "المنتهية ولايتها" (outgoing) neither.
const NEUTRAL = new Set(["جديد", "جديده", "حالي", "حاليه", "حكومه", "مكلف", "مكلفه", "بالانابه", "بالوكاله", "منتهيه", "ولايتها", "ولايته"]);

function addPhrase(map: Map<string, Phrase[]>, text: string, id: string): void {
  const words = canonWords(text);
  if (!words.length) return;
  const list = map.get(words[0]) ?? [];
  const same = list.find((p) => p.words.join(" ") === words.join(" "));
  if (same) {
    if (!same.ids.includes(id)) same.ids.push(id);
  } else list.push({ words, ids: [id] });
  list.sort((a, b) => b.words.length - a.words.length);
  map.set(words[0], list);
}

function readRanks(root: string): string[][] {
  const file = join(root, "data/lexicon/titles.yaml");
  if (!existsSync(file)) return [];
  try {
    const doc = parse(readFileSync(file, "utf8")) as { ranks?: unknown };
    const list = Array.isArray(doc?.ranks) ? (doc.ranks as unknown[]).filter((r): r is string => typeof r === "string") : [];
    return list.map(canonWords).filter((w) => w.length).sort((a, b) => b.length - a.length);
  } catch {
    return [];
  }
}

const lexicons = new WeakMap<Kb, TitleLexicon>();

/** The title lexicon of a base (built once per base). */
export function titleLexicon(kb: Kb, root = REPO_ROOT): TitleLexicon {
  let lx = lexicons.get(kb);
  if (lx) return lx;
  lx = { offices: new Map(), officesBy2: new Map(), institutions: new Map(), countries: new Map(), ranks: readRanks(root) };
  for (const o of kb.offices) {
    for (const a of Array.isArray(o.ar) ? o.ar : []) addPhrase(lx.offices, a, o.id);
    for (const inst of o.institution ?? []) addPhrase(lx.institutions, inst, o.id);
  }
  for (const c of kb.countries) {
    for (const form of [...c.ar, ...(c.adj?.m ?? []), ...(c.adj?.f ?? []), ...(c.adj?.pl ?? [])]) addPhrase(lx.countries, form, c.code);
  }
  // a title lookup then tries a handful of phrases, not every phrase that starts with وزير
  for (const list of lx.offices.values()) {
    for (const p of list) {
      const k = p.words.length > 1 ? key2(lx, p.words[0], p.words[1]) : p.words[0];
      const l2 = lx.officesBy2.get(k) ?? [];
      l2.push(p);
      lx.officesBy2.set(k, l2);
    }
  }
  lexicons.set(kb, lx);
  return lx;
}

/** Key of a phrase's first two words; a nationality word stands for its country (الأممي = الأممية). */
function key2(lx: TitleLexicon, w0: string, w1: string): string {
  const c = lx.countries.get(w1)?.find((q) => q.words.length === 1);
  return c ? `${w0} @${c.ids[0]}` : `${w0} ${w1}`;
}

/** A word with a proclitic ب/ل/و/ف (and then an article) taken off: بالحكومة → حكومه. */
function unclitic(w: string): string {
  const m = /^[وف]?[بل]?(?:ال)?(.{2,})$/.exec(w);
  return m ? m[1] : w;
}

/** Match a phrase at words[i] (also trying the first word without proclitic); returns its length. */
function phraseAt(map: Map<string, Phrase[]>, words: string[], i: number): { phrase: Phrase; len: number } | null {
  const w = words[i];
  const bare = unclitic(w);
  for (const f of bare === w ? [w] : [w, bare]) {
    const list = map.get(f);
    if (!list) continue;
    for (const p of list) {
      if (i + p.words.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = words[i + k] === p.words[k];
      if (ok) return { phrase: p, len: p.words.length };
    }
  }
  return null;
}

export interface ParsedTitle {
  /** offices whose title phrase matched (before any country filter) */
  offices: string[];
  /** the country the phrase names (adjective or country name), if any */
  country?: string;
  /** offices pinned by an institution phrase after the title */
  institutionOffices?: string[];
  former: boolean;
  /** "آنذاك", "حينها": a holder at a time the title does not say — nobody the base can name */
  thatTime?: boolean;
  /** number of words the title took; the rest (a name, usually) starts there */
  used: number;
  words: string[];
  /**
   * the title goes on with a body the base does not know ("الأمين العام لمجلس التعاون"): it
   * names that body's office, not the best-known office with the same head
   */
  otherBody?: boolean;
}

/**
 * Longest office phrase at the start of `words`, allowing nationality words inside it
 * ("السفير الإيطالي لدى ليبيا" matches "السفير لدى ليبيا" + IT), then the qualifiers after it.
 */
function matchOffice(lx: TitleLexicon, words: string[]): { ids: string[]; end: number; country?: string } | null {
  let best: { ids: string[]; end: number; country?: string; len: number } | null = null;
  for (const f of new Set([words[0], unclitic(words[0])])) {
    if (!lx.offices.has(f)) continue;
    // candidates: one-word phrases, phrases whose second word follows, or follows a nationality word
    const cands = [...(lx.officesBy2.get(f) ?? [])];
    if (words.length > 1) {
      cands.push(...(lx.officesBy2.get(key2(lx, f, words[1])) ?? []));
      const c = phraseAt(lx.countries, words, 1);
      if (c && words.length > 1 + c.len) cands.push(...(lx.officesBy2.get(`${f} ${words[1 + c.len]}`) ?? []));
    }
    for (const p of cands) {
      let i = 1, k = 1;
      let country: string | undefined;
      while (k < p.words.length && i < words.length) {
        if (words[i] === p.words[k]) { i++; k++; continue; }
        const c = phraseAt(lx.countries, words, i);
        // a nationality word inside the title agrees in gender with the head: "المبعوثة الأممية"
        // matches "المبعوث الأممي" when both adjectives name the same country
        if (c && lx.countries.get(p.words[k])?.some((q) => q.words.length === 1 && q.ids[0] === c.phrase.ids[0])) { i += c.len; k++; continue; }
        if (c && !country) { country = c.phrase.ids[0]; i += c.len; continue; }
        break;
      }
      if (k < p.words.length) continue;
      if (!best || p.words.length > best.len) best = { ids: p.ids, end: i, country, len: p.words.length };
    }
  }
  return best;
}

/** Parse a title phrase (and where it ends) from canonical words; null when no office phrase starts it. */
export function parseTitleWords(kb: Kb, words: string[]): ParsedTitle | null {
  if (!words.length) return null;
  const lx = titleLexicon(kb);
  const m = matchOffice(lx, words);
  if (!m) return null;
  let i = m.end;
  let country = m.country;
  let institutionOffices: string[] | undefined;
  let former = false;
  let thatTime = false;
  // the title's last word may open the institution: "رئيس حكومة الوحدة" = رئيس + حكومة الوحدة
  // (with the article dropped, "رئيس حكومة" also reads as the title "رئيس الحكومة")
  const shared = m.end >= 2 ? phraseAt(lx.institutions, words, m.end - 1) : null;
  if (shared && shared.len >= 2) {
    institutionOffices = shared.phrase.ids;
    i = m.end - 1 + shared.len;
  }
  while (i < words.length) {
    const w = words[i];
    if (CONNECTORS.has(w)) { i++; continue; }
    if (FORMER.has(w)) { former = true; i++; continue; }
    if (AT_THAT_TIME.has(w)) { thatTime = true; i++; continue; }
    const inst = phraseAt(lx.institutions, words, i);
    if (inst && !institutionOffices) { institutionOffices = inst.phrase.ids; i += inst.len; continue; }
    const c = phraseAt(lx.countries, words, i);
    if (c && !country) { country = c.phrase.ids[0]; i += c.len; continue; }
    if (NEUTRAL.has(w) || NEUTRAL.has(unclitic(w))) { i++; continue; }
    break;
  }
  // a trailing connector belongs to what follows, not to the title
  while (i > m.end && CONNECTORS.has(words[i - 1])) i--;
  // a genitive with ل right after ("لمجلس التعاون", "للاتحاد الإفريقي") that no rule above read
  const next = words[i];
  // and a one-word office whose head governs a noun the rules above did not read: "أمير الجماعة"،
  // "أمير حزب التحرير" lead a group, not the country whose office is called "الأمير"
  const governs = m.end === 1 && !institutionOffices && i === m.end && !!next && !CONNECTORS.has(next);
  const otherBody = governs || (!institutionOffices && !!next && next.length >= 4 && next.startsWith("ل") && !CONNECTORS.has(next));
  return { offices: m.ids, country, institutionOffices, former, ...(thatTime ? { thatTime } : {}), used: i, words, ...(otherBody ? { otherBody } : {}) };
}

export function parseTitle(kb: Kb, phrase: string): ParsedTitle | null {
  return parseTitleWords(kb, canonWords(phrase));
}

/** Offices a parsed title can denote, given an optional country from context. */
export function candidateOffices(kb: Kb, t: ParsedTitle, contextCountry?: string): KbOffice[] {
  if (t.otherBody) return [];
  let ids = t.offices;
  if (t.institutionOffices) {
    const pinned = ids.filter((id) => t.institutionOffices!.includes(id));
    if (pinned.length) ids = pinned;
  }
  let offices = ids.map((id) => kb.officeById.get(id)).filter((o): o is KbOffice => !!o);
  const country = t.country ?? contextCountry ?? (t.institutionOffices ? kb.officeById.get(t.institutionOffices[0])?.country : undefined);
  if (country) offices = offices.filter((o) => o.country === country);
  else if (new Set(offices.map((o) => o.country)).size > 1) return [];
  return offices;
}

export interface TitleCandidate {
  person: KbPerson;
  office: KbOffice;
  /** true when the date surely falls in the term (not only possibly) */
  sure: boolean;
  from?: string;
  to?: string;
}

function dateRange(date?: string | null): DayRange | null {
  if (!date) return null;
  return parsePartialDate(date.slice(0, 10));
}

const TODAY = (): DayRange => {
  const n = Math.floor(Date.now() / 86_400_000);
  return { earliest: n, latest: n };
};

/** Everyone who may have held the office(s) a title denotes on `date`, best first. */
export function resolveTitleCandidates(kb: Kb, titlePhrase: string, opts: { country?: string; date?: string | null } = {}): TitleCandidate[] {
  const t = parseTitle(kb, titlePhrase);
  if (!t) return [];
  return holdersFor(kb, t, opts);
}

export function holdersFor(kb: Kb, t: ParsedTitle, opts: { country?: string; date?: string | null }): TitleCandidate[] {
  if (t.thatTime) return [];
  const offices = candidateOffices(kb, t, opts.country);
  const when = dateRange(opts.date) ?? TODAY();
  const out: (TitleCandidate & { rank: number[] })[] = [];
  for (const o of offices) {
    for (const h of kb.holdersOf.get(o.id) ?? []) {
      const person = kb.personById.get(h.personId);
      if (!person) continue;
      const iv = h.term.iv;
      if (t.former) {
        // the most recent holder whose term ended before the date
        if (!(iv.endLatest < when.earliest)) continue;
        out.push({ person, office: o, sure: true, from: h.term.from, to: h.term.to, rank: [o.priority ?? 0, -iv.endLatest, -(person.prominence ?? 0)] });
        continue;
      }
      if (!iv.startKnown && h.term.to === undefined && h.term.from === undefined) {
        // a term with no dates at all says only that the person held it at some time: a guess
        // worth making only when the base knows no dated holder of that office at all
        const dated = (kb.holdersOf.get(o.id) ?? []).some((x) => x.term.from !== undefined || x.term.to !== undefined);
        if (!dated) out.push({ person, office: o, sure: false, rank: [o.priority ?? 0, 2, -(person.prominence ?? 0)] });
        continue;
      }
      if (!activeAt(iv, when)) continue;
      const sure = surelyActiveAt(iv, when);
      out.push({ person, office: o, sure, from: h.term.from, to: h.term.to, rank: [o.priority ?? 0, sure ? 0 : 1, -(person.prominence ?? 0)] });
    }
  }
  out.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2]);
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(c.person.id) && seen.add(c.person.id)).map(({ rank: _r, ...c }) => c);
}

type TitleOpts = { country?: string; date?: string | null };

/**
 * Who held the office a title denotes on `date` ("وزير الداخلية الإيطالي", 2019-06 → Salvini);
 * null if unknown or ambiguous. Without a base argument, the shipped base is used.
 */
export function resolveTitle(titlePhrase: string, opts?: TitleOpts): KbPerson | null;
export function resolveTitle(kb: Kb, titlePhrase: string, opts?: TitleOpts): KbPerson | null;
export function resolveTitle(a: Kb | string, b?: string | TitleOpts, c?: TitleOpts): KbPerson | null {
  const [kb, phrase, opts] = typeof a === "string" ? [loadKb(), a, (b ?? {}) as TitleOpts] : [a, b as string, c ?? {}];
  const cands = resolveTitleCandidates(kb, phrase, opts);
  const best = cands[0];
  if (!best) return null;
  // a title of a many-holder office ("الوزير الإيطالي", "عضو المجلس الرئاسي") names nobody in particular
  if (best.office.multi && cands.some((x) => x !== best && x.office.id === best.office.id)) return null;
  return best.person;
}

const FEMININE_HEAD = /^\S+ة(?:\s|$)/;

export interface OfficeTitle {
  office: string;
  en: string;
  ar: string;
  country: string;
}

/** Titles of a person's offices on a date, in the person's gender: for a name-only mention. */
export function officeTitlesAt(personId: string, date?: string | null): OfficeTitle[];
export function officeTitlesAt(kb: Kb, personId: string, date?: string | null): OfficeTitle[];
export function officeTitlesAt(a: Kb | string, b?: string | null, c?: string | null): OfficeTitle[] {
  const [kb, personId, date] = typeof a === "string" ? [loadKb(), a, b] : [a, b as string, c];
  const p = kb.personById.get(personId);
  if (!p) return [];
  const when = dateRange(date) ?? TODAY();
  const out: OfficeTitle[] = [];
  for (const term of kb.termsOf.get(personId) ?? []) {
    if (!term.iv.startKnown && term.to === undefined) continue;
    if (!activeAt(term.iv, when)) continue;
    const o = kb.officeById.get(term.office);
    if (!o || !Array.isArray(o.ar) || !o.ar.length) continue;
    const fem = p.gender === "f";
    const ar = o.ar.find((a) => FEMININE_HEAD.test(a) === fem) ?? o.ar[0];
    out.push({ office: o.id, en: o.en, ar, country: o.country });
  }
  return out;
}
