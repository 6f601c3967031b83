// A phrase matcher over the knowledge base's names: finds, at a word, the longest known
// person, organization or place name (full names, spelling variants, and a person's surname
// when the base allows it). Matching is on normalized words and also on a fuzzy name key,
// so بيانتيدوسي finds the record spelled بيانتيدوزي.
import { normalize, normWords } from "../text/normalize.js";
import { PhraseTrie } from "../extract/lexicon.js";
import { looksForeign } from "../read/tokens.js";
import type { NameMatcher } from "../extract/mentions.js";
import type { Word } from "../extract/words.js";
import type { Lexeme } from "../types.js";

export interface GazetteerRecord {
  id: string;
  kind: "person" | "org" | "place";
  names: string[];
  /** allow the last word of a person's name alone ("حفتر") */
  surnameOk?: boolean;
  /** lower = more prominent, used to order ids for an ambiguous surname */
  rank?: number;
  abbr?: string[];
}

export type KeyFn = (word: string) => string;

interface Hit { kind: GazetteerRecord["kind"]; id: string; rank: number; surname: boolean; words?: string[]; lastWord?: boolean; /** the one word as the base spells it has a hamza on و or ي (ؤ، ئ) */ seat?: boolean }
/** What starts at a word (kept on the word): the hits, and the answer given for each preferred kind. */
interface Found { end: number; hits: Hit[]; answers?: Record<string, GazetteerMatch> }

const HAMZA_SEAT = /[ؤئ]/;

/** Words that are common nouns too often to stand alone as a surname match. */
const MIN_SURNAME = 3;

export interface GazetteerMatch {
  end: number;
  kind: "person" | "org" | "place";
  ids: string[];
  /** only a surname matched ("حفتر" for خليفة حفتر), not a full name */
  surname: boolean;
  /** one word only, the last of the full name, whether derived or listed as a variant ("شكري" of سامح شكري) */
  lastWord?: boolean;
}

export interface GazetteerOptions {
  /** words that never stand alone as a surname (function words, ordinary words, months) */
  stop?: Set<string>;
  /** stop words that are still someone's surname when the context says a person (سلامة before يلتقي) */
  ambiguous?: Set<string>;
  /**
   * words that never begin a spelling variant (function and ordinary words: "ان", "الذي" sound
   * like the start of some foreign name, and asking costs a walk of the fuzzy trie at most words)
   */
  noFuzzyStart?: Set<string>;
  /** name particles that need the word after them (عبد، أبو، بن، ولد، آل، دي …) */
  particles?: Set<string>;
}

export class Gazetteer implements NameMatcher {
  /** the country of a known person, by id (set by whoever holds the base: resources.ts) */
  countryOf?: (id: string) => string | undefined;
  private fuzzyCache = new Map<string, string[]>();
  /** per written word: can any known name start with it? (most words start none; asked for every word of every article) */
  private startCache = new Map<string, boolean>();
  private exact = new PhraseTrie<Hit>();
  /** first words of known people's full names */
  private firstWords = new Set<string>();
  private givenById = new Map<string, string>();
  private fuzzy = new PhraseTrie<Hit>();

  private readonly stop: Set<string>;
  /** surnames left out for being ordinary words too, by word: the people who bear them */
  private readonly ambiguousSurnames = new Map<string, string[]>();
  private readonly noFuzzyStart: Set<string>;
  private readonly particles: Set<string>;
  private readonly ordinary: Set<string>;

  constructor(records: GazetteerRecord[], private readonly key: KeyFn = (w) => w, opts: GazetteerOptions = {}) {
    const stop = (this.stop = opts.stop ?? new Set());
    this.noFuzzyStart = opts.noFuzzyStart ?? new Set();
    const particles = (this.particles = opts.particles ?? new Set());
    this.ordinary = new Set([...(opts.stop ?? []), ...(opts.ambiguous ?? [])]);
    // the last two names of a longer name, as written together ("غراندي مارلاسكا"): that person,
    // before the first of them alone is read as someone else's surname — unless the two are
    // someone's whole name ("صدام خليفة حفتر" ends with his father's: "خليفة حفتر")
    const tails: { words: string[]; hit: Hit }[] = [];
    const wholeNames = new Set<string>();
    for (const r of records) if (r.kind === "person") for (const name of r.names) wholeNames.add(normWords(name).join(" "));
    for (const r of records) {
      const rank = r.rank ?? 100;
      // (a one-word variant that is the last word of the full name is marked so: "شكري" of سامح
      // شكري, which "شكري غانم" is not; it stays a listed name, matched behind ب as "بشكري")
      const lastWords = new Set(r.kind === "person" ? r.names.map(normWords).filter((w) => w.length > 1).map((w) => w[w.length - 1]) : []);
      for (const name of r.names) {
        const words = normWords(name);
        if (!words.length) continue;
        if (words.length === 1 && r.kind === "person" && (words[0].length < MIN_SURNAME || stop.has(words[0]))) continue;
        // (the last word as the base writes it: whether it has a hamza on و or ي, which normalizing drops)
        const seat = HAMZA_SEAT.test(name.trim().split(/\s+/).pop() ?? "");
        this.exact.add(words, { kind: r.kind, id: r.id, rank, surname: false, lastWord: words.length === 1 && lastWords.has(words[0]), seat });
        if (r.kind === "person" && words.length > 1) this.firstWords.add(words[0]);
        if (r.kind === "person" && words.length > 1 && !this.givenById.has(r.id)) this.givenById.set(r.id, words[0]);
        // spelling variants are matched fuzzily on full names only: one word is too little evidence
        if (words.length > 1 && r.kind === "person") this.fuzzy.add(words.map(key), { kind: r.kind, id: r.id, rank, surname: false, words });
        if (r.kind === "person" && r.surnameOk !== false && words.length > 1) {
          const last = words[words.length - 1];
          // after a particle the surname is the pair ("بن خيال", "أبو جناح", "آل ثاني", "دي بول"):
          // its last word alone is a first name or an ordinary word more often than this person
          const compound = particles.has(words[words.length - 2]);
          if (!compound && last.length >= MIN_SURNAME && !stop.has(last) && !stop.has(last.replace(/^ال/, ""))) {
            this.exact.add([last], { kind: r.kind, id: r.id, rank: rank + 1000, surname: true, seat });
          } else if (!compound && opts.ambiguous?.has(last)) {
            const ids = this.ambiguousSurnames.get(last) ?? [];
            if (!ids.includes(r.id)) ids.push(r.id);
            this.ambiguousSurnames.set(last, ids);
          }
          // compound surnames: "دي مايو", "عبد الحميد الدبيبة" → "الدبيبة" done above; "دي مايو" needs two words
          if (words.length > 2 && words[words.length - 2].length <= 3) {
            const two = words.slice(-2);
            this.exact.add(two, { kind: r.kind, id: r.id, rank: rank + 500, surname: true });
            this.fuzzy.add(two.map(key), { kind: r.kind, id: r.id, rank: rank + 500, surname: true });
          } else if (words.length > 2 && !stop.has(words[words.length - 2])) {
            tails.push({ words: words.slice(-2), hit: { kind: r.kind, id: r.id, rank: rank + 500, surname: true } });
          }
        }
      }
      for (const a of r.abbr ?? []) {
        const w = normalize(a);
        if (w.length >= 2) this.exact.add([w], { kind: r.kind, id: r.id, rank, surname: false });
      }
    }
    for (const t of tails) if (!wholeNames.has(t.words.join(" "))) this.exact.add(t.words, t.hit);
  }

  /** The people whose surname is this word, though it is more often an ordinary one (سلامة): for callers that know a person stands there. */
  ambiguousSurname(norm: string): readonly string[] | undefined {
    return this.ambiguousSurnames.get(norm);
  }

  /** the first word of a known person's full name (normalized): "علي" of علي محمد الأمين زين */
  givenNameOf(id: string): string | undefined {
    return this.givenById.get(id);
  }

  /** true when some known person's full name begins with this word ("سامح" of سامح شكري) */
  startsPersonName(norm: string): boolean {
    return this.firstWords.has(norm);
  }

  /** true when the word as written (proclitics included) is itself a known name: "برلين" is not ب + رلين */
  isWholeName(norm: string): boolean {
    return !!this.exact.longest(0, 1, () => [norm]);
  }

  match(words: Word[], i: number, prefer?: GazetteerRecord["kind"]): GazetteerMatch | null {
    const w = words[i];
    if (!w || (w.token.kind !== "word" && w.token.kind !== "latin")) return null;
    // the extractors ask about the same word many times: remember the hits on the word
    let found = w.gz as Found | null | undefined;
    if (found === undefined) {
      found = this.lookup(words, i);
      w.gz = found;
    }
    if (!found) return null;
    // the answer for each preferred kind is kept too (callers only read it)
    const memo = (found.answers ??= {});
    const key = prefer ?? "";
    const known = memo[key];
    if (known !== undefined) return known;
    const hits = found.hits;
    // a name that is both (قصر الإليزيه: the presidency and the palace): the caller's kind wins
    const kind = prefer && hits.some((h) => h.kind === prefer) ? prefer : hits[0].kind;
    const ids: string[] = [];
    for (const h of hits) if (h.kind === kind && !ids.includes(h.id)) ids.push(h.id);
    const of = hits.filter((h) => h.kind === kind);
    return (memo[key] = { end: found.end, kind, ids, surname: of.every((h) => h.surname), lastWord: of.every((h) => h.surname || !!h.lastWord) });
  }

  private fuzzyForms(w: Word): string[] {
    const lx = w.token.lex;
    if (lx !== undefined && lx.nameOwner === this && lx.nameKeys !== undefined) return lx.nameKeys;
    let f = this.fuzzyCache.get(w.norm);
    if (!f) {
      f = w.forms.map(this.key);
      if (this.fuzzyCache.size < 500_000) this.fuzzyCache.set(w.norm, f);
    }
    if (lx !== undefined) this.own(lx).nameKeys = f;
    return f;
  }

  private fuzzyCanStart(w: Word): boolean {
    return !this.noFuzzyStart.has(w.norm) && this.fuzzy.startsWith(this.fuzzyForms(w));
  }

  private canStart(w: Word): boolean {
    // the answer is kept on the word's lexeme, which is warm in memory by now (see Lexeme)
    const lx = w.token.lex;
    if (lx !== undefined && lx.nameOwner === this && lx.nameStart !== undefined) return lx.nameStart;
    let ok = this.startCache.get(w.norm);
    if (ok === undefined) {
      ok = this.exact.startsWith(w.forms) || this.fuzzyCanStart(w);
      if (this.startCache.size < 500_000) this.startCache.set(w.norm, ok);
    }
    if (lx !== undefined) this.own(lx).nameStart = ok;
    return ok;
  }

  /** Take a lexeme's name memos over (another gazetteer's answers are dropped). */
  private own(lx: Lexeme): Lexeme {
    if (lx.nameOwner !== this) {
      lx.nameOwner = this;
      lx.nameStart = undefined;
      lx.nameKeys = undefined;
    }
    return lx;
  }

  private lookup(words: Word[], i: number): Found | null {
    if (!this.canStart(words[i])) return null;
    const e = this.exact.longest(i, words.length, (k) => words[k].forms);
    let f = this.fuzzyCanStart(words[i]) ? this.fuzzy.longest(i, words.length, (k) => this.fuzzyForms(words[k])) : null;
    // a spelling variant must still share a word with the name, or be long enough that the
    // sound-alike key is telling ("إن الكيب" is not "آلان جوبيه")
    if (f) {
      const text = words.slice(i, f.end).map((w) => w.forms);
      // a variant never ends on a particle: "علي عبد" is the start of علي عبد الله, not علي العابد
      const lastForms = words[f.end - 1].forms;
      const kept = lastForms.some((x) => this.particles.has(x)) ? [] : f.values.filter((h) => {
        if (!h.words) return true;
        const same = h.words.some((hw, k) => text[k]?.includes(hw));
        const keyLen = h.words.map(this.key).join("").length;
        // (two words of four letters or more, neither an ordinary word, one of them spelled like a
        // transliterated foreign name, sound alike less by chance: "جيدو كروزيتو"; not "كارتر
        // برئيس", "سعودية سعودية")
        const fullWords = h.words.length >= 2 && text.every((forms) => forms[0].length >= 4 && !forms.some((f) => this.noFuzzyStart.has(f))) &&
          text.some((forms) => looksForeign(forms[0]));
        // an ordinary word of the text sounds like a name's word by chance: it must be that word
        // ("الملك عبد الله الثاني" — the ordinal — is not عبد الله الثني)
        if (text.some((forms, k) => forms.some((x) => this.ordinary.has(x)) && !forms.includes(h.words![k]))) return false;
        return same || keyLen >= 8 || (keyLen >= 6 && fullWords);
      });
      f = kept.length ? { end: f.end, values: kept } : null;
    }
    const best = pick(e, f);
    if (!best) return null;
    let values = best.values;
    // a surname alone must be written as itself (or after و): "لصالح" is "in favour of", not صالح
    if (best.end === i + 1) {
      const w = words[i];
      const plain = w.conj ? w.forms[1] : w.forms[0];
      const bare = w.forms[w.forms.length - 1];
      if (bare !== plain) values = values.filter((h) => !h.surname);
      // nor is it the person right after "في": "قادة في المنفى" is in exile, not المنفي
      const prev = words[i - 1]?.norm;
      if (prev === "في" || prev === "وفي") values = values.filter((h) => h.kind !== "person" || !(h.surname || h.lastWord));
      // nor a word written with a hamza on و or ي that the name is spelled without: "ترؤس" (presiding)
      // is not تروس (Truss) — writers drop a hamza on alef at will, not one on و or ي
      if (HAMZA_SEAT.test(w.token.text)) values = values.filter((h) => h.kind !== "person" || !(h.surname || h.lastWord) || h.seat);
      if (!values.length) return null;
    }
    // best-ranked first: a bare surname means the most prominent bearer unless context says otherwise
    return { end: best.end, hits: [...values].sort((a, b) => a.rank - b.rank) };
  }
}

function pick<T>(a: { end: number; values: T[] } | null, b: { end: number; values: T[] } | null) {
  if (!a) return b;
  if (!b) return a;
  return b.end > a.end ? b : a;
}
