// Finds the people (with their titles), organizations and places a sentence names.
//
// Arabic news names people in a few shapes, each a small parser here:
//   TITLE [NATIONALITY] [، ] [RANK] NAME   "وزير الداخلية الإيطالي ماتيو بيانتيدوزي"
//   RANK NAME                             "المشير خليفة حفتر"
//   NAME [، ] TITLE                        "فائز السراج رئيس حكومة الوفاق"
//   TITLE alone                           "وزير الدفاع الإيطالي" (a participant under its title)
//   DUAL-TITLE COMP و COMP                "وزيري الدفاع والداخلية" (two titled people)
//   known NAME (knowledge base) or a name the NER tagger proposes.
// A name is where the title stops: the title runs over its complements (office domains,
// institutions, nationality adjectives, countries, linking prepositions) and the first
// word that is none of those opens the name.
import type { Mention, Token } from "../types.js";
import { normalize, stripArticle } from "../text/normalize.js";
import { countryLexicon } from "./countries.js";
import { lexiconExists, normSet, phraseWords, readLexicon, readWordList, PhraseTrie } from "./lexicon.js";
import { closingBracket, formIn, hasForm, isPunct, toWords, type Word } from "./words.js";
import { looksForeign } from "../read/tokens.js";

interface TitleLexicon {
  heads: { singular: string[]; dual: string[]; plural: string[] };
  ranks: string[];
  complements: string[];
  title_links: string[];
  standalone_heads: string[];
  self_contained_heads: string[];
  facilities?: string[];
  vessels?: string[];
  office_places?: string[];
  plural_singular?: Record<string, string>;
  region_heads?: string[];
  affairs?: string[];
  honorifics?: string[];
  styles_before_name?: string[];
  office_styles?: string[];
  adjective_heads?: string[];
  participle_objects?: string[];
  weak_title_words?: string[];
  body_adjectives?: string[];
  joined_heads?: string[];
  body_plurals?: string[];
  nationality_heads?: string[];
  same_office?: string[][];
  tribe_heads?: string[];
  tribe_name_openers?: string[];
  accompany?: string[];
  guest_words?: string[];
  governors?: string[];
  acting_words?: string[];
  deputy_heads?: string[];
  spokesman_heads?: string[];
  region_groups?: string[];
  predecessor?: string[];
  on_behalf?: string[];
  senior_heads?: string[];
  heads_in_names?: string[];
  governed_complements?: string[];
  named_bodies?: string[];
  notables?: string[];
  city_posts?: string[];
  envoy_posts?: string[];
  charged_heads?: string[];
  acting_heads?: string[];
  acting_for?: string[];
  counterpart?: string[];
  son_words?: string[];
  present_words?: string[];
  mister?: string[];
  subject_openers?: string[];
}

interface FunctionWords {
  particles: string[];
  weekdays: string[];
  verbs: string[];
  nouns: string[];
}

/** A recognizer of known names over words (from the knowledge base, or the NER tagger). */
export interface NameMatcher {
  /** longest known name starting at word i: its end (exclusive) and what it is */
  match(words: Word[], i: number): { end: number; kind: "person" | "org" | "place"; ids: string[]; surname?: boolean } | null;
  /** true when this one normalized word is itself a known name (or surname) */
  isWholeName?(norm: string): boolean;
  /** true when some known person's full name begins with this word */
  startsPersonName?(norm: string): boolean;
  /** the first word of a known person's full name */
  givenNameOf?(id: string): string | undefined;
  /** the country of a known person (its id), when the base says */
  countryOf?(id: string): string | undefined;
  /** the people whose surname is this word, though it is more often an ordinary word */
  ambiguousSurname?(norm: string): readonly string[] | undefined;
}

export interface MentionOptions {
  gazetteer?: NameMatcher;
  /** words that are verbs of the event lexicon are never names */
  isVerb?: (w: Word) => boolean;
  /** person spans proposed by a tagger, as [start, end) word indexes of the sentence */
  nerPersons?: (words: Word[]) => { start: number; end: number; type: string }[];
  /** the sentence's words when the caller already has them (tokens [from, to)): saves a second view and keeps its lookups' memos */
  words?: Word[];
  /**
   * Surnames of people the article has already named in full (normalized last word → the base's
   * ids of that person, if known): "ليون" after "برناردينو ليون" is the envoy, not the city.
   */
  namedBefore?: ReadonlyMap<string, readonly string[] | undefined>;
  /** per surname named before in full: the heads of the titles its bearer was given (no article) */
  titledBefore?: ReadonlyMap<string, ReadonlySet<string>>;
}

class MentionLexicon {
  heads: Set<string>;
  dualHeads: Set<string>;
  pluralHeads: Set<string>;
  standalone: Set<string>;
  selfContained: Set<string>;
  /** places named after a person (مطار، جامعة، مسجد): the name after them is the place's */
  facilities: Set<string>;
  vessels: Set<string>;
  officePlaces: Set<string>;
  pluralSingular: Map<string, string>;
  /** a region word whose name follows inside the title (ولاية بافاريا) */
  regionHeads: Set<string>;
  tribeHeads: Set<string>;
  tribeNameOpeners: Set<string>;
  /** "شؤون" and its forms: the adjective after it is the domain's ("للشؤون الأفريقية") */
  affairs: Set<string>;
  /** styles of address before a title: معالي، سمو، فخامة */
  honorifics: Set<string>;
  stylesBeforeName: PhraseTrie<true>;
  officeStyles: Set<string>;
  adjectiveHeads: Set<string>;
  participleObjects: Set<string>;
  /** normalized, the article stripped (as coreference compares title words) */
  weakTitleWords: Set<string>;
  bodyAdjectives: Set<string>;
  joinedHeads: Set<string>;
  bodyPlurals: Set<string>;
  /** heads without their article (see titles.yaml nationality_heads) */
  nationalityHeads: Set<string>;
  /** each way of saying one office (normalized first words), with all the ways of saying it */
  sameOffice: Map<string, string[]>;
  encounterNouns: Set<string>;
  /** "هاتفيا"، "اتصالا" (events.yaml call_markers): a person may follow behind ب */
  callMarkers: Set<string>;
  /** شرق، شمال …: a region said by its direction from a place ("شمال أفريقيا") */
  directions: Set<string>;
  ranks = new PhraseTrie<string>();
  rankFirst: Set<string>;
  /** every word of every rank ("الفريق أول": الفريق, أول) */
  rankWords: Set<string>;
  complements: Set<string>;
  links: Set<string>;
  stop: Set<string>;
  /** ordinary words, never part of a name (data/lexicon/common-words.txt) */
  common: Set<string>;
  /** words that are names less often than ordinary words (سلامة) */
  ambiguous: Set<string>;
  months: Set<string>;
  /** "يرافقه X": one who came with the one named before him */
  accompany: Set<string>;
  /** title words of titles.yaml, one set per key (see the comments there) */
  deputyHeads: Set<string>;
  spokesmanHeads: Set<string>;
  regionGroups: Set<string>;
  predecessor: Set<string>;
  onBehalf: Set<string>;
  seniorHeads: Set<string>;
  headsInNames: Set<string>;
  governedComplements: Set<string>;
  /** bodies named by a common noun and their own words ("المعهد المركزي للترميم") */
  namedBodies: Set<string>;
  notables: Set<string>;
  cityPosts: Set<string>;
  envoyPosts: Set<string>;
  chargedHeads: Set<string>;
  actingHeads: Set<string>;
  actingFor: Set<string>;
  counterpart: Set<string>;
  sonWords: Set<string>;
  presentWords: Set<string>;
  mister: Set<string>;
  subjectOpeners: Set<string>;
  /** "الضيف الإيطالي": the visitor of that country */
  guestWords: Set<string>;
  /** heads whose place follows at once (والي مدنين) */
  governors: Set<string>;
  /** "المكلف" after a title: acting */
  actingWords: Set<string>;
  nameParticles = new Set(["عبد", "ابو", "بن", "ابن", "بنت", "ولد", "ال", "دي", "دو", "فون", "فان", "دل", "ديل", "لو", "لا", "اولاد", "ام"]);

  constructor() {
    const t = readLexicon<TitleLexicon>("titles.yaml");
    const f = readLexicon<FunctionWords>("function-words.yaml");
    this.heads = normSet(t.heads.singular);
    this.dualHeads = normSet(t.heads.dual);
    this.pluralHeads = normSet(t.heads.plural);
    this.standalone = normSet(t.standalone_heads);
    this.selfContained = normSet(t.self_contained_heads ?? []);
    this.facilities = normSet(t.facilities ?? []);
    this.vessels = normSet(t.vessels ?? []);
    this.officePlaces = normSet(t.office_places ?? []);
    // (the singular as written: it is shown as the title of each person the plural names)
    this.pluralSingular = new Map(Object.entries(t.plural_singular ?? {}).map(([p, sg]) => [normalize(p), sg]));
    this.regionHeads = normSet(t.region_heads ?? []);
    this.tribeHeads = normSet(t.tribe_heads ?? []);
    this.tribeNameOpeners = normSet(t.tribe_name_openers ?? []);
    this.affairs = normSet(t.affairs ?? []);
    this.honorifics = normSet(t.honorifics ?? []);
    this.stylesBeforeName = new PhraseTrie<true>();
    for (const p of t.styles_before_name ?? []) this.stylesBeforeName.add(phraseWords(p), true);
    this.officeStyles = normSet(t.office_styles ?? []);
    this.adjectiveHeads = normSet(t.adjective_heads ?? []);
    this.participleObjects = normSet(t.participle_objects ?? []);
    this.weakTitleWords = new Set([...normSet(t.weak_title_words ?? [])].map(stripArticle));
    this.bodyAdjectives = normSet(t.body_adjectives ?? []);
    this.joinedHeads = new Set((t.joined_heads ?? []).map((p) => phraseWords(p).join(" ")));
    this.bodyPlurals = normSet(t.body_plurals ?? []);
    this.sameOffice = new Map();
    for (const ways of t.same_office ?? []) {
      const all = ways.map((w) => phraseWords(w).join(" "));
      for (const w of all) this.sameOffice.set(w, all);
    }
    this.nationalityHeads = new Set([...normSet(t.nationality_heads ?? [])].map((h) => h.replace(/^ال/, "").replace(/ه$/, "")));
    this.accompany = normSet(t.accompany ?? []);
    this.guestWords = normSet(t.guest_words ?? []);
    this.governors = normSet(t.governors ?? []);
    this.actingWords = normSet(t.acting_words ?? []);
    this.deputyHeads = normSet(t.deputy_heads);
    this.spokesmanHeads = normSet(t.spokesman_heads ?? []);
    this.regionGroups = normSet(t.region_groups ?? []);
    this.predecessor = normSet(t.predecessor ?? []);
    this.onBehalf = normSet(t.on_behalf ?? []);
    this.seniorHeads = normSet(t.senior_heads);
    this.headsInNames = normSet(t.heads_in_names);
    this.governedComplements = normSet(t.governed_complements);
    this.namedBodies = normSet(t.named_bodies ?? []);
    this.notables = normSet(t.notables);
    this.cityPosts = normSet(t.city_posts);
    this.envoyPosts = normSet(t.envoy_posts);
    this.chargedHeads = normSet(t.charged_heads);
    this.actingHeads = normSet(t.acting_heads);
    this.actingFor = normSet(t.acting_for);
    this.counterpart = normSet(t.counterpart);
    this.sonWords = normSet(t.son_words);
    this.presentWords = normSet(t.present_words);
    this.mister = normSet(t.mister);
    this.subjectOpeners = normSet(t.subject_openers);
    for (const r of t.ranks) this.ranks.add(phraseWords(r), normalize(r));
    this.rankFirst = new Set(t.ranks.map((r) => phraseWords(r)[0]));
    this.rankWords = new Set(t.ranks.flatMap((r) => phraseWords(r)));
    this.complements = new Set(t.complements.flatMap((c) => phraseWords(c)));
    this.links = normSet(t.title_links);
    this.stop = new Set([...f.particles, ...f.weekdays, ...f.verbs, ...f.nouns].map((w) => normalize(w)));
    this.common = readWordList("common-words.txt");
    // the nouns that report an encounter ("مشاورات"، "مباحثات") are nobody's name
    const ev = readLexicon<{ nouns: Record<string, string[]>; light_verbs: { nouns: Record<string, string[]> }; call_markers?: string[]; directions_from?: string[] }>("events.yaml");
    this.directions = normSet(ev.directions_from ?? []);
    this.encounterNouns = new Set([...Object.values(ev.nouns).flat(), ...Object.values(ev.light_verbs.nouns).flat()].map((w) => normalize(w)).filter((w) => !w.includes(" ")));
    this.callMarkers = normSet((ev.call_markers ?? []).filter((w) => !w.includes(" ")));
    this.ambiguous = readWordList("ambiguous-names.txt");
    this.months = new Set();
    try {
      // month names (the keys of each calendar's month table) and weekdays are never names
      const d = readLexicon<{ months?: Record<string, Record<string, number>>; weak_months?: string[] }>("dates.yaml");
      for (const table of Object.values(d?.months ?? {})) for (const m of Object.keys(table ?? {})) for (const w of phraseWords(m)) this.months.add(w);
      collectStrings(d?.weak_months, this.months);
    } catch {
      /* dates lexicon not present: month names simply are not excluded from names */
    }
  }
}

function collectStrings(v: unknown, into: Set<string>): void {
  if (typeof v === "string") for (const w of phraseWords(v)) into.add(w);
  else if (Array.isArray(v)) for (const x of v) collectStrings(x, into);
  else if (v && typeof v === "object") for (const x of Object.values(v)) collectStrings(x, into);
}

let lex: MentionLexicon | undefined;
export const mentionLexicon = (): MentionLexicon => (lex ??= new MentionLexicon());

export const stripArticleHead = (h: string) => (h.startsWith("ال") ? h.slice(2) : h);
/**
 * Prepositions and the particles of "that" as written, with their ى, إ or hamza: "على" is no name
 * though it normalizes to علي, nor "بأن" though it normalizes to بان ("أفادت مصادر بأن X أجرت").
 */
const PARTICLES_AS_WRITTEN = new Set(["على", "إلى", "عن", "في", "من", "لدى", "حتى", "بأن", "وبأن", "لأن", "أن", "وأن", "إن", "وإن", "فإن", "فأن", "وفإن"]);
let given: Set<string> | undefined;
/** given names that begin with و or ف themselves (وليد، فتحي), from the transliteration table */
/** a given name of the transliteration table (فيصل، جمعة): never read as و/ف + a verb or word */
export function knownGiven(norm: string): boolean {
  if (!given) {
    given = new Set();
    // no table: every و-word is taken as a conjunction; a table that does not parse is an error
    if (lexiconExists("translit.yaml")) {
      const t = readLexicon<{ names?: Record<string, string>; european?: Record<string, string> }>("translit.yaml");
      for (const k of [...Object.keys(t.names ?? {}), ...Object.keys(t.european ?? {})]) given.add(normalize(k));
    }
  }
  return given.has(norm);
}

/** second words of compound given names (بدر الدين، نور الدين، سيف الإسلام، فتح الله), normalized */
const GIVEN_SECOND = new Set(["الدين", "الاسلام", "الله"]);
/** Name particles that bind the word after them ("عبد الله"، "أبو بكر"، "بن سلمان"), normalized. */
const BINDS_NEXT = new Set(["عبد", "ابو", "بن"]);
/** A definite common noun, the second term of a construct ("حرص الحكومة"). */
function inConstruct(w: Word | undefined, L: MentionLexicon): boolean {
  // (or a common noun with a pronoun on it: "أكد الوزير حرص حكومته")
  return !!w && w.token.kind === "word" && !w.conj && (w.norm.startsWith("ال") || (POSSESSIVE.test(w.norm) && w.norm.length >= 5)) && L.common.has(w.norm);
}

/** words after which a place name is the place: "في ليون"، "إلى ليون"، "مدينة ليون" */
const PLACE_BEFORE = new Set(["في", "الي", "من", "نحو", "مدينه", "بمدينه", "لمدينه", "وفي", "والي"].map((w) => normalize(w)));
const POSSESSIVE = /(هما|هم|هن|ها|ه|كم|نا)$/;
// (the construct dual drops its ن — وزيرا، وزيري — the definite keeps it: السفيران، السفيرين)
// (and a feminine one's ت is its ة again: عضوتا → عضوة)
const DUAL_TO_SINGULAR = (w: string): string => (w.startsWith("ال") ? w.replace(/(ان|ين)$/, "") : w.replace(/(ا|ي)$/, "")).replace(/ت$/, "ة");
const ARABIC_WORD = /^[\u0621-\u064a]+$/;
/** "son of", "daughter of" between a given name and the father's */
const PATRONYMIC = new Set(["بن", "ابن", "بنت"]);
/** a definite nisba adjective (normalized): الخليجيه، الاسلامي، العالميه */
const NISBA = /^ال[\u0621-\u064a]{2,}(يه|ي)$/;

export interface PersonMention extends Mention {
  /** word indexes [first, end) within the sentence */
  w0: number;
  w1: number;
  /** the title's head word (normalized), e.g. وزير */
  head?: string;
  /** true for plural titles ("وزراء الخارجية"): a group, not one person */
  group?: boolean;
  /**
   * the title goes on with a body it could not read ("الرئيس السابق للائتلاف الوطني …"):
   * it names that body's office, so it is never resolved to the holder of a known one
   */
  openBody?: boolean;
  /** rank word, e.g. المشير */
  rank?: string;
  kbIds?: string[];
  /** a bare title after an honorific ("السيد الوزير"): a statement's own official, in its protocol voice */
  honorific?: boolean;
  /** a surname said with "الابن" ("حفتر الابن"): the son the article named */
  son?: boolean;
}


/** Is the person named at word w0 only present ("بحضور X")? */
export function presentOnly(words: Word[], w0: number): boolean {
  for (let k = w0 - 1; k >= Math.max(0, w0 - 2); k--) if (mentionLexicon().presentWords.has(words[k].norm)) return true;
  return false;
}

/**
 * Is the person named at word w0 someone who came with the one named before ("يرافقه X"،
 * "برفقة X": titles.yaml accompany — not "بحضور"، nor "الوفد المرافق")?
 */
export function accompanies(words: Word[], w0: number): boolean {
  for (let k = w0 - 1; k >= Math.max(0, w0 - 2); k--) if (mentionLexicon().accompany.has(words[k].norm)) return true;
  return false;
}

/** where an official is posted, after the title's countries: "لدى ليبيا" (normalized) */
const POSTED_AT = new Set(["لدي"]);
/** Dual and sound plural endings (nominative and oblique): "مصدران"، "مصدرين"، "مسؤولون"، "مصادرات". */
const PLURAL_SUFFIXES = ["ان", "ين", "ون", "ات"];
/** particles of European names (not لا, which is "no" far more often) */
const EUROPEAN_PARTICLES = new Set(["دي", "دو", "لو", "فون", "فان", "دل", "ديل", "دير", "دا", "دوس"]);

/** Find mentions in one sentence (tokens [from, to) of the document). */
export function findMentions(text: string, tokens: Token[], from: number, to: number, opts: MentionOptions = {}): PersonMention[] {
  return new SentenceMentions(text, opts.words ?? toWords(tokens, from, to), opts).read();
}

/**
 * One sentence being read: its words, the words already taken and the mentions found. Its small
 * parsers (title, name, rank, country …) are methods: made once, not as closures for every sentence.
 */
class SentenceMentions {
  readonly L = mentionLexicon();
  readonly C = countryLexicon();
  readonly n: number;
  readonly out: PersonMention[] = [];
  readonly covered: Uint8Array;
  /** where each of the tagger's person spans starts, and where its name ends */
  readonly nerStart = new Map<number, number>();
  /** rankForms as a callback for the rank trie */
  readonly rankFormsOf: (k: number) => readonly string[];

  constructor(readonly text: string, readonly words: Word[], readonly opts: MentionOptions) {
    this.n = words.length;
    this.covered = new Uint8Array(this.n);
    this.rankFormsOf = (k) => this.rankForms(k);
    const ner = opts.nerPersons ? opts.nerPersons(words) : [];
    // the tagger's person spans, cut before a word no name contains: a function word, a title
    // ("هنري للسفير"), an ordinary word after و ("روحاني وكثير"), a nationality adjective
    for (const s of ner) {
      // (nor does it start at a verb: "الوزير سيزور طرابلس"; a function word may be a name — علي، صباح)
      // (nor at a known place or body: "ومن بنغازي طار حفتر")
      const known = opts.gazetteer?.match(words, s.start);
      // (nor at a preposition as written: "على هامشه" — على with ى is no علي)
      // (nor at a palace, airport or street named after someone: "بقصر باراكيني" is the place)
      if (s.type !== "PERS" || this.inflectedOrdinary(words[s.start]) || opts.isVerb?.(words[s.start]) || (known && known.kind !== "person") ||
        PARTICLES_AS_WRITTEN.has(words[s.start].token.text) || hasForm(words[s.start], mentionLexicon().facilities)) continue;
      let end = s.start + 1;
      while (end < s.end && !this.breaksName(words[end])) end++;
      this.nerStart.set(s.start, end);
    }
  }

  /** Every mention of the sentence, left to right. */
  read(): PersonMention[] {
    const { words, n, L, C, opts, out, covered, nerStart } = this;
    let i = 0;
    while (i < n) {
      if (covered[i]) { i++; continue; }
      const w = words[i];

      // "نظيره المالطي": his counterpart, named by country only
      if (hasForm(w, L.counterpart) && i + 1 < n) {
        const c = this.countryAt(i + 1);
        if (c) {
          // "نظيرها الإيطالي أنطونيو تاياني": the counterpart named
          let j = c.end;
          // ("نظيره الليبي المكلف X": acting)
          if (L.chargedHeads.has(stripArticleHead(words[j]?.norm ?? "")) || L.actingWords.has(words[j]?.norm ?? "")) j++;
          if (isPunct(words[j], "،,")) j++;
          // (a rank may come first: "ونظيره الإيطالي الأدميرال X")
          const rank = L.ranks.longest(j, n, this.rankFormsOf);
          if (rank) j = this.afterRank(rank);
          const name = this.nameAt(j);
          if (name) {
            this.emit({ type: "person", w0: i, w1: name.end, name: stripQuotes(this.sliceText(j, name.end)), title: this.titleText(i, c.end), country: c.code, kbIds: name.ids, source: `counterpart+${rank ? "rank+" : ""}${name.source}` });
            i = name.end;
            // "بنظيريه الإيطالي X والمالطي": the dual's second counterpart, by its و + nationality alone
            const other = /(يه|يها|اه|اها)$/.test(w.norm) && words[i]?.conj === "و" ? this.countryAt(i) : null;
            if (other && other.code !== c.code && !this.nameAt(other.end)) {
              this.pushCounterpart(i, other, w);
              i = other.end;
            }
            continue;
          }
          this.emit({ type: "title", w0: i, w1: c.end, title: this.titleText(i, c.end), country: c.code, head: "نظير", source: "counterpart" });
          // "نظيريه الليبية والتونسي": two counterparts, the second by its و + nationality
          const other = words[c.end]?.conj === "و" && c.end === i + 2 ? this.countryAt(c.end) : null;
          if (other && other.code !== c.code && other.end === c.end + 1) {
            this.pushCounterpart(c.end, other, w);
            i = other.end;
            continue;
          }
          i = c.end;
          continue;
        }
      }

      // "نظيره في حكومة الوفاق الوطني X": the counterpart named after the body he serves in
      // (or behind ب on the body itself: "ونظيره بحكومة الوحدة الوطنية الليبية Y")
      const inBody = !hasForm(w, L.counterpart) ? -1 : i + 2 < n && words[i + 1].norm === "في" ? i + 2 : i + 1 < n && /^ب/.test(words[i + 1].norm) && words[i + 1].forms.length > 1 ? i + 1 : -1;
      if (inBody > 0) {
        const g = opts.gazetteer?.match(words, inBody);
        // (the body's nationality may follow it: "بحكومة الوحدة الوطنية الليبية")
        const after = g && g.kind === "org" ? (this.countryAt(g.end)?.end ?? g.end) : -1;
        const name = g && g.kind === "org" ? this.nameAt(after) : null;
        if (g && name) {
          this.emit({ type: "person", w0: i, w1: name.end, name: stripQuotes(this.sliceText(after, name.end)), title: this.titleText(i, after), country: this.nationalityWithin(inBody, after), kbIds: name.ids, source: `counterpart+body+${name.source}` });
          i = name.end;
          continue;
        }
      }

      // "الضيف الإيطالي"، "الزائر الليبي": the visitor of that country the article told of
      if (hasForm(w, L.guestWords) && i + 1 < n) {
        const c = this.countryAt(i + 1);
        if (c && c.end === i + 2 && hasForm(words[i + 1], C.adjectiveSet)) {
          // (the guest or visitor is the story's, named first; an official, the last one named)
          const official = /^(و)?المسوول/.test(w.norm);
          this.emit({ type: "title", w0: i, w1: c.end, title: this.titleText(i, c.end), country: c.code, head: official ? "مسوول" : "ضيف", source: "guest" });
          i = c.end;
          continue;
        }
      }

      // "مطار الملك عبد العزيز", "جامعة الملك سعود": a place named after someone mentions nobody
      // ("في مكتبه رئيس البعثة": his office, written with ه, is no library — مكتبة — named after anyone)
      const namedPlace = (i > 0 && hasForm(words[i - 1], L.facilities) && !(words[i - 1].token.text.endsWith("ه") && hasForm(words[i - 1], L.officePlaces))) || this.vesselName(i);

      // TITLE ... NAME
      const title = this.titleAt(i);
      if (title && namedPlace) {
        const rk = L.ranks.longest(title.end, n, this.rankFormsOf);
        const name = this.nameAt(rk ? rk.end : title.end);
        // "سفارة خادم الحرمين الشريفين": the whole title names the place too
        i = name ? name.end : title.end;
        continue;
      }
      if (title) {
        let j = title.end;
        if (title.kind === "dual" || title.kind === "group") {
          const made = this.dualTitle(i, title);
          if (made) { i = made; continue; }
        }
        let comma = false;
        if (isPunct(words[j], "،,")) { j++; comma = true; }
        // "... قائد خفر السواحل الليبي، واطلع على ...": after a comma, و opens a new clause
        if (comma && words[j]?.conj) j = n;
        // "وزير الخارجية معالي الشيخ X": a style of address before the holder's rank or name
        const style = j < n ? L.stylesBeforeName.longest(j, n, (k) => [words[k].norm]) : null;
        // (or before a title of his that names him: "صاحب السمو الملكي الأمير X", الأمير a title too)
        if (style) {
          const styled = this.titleAt(style.end);
          if (L.ranks.longest(style.end, n, this.rankFormsOf) || this.nameAt(style.end)) j = style.end;
          else if (styled && styled.kind !== "group" && styled.kind !== "dual" && this.nameAt(styled.end)) j = styled.end;
        }
        const rank = L.ranks.longest(j, n, this.rankFormsOf);
        const nameStart = rank ? this.afterRank(rank) : j;
        // "التقى الوزير باللواء X": a rank behind a preposition opens another person
        const rankBehindPreposition = !!rank && /^و?[بلك]/.test(words[j].norm) && words[j].forms.length > 1 && !L.rankFirst.has(words[j].norm);
        // "وزير الطاقة وعبدالله البدري": و before a known given name joins another person
        const w0 = words[nameStart];
        // "بجون كيري وزير خارجية الولايات المتحدة ولافروف …": a title in apposition to the name
        // before it is complete, and a name after و is the next person of the list
        const last = out[out.length - 1];
        const apposed = !!last && last.type === "person" && last.w1 === i && !last.title;
        // (nor does a name open with و unless the base knows it: "عميد البلدية وأعيان المدينة")
        const joinsAnother = !rank && w0?.conj === "و" && !knownGiven(w0.norm) && !!w0.forms[1] && (knownGiven(w0.forms[1]) || w0.forms[1].startsWith("عبد") || apposed ||
          opts.gazetteer?.match(words, nameStart)?.kind !== "person");
        let name = title.kind === "group" || rankBehindPreposition || joinsAnother ? null : this.nameAt(nameStart);
        // ("وأطلع المحافظ أزعور على …": a bare head, then the surname of one the article
        // titled otherwise, is the verb's subject and its object — two people)
        const titledOtherwise = nameStart === i + 1 && nameStart < n && this.titledOtherwise(nameStart, title.head);
        if (name && name.end === nameStart + 1 && titledOtherwise) name = null;
        // ("الوزير النفطي": right after a bare title, a surname the article gave with its full name,
        // though the word is an ordinary one too, is that person's)
        if (!name && !rank && !comma && !titledOtherwise && title.kind === "one" && !title.splits.length && nameStart < n) {
          const again = this.surnameNamedBefore(nameStart, opts.gazetteer?.match(words, nameStart));
          if (again) name = { end: nameStart + 1, ids: again.ids ? [...again.ids] : undefined, source: "named-before" };
        }
        const tText = this.titleText(i, title.end);
        if (name) {
          // "رئيس الوزراء الليبي ووزير الخارجية التونسي X": posts of two nationalities are two
          // people, and the name is the last one's (one person's posts share a nationality:
          // "مدير ... وسفير ألمانيا السابق")
          if (title.splits.length) {
            const bounds = [i, ...title.splits, title.end];
            const lastPost = bounds.length - 2;
            const first = this.nationalityWithin(bounds[0], bounds[1]);
            const own = this.nationalityWithin(bounds[lastPost], title.end);
            if (first && own && first !== own) {
              for (let k = 0; k < lastPost; k++) {
                this.emit({ type: "title", w0: bounds[k], w1: bounds[k + 1], title: this.titleText(bounds[k], bounds[k + 1]), country: this.nationalityWithin(bounds[k], bounds[k + 1]) ?? title.country,
                  head: this.titleAt(bounds[k])?.head ?? title.head, source: "title" });
              }
              i = bounds[lastPost];
              continue;
            }
          }
          // "رئيس وزراء إثيوبيا هيلي ماريام": a known person of another country than the title's
          // nationality is someone else who shares a name
          const clash = title.ownCountry && this.ofAnotherCountry(name.ids, title.country);
          // but with a rank between, the rank and name open another person: "التقى وزير الدفاع
          // الإيطالي المشير خليفة حفتر" is two, the minister and the field marshal
          if (clash && rank) {
            this.emit({ type: "title", w0: i, w1: title.end, title: tText, country: title.country, head: title.head, source: "title" });
            i = j;
            continue;
          }
          // (read as an unknown name then, over the name words that follow the shared part)
          if (clash) while (name.end < n && name.end - nameStart < 4 && this.isNameWord(words[name.end])) name.end++;
          this.emit({ type: "person", w0: i, w1: name.end, name: stripQuotes(this.sliceText(nameStart, name.end)), title: tText,
            country: title.country, head: title.head, rank: rank?.values[0], kbIds: clash ? undefined : name.ids, source: `title+${name.source}` });
          i = name.end;
        } else if (title.splits.length && !(isPunct(words[title.end], "،,") && this.isNameWord(words[title.end + 1]) && this.isNameWord(words[title.end + 2]))) {
          // "الرئيس الفرنسي ورئيس أركان الجيش": no name follows, so these are several people
          // (a name behind a comma is the holder of all the posts, attached as an apposition)
          const bounds = [i, ...title.splits, title.end];
          for (let k = 0; k + 1 < bounds.length; k++) {
            const seg = this.titleAt(bounds[k]);
            this.emit({ type: "title", w0: bounds[k], w1: bounds[k + 1], title: this.titleText(bounds[k], bounds[k + 1]), country: this.nationalityWithin(bounds[k], bounds[k + 1]) ?? seg?.country ?? title.country,
              head: seg?.head ?? title.head, source: "title" });
          }
          i = title.end;
        } else {
          // "للائتلاف", "لمنظمة": a genitive with ل right after the title is a body the title did not read
          const next = words[title.end];
          // and so is a definite noun after a bare head without its article: "أمير الجماعة" (construct)
          const construct = title.end === i + 1 && !/^(و|ف)?ال/.test(words[i].norm) && !!next && next.token.kind === "word" && /^ال/.test(next.norm);
          const genitive = !!next && next.token.kind === "word" && !next.conj && /^لل|^ل(?!ل)/.test(next.norm) && next.forms.length > 1;
          const openBody = !!next && next.token.kind === "word" && !opts.gazetteer?.match(words, title.end) && (construct || genitive);
          // "الرئيس السابق للائتلاف الوطني السوري المعارض أحمد معاذ الخطيب": the body's name, then the person's
          const named = genitive ? this.nameAfterBody(title.end) : null;
          if (named) {
            this.emit({ type: "person", w0: i, w1: named.end, name: stripQuotes(this.sliceText(named.start, named.end)), title: this.titleText(i, named.bodyEnd),
              country: title.country ?? this.nationalityWithin(title.end, named.bodyEnd), head: title.head, rank: named.rank, kbIds: named.ids, source: `title+body+${named.source}` });
            i = named.end;
            continue;
          }
          const honorific = title.end === i + 1 && i > 0 && (L.honorifics.has(words[i - 1].norm) || L.mister.has(words[i - 1].conj ? words[i - 1].forms[1] : words[i - 1].norm));
          this.emit({ type: "title", w0: i, w1: title.end, title: tText, country: title.country, head: title.head,
            // (a dual title it could not part into its two — "رئيسي الأركان الليبيين" — is no one person either)
            group: title.kind === "group" || title.kind === "dual", source: "title", ...(openBody ? { openBody } : {}), ...(honorific ? { honorific } : {}) });
          i = title.end;
        }
        continue;
      }

      // RANK NAME
      const rank = L.ranks.longest(i, n, this.rankFormsOf);
      if (rank) {
        const name = this.nameAt(this.afterRank(rank));
        if (name && namedPlace) { i = name.end; continue; }
        if (name) {
          this.emit({ type: "person", w0: i, w1: name.end, name: stripQuotes(this.sliceText(this.afterRank(rank), name.end)), title: this.titleText(i, rank.end),
            rank: rank.values[0], kbIds: name.ids, source: `rank+${name.source}` });
          i = name.end;
          continue;
        }
      }

      // known or tagged NAME, then an optional appositive TITLE
      const g = opts.gazetteer?.match(words, i);
      const again = g?.kind === "person" || namedPlace ? null : this.surnameNamedBefore(i, g);
      if (again) {
        this.emit({ type: "person", w0: i, w1: i + 1, name: again.name, kbIds: again.ids ? [...again.ids] : undefined, source: "named-before" });
        i++;
        continue;
      }
      const headline = g || namedPlace ? undefined : this.subjectOfHeadlineVerb(i);
      if (headline) {
        this.emit({ type: "person", w0: i, w1: i + 1, name: this.sliceText(i, i + 1), kbIds: [...headline], source: "kb+verb" });
        i++;
        continue;
      }
      if (namedPlace && (g?.kind === "person" || nerStart.has(i))) { i = g?.kind === "person" ? g.end : nerStart.get(i)!; continue; }
      if (g && this.givenNameOfAnother(g, i)) {
        // "بوب كروكر": a known surname that opens a longer unknown name is someone else's given name
        const run = this.nameAt(i);
        const end = Math.max(run?.end ?? i + 2, nerStart.get(i) ?? 0);
        this.emit({ type: "person", w0: i, w1: end, name: this.nameText(i, end), source: nerStart.has(i) ? "ner" : "name" });
        i = end;
        continue;
      }
      // (و on a known given name opens the next person of a list: "الشويهدي … وعمر بوليفة")
      const nerEnd = words[i].conj && !knownGiven(words[i].norm) && !(words[i].conj === "و" && knownGiven(words[i].forms[1] ?? "")) ? undefined : nerStart.get(i);
      if ((g && g.kind === "person") || nerEnd !== undefined) {
        const end = g && g.kind === "person" ? this.patronymicEnd(g.end) : nerEnd!;
        // an appositive title that follows is attached by attachAppositions()
        this.emit({ type: "person", w0: i, w1: end, name: this.nameText(i, end), kbIds: g?.kind === "person" ? g.ids : undefined,
          source: g?.kind === "person" ? "kb" : "ner" });
        i = end;
        continue;
      }
      if (g && g.kind !== "person") {
        this.emit({ type: g.kind, w0: i, w1: g.end, name: this.sliceText(i, g.end), kbIds: g.ids, source: "kb" });
        i = g.end;
        continue;
      }
      const unknown = this.unknownNameBeforeTitle(i);
      if (unknown > i) {
        // (the title after it is attached by attachAppositions())
        this.emit({ type: "person", w0: i, w1: unknown, name: this.sliceText(i, unknown), source: "name-before-title" });
        i = unknown;
        continue;
      }
      void w;
      i++;
    }
    // "حفتر الابن": the son of that family the article named, not its best-known member
    for (const m of out) if (m.type === "person" && m.name && !m.name.includes(" ") && L.sonWords.has(words[m.w1]?.norm ?? "")) m.son = true;
    return this.attachAppositions(out).filter((m) => !this.inSiteName(m) && !this.predecessorOf(m));
  }

  /** "التقى سلف الشربيني، الوزير عاصم الجزار": the one named after "سلف" is not the one met. */
  predecessorOf(m: PersonMention): boolean {
    const before = this.words[m.w0 - 1];
    return m.type === "person" && !m.title && !!before && !before.conj && this.L.predecessor.has(before.norm);
  }

  /**
   * "في قصر أوبرج دي كاستيل"، "بمطار محمد الخامس": an unknown name, untitled, at most two words past
   * a site's word (a palace, an airport) is part of the site's name — no one who was there.
   */
  inSiteName(m: PersonMention): boolean {
    if (m.type !== "person" || m.title || m.rank || m.kbIds?.length) return false;
    const { words, L } = this;
    for (let k = m.w0 - 1; k >= Math.max(0, m.w0 - 3); k--) {
      const w = words[k];
      if (w.token.kind !== "word" || (k < m.w0 - 1 && w.conj === "و")) return false;
      if (!w.conj && hasForm(w, L.facilities) && !w.norm.startsWith("ال")) return true;
    }
    return false;
  }

  /**
   * A surname standing alone that the article gave earlier with its full name: that person
   * again, though the word is also a place ("استقبل ليون" after "برناردينو ليون") or nobody's
   * list holds it ("بيرتوتي"). Not an ordinary word, not a longer name the tagger found, and a
   * place only when no preposition says it is the place ("في ليون").
   */
  surnameNamedBefore(i: number, g: { end: number; kind: string } | null | undefined): { name: string; ids?: readonly string[] } | null {
    const { words, opts, L } = this;
    const before = opts.namedBefore;
    if (!before?.size) return null;
    const w = words[i];
    if (w.token.kind !== "word" || (this.nerStart.get(i) ?? 0) > i + 1) return null;
    // the word itself, or behind و، ب، ل (one letter)
    const form = before.has(w.norm) ? w.norm : w.forms.length > 1 && /^[وبل]/.test(w.norm) && w.forms[1] === w.norm.slice(1) && before.has(w.forms[1]) ? w.forms[1] : null;
    // (most words are no one's surname: leave before the tests below are even made)
    if (!form) return null;
    // (an ordinary word is nobody's surname again, but a word that is ordinary only as a place
    // name — the list of common words holds cities — is read by the place test below)
    // (a word that is more often ordinary — سلامة — only where a person is expected: right after a
    // verb of encounter or مع, "التقى سلامة السبت الماضي")
    // (or right after the verb's subject: "التقى وزير الخارجية الإيطالي X سلامة")
    const subjectBefore = () => this.out.some((m) => m.w1 === i && m.type === "person" && m.w0 > 0 && !!opts.isVerb?.(words[m.w0 - 1]));
    // (or the topic of "أما X فقد …" or the subject of "وكان X قد …": a person the sentence tells of)
    const personSlot = () => i > 0 && (!!opts.isVerb?.(words[i - 1]) || words[i - 1].norm === "مع" || words[i - 1].norm === "ومع" || L.subjectOpeners.has(words[i - 1].norm) || subjectBefore());
    // (an ordinary word too — كامل — only as the subject between a verb of encounter and the
    // one he met: "اجتمع كامل برئيس الحكومة"، "التقى كامل مع …")
    const next = words[i + 1];
    // (or before the title of the one he met: "التقى السايح السفير التركي", VSO)
    // (or before the noun of the encounter he held: "تلقى السايح اتصالا هاتفيا")
    const subjectOfEncounter = i > 0 && !!opts.isVerb?.(words[i - 1]) && !!next && (next.norm === "مع" || (/^ب/.test(next.norm) && next.forms.length > 1) || (!next.conj && (hasForm(next, L.heads) || hasForm(next, L.encounterNouns) || hasForm(next, L.callMarkers)))) ||
      // (or between "وكان" and "قد": "وكان X قد أجرى اتصالا" (X an ordinary word too))
      (i > 0 && L.subjectOpeners.has(words[i - 1].norm) && next?.norm === "قد");
    if (hasForm(w, L.stop) || (L.common.has(form) && !g && !subjectOfEncounter) || (L.ambiguous.has(form) && !personSlot()) || L.months.has(form) || opts.isVerb?.(w)) return null;
    // (behind ب right after an encounter or call noun it is whom one met or called, not a place:
    // "اتصالا هاتفيا بليون" after "برناردينو ليون" — though "ليون" is also Lyon)
    const encounterBa = form !== w.norm && w.norm[0] === "ب" && i > 0 && (hasForm(words[i - 1], L.callMarkers) || hasForm(words[i - 1], L.encounterNouns));
    if (g && !encounterBa && ((form !== w.norm && !w.conj) || PLACE_BEFORE.has(words[i - 1]?.norm ?? ""))) return null;
    const t = this.sliceText(i, i + 1);
    return { name: form === w.norm ? t : t.slice(1), ids: before.get(form) };
  }

  /**
   * "سلامة يلتقي عقيلة صالح": a surname that is more often an ordinary word opens the sentence
   * right before a verb of encounter in the present — the headline's subject, a person. The
   * base's bearers of it, or none.
   */
  subjectOfHeadlineVerb(i: number): readonly string[] | undefined {
    const { words, opts } = this;
    const next = words[i + 1];
    if (i !== 0 || !next || words[i].conj || !opts.isVerb?.(next) || !/^[يت]/.test(next.conj ? next.forms[1] : next.norm)) return undefined;
    return opts.gazetteer?.ambiguousSurname?.(words[i].norm);
  }

  /** Every one of the base's people `ids` is known to be of another country than `country`. */
  ofAnotherCountry(ids: readonly string[] | undefined, country: string | undefined): boolean {
    const g = this.opts.gazetteer;
    return !!ids?.length && !!g?.countryOf && ids.every((id) => { const c = g.countryOf!(id); return !!c && c !== country; });
  }

  /** The quote that closes the one at `open`, a few words on, or -1. */
  closingQuote(open: number): number {
    const { words, n } = this;
    let k = open + 1;
    while (k < n && k - open <= 6 && words[k].token.kind === "word") k++;
    return k > open + 1 && k < n && isQuote(words[k]) ? k : -1;
  }

  countryAt(i: number): { code: string; end: number } | null {
    const { words, n, C } = this;
    const w = words[i];
    if (!w) return null;
    for (const f of w.forms) {
      const a = C.adjectives.get(f);
      if (a) return { code: a, end: i + 1 };
    }
    const m = C.names.longest(i, n, (k) => words[k].forms);
    if (m) return { code: m.values[0], end: m.end };
    return null;
  }

  breaksName(w: Word): boolean {
    const { words, L, C, opts } = this;
    if (w.token.kind !== "word") return false;
    if (derivedPresent(w)) return true;
    const plain = w.conj === "و" ? w.forms[1] : w.norm;
    // (a word that is also a name — علي، جمعة — may go on a name; so may the word after بن/عبد/أبو)
    const prev = words[w.index - words[0].index - 1];
    // ("التقت X Y", X and Y surnames named before: two surnames the article named before, of two people, side by side)
    const before = opts.namedBefore;
    if (before && prev && !w.conj && !prev.conj && plain !== prev.norm && before.has(plain) && before.has(prev.norm)) return true;
    // ("السيد صالح والسيد المشري": و + a style or rank opens the next person)
    if (w.conj === "و" && (L.mister.has(plain) || L.rankFirst.has(plain) || L.honorifics.has(plain))) return true;
    if (L.ambiguous.has(plain) || (prev && L.nameParticles.has(prev.norm))) return false;
    return hasForm(w, L.stop) || hasForm(w, L.heads) || hasForm(w, L.dualHeads) || hasForm(w, L.pluralHeads) ||
      (w.conj === "و" && (L.common.has(plain) || C.adjectives.has(plain) || this.knownNameWord(plain))) || !!opts.isVerb?.(w) || this.withKnownName(w) || this.prepositionOnNoun(w);
  }

  /**
   * "بياتريس لو فرابر دو هيلين"، "أورسولا فون دير لاين": a European name's particle inside a name
   * (not its first word), before a name word — though لو is also "if".
   */
  private europeanParticle(j: number, k: number): boolean {
    const w = this.words[k];
    return k > j && EUROPEAN_PARTICLES.has(w.norm) && !w.conj && k + 1 < this.n && this.isNameWord(this.words[k + 1]);
  }

  /** The word at k is the surname of someone the article titled, under other heads than `head`. */
  private titledOtherwise(k: number, head: string): boolean {
    // (not a given name, which the title's holder may be called by: "الملك سلمان" after "محمد بن سلمان")
    if (knownGiven(this.words[k].norm)) return false;
    const heads = this.opts.titledBefore?.get(this.words[k].norm);
    return !!heads && heads.size > 0 && !heads.has(stripArticleHead(normalize(head)));
  }

  /** The known towns and cities named among words [a, b) (a title's post: "عمدة باليرمو"). */
  townsOf(a: number, b: number): string[] {
    const out: string[] = [];
    for (let k = a; k < b; k++) {
      const g = this.opts.gazetteer?.match(this.words, k);
      if (g?.kind === "place") { out.push(...g.ids); k = g.end - 1; }
    }
    return out;
  }

  /** "صالح والسويحلي": after و, a surname the article named before, or a whole known name, is another person. */
  private knownNameWord(plain: string): boolean {
    return !!this.opts.namedBefore?.has(plain) || !!this.opts.gazetteer?.isWholeName?.(plain);
  }

  /**
   * "الرئيس سعيد بقصر قرطاج"، "لمقر": ب or ل on a building or seat (an office place or a
   * facility) is a preposition, and the name ends before it. (Not on any ordinary word:
   * "بادي" is a surname though "ادي" is a word.)
   */
  private prepositionOnNoun(w: Word): boolean {
    if (w.forms.length < 2 || (w.norm[0] !== "ب" && w.norm[0] !== "ل") || w.conj) return false;
    const stem = w.forms[w.forms.length - 1];
    return (this.L.officePlaces.has(stem) || this.L.facilities.has(stem)) && !knownGiven(w.norm);
  }

  /**
   * Word i opens a quoted name right after a ship's noun and its adjectives ("حاملة الطائرات
   * الروسية «الأميرال كوزنيتسوف»"): the ship's name.
   */
  vesselName(i: number): boolean {
    const { words, L } = this;
    let k = i - 1;
    if (!isQuote(words[k])) return false;
    for (k--; k >= Math.max(0, i - 6); k--) {
      if (hasForm(words[k], L.vessels)) return true;
      if (words[k].token.kind !== "word" || !definite(words[k])) return false;
    }
    return false;
  }

  /**
   * A dual or plural nationality adjective of a title shared by two, in the singular of its gender
   * ("الإيطاليين" → "الإيطالي"، "التونسيتين" → "التونسية"); other words as they are.
   */
  singularNisba(title: string): string {
    return title.split(" ").map((w) => {
      const m = /^(.*ي)(ت)?(ين|ان|ون)$/.exec(w);
      if (!m) return w;
      const one = m[2] ? `${m[1]}ة` : m[1];
      return this.C.adjectives.has(normalize(one)) ? one : w;
    }).join(" ");
  }

  /**
   * "… والشؤون الداخلية B" at word j (و + an office's first word): the office, up to two more
   * definite words, then its holder's name — the office titled with `head` ("وزير الشؤون الداخلية").
   */
  nameAfterOwnOffice(j: number, head: string): { start: number; end: number; ids?: string[]; office: string } | null {
    const { words, n } = this;
    let k = j + 1;
    let named = this.nameAt(k);
    while (!named && k < n && k - j < 3 && words[k].token.kind === "word" && definite(words[k])) named = this.nameAt(++k);
    if (!named) return null;
    const office = `${head} ${[words[j].token.text.slice(1), ...words.slice(j + 1, k).map((x) => x.token.text)].join(" ")}`;
    return { start: k, end: named.end, ids: named.ids, office };
  }

  /** A name at word k, after a rank if one stands there ("الجنرال X"، "والفريق X"): where the name starts and ends. */
  rankedNameAt(k: number): { start: number; end: number; ids?: string[]; rank: boolean } | null {
    const rank = this.L.ranks.longest(k, this.n, this.rankFormsOf);
    const start = rank ? this.afterRank(rank) : k;
    const name = this.nameAt(start);
    return name ? { start, end: name.end, ids: name.ids, rank: !!rank } : null;
  }

  /**
   * "الوزير الأول علي محمان لامين زين": at word k, the base's way of writing the end of the name
   * of the person whose given name opened it at j (his middle names written otherwise) — that person.
   */
  tailOfSameBearer(j: number, k: number): { end: number; ids: string[]; source: string } | null {
    const g = this.opts.gazetteer;
    const tail = g?.givenNameOf ? g.match(this.words, k) : null;
    if (!tail || tail.kind !== "person" || tail.surname || k - j > 3) return null;
    const given = this.words[j].conj ? this.words[j].forms[1] : this.words[j].norm;
    return tail.ids.some((id) => g!.givenNameOf!(id) === given) ? { end: this.closeQuote(tail.end), ids: tail.ids, source: "kb" } : null;
  }

  /** "بنتنياهو", "لسامح": a preposition on a known name or given name starts another person */
  withKnownName(w: Word): boolean {
    const { opts } = this;
    if (w.conj || w.forms.length < 2 || !/^[بلك]/.test(w.norm)) return false;
    if (knownGiven(w.forms[1]) && !knownGiven(w.norm)) return true;
    const g = opts.gazetteer;
    if (!g?.isWholeName) return false;
    if (g.isWholeName(w.norm)) return false;
    return g.isWholeName(w.forms[1]) || !!g.startsPersonName?.(w.forms[1]);
  }

  // A rank behind a preposition is a rank only with its article: "للفريق X" (to General X), but
  // "لفريق إغاثي" is "for a relief team"
  rankForms(k: number): readonly string[] {
    const { words } = this;
    const w = words[k];
    const base = w.conj ? w.forms[1] : w.norm;
    if (!/^[بلك]/.test(base) || base.startsWith("لل")) return w.forms;
    return w.forms.filter((f) => f !== base.slice(1) || f.startsWith("ال"));
  }

  /** where the name starts after a rank: past the dot of an abbreviated one ("د. وليد") */
  afterRank(rank: { end: number }): number {
    const { n, L } = this;
    const k = this.pastAbbreviationDot(rank.end);
    // a second style may follow the first: "الشيخ الدكتور وليد"، "السيد المهندس X"
    const next = L.ranks.longest(k, n, this.rankFormsOf);
    return next ? this.pastAbbreviationDot(next.end) : k;
  }

  /** past the dot of a one-letter abbreviated rank ending at `end` ("د. وليد") */
  pastAbbreviationDot(end: number): number {
    const { words } = this;
    return isPunct(words[end], ".") && words[end - 1].norm.length === 1 ? end + 1 : end;
  }

  /** the dual or plural of an ordinary word ("مصدران"، "أمنيان"، "مسؤولين"): not a name, unless a known given name (سلمان، شعبان) */
  inflectedOrdinary(w: Word): boolean {
    const { L, C } = this;
    const plain = w.conj === "و" ? w.forms[1] : w.norm;
    if (plain.length < 5 || knownGiven(plain) || L.ambiguous.has(plain)) return false;
    for (const suffix of PLURAL_SUFFIXES) {
      if (!plain.endsWith(suffix)) continue;
      const base = plain.slice(0, -suffix.length);
      if (base.length >= 3 && (L.common.has(base) || C.adjectives.has(base) || L.common.has("ال" + base))) return true;
      // the ta marbuta shows as ت before a dual ending: "رسالتين" is the dual of رسالة
      const feminine = base.endsWith("ت") && suffix !== "ات" ? base.slice(0, -1) + "ه" : null;
      if (feminine && feminine.length >= 3 && (L.common.has(feminine) || L.common.has("ال" + feminine))) return true;
    }
    return false;
  }

  isNameWord(w: Word | undefined): boolean {
    const { L, C, opts } = this;
    if (!w || w.token.kind !== "word") return false;
    const core = w.forms[w.forms.length - 1];
    if (!ARABIC_WORD.test(w.norm) || w.norm.length < 2) return false;
    // (a particle as written: "فإن" is ف + إن, never the "فان" of a Dutch name)
    if (PARTICLES_AS_WRITTEN.has(w.token.text)) return false;
    // (nor the office a title governs: "رئيس ديوان رئيس الجمهورية" has no one called ديوان)
    if (!w.conj && L.officePlaces.has(w.norm)) return false;
    // a known given name is a name word whatever its letters also read as ("فيصل" ≠ ف + يصل)
    if (knownGiven(w.norm) && !hasForm(w, L.heads) && !L.stop.has(w.norm)) return true;
    // (after و/ف the word itself: "وكثير" is و + كثير; the last form may strip a letter of the word)
    // (ف opens foreign names too often — فليبي، فرانكو — to be read as a conjunction here)
    const plain = w.conj === "و" ? w.forms[1] : w.norm;
    if (hasForm(w, L.stop) || L.common.has(w.norm) || L.common.has(core) || L.common.has(plain) || hasForm(w, L.heads) || hasForm(w, L.dualHeads) || hasForm(w, L.pluralHeads)) return false;
    if (hasForm(w, L.complements) || hasForm(w, L.links) || hasForm(w, L.months) || hasForm(w, L.encounterNouns) || L.rankFirst.has(w.norm)) return false;
    // a preposition on an ordinary noun the list knows definite: "بديوان" is ب + ديوان (الديوان)
    // (not after و: "وليام" is William, not و + ل + يام)
    if (!w.conj && w.forms.length > 1 && core.length >= 3 && !knownGiven(w.norm) && L.common.has("ال" + core)) return false;
    if (C.adjectives.has(w.norm) || C.adjectives.has(plain) || C.singleNames.has(core)) return false;
    if (opts.isVerb?.(w)) return false;
    if (this.inflectedOrdinary(w)) return false;
    // a plural past verb ("هاجموا"، "أكدوا"): no name ends in وا
    if (plain.length >= 5 && plain.endsWith("وا") && !knownGiven(plain)) return false;
    if (this.functionWord(w)) return false;
    // a preposition before and a pronoun ها/هم/هما after: an ordinary noun ("بظلالها"، "لقواتهم")
    if (w.forms.length > (w.conj ? 2 : 1) && /^و?[بلك]/.test(w.norm) && /(ها|هم|هما)$/.test(w.norm) && w.norm.length >= 6 && !knownGiven(w.norm)) return false;
    // a long definite feminine plural (المليشيات، التحديات) is a common noun, not a surname (السادات is)
    if (plain.startsWith("ال") && plain.endsWith("ات") && plain.length >= 8) return false;
    // a preposition before and a pronoun after ("لمخاطبته"، "بزيارته") make an ordinary noun
    // (the written ه, not ة: "بوتفليقة" keeps its ب)
    // (a feminine noun before the pronoun, "…ته": foreign names end in ه too — بارنييه، باشليه)
    if (w.forms.length > (w.conj ? 2 : 1) && /^و?[بلك]/.test(w.norm) && /ت(ه|ها|هم|هما)$/.test(w.token.text) && w.norm.length >= 5 && !knownGiven(w.norm)) return false;
    for (const f of w.forms) {
      // the same ordinary word with tanween ("وفدا"، "أوروبيا") or a possessive ("ضيوفه")
      if (f.length >= 4 && f.endsWith("ا") && this.ordinaryStem(f.slice(0, -1))) return false;
      const m = POSSESSIVE.exec(f);
      if (m && f.length - m[0].length >= 3) {
        const stem = f.slice(0, f.length - m[0].length);
        if (this.ordinaryStem(stem)) return false;
        // a feminine noun's ة is written ت before the pronoun: "جولته" is جولة + ه, "قلقه" stays
        if (stem.endsWith("ت") && stem.length >= 4 && this.ordinaryStem(stem.slice(0, -1) + "ه")) return false;
      }
    }
    return true;
  }

  /** a stem that is an ordinary word (function word, common noun, nationality, complement) */
  ordinaryStem(b: string): boolean {
    const { L, C } = this;
    return b.length >= 2 && (L.stop.has(b) || L.common.has(b) || C.adjectives.has(b) || L.complements.has("ال" + b) || L.common.has("ال" + b));
  }

  /**
   * "السيد بدر البوسعيدي"، "بدر بن حمد": a one-word place that is also a given name, before
   * a name particle or another name word, is the name.
   */
  placeAsGiven(g: { kind: string; end: number }, k: number): boolean {
    const { words, L } = this;
    const next = words[k + 1];
    return g.kind === "place" && g.end === k + 1 && knownGiven(words[k].norm) && !!next && !next.conj && (BINDS_NEXT.has(next.norm) || L.nameParticles.has(next.norm) || this.isNameWord(next));
  }

  /**
   * "خافيير سوريا كينتانا": a one-word place between the words of a foreign name — after its
   * foreign given name, before a foreign surname — is part of it (Soria, not Syria).
   */
  placeInForeignName(j: number, k: number): boolean {
    const { words, opts } = this;
    const next = words[k + 1];
    if (k <= j || !next) return false;
    const g = opts.gazetteer?.match(words, k);
    return !!g && g.kind === "place" && g.end === k + 1 && !words[k].conj && words[k].forms.length === 1 && !words[k].norm.startsWith("ال") &&
      looksForeign(words[k - 1].norm) && !next.conj && next.token.kind === "word" && looksForeign(next.norm) && this.isNameWord(next) && !opts.gazetteer?.match(words, k + 1);
  }

  /** Name starting at word i: known (gazetteer), tagged (NER), or a run of name-like words. */
  nameAt(i: number): { end: number; ids?: string[]; source: string } | null {
    const { words, n, L, opts, nerStart } = this;
    let j = i;
    while (isQuote(words[j])) j++;
    let g = opts.gazetteer?.match(words, j);
    // a base variant that includes a title ("الملك سلمان بن عبد العزيز") must not cut the full
    // name that starts after the title ("سلمان بن عبد العزيز آل سعود")
    if (g && g.kind === "person" && (hasForm(words[j], L.heads) || L.rankFirst.has(words[j].norm))) {
      const after = opts.gazetteer?.match(words, j + 1);
      if (after && after.kind === "person" && after.end > g.end) g = after;
    }
    if (g && g.kind === "person" && !this.givenNameOfAnother(g, j)) return { end: this.closeQuote(this.trailingGiven(j, this.patronymicEnd(g.end))), ids: g.ids, source: "kb" };
    let t = nerStart.get(j);
    // (the tagger's span ends before a function word it took along with و: "صالح وما يتيحه";
    // a bare one may be a name's — جون كي، أحمد علي)
    while (t !== undefined && t > j + 1 && this.functionWord(words[t - 1]) && words[t - 1].norm[0] === "و" && !L.stop.has(words[t - 1].norm)) t--;
    const tagged = t !== undefined && words.slice(j, t).every((w) => w.token.kind === "word") && (!words[j].conj || knownGiven(words[j].norm));
    // "عميد البلدية يطرق أبواب الداخلية": an unknown word in the shape of a verb's present (ي +
    // three letters, none a long vowel) that no list holds as a given name is the headline's verb
    if (!tagged && j < n && PRESENT_SHAPE.test(words[j].norm) && !knownGiven(words[j].norm) && !looksForeign(words[j].norm)) return null;
    // "نقل أمير قطر تحياته": a plural noun with a pronoun (ات + ه، ها، هم — written with ه, not the
    // ة of "شحاتة") is what he did, whatever the tagger read
    if (j < n && POSSESSED_PLURAL.test(words[j].token.text)) return null;
    let k = j;
    // at most four parts, a particle with its word counting as one ("محمد بن سلمان بن عبد العزيز")
    let parts = 0;
    while (k < n && parts < 4 && k - j < 8 && (this.isNameWord(words[k]) || this.surnameAfterGiven(j, k) || this.titleWordInName(j, k) || this.headInName(j, k) || this.givenBeforeParticle(k) || this.givenBeforeAllah(k) || this.europeanParticle(j, k) || this.givenWrittenAsName(k) || this.lastGivenWrittenAsName(j, k) || this.placeInForeignName(j, k))) {
      const w = words[k];
      // "أعلن الوزير جولي تخصيص 5 ملايين": a verbal noun of the pattern تفعيل past the name's first
      // word is what the sentence goes on to say, unless the tagger read it into the name
      if (k > j && !(tagged && t! > k) && !w.conj && verbalNounII(w)) break;
      // "سعيد يحتضن أول اجتماع": a verb's present of a derived form (يفتعل، يستفعل، تفتعل) ends the
      // name, whatever the tagger read
      if (k > j && derivedPresent(w)) {
        if (tagged && t! > k) return { end: this.closeQuote(k), source: "ner" };
        break;
      }
      parts++;
      // "الوزير الأول علي محمان لامين زين": the base's way of writing the end of the name of the
      // person whose given name opened it (his middle names written otherwise) — that person
      const tail = k > j ? this.tailOfSameBearer(j, k) : null;
      if (tail) return tail;
      // "آل سعود لسامح شكري": a given name behind ل/ب starts someone else, the object of a preposition
      if (k > j && this.withKnownName(w)) break;
      const known = opts.gazetteer?.match(words, k);
      if (known && known.kind !== "person" && !this.placeAsGiven(known, k) && !this.placeInForeignName(j, k)) break; // a place or body is not part of a name
      // "استقبل عمدة المدينة A B C X" (X named before in full): past a full name of three words, the
      // surname of someone the article named before is that person, the verb's object
      // (a bare surname, not a particle or given name that goes on the name: "بن عبد العزيز")
      if (k - j >= 3 && !w.conj && opts.namedBefore?.has(w.norm) && !w.norm.startsWith("ال") && !knownGiven(w.norm) &&
        !L.nameParticles.has(w.norm) && w.norm !== "عبد" && w.norm !== "ابو" && !L.nameParticles.has(words[k - 1].norm)) break;
      // ("استقبل وكيل الوزارة جورجيو موليه الحداد": an Arabic ال-surname of someone the article named
      // before, after a foreign name of two words or more — a foreign given name, no Arabic one — is that person, the verb's object)
      if (k - j >= 2 && !w.conj && w.norm.startsWith("ال") && opts.namedBefore?.has(w.norm) && looksForeign(words[j].norm) && !words.slice(j, k).some((x) => knownGiven(x.norm))) {
        // (the tagger's span that runs on over it is cut there too)
        if (tagged && t! > k) return { end: this.closeQuote(k), source: "ner" };
        break;
      }
      if (k === j && this.opensWithArticle(k)) return tagged ? { end: this.closeQuote(t!), source: "ner" } : null; // names rarely open with ال (بال، لل، وال)
      k++;
      if (L.nameParticles.has(w.norm) || w.norm === "عبد" || w.norm === "ابو") {
        // "عبد الحميد", "أبو بكر": the particle binds the next word
        if (k < n && words[k].token.kind === "word") k++;
        continue;
      }
      // (but "بدر الدين"، "سيف الإسلام" are one given name, and the surname follows)
      if (k > j + 1 && w.norm.startsWith("ال") && !GIVEN_SECOND.has(w.norm)) break; // an ال-surname closes the name
    }
    const tail = k > j ? this.tailOfSameBearer(j, k) : null;
    if (tail) return tail;
    // the tagger's span, unless the name run after the title reaches further ("جيريمي" + "برنت")
    if (tagged && t! >= k) return { end: this.closeQuote(t!), source: "ner" };
    if (k === j) return tagged ? { end: this.closeQuote(t!), source: "ner" } : null;
    // "نظيره الأميركي تقنين المساعدات": one unknown word of the verbal-noun pattern تفعيل
    // (تقنين، تعزيز، تسهيل) is what the sentence goes on to say, not a name
    if (k === j + 1 && !tagged && verbalNounII(words[j])) return null;
    // "لقاء جمع عميد البلدية بقيادي في …": one unknown word behind ب is the object of the
    // preposition — whom the title-holder met — not his name (a name after a title has no ب)
    // (nor behind ل, a purpose: "عميد بلدية طرابلس لتفقد مشروع")
    if (k === j + 1 && !tagged && /^[بل]/.test(words[j].norm) && words[j].forms.length > 1 && !knownGiven(words[j].norm) && !looksForeign(words[j].norm)) return null;
    // "بحثت مع نظيرها التركي «خارطة طريق واضحة»": a quotation that goes on past the name-like words
    // is what was said, not a name in quotes («السراج»)
    if (j > i && !tagged && !isQuote(words[k])) return null;
    // "أكد السيد الوزير حرص الحكومة": one unknown Arabic word in construct with a common
    // definite noun is a noun the sentence goes on with (a surname after a title is followed by
    // a verb, a comma or the next title, not by "الحكومة")
    if (k === j + 1 && !tagged && !words[j].conj && !knownGiven(words[j].norm) && !looksForeign(words[j].norm) && inConstruct(words[k], L)) return null;
    return { end: this.closeQuote(k), source: tagged ? "ner+name-after-title" : "name-after-title" };
  }

  /**
   * "حسين أمير عبد اللهيان": a title word written bare (no article, no proclitic) inside a name,
   * before a particle that binds the next word, is a name word. As a title it would stand with
   * its article ("الأمير عبد الله") or before a place ("أمير قطر").
   */
  titleWordInName(j: number, k: number): boolean {
    const { words, L } = this;
    const w = words[k];
    const next = words[k + 1];
    return k > j && w.token.kind === "word" && w.forms.length === 1 && !w.norm.startsWith("ال") && hasForm(w, L.heads) &&
      next !== undefined && BINDS_NEXT.has(next.norm);
  }

  /** A title head with a pronoun on it, as written ("رئيسها"، "رئيسه"; not the ة of "رئيسة"). */
  headWithPronoun(written: string): boolean {
    return /(ها|ه)$/.test(written) && this.L.heads.has(normalize(written).replace(/(ها|ه)$/, ""));
  }

  /** A body's definite noun ends right before k, with at most two adjectives after it ("المعهد المركزي"). */
  afterBodyNoun(k: number): boolean {
    const { words, L } = this;
    for (let m = k - 1; m >= Math.max(0, k - 3); m--) {
      const w = words[m];
      if (w.conj || !w.norm.startsWith("ال")) return false;
      if (L.namedBodies.has(w.norm.slice(2))) return true;
      // (an adjective: a definite nisba, "المركزي"، "الوطنية"; or one the lexicon lists, "العام")
      if (!/ي$|يه$/.test(w.norm) && !L.bodyAdjectives.has(w.norm)) return false;
    }
    return false;
  }

  /** Past a short label in brackets opening at k ("(الناتو)"، "(6+6)"): the word after it, else k. */
  pastLabel(k: number): number {
    const { words } = this;
    if (!words[k + 1] || words[k + 1].token.kind === "punct") return k;
    const close = closingBracket(words, k, 5);
    return close > 0 ? close + 1 : k;
  }

  /**
   * The word at k reads as a definite noun (ال، بال، لل، وال), which a name rarely opens with —
   * unless it is a particle, a Maghreb given name with its article ("الحبيب المالكي"), a name
   * written with the hamza or madda the article never has ("إليزابيث"، "آلان"), or a foreign
   * name that opens with فال ("فالديسي").
   */
  opensWithArticle(k: number): boolean {
    const { words, L } = this;
    const w = words[k];
    return w.forms.some((f) => f.startsWith("ال")) && !L.nameParticles.has(w.norm) && !this.definiteGiven(k) && !/^[إأآ]ل/.test(w.token.text) && !this.foreignFal(w);
  }

  /** "فالديسي"، "فالنتينا": ف + ال read off a foreign name — no "so the …" of a word the lists know. */
  foreignFal(w: Word): boolean {
    const { L } = this;
    if (w.conj === "و" || !w.norm.startsWith("فال") || w.forms.length < 2) return false;
    const rest = w.norm.slice(1);
    return !L.common.has(rest) && !L.stop.has(rest) && !L.complements.has(rest) && !hasForm(w, L.heads);
  }

  /** "الحبيب المالكي": a given name with its article (حبيب، طاهر، هادي) before another name word opens a name. */
  definiteGiven(k: number): boolean {
    const { words } = this;
    const w = words[k];
    // (or before a head that ends a name: "الحبيب الأمين")
    return !w.conj && w.norm.startsWith("ال") && knownGiven(w.norm.slice(2)) && (this.isNameWord(words[k + 1]) || (k + 1 < words.length && this.headInName(k, k + 1)));
  }

  /**
   * "والعميد علي الصالحين"، "مرزوق علي الغانم": a given name that is also a function word (علي،
   * جمعة) is a name's word after a title or rank, or inside the name, when it is written as the
   * name (علي, not على) and a name word follows.
   */
  givenWrittenAsName(k: number): boolean {
    const { words, L } = this;
    const w = words[k];
    return w.token.kind === "word" && !w.conj && L.stop.has(w.norm) && knownGiven(w.norm) && !PARTICLES_AS_WRITTEN.has(w.token.text) &&
      this.isNameWord(words[k + 1]);
  }

  /**
   * "حسين عوض علي ووزير …": such a given name, written as the name, also ends a name of two words
   * or more before a comma, a full stop or the next title joined by و.
   */
  lastGivenWrittenAsName(j: number, k: number): boolean {
    const { words, L } = this;
    const w = words[k];
    const next = words[k + 1];
    return k >= j + 2 && w.token.kind === "word" && !w.conj && L.stop.has(w.norm) && knownGiven(w.norm) && !PARTICLES_AS_WRITTEN.has(w.token.text) &&
      (!next || next.token.kind === "punct" || (next.conj === "و" && hasForm(next, L.heads)));
  }

  /**
   * "محمد أحمد ولد محمد الأمين": a head that is also a name's last part closes a name of two words
   * or more (not "… الأمين العام"); after a known given name, of one ("محمد الأمين"، "الحبيب الأمين").
   */
  headInName(j: number, k: number): boolean {
    const { words, L } = this;
    const next = words[k + 1];
    const given = (w: Word) => !w.conj && (knownGiven(w.norm) || (w.norm.startsWith("ال") && knownGiven(w.norm.slice(2))));
    return (k >= j + 2 || (k === j + 1 && given(words[j]))) && L.headsInNames.has(words[k].norm) && !(next && (hasForm(next, L.complements) || next.norm === "العام"));
  }

  /** A function word, with و written on it or not ("وما"، "ولا": three letters keep their و). */
  functionWord(w: Word): boolean {
    const { L } = this;
    return w.token.kind === "word" && (L.stop.has(w.norm) || (w.norm.length === 3 && w.norm[0] === "و" && L.stop.has(w.norm.slice(1))));
  }

  /** "علي عبد الله صالح": a given name that is also a function word (علي = على) opens a name before عبد/أبو/بن */
  givenBeforeParticle(k: number): boolean {
    const { words } = this;
    const w = words[k];
    const next = words[k + 1];
    return w.token.kind === "word" && w.forms.length === 1 && knownGiven(w.norm) && next !== undefined &&
      (BINDS_NEXT.has(next.norm) || (next.norm.startsWith("عبد") && next.norm.length >= 6));
  }

  /**
   * "فتح الله الزني"، "عطا الله X": an ordinary word before الله, with a name word after both, is a
   * compound given name.
   */
  givenBeforeAllah(k: number): boolean {
    const { words, L } = this;
    const w = words[k];
    return w.token.kind === "word" && !w.conj && w.forms.length === 1 && !hasForm(w, L.stop) && !this.functionWord(w) && !hasForm(w, L.heads) &&
      words[k + 1]?.norm === "الله" && this.isNameWord(words[k + 2]);
  }

  /** "فيصل سلامة": an ordinary word right after a known given name at j is its surname */
  surnameAfterGiven(j: number, k: number): boolean {
    const { words, L, C, opts } = this;
    return k === j + 1 && knownGiven(words[j].norm) && words[k]?.token.kind === "word" && !words[k].conj &&
      L.common.has(words[k].norm) && !hasForm(words[k], L.stop) && !this.functionWord(words[k]) && !hasForm(words[k], L.heads) && !hasForm(words[k], L.complements) &&
      !hasForm(words[k], L.months) && !C.adjectives.has(words[k].norm) && !opts.isVerb?.(words[k]) && !words[k].norm.startsWith("ال");
  }

  /**
   * "محمد بن سلمان بن عبدالعزيز آل سعود": a known name goes on with the father's and the family's
   * names (بن/ابن/بنت X، آل X) that the base did not list. Returns the new end.
   */
  patronymicEnd(end: number): number {
    const { words } = this;
    for (let k = 0; k < 3; k++) {
      const w = words[end];
      if (!w || !(PATRONYMIC.has(w.norm) || w.norm === "ال") || !this.isNameWord(words[end + 1])) break;
      end += 2;
    }
    return end;
  }

  /**
   * "وزيرة الثقافة مبروكة توغي عثمان ورئيس …": after a known name of two words or more, a given
   * name that no name word follows is the same person's father's or grandfather's name, written out
   * in full (one that a name word follows opens the next person: "خليفة حفتر محمد المنفي").
   */
  trailingGiven(start: number, end: number): number {
    const { words, opts } = this;
    const w = words[end];
    if (end - start < 2 || !w || w.token.kind !== "word" || w.conj || w.forms.length > 1 || !knownGiven(w.norm)) return end;
    // (nor the surname of someone the article named before, met: "التقى الوزير أنجلينو ألفانو سلامة")
    if (this.isNameWord(words[end + 1]) || opts.gazetteer?.match(words, end) || opts.namedBefore?.has(w.norm)) return end;
    // (nor the head of his title in apposition: "الملك محمد السادس ملك المغرب" — ملك is a given name too)
    const title = this.titleAt(end);
    if (title && title.end > end + 1) return end;
    return end + 1;
  }

  /** a bare-surname match followed by another name word nobody knows: the surname is a given name here */
  givenNameOfAnother(g: { end: number; kind: string; surname?: boolean; lastWord?: boolean }, j: number): boolean {
    const { words, opts } = this;
    if (g.kind !== "person" || g.end !== j + 1) return false;
    const next = words[j + 1];
    // "مبارك بن سعيد": a one-word name with a patronymic after it is someone's given name
    // (the base would have matched the whole name if it were its person's)
    if (next && PATRONYMIC.has(next.norm) && words[j + 2]?.token.kind === "word") return true;
    if (!(g.surname || g.lastWord) || !knownGiven(words[j].norm)) return false;
    // (و may open the surname itself — ويلسون — unless it joins another given name: "بوب وجون")
    if (!next || (next.conj && knownGiven(next.forms[1])) || !this.isNameWord(next)) return false;
    // (nor a verbal noun the sentence goes on with: "أعلن الوزير جولي تخصيص 5 ملايين")
    if (verbalNounII(next)) return false;
    const known = opts.gazetteer?.match(words, j + 1);
    return !known || (known.kind === "person" && !!known.surname);
  }

  closeQuote(k: number) {
    const { words } = this;
    return (isPunct(words[k], "\"»”’》'") ? k + 1 : k);
  }

  /** a bare common noun that can stand in a construct chain: no proclitic, no name, title, rank or function word */
  constructNoun(k: number): boolean {
    const { words, L, opts } = this;
    const w = words[k];
    // (the stemmer's reading of the proclitics: "برلمان" has none, "بمكتب" and "والشرطة" do)
    if (!w || w.token.kind !== "word" || (w.token.prefix !== "" && w.token.prefix !== "ال") || !ARABIC_WORD.test(w.norm)) return false;
    if (hasForm(w, L.heads) || hasForm(w, L.dualHeads) || hasForm(w, L.pluralHeads) || L.rankFirst.has(w.norm) || (hasForm(w, L.stop) && !this.bodyWithAdjective(k)) || hasForm(w, L.links)) return false;
    if (knownGiven(w.norm) || opts.isVerb?.(w) || this.countryAt(k)) return false;
    const g = opts.gazetteer?.match(words, k);
    return !g || g.kind !== "person";
  }

  /**
   * A body's noun that is also an ordinary word of the news, with its adjective after it, is the
   * body: "مدير مكتب الوكالة الألمانية للتعاون الدولي" (not the agency that reported: "وقالت الوكالة").
   */
  bodyWithAdjective(k: number): boolean {
    const { words, L } = this;
    const next = words[k + 1];
    return !!next && (hasForm(words[k], L.namedBodies) || L.namedBodies.has(words[k].norm.replace(/^ال/, ""))) && (this.C.adjectives.has(next.norm) || this.ordinaryNisba(k + 1));
  }

  /** a name opens at k: a known given name, a rank, or a known person */
  nameStartsAt(k: number): boolean {
    const { words, L, opts } = this;
    const w = words[k];
    if (!w || w.token.kind !== "word") return false;
    if (knownGiven(w.norm) || L.rankFirst.has(w.norm)) return true;
    const g = opts.gazetteer?.match(words, k);
    return !!g && g.kind === "person";
  }

  /** an ordinary nisba adjective that may close a title phrase: "الخليجية"، "الدبلوماسي" (not a nisba surname) */
  ordinaryNisba(k: number): boolean {
    const { words, L } = this;
    // (not the surname of someone the article named: "وزير الخارجية محمد علي النفطي … الوزير النفطي")
    return this.constructNoun(k) && NISBA.test(words[k].norm) && L.common.has(words[k].norm) && !this.opts.namedBefore?.has(words[k].norm);
  }

  /** End of the construct chain governed by the title word before k (k itself when there is none). */
  constructEnd(k: number): number {
    const { words, n } = this;
    let e = k;
    while (e < n && e - k < 2 && this.constructNoun(e) && !definite(words[e]) && this.opts.gazetteer?.match(words, e)?.kind !== "place") e++;
    // the governed noun may be the definite one itself, with its adjectives: "رئيس مجلس السيادة
    // الانتقالي"، "رئيس المرحلة الانتقالية"
    if (e === k && e < n && definite(words[e]) && !words[e].conj && this.constructNoun(e) && !this.opts.gazetteer?.match(words, e)) {
      e++;
      while (e < n && e - k < 4 && this.ordinaryNisba(e)) e++;
      return e;
    }
    if (e === k) return k;
    // "رئيس برلمان الباراغواي"، "رئيس برلمان طرابلس": the country or place is read next
    // (a bare place: "لطهران" is a destination)
    const bare = !!words[e] && !words[e].conj && (words[e].token.prefix === "" || words[e].token.prefix === "ال");
    if (this.countryAt(e) || (bare && this.opts.gazetteer?.match(words, e)?.kind === "place")) return e;
    if (!this.constructNoun(e) || !definite(words[e])) return k; // a chain ends in a definite noun
    e++;
    // its nisba adjectives: "جهاز الشرطة الخليجية"، "الندوة العالمية"
    const noun = e;
    while (e < n && e - k < 5 && this.ordinaryNisba(e)) e++;
    // (a company's name of two definite words, up to the comma: "شركة المقاولون العرب،")
    if (e === noun && !words[noun - 2]?.conj && this.L.namedBodies.has(words[noun - 2]?.norm ?? "") && e < n && definite(words[e]) && !words[e].conj && (e + 1 >= n || isPunct(words[e + 1]))) e++;
    return e;
  }

  /**
   * The end of an office's remit at word i: an indefinite noun behind ل or ب, then the definite
   * nouns it governs, joined by و ("لسياسة الجوار والتوسع"، "بملف الهجرة"); -1 when none is there.
   */
  remitEnd(i: number): number {
    const { words, n } = this;
    const x = words[i];
    if (!x || x.token.kind !== "word" || x.conj || x.forms.length < 2 || !/^[لب]/.test(x.norm)) return -1;
    const stem = x.forms[1];
    // (an office behind ل is another title the first serves: "المستشار لرئيس الوزراء الإيطالي")
    if (stem.length < 3 || stem.startsWith("ال") || this.countryAt(i) || hasForm(x, this.L.heads)) return -1;
    let k = i + 1;
    while (k < n && k < i + 6) {
      const y = words[k];
      if (y.token.kind !== "word") break;
      const bare = y.conj === "و" ? y.forms[1] ?? "" : y.norm;
      // ("بشؤون الشرق الأوسط وشمال أفريقيا": a region in construct with the place after it)
      if (y.conj === "و" && k > i + 1 && this.L.directions.has(bare) && words[k + 1]?.token.kind === "word") { k += 2; continue; }
      if (!bare.startsWith("ال") || bare.length < 4 || (y.conj === "و" && k === i + 1) || this.countryAt(k)) break;
      k++;
    }
    return k > i + 1 ? k : -1;
  }

  /** Title phrase starting at word i (head + complements). */
  titleAt(i: number): { end: number; head: string; kind: "one" | "dual" | "group"; country?: string; ownCountry: boolean; parts: number[]; splits: number[] } | null {
    const { words, n, L, C, opts } = this;
    const w = words[i];
    let kind: "one" | "dual" | "group";
    let head = formIn(w, L.heads);
    // ("وإلى" normalizes to والي: a governor only as written so, never with إ or ى)
    if (head && stripArticleHead(head) === "والي" && /[إى]/.test(w.token.text)) return null;
    // ("الحزب المحافظ"، "المحافظ على …": an adjective or a participle, no governor)
    if (head && L.adjectiveHeads.has(head) && (L.participleObjects.has(words[i + 1]?.norm ?? "") || (!w.conj && i > 0 && words[i - 1].token.kind === "word" && /^(و|ف)?ال/.test(words[i - 1].norm) && !hasForm(words[i - 1], L.heads)))) return null;
    if (head) kind = "one";
    else if ((head = formIn(w, L.dualHeads))) kind = "dual";
    else if ((head = formIn(w, L.pluralHeads))) kind = "group";
    else return null;
    // "المكلف" opens a title only with what it is charged with: "المكلف بتسيير وزارة …" (after a
    // title it is that title's "acting": "وزير الداخلية المكلف")
    if (L.chargedHeads.has(stripArticleHead(head)) && !/^ب/.test(words[i + 1]?.norm ?? "")) return null;
    let j = i + 1;
    let country: string | undefined;
    let adjCountry = false;
    // the official's own country: from a nationality, or a country named before any link word
    // ("رئيس وزراء إثيوبيا"; not "السفير لدى ليبيا")
    let ownCountry = false;
    let linked = false;
    let comps = 0;
    const parts: number[] = [];
    const splits: number[] = [];
    // an indefinite title word is the head of a construct: it governs the noun after it
    let governs = !head.startsWith("ال");
    /** the word right after an "affairs" domain ("للشؤون العربية"), where a joined one may follow */
    let affairsDomain = -1;
    while (j < n) {
      const x = words[j];
      // ("الوزيرة الليبية بحضور السيد X": who was present is no part of the title)
      if (L.presentWords.has(x.norm)) break;
      // ("الرئيس المدير العام": two heads of one office)
      if (j === i + 1 && !x.conj && L.joinedHeads.has(`${w.norm} ${x.norm}`)) {
        j++;
        continue;
      }
      // a known person's name ends the title even if it reads as a country ("جورجيا ميلوني")
      const person = opts.gazetteer?.match(words, j);
      if (person && person.kind === "person" && person.end > j + 1) break;
      const c = this.countryAt(j);
      // "مساعد وزير الخارجية المصري للشؤون الأفريقية"، "للشؤون العربية"، "لشؤون الشرق الأوسط": the
      // words after "affairs" name the domain (a nationality there is not whose official this is)
      // (and so does an adjective joined to that domain by و: "للشؤون العربية والأفريقية")
      const afterAffairs = (j > 0 && hasForm(words[j - 1], L.affairs)) || (affairsDomain === j && !!x.conj && !!c && c.end === j + 1);
      if (afterAffairs && ((definite(x) && this.constructNoun(j)) || (c && c.end === j + 1))) {
        j++;
        if (this.ordinaryNisba(j)) j++; // "لشؤون الأمن الداخلي"
        affairsDomain = j;
        comps++;
        governs = false;
        continue;
      }
      if (c) {
        // a nationality adjective says whose official this is, the last one winning
        // ("وزير الخارجية والشؤون الأوروبية ... المالطي"); a country name only fills in
        // ("السفير الإيطالي لدى ليبيا" stays Italian)
        const adjective = words.slice(j, c.end).length === 1 && hasForm(x, C.adjectiveSet);
        // a country's name is in construct only with an indefinite word ("وزير دفاع مصر"): after a
        // definite one it is the next thing the sentence names ("غادر … وزير الدفاع مصر")
        // (a bare name: "للأمم المتحدة"، "بدولة قطر" are linked)
        if (!adjective && C.names.longest(j, n, (k) => [words[k].norm]) && definite(words[j - 1]) && !hasForm(words[j - 1], L.links)) break;
        // ("لمنظمة الأمم المتحدة للطفولة": a body whose name opens with the country's goes on to its end)
        // (and a region whose name opens with a country's, "لدائرة المغرب العربي", names no country)
        const body = adjective ? null : opts.gazetteer?.match(words, j);
        const region = !!body && body.kind === "place" && body.end > c.end;
        if (adjective) { country = c.code; adjCountry = true; ownCountry = true; }
        else if (!adjCountry && country === undefined && !region) { country = c.code; ownCountry = !linked; }
        j = body && (body.kind === "org" || region) && body.end > c.end ? body.end : c.end;
        comps++;
        governs = false;
        continue;
      }
      // a known body or region named in several words right after the head: "رئيس إقليم كردستان"
      // (a body's full name wins over reading its words as complements: "الأمين العام لمجلس
      // التعاون لدول الخليج العربية")
      const named = opts.gazetteer?.match(words, j);
      if (named && named.end > j + 1 && (named.kind === "org" || (named.kind === "place" && comps === 0))) {
        // "وزيرة الداخلية الإيطالية": a body's name with a nationality in it says whose official
        // this is (not the base's country of a name many countries use: مجلس النواب)
        const own = named.kind === "org" && country === undefined ? this.nationalityWithin(j, named.end) : undefined;
        if (own) { country = own; ownCountry = !linked; }
        j = named.end;
        comps++;
        governs = false;
        continue;
      }
      // "شيخ قبيلة أولاد سليمان": a tribe's noun takes the tribe's name along (two words after a word of descent)
      if (hasForm(x, L.tribeHeads) && words[j + 1]?.token.kind === "word") {
        j += L.tribeNameOpeners.has(words[j + 1].norm) && words[j + 2]?.token.kind === "word" ? 3 : 2;
        comps++;
        governs = false;
        continue;
      }
      // "ولاية بافاريا": a region word takes its name along, known place or not
      if (hasForm(x, L.regionHeads) && words[j + 1]?.token.kind === "word" && !opts.gazetteer?.match(words, j + 1)) {
        j += 2;
        comps++;
        governs = false;
        continue;
      }
      // "قائد العملية الأوروبية «إيريني»": a short name in quotes after a definite complement
      // (or after an indefinite one it is in construct with: 'قائد عملية "إيريني" البحرية')
      if (comps > 0 && isQuote(x) && (definite(words[j - 1]) || governs)) {
        const close = this.closingQuote(j);
        if (close > 0 && close - j <= 4 && !hasForm(words[j + 1], L.stop)) {
          j = close + 1;
          comps++;
          governs = false;
          continue;
        }
      }
      // "نائبة الأمين العام لحلف شمال الأطلسي (الناتو) X": a body's short name in brackets, when a
      // name follows it
      // (or its post after it: "… للطفولة (اليونيسف) في ليبيا السيد X")
      // (or a short label of a few tokens: "لجنة إعداد القوانين الانتخابية (6+6) X")
      const labelEnd = comps > 0 ? this.pastLabel(j) : j;
      if (labelEnd > j && (this.nameAt(labelEnd) || (hasForm(words[labelEnd], L.links) && !!this.countryAt(labelEnd + 1)))) {
        j = labelEnd;
        continue;
      }
      // "وزير المؤسسات و«صنع في إيطاليا» X": a ministry's second domain, a phrase in quotes joined by
      // و, when its holder's name follows it
      if (comps > 0 && x.norm === "و" && isQuote(words[j + 1])) {
        const close = this.closingQuote(j + 1);
        if (close > 0 && close - j <= 7 && this.nameAt(close + 1)) {
          j = close + 1;
          comps++;
          governs = false;
          continue;
        }
      }
      // "وزير الداخلية بحكومة «الوحدة الوطنية» الليبية": a body named in quotes, behind ب or ل
      if (comps > 0 && /^[بل]/.test(x.norm) && !x.conj && x.forms.length > 1 && isQuote(words[j + 1])) {
        const close = this.closingQuote(j + 1);
        if (close > 0) {
          j = close + 1;
          comps++;
          governs = false;
          continue;
        }
      }
      // "أعيان وحكماء قبائل …": notables of several kinds named together are one party
      if (comps === 0 && x.conj === "و" && L.notables.has(head) && L.notables.has(x.forms[1] ?? "")) {
        j++;
        continue;
      }
      // "مدير عام المركز"، "مديرة عامة الشركة": a general director, still governing what he directs
      // (not a year: "الرئيس عام 2011")
      if (governs && comps === 0 && !x.conj && (x.norm === "عام" || x.norm === "عامه") && words[j + 1]?.token.kind === "word") {
        j++;
        continue;
      }
      // "رئيس وفد مجلس النواب": the head of a body's delegation (only an indefinite head governs it)
      if (governs && comps === 0 && !x.conj && L.governedComplements.has(x.norm)) {
        j++;
        comps++;
        continue;
      }
      // "الرئيس والحكومة المصرية": a complement joined by و right after a bare head is another party;
      // "بمكتب سموه": a place the title's holder is at, not part of the title
      const joined = x.conj === "و" && !L.complements.has(x.norm);
      const atPlace = /^ب[^ا]/.test(x.norm) && !x.conj && x.forms.length > 1 && !L.complements.has(x.norm) && !definite(x);
      if (hasForm(x, L.complements) && !(joined && comps === 0 && kind === "one") && !atPlace) {
        if (x.conj === "و" && kind === "dual") parts.push(j);
        governs = x.token.prefix === "";
        j++;
        comps++;
        continue;
      }
      // "عمدة مدينة باليرمو"، "عميد بلدية مدينة سبها": a city post's city, named as a city
      if (x.norm === "مدينه" && !x.conj && [head, words[j - 1].norm].some((h) => L.governors.has(stripArticleHead(h)) || L.cityPosts.has(stripArticleHead(h)) || h === "بلديه") &&
        opts.gazetteer?.match(words, j + 1)?.kind === "place") {
        j++;
        comps++;
        continue;
      }
      // a known organization inside a title: "رئيس المؤسسة الوطنية للنفط"
      const g = opts.gazetteer?.match(words, j);
      // (a governor's or mayor's place right after the head: "والي مدنين"، "محافظ طرابلس")
      // (not a palace or an office the holder is at: "استقبل الرئيس الوزير الإيطالي بقصر X")
      const atSite = !!g && g.kind === "place" && /^ب/.test(x.norm) && !x.conj && x.forms.length > 1 && (L.officePlaces.has(x.forms[1]) || L.facilities.has(x.forms[1]));
      // (nor a bare place after a definite head and its adjective: "أن يزور المفوض السامي طرابلس" —
      // a place in construct follows an indefinite head's body: "رئيس بلدية طرابلس"، "رئيس المجلس
      // المحلي تاورغاء")
      const object = !!g && g.kind === "place" && j === i + 2 && x.forms.length === 1 && !x.norm.startsWith("ال") && definite(words[i]) && definite(words[j - 1]);
      if (g && !atSite && !object && !this.placeAsGiven(g, j) && (g.kind === "org" || (g.kind === "place" && (comps > 0 || (j === i + 1 && L.governors.has(stripArticleHead(head))))))) {
        const own = g.kind === "org" && country === undefined ? this.nationalityWithin(j, g.end) : undefined;
        if (own) { country = own; ownCountry = !linked; }
        j = g.end;
        comps++;
        governs = false;
        continue;
      }
      // (إلى names an envoy's post — "المبعوث الأممي إلى ليبيا" — but a minister's destination:
      // "زيارة وزير الخارجية الفرنسي إلى إيران")
      // (an envoy's post may follow a deputy's head: "ونائبه المبعوث الرئاسي الخاص إلى الشرق الأوسط")
      const postHead = L.envoyPosts.has(stripArticleHead(head)) ? head : words.slice(i + 1, j).map((y) => stripArticleHead(y.conj ? y.forms[1] ?? y.norm : y.norm)).find((h) => L.envoyPosts.has(h)) ?? head;
      const toward = x.norm === "الي" && !L.envoyPosts.has(stripArticleHead(postHead));
      // ("المستشارة الخاصة للأمين العام بشأن ليبيا X": the country of an envoy's brief, when the
      // name follows it — "تحدث الوزير بشأن ليبيا" is no title)
      if (x.norm === "بشان" && j + 1 < n) {
        const c = this.countryAt(j + 1);
        // (or behind a comma: "المستشارة الخاصة للأمين العام بشأن ليبيا، X")
        if (c && (this.nameAt(c.end) || (isPunct(words[c.end], "،,") && this.nameAt(c.end + 1)))) {
          linked = true;
          governs = false;
          j = c.end;
          continue;
        }
      }
      // "المفوض الأوروبي لسياسة الجوار والتوسع X"، "… المكلف بسياسة الجوار X": the office's remit
      // behind ل or ب, in the title only when a name follows it
      if (comps > 0) {
        const remit = this.remitEnd(j);
        if (remit > 0 && this.nameAt(this.pastLabel(remit))) {
          j = remit;
          comps++;
          governs = false;
          continue;
        }
      }
      // "رئيس الاتحاد العام لغرف التجارة والصناعة والزراعة": after a body's noun, the bodies it
      // federates behind ل, with their fields, name or no name after them
      if (comps > 0 && !x.conj && L.bodyPlurals.has(x.forms[1] ?? "") && this.afterBodyNoun(j)) {
        const fields = this.remitEnd(j);
        if (fields > 0) {
          j = fields;
          if (j < n && !words[j].conj && this.ordinaryNisba(j)) j++; // "… والزراعة الليبية"
          comps++;
          governs = false;
          continue;
        }
      }
      // "مدير المعهد المركزي للترميم": a body's name goes on with its field, a definite noun behind
      // ل, after the body's noun and an adjective or two (a purpose after a title is indefinite:
      // "لبحث سبل التعاون")
      if (comps > 0 && !x.conj && x.norm.startsWith("لل") && x.forms.length > 1 && this.afterBodyNoun(j) && !this.countryAt(j) && !opts.gazetteer?.match(words, j)) {
        j++;
        comps++;
        governs = false;
        continue;
      }
      if (hasForm(x, L.links) && !toward && j + 1 < n && !hasForm(words[j + 1], L.officePlaces) && (hasForm(words[j + 1], L.complements) || this.countryAt(j + 1) || this.linkedPlace(postHead, j + 1))) {
        linked = true;
        governs = false;
        j++;
        continue;
      }
      // "نائب القائد العام", "مستشار رئيس الوزراء": a deputy-like head governs another title
      // ("النائب الأول لرئيس مجلس النواب": after an ordinal, the governed title takes ل)
      // (وزير opens with و of its own: "نائب وزير الخارجية" is no "نائب و + زير")
      // ("القائمة بأعمال رئيس البعثة": one acting for another office governs it past بأعمال)
      const acting = L.actingHeads.has(stripArticleHead(head)) && comps === 1 && hasForm(words[j - 1], L.actingFor);
      // "المكلف بتسيير أعمال وزارة الخارجية": the business he is charged with running governs the body
      if (comps > 0 && !x.conj && L.actingFor.has(x.norm) && /^ب?تسيير$/.test(words[j - 1].norm)) {
        j++;
        comps++;
        governs = true;
        continue;
      }
      // ("القائم بأعمال رئيسها": acting for the head of the body just named, his office with its pronoun)
      if (acting && !x.conj && this.headWithPronoun(x.token.text)) {
        j++;
        comps++;
        continue;
      }
      // "ونائبه الممثل الخاص للرئيس …": his deputy, with the deputy's own post named after it — a
      // second post, which goes on as such a post does (its ل-complement: "للرئيس الروسي …")
      const written = words[i].token.text.replace(/^و/, "");
      if (comps === 0 && j === i + 1 && !x.conj && definite(x) && hasForm(x, L.heads) && L.deputyHeads.has(stripArticleHead(formIn(x, L.heads) ?? "")) &&
        this.headWithPronoun(written) && L.deputyHeads.has(normalize(written).replace(/(ها|ه)$/, ""))) {
        splits.push(j);
        j++;
        comps++;
        continue;
      }
      // (so does the deputy of a compound title's second post: "الممثلة العليا … ونائبة رئيس المفوضية")
      const partDeputy = splits.length > 0 && splits[splits.length - 1] === j - 1 && L.deputyHeads.has(stripArticleHead(formIn(words[j - 1], L.heads) ?? ""));
      // (or, past its one qualifier, with ل: "نائب وزير الخارجية الروسي والمبعوث الخاص للرئيس …")
      const lastSplit = splits[splits.length - 1];
      const partEnvoy = splits.length > 0 && j - lastSplit === 2 && /^ل/.test(x.norm) && x.forms.length > 1 && L.deputyHeads.has(stripArticleHead(formIn(words[lastSplit], L.heads) ?? ""));
      // (and a deputy head the title has taken in governs the next one: "القائم بأعمال مساعد وزير
      // الخارجية"، "نائب مساعد وزير الدفاع")
      // (or the office of the head after it: "مدير مكتب رئيس الوزراء"، "رئيس ديوان رئيس الجمهورية")
      const chained = comps > 0 && !words[j - 1].conj && (L.deputyHeads.has(stripArticleHead(formIn(words[j - 1], L.heads) ?? "")) ||
        (comps === 1 && j === i + 2 && !definite(words[j - 1]) && hasForm(words[j - 1], L.officePlaces)));
      // ("المستشار الدبلوماسي لدولة رئيس الوزراء": a style behind ل, then the office it styles)
      if (comps === 1 && !x.conj && /^ل/.test(x.norm) && x.forms.length > 1 && L.officeStyles.has(x.forms[1]) && j + 1 < n && !words[j + 1].conj && hasForm(words[j + 1], L.heads)) {
        j += 2;
        comps++;
        governs = !definite(words[j - 1]);
        continue;
      }
      if ((L.deputyHeads.has(stripArticleHead(head)) || acting || partDeputy || partEnvoy || chained) && hasForm(x, L.heads) && (!x.conj || L.heads.has(x.norm)) && (comps === 0 || acting || partDeputy || partEnvoy || chained || (comps === 1 && /^ل/.test(x.norm) && x.forms.length > 1))) {
        j++;
        comps++;
        continue;
      }
      // "المتحدث باسم الرئيس التركي X"، "الناطقة باسم المبعوث الأممي X": the office a spokesman
      // speaks for is in his title, and so is a person he speaks for when a second name follows
      // ("المتحدث باسم حفتر أحمد المسماري"): the name after it is the spokesman's
      if (comps > 0 && !x.conj && L.spokesmanHeads.has(stripArticleHead(head)) && L.onBehalf.has(words[j - 1].norm)) {
        // (unless the name after that office is the base's, the principal himself: "المتحدث باسم
        // الرئيس التركي رجب طيب أردوغان" is the spokesman unnamed beside Erdoğan)
        const office = hasForm(x, L.heads) ? this.titleAt(j) : null;
        if (office && this.nameAt(office.end)?.source !== "kb") {
          governs = !definite(x);
          j++;
          comps++;
          continue;
        }
        const principal = this.nameAt(j);
        if (principal && principal.end < n && !words[principal.end].conj && this.nameAt(principal.end)) {
          j = principal.end;
          comps++;
          governs = false;
          continue;
        }
      }
      // "كبير مستشاري الرئيس": the senior one of a plural office, which he holds
      if (L.seniorHeads.has(stripArticleHead(head)) && comps === 0 && !x.conj && hasForm(x, L.pluralHeads)) {
        j++;
        comps++;
        // (and, like an adviser's, the office he advises: "كبير مستشاري الرئيس الأمريكي")
        if (j < n && !words[j].conj && hasForm(words[j], L.heads)) j++;
        continue;
      }
      // compound title of one person: "مدير ... وسفير ألمانيا السابق"; "نائب رئيسة الوزراء وزير
      // الخارجية" (a head opening with a و of its own, وزير، وكيل, reads the same without the و)
      if (x.conj === "و" && kind === "one" && hasForm(x, L.heads) && comps > 0) {
        splits.push(j);
        // (the next post's head governs its own construct: "… في بنغازي ورئيس غرفة التجارة")
        governs = !/^ال/.test(x.forms[1] ?? x.norm);
        j++;
        continue;
      }
      // "مدير إدارة الشرق الأوسط وآسيا الوسطى بصندوق النقد الدولي X"، "… لمنطقة المغرب العربي ومالطا
      // X": a second region joined by و, with its adjective, goes on with the title when the body (behind
      // ب) or the holder's name follows — a known place, or an unknown one with its adjective before the body
      if (comps > 0 && kind === "one") {
        let k = j;
        if (!x.conj && definite(x) && words[j + 1]?.conj === "و" && !hasForm(x, L.heads)) k++;
        const y = words[k];
        if (y && y.conj === "و" && y.token.kind === "word" && !hasForm(y, L.heads) && !knownGiven(y.forms[1] ?? "")) {
          const place = opts.gazetteer?.match(words, k);
          let e = k + 1;
          const adjective = e < n && !words[e].conj && definite(words[e]) && !hasForm(words[e], L.heads) && !this.countryAt(e);
          if (adjective) e++;
          const body = opts.gazetteer?.match(words, e);
          const behindBa = !!body && body.kind === "org" && /^ب/.test(words[e].norm);
          if ((place?.kind === "place" && place.end === k + 1 && (behindBa || !!this.nameAt(e))) || (adjective && behindBa)) {
            j = e;
            comps++;
            governs = false;
            continue;
          }
          // ("… لشؤون الشرق الأوسط ودول أفريقيا X": the countries of a region, before the name)
          // (a known place, or a region the titles know: "أفريقيا")
          const group = L.regionGroups.has(y.forms[1] ?? "") && k + 1 < n && !words[k + 1].conj;
          const known = group ? opts.gazetteer?.match(words, k + 1) : null;
          const regionEnd = known?.kind === "place" ? known.end : group && hasForm(words[k + 1], L.complements) ? k + 2 : -1;
          if (regionEnd > 0 && this.nameAt(regionEnd)) {
            j = regionEnd;
            comps++;
            governs = false;
            continue;
          }
        }
      }
      // a ministry of several domains: "وزير الإسكان والمرافق والمجتمعات العمرانية المصري X" — its
      // و-joined definite nouns run on when a nationality or a name follows them
      if (x.conj === "و" && kind === "one" && comps > 0 && !hasForm(x, L.heads) && /^ال/.test(x.forms[1] ?? "")) {
        let k = j + 1;
        while (k < n && k - j < 4 && words[k].token.kind === "word" && /^(و?)ال/.test(words[k].norm) && !this.countryAt(k) && !hasForm(words[k], L.heads)) k++;
        // (or the body it belongs to: "وزير الإسكان والتعمير في الحكومة الليبية")
        const body = k + 1 < n && hasForm(words[k], L.links) && (hasForm(words[k + 1], L.complements) || opts.gazetteer?.match(words, k + 1)?.kind === "org");
        // (or, behind a comma, the style and name of its holder: "… للشؤون السياسية والسلم والأمن، السيد X")
        const styled = isPunct(words[k], "،,") && L.mister.has(words[k + 1]?.norm ?? "") && !!this.nameAt(k + 2);
        if (k < n && (this.countryAt(k) || body || styled || (this.nameAt(k) && !this.countryAt(j)))) {
          j = k;
          comps++;
          continue;
        }
      }
      // "، التابعة للقيادة العامة": a comma inside a long title
      if (isPunct(x, "،,") && j + 1 < n && hasForm(words[j + 1], L.links) && hasForm(words[j + 2], L.complements)) {
        j += 2;
        continue;
      }
      // the noun an indefinite title word governs, with the nouns of its chain up to the first
      // definite one and that one's adjectives: "رئيس فرع الإفتاء"، "رئيس قسم رعاية العمال"،
      // "رئيس جهاز الشرطة الخليجية" — the person's name comes after, never inside the chain
      // a nisba adjective after a definite title word: "جهاز الشرطة الخليجية"، "القوات البحرية"
      // (and after a definite head: "المستشار الدبلوماسي لرئيس الوزراء"، "المتحدث الرسمي")
      // (an ordinary adjective, or one a name follows — "البرلمان العربي أحمد ..."; else a nisba
      // surname: "الوزير القصبي")
      if (definite(words[j - 1]) && (this.ordinaryNisba(j) || (this.constructNoun(j) && NISBA.test(x.norm) && this.nameStartsAt(j + 1)))) {
        j++;
        comps++;
        continue;
      }
      const end = governs ? this.constructEnd(j) : j;
      if (end > j) {
        j = end;
        comps++;
        governs = false;
        continue;
      }
      break;
    }
    // "ونائبه موسى الكوني": a deputy's head with the pronoun ه (not ة: نائبة is a woman deputy,
    // who needs her complement) is "his deputy", complete as it stands
    // ("ونائبتها": her deputy, the ta of نائبة before the pronoun)
    const standalone = L.standalone.has(head) || (L.deputyHeads.has(head) && head.endsWith("ه") && /ه[\u064B-\u0652]*$/.test(w.token.text)) ||
      (/ت(ها|ه)$/.test(head) && L.deputyHeads.has(head.replace(/ت(ها|ه)$/, "ه"))) ||
      // ("لدى استقباله الوزيرين A وB": a definite dual head, the two named right after it)
      (kind === "dual" && head.startsWith("ال") && j === i + 1 && words[this.nameAt(j)?.end ?? n]?.conj === "و");
    if (comps === 0 && !standalone) return null;
    return { end: j, head, kind, country, ownCountry, parts, splits };
  }

  /**
   * A body the title did not know, governed with ل ("للائتلاف الوطني السوري المعارض": its definite
   * words, at most five; "لحركة حماس": a known name), and right after it a person's name: known,
   * tagged, or of two words and more.
   */
  nameAfterBody(k: number): { bodyEnd: number; start: number; end: number; rank?: string; ids?: string[]; source: string } | null {
    const { words, n, L, opts } = this;
    let e = k + 1;
    // "لحركة حماس": a body without the article is named by the known body or place after it
    if (!definite(words[k])) {
      const g = opts.gazetteer?.match(words, e);
      if (!g || g.kind === "person") return null;
      e = g.end;
    }
    while (e < n && e - k < 5 && words[e].token.kind === "word" && !words[e].conj && words[e].norm.startsWith("ال") &&
      !hasForm(words[e], L.heads) && !hasForm(words[e], L.stop) && !L.rankFirst.has(words[e].norm) && !opts.isVerb?.(words[e])) e++;
    // (a rank may stand before the name: "رئيس اللجنة المنظمة للمهرجان الدكتور …")
    // (or a comma, before a name of two words: "… لمجموعة توتال إنرجيز الفرنسية، باتريك بويانيه")
    const comma = isPunct(words[e], "،,") ? 1 : 0;
    const rank = L.ranks.longest(e + comma, n, this.rankFormsOf);
    const start = rank ? this.afterRank(rank) : e + comma;
    const name = this.nameAt(start);
    if (!name || ((comma || name.source === "name-after-title") && name.end - start < 2)) return null;
    return { bodyEnd: e, start, rank: rank?.values[0], ...name };
  }

  /** the country of the last nationality adjective among words [a, b) ("الليبي"، "التونسية") */
  nationalityWithin(a: number, b: number): string | undefined {
    const { words, C } = this;
    let code: string | undefined;
    for (let k = a; k < b; k++) {
      const c = this.countryAt(k);
      if (c && c.end === k + 1 && hasForm(words[k], C.adjectiveSet)) code = c.code;
    }
    return code;
  }

  /** an org after a link word belongs to the title; a city only for posts tied to a city (القنصل العام في بنغازي) */
  linkedPlace(head: string, k: number): boolean {
    const { words, L, opts, nerStart } = this;
    const g = opts.gazetteer?.match(words, k);
    if (!g) return false;
    // (not after the body said as the one the article means: "استقبل X عميد البلدية في بنغازي" —
    // the mayor of the town the story is about, received in Benghazi)
    const before = words[k - 2];
    const theBody = !!before && !before.conj && before.norm.startsWith("ال") && L.namedBodies.has(before.norm.slice(2));
    // (nor when the post has its town already: "عميد بلدية بنغازي في ميلانو" is in Milan, not its mayor)
    // (a town, not the country the post serves: "قنصل إيطاليا في بنغازي" is the consul there)
    const ownTown = g.kind === "place" && [k - 2, k - 3].some((x) => x >= 0 && opts.gazetteer?.match(words, x)?.kind === "place" && opts.gazetteer.match(words, x)!.end === k - 1 && !this.countryAt(x));
    if (g.kind === "org" || (g.kind === "place" && L.cityPosts.has(stripArticleHead(head)) && !theBody && !ownTown)) return true;
    // an envoy's post city when the envoy's name follows it ("سفير ليبيا في روما محمد فرحات");
    // otherwise the city is where something happened ("التقى السفير في طرابلس وزير الداخلية")
    if (g.kind !== "place" || !L.envoyPosts.has(stripArticleHead(head))) return false;
    // (a second region may be joined to the post: "إلى الشرق الأوسط وأفريقيا X")
    let end = g.end;
    const more = words[end]?.conj === "و" ? opts.gazetteer?.match(words, end) : null;
    if (more && more.kind === "place") end = more.end;
    const next = words[end];
    if (!next || hasForm(next, L.heads) || hasForm(next, L.dualHeads) || hasForm(next, L.pluralHeads)) return false;
    const person = opts.gazetteer?.match(words, end);
    return person ? person.kind === "person" : !!nerStart.get(end) || (this.isNameWord(next) && this.isNameWord(words[end + 1]));
  }

  sliceText(a: number, b: number) {
    const { words, text } = this;
    return text.slice(words[a].token.start, words[b - 1].token.end);
  }

  /** a name as written, without a preposition glued to a known given name ("لتوماس فريدمان") */
  nameText(a: number, b: number): string {
    const t = this.sliceText(a, b);
    const w = this.words[a];
    if (!w.conj && w.forms.length > 1 && /^[بلك]/.test(w.norm) && !knownGiven(w.norm) && knownGiven(w.forms[1])) return t.slice(1);
    // ("وعمر بوليفة": the conjunction is not the name's)
    if (w.conj === "و" && !knownGiven(w.norm) && knownGiven(w.forms[1] ?? "")) return t.slice(1);
    // ("بكوبلر": a surname the base knows behind a preposition, the name alone)
    const gz = this.opts.gazetteer;
    if (b === a + 1 && !w.conj && w.forms.length > 1 && /^[بلك]/.test(w.norm) && gz?.isWholeName && !gz.isWholeName(w.norm) && gz.isWholeName(w.forms[1])) return t.slice(1);
    return t;
  }

  titleText(a: number, b: number) {
    const { words, L } = this;
    // drop a leading conjunction/preposition glued to the head: "ووزير" → "وزير"
    const t = this.sliceText(a, b);
    const w = words[a];
    // ("للرئيس" is ل + الرئيس: its forms hold "الرئيس" and, last, the reading ل + لرئيس)
    if (w.forms.length > 1 && /^و?لل/.test(w.norm) && w.forms.some((f) => f.startsWith("ال")) && !L.heads.has(w.norm)) return "ال" + t.slice(w.norm.indexOf("لل") + 2);
    const strip = w.norm.length - w.forms[w.forms.length - 1].length;
    return strip > 0 && !L.heads.has(w.norm) && !L.dualHeads.has(w.norm) && !L.pluralHeads.has(w.norm) ? t.slice(strip) : t;
  }

  emit(m: Omit<PersonMention, "start" | "end" | "text" | "source"> & { source: string }) {
    const { words, out, covered, text } = this;
    const start = words[m.w0].token.start;
    const end = words[m.w1 - 1].token.end;
    for (let k = m.w0; k < m.w1; k++) covered[k] = 1;
    // (each caller hands a fresh literal: completing it is cheaper than copying it with a spread)
    const mention = m as PersonMention;
    mention.start = start;
    mention.end = end;
    mention.text = text.slice(start, end);
    out.push(mention);
  }

  /** a common noun with a possessive pronoun or the accusative alef (فريقه، وفدا), no proclitic */
  nounObject(w: Word | undefined): boolean {
    const { L, opts } = this;
    if (!w || w.token.kind !== "word" || w.token.prefix !== "" || hasForm(w, L.stop) || opts.isVerb?.(w)) return false;
    const m = /^(.{2,}?)(هما|هم|ها|ه|ا)$/.exec(w.norm);
    return !!m && (L.common.has(m[1]) || L.common.has("ال" + m[1])) && !knownGiven(w.norm);
  }

  /**
   * "استقبل الرئيس، أمس، هيلج لوند الرئيس التنفيذي للمجموعة": two or three name-like words nobody
   * knows, after a comma or a verb and right before a full title that describes them, are a name.
   * Returns the end of the name, or i.
   */
  unknownNameBeforeTitle(i: number): number {
    const { words, n, opts } = this;
    const before = words[i - 1];
    if (!before || !(isPunct(before, "،,") || opts.isVerb?.(before))) return i;
    // (a preposition as written — "والتقى على هامشه رئيس …": على with ى is no علي)
    if (PARTICLES_AS_WRITTEN.has(words[i].token.text)) return i;
    let k = i;
    while (k < n && k - i < 3 && this.isNameWord(words[k]) && !definite(words[k]) && !(k > i && words[k].conj)) k++;
    if (k - i < 2 || words[k]?.conj) return i;
    const title = this.titleAt(k);
    return title && title.end > k + 1 && title.kind === "one" ? k : i;
  }

  /**
   * "الفريق أول فلان، رئيس الأركان العامة": a title right after a named person (a comma
   * between at most) describes that person. Not when it opens with و: that is a new person.
   */
  attachAppositions(list: PersonMention[]): PersonMention[] {
    const { words, opts, text } = this;
    list.sort((a, b) => a.w0 - b.w0);
    const keep: PersonMention[] = [];
    for (const m of list) {
      const prev = keep[keep.length - 1];
      // a title carrying ل/ب ("لمدير", "للقائد") is someone else: the object of a preposition
      const opener = words[m.w0];
      // (a conjunction really stripped: the title's own first word is not the token — "وزير" opens with و, "ووزير" with و + وزير)
      const conjOpened = !!opener.conj && (m.title ?? "").split(/\s+/)[0] !== opener.token.text;
      const prepositional = opener.forms.length > 1 && /^[لبك]/.test(opener.forms[conjOpened ? 1 : 0]);
      if (prev && prev.type === "person" && m.type === "title" && !m.group && m.head !== "نظير" && !conjOpened && !prepositional) {
        const gap = m.w0 - prev.w1;
        // "استقبل حفتر وزير الدفاع": right after a verb, an unpunctuated title is the object
        const afterVerb = prev.w0 > 0 && !!opts.isVerb?.(words[prev.w0 - 1]);
        // (someone named later; a place is not a verb's object here)
        // (nor a body where they met: "في قصر كيجي"، "بمقر الوزارة")
        // (or whose seat it was, or of which something is: "في مقر القيادة العامة"، "بيان للقيادة العامة")
        const where = (x: PersonMention) => x.type === "org" && (words[x.w0 - 1]?.norm === "في" || /^و?[بل]/.test(words[x.w0].norm) && words[x.w0].forms.length > 1 ||
          hasForm(words[x.w0 - 1], this.L.officePlaces) || hasForm(words[x.w0 - 1], this.L.facilities));
        // (nor one past a comma and a verb: "كما التقى X وزير الداخلية، وتناول معه … ودعم الإدارة العامة")
        const ownClause = (x: PersonMention) => { for (let k = m.w1; k < x.w0; k++) if (isPunct(words[k], "،,") && opts.isVerb?.(words[k + 1])) return false; return true; };
        // (not the same man named again: "استقبل حفتر المبعوث الأممي …، وشدد حفتر خلال اللقاء")
        const same = (x: PersonMention) => (!!x.kbIds?.length && x.kbIds[0] === prev.kbIds?.[0]) || (!!x.name && !!prev.name && normalize(prev.name).split(/\s+/).includes(normalize(x.name)));
        const laterMention = list.some((x) => x.w0 > m.w1 && x.type !== "place" && !where(x) && !presentOnly(words, x.w0) && ownClause(x) && !same(x));
        // "استقبل الأمير X رئيس النادي فريقه / وفدا": a noun the verb can take right after the title
        // (a possessed or indefinite accusative common noun) is the object; the title is X's
        const objectNext = this.nounObject(words[m.w1]);
        // "الملك X رئيسة ليتوانيا": a title of the other gender is someone else (an object)
        const genderClash = feminine(prev.head) !== undefined && feminine(m.head) !== undefined && feminine(prev.head) !== feminine(m.head);
        // "استقبل الرئيس التشادي X الوزير الليبي": a nationality not the known person's is someone else
        const countryClash = !!m.country && !this.C.supranational.has(m.country) && this.ofAnotherCountry(prev.kbIds, m.country);
        // "استقبل عمدة باليرمو، X، عميد بلدية مصراتة": a post of another town is someone else's
        const mine = this.townsOf(prev.w0, prev.w1), theirs = this.townsOf(m.w0, m.w1);
        const townClash = mine.length > 0 && theirs.length > 0 && !theirs.some((t) => mine.includes(t));
        if (genderClash || countryClash || townClash) { keep.push(m); continue; }
        // ("استقبل X قائد العملية … في المتوسط «صوفيا»، الأدميرال Y": the title is Y's, named after its remit)
        if (this.remitHolderAfter(m, list)) { keep.push(m); continue; }
        if ((gap === 0 && (!afterVerb || laterMention || objectNext)) || (gap === 1 && isPunct(words[prev.w1], "،,"))) {
          this.takeTitle(prev, m);
          continue;
        }
      }
      // "بمشاركة X المبعوث الخاص للأمين العام ورئيس بعثة الدعم في ليبيا، لبحث …": a second post
      // joined by و right after the one in apposition to the name, with no name of its own, is his
      // too (right after a verb, only when someone named further on is the verb's object: "التقى
      // X، رئيس الأركان ورئيس اللجنة المصرية، أمس، كلا من A وB")
      if (prev && prev.type === "person" && prev.source.endsWith("apposition") && m.type === "title" && !m.group && m.head !== "نظير" && conjOpened && !prepositional &&
        m.w0 === prev.w1 && (!(prev.w0 > 0 && opts.isVerb?.(words[prev.w0 - 1])) || list.some((x) => x.w0 >= m.w1 && (x.type === "person" || x.type === "title") && !presentOnly(words, x.w0)))) {
        this.takeTitle(prev, m);
        continue;
      }
      // "استقبل وزير العدل رئيس المجلس الأعلى للقضاء الشيخ X بمكتبه أمس وزير الإسكان Y": after
      // a verb, a bare title right before a titled name is that person's other post when someone
      // else is named further on, the verb's object (one nationality for both posts)
      // (a style of address may stand between: "استقبل معالي وزير العدل …")
      const verbAt = prev ? (this.L.honorifics.has(words[prev.w0 - 1]?.norm ?? "") ? prev.w0 - 2 : prev.w0 - 1) : -1;
      // ("… نائب وزير الخارجية، المبعوث الخاص للرئيس الروسي …، X": titles stacked with a comma,
      // no و between them, are one person's too, wherever they stand)
      // (a style of address may stand after the comma: "وزيرة الخارجية، معالي السيدة X")
      let styled = prev ? prev.w1 + 1 : 0;
      while (prev && styled < m.w0 && this.L.honorifics.has(words[styled].norm)) styled++;
      const commaStacked = !!prev && m.w0 === styled && isPunct(words[prev.w1], "،,") && !prev.source.startsWith("dual-title") && !m.source.startsWith("dual-title");
      // ("منسق البعثة القائم بأعمال رئيسها X": a second post whose head carries the pronoun of the
      // first one's body is the same man's, wherever the titles stand)
      const ownBody = !!prev && m.w0 === prev.w1 && this.headWithPronoun(m.title?.trim().split(/\s+/).pop() ?? "") && !m.source.startsWith("dual-title");
      if (prev && prev.type === "title" && !prev.group && prev.head !== "نظير" && m.type === "person" && m.title && m.name && (m.w0 === prev.w1 || commaStacked) && !conjOpened && (!prepositional || ownBody) &&
        // (an international official's first post names no country of his second: "الممثلة الخاصة للأمين العام للأمم المتحدة رئيسة بعثة الدعم في ليبيا X")
        (commaStacked || ownBody || (verbAt >= 0 && !!opts.isVerb?.(words[verbAt]))) && (!prev.country || !m.country || prev.country === m.country || this.C.supranational.has(prev.country)) &&
        !(feminine(prev.head) !== undefined && feminine(m.head) !== undefined && feminine(prev.head) !== feminine(m.head)) &&
        (commaStacked || ownBody || list.some((x) => x.w0 > m.w1 && x.type !== "place" && !presentOnly(words, x.w0)))) {
        keep.pop();
        // ("السيدة" is only how she is addressed: the office is the title)
        m.title = m.title.split(/\s+/).every((w) => this.L.mister.has(normalize(w))) ? prev.title : `${prev.title}، ${m.title}`;
        m.country ??= prev.country;
        m.w0 = prev.w0;
        m.start = prev.start;
        m.text = text.slice(m.start, m.end);
        m.source += "+apposition";
      }
      // "المبعوث الخاص للمفوضية …، فانسان X، في مقر …": a bare title, a comma, and a name with no
      // title of its own set off by commas (or ending the sentence) is that title's holder
      if (prev && prev.type === "title" && !prev.group && prev.head !== "نظير" && keep[keep.length - 1] === prev && m.type === "person" && !m.title && m.name &&
        m.w0 === prev.w1 + 1 && isPunct(words[prev.w1], "،,") && (m.w1 >= words.length || isPunct(words[m.w1])) && m.name.split(/\s+/)[0] === opener.token.text &&
        (!prev.country || !m.country || prev.country === m.country)) {
        keep.pop();
        m.title = prev.title;
        m.head ??= prev.head;
        m.country ??= prev.country;
        m.w0 = prev.w0;
        m.start = prev.start;
        m.text = text.slice(m.start, m.end);
        m.source += "+apposition";
      }
      // "قائد العملية العسكرية الأوروبية في البحر المتوسط «إيريني»، الأدميرال X": a bare title
      // whose remit goes on with a place and a quoted name, then a comma and a ranked name
      // (the rank and its nationality may stand between the comma and the name: "، الأدميرال الإيطالي X")
      let comma = m.w0 - 1;
      if (m.type === "person" && m.name) while (comma > 0 && comma >= m.w0 - 3 && !isPunct(words[comma]) && this.rankOrNationality(words[comma])) comma--;
      if (m.type === "person" && m.name && isPunct(words[comma], "،,") && (!m.title || comma < m.w0 - 1 || this.L.ranks.longest(m.w0, words.length, this.rankFormsOf))) {
        const t = this.remitTitleBefore(keep, comma);
        if (t) {
          keep.splice(keep.indexOf(t), 1);
          const remit = this.text.slice(t.start, words[comma - 1].token.end).trim();
          m.title = m.title ? `${remit}، ${m.title}` : remit;
          m.head ??= t.head;
          m.country ??= t.country;
          m.source += "+apposition";
        }
      }
      // "رئيس مجلس الوزراء وزير الخارجية يجتمع مع …": two bare titles back to back, opening the
      // sentence (no verb whose object the second could be) and followed by a verb of the
      // sentence, are one official's two posts
      if (prev && prev.type === "title" && m.type === "title" && !prev.group && !m.group && m.w0 === prev.w1 && prev.w0 === 0 && !conjOpened && !prepositional &&
        prev.head !== "نظير" && m.head !== "نظير" && (!prev.country || !m.country || prev.country === m.country) && m.w1 < words.length && !!opts.isVerb?.(words[m.w1])) {
        this.takeTitle(prev, m);
        continue;
      }
      keep.push(m);
    }
    return keep;
  }

  /** A ranked or bare name comes after the title `t`, past only في, a place, a quoted name and a comma. */
  private remitHolderAfter(t: PersonMention, list: PersonMention[]): boolean {
    const { words } = this;
    const j = this.remitRunEnd(t.w1, words.length, list.filter((y) => y.w0 >= t.w1));
    if (j === t.w1 || !isPunct(words[j], "،,")) return false;
    let k = j + 1;
    while (k < words.length && k <= j + 3 && this.rankOrNationality(words[k])) k++;
    return k > j + 1 && list.some((y) => y.type === "person" && y.w0 <= k && y.w1 > k);
  }

  /**
   * Where a title's remit stops, walking from `from` (before `to`) over "في"، a definite word right
   * after it, quote marks, and the places and bodies among `spans`.
   */
  private remitRunEnd(from: number, to: number, spans: PersonMention[]): number {
    const { words } = this;
    const places = spans.filter((y) => y.type === "place" || y.type === "org");
    let j = from;
    while (j < to && (words[j].norm === "في" || isQuote(words[j]) || places.some((y) => y.w0 <= j && j < y.w1) || (words[j - 1]?.norm === "في" && /^ال/.test(words[j].norm)))) j++;
    return j;
  }

  /** A word of a rank or a nationality, as they stand between a comma and a name ("، الأدميرال الإيطالي X"). */
  private rankOrNationality(w: Word): boolean {
    return this.L.rankWords.has(w.norm) || this.C.adjectives.has(w.norm);
  }

  /**
   * The bare title kept last before `comma` whose words run to it over only "في" + a place and a
   * quoted name (the places and bodies of its remit), or null.
   */
  private remitTitleBefore(keep: PersonMention[], comma: number): PersonMention | null {
    for (let k = keep.length - 1; k >= 0; k--) {
      const x = keep[k];
      if (x.type === "place" || x.type === "org") continue;
      if (x.type !== "title" || x.group || x.head === "نظير") return null;
      // (each word between: في, a quote mark, or inside a place or body kept after the title)
      return this.remitRunEnd(x.w1, comma, keep.slice(k + 1)) === comma && comma > x.w1 + 1 ? x : null;
    }
    return null;
  }

  /** `prev` takes the title `m` right after it as one more of its own (an apposition), and its span. */
  private takeTitle(prev: PersonMention, m: PersonMention): void {
    if (!prev.title || prev.title === prev.rank || (prev.rank && prev.title.length <= prev.rank.length)) prev.title = m.title;
    else prev.title = `${prev.title}، ${m.title}`;
    prev.country ??= m.country;
    prev.head ??= m.head;
    prev.w1 = m.w1;
    prev.end = m.end;
    prev.text = this.text.slice(prev.start, prev.end);
    prev.source += "+apposition";
  }

  /** The second counterpart of a dual "نظيريه": the nationality behind و at `at`, titled "نظير" + it. */
  pushCounterpart(at: number, other: { code: string; end: number }, dual: Word): void {
    const { words, out } = this;
    out.push({ type: "title", w0: at, w1: other.end, start: words[at].token.start, end: words[other.end - 1].token.end, text: this.sliceText(at, other.end),
      title: `${stripArticleHead(dual.forms[dual.forms.length - 1]).replace(/(يه|يها|اه|اها)$/, "")} ${words[at].forms[1]}`, country: other.code, head: "نظير", source: "counterpart" });
  }

  /** "وزيري الدفاع والداخلية بالحكومة الفرنسية" / "وزيرا خارجية مصر X ومالطا Y": two titled people. */
  dualTitle(i: number, title: { end: number; head: string; kind: "one" | "dual" | "group"; country?: string; parts: number[] }): number | null {
    const { words, n, L, out } = this;
    const group = title.kind === "group";
    const head = group ? L.pluralSingular.get(stripArticleHead(title.head)) ?? title.head : DUAL_TO_SINGULAR(title.head);
    // coordinated complements: split at the و-complement
    if (title.parts.length) {
      const cut = title.parts[0];
      const first = words.slice(i + 1, cut).map((x) => x.token.text).join(" ");
      const secondWords = words.slice(cut, title.end);
      const second = [secondWords[0].token.text.slice(1), ...secondWords.slice(1).map((x) => x.token.text)].join(" ");
      // the tail after the second complement (nationality, institution) is shared by both; an
      // adjective before it is the second complement's own ("وزيري الدفاع والأمن العام التشاديين")
      let shared = cut + 1;
      while (shared < title.end && !this.countryAt(shared) && !SHARED_TAIL.test(words[shared].norm)) shared++;
      const tail = words.slice(shared, title.end).map((x) => x.token.text).join(" ");
      // (each one's title in the singular: "وزير الخارجية الإيطالي"، not "… الإيطاليين")
      const firstTitle = this.singularNisba(`${head} ${first}${tail ? " " + tail : ""}`);
      const secondTitle = this.singularNisba(`${head} ${second}`);
      // "وزيري الخارجية والدفاع الروسيين سيرغي لافروف وسيرغي شويغو": their names follow, in order
      // (after a comma too, each with his rank: "بوزيري الدفاع والداخلية، الجنرال A والجنرال B")
      const first0 = isPunct(words[title.end], "،,") ? title.end + 1 : title.end;
      const n1 = this.rankedNameAt(first0);
      const n2 = n1 && words[n1.end]?.conj === "و" ? this.rankedNameAt(n1.end) : null;
      // ("وزيرا الهجرة واللجوء A وحماية المواطن B": the first office has two words joined by و,
      // and the second office is named after the first name, with its own name after it)
      const second2 = n1 && !n2 && first0 === title.end && words[n1.end]?.conj === "و" && words[n1.end].token.kind === "word" && !knownGiven(words[n1.end].forms[1] ?? "") ? this.nameAfterOwnOffice(n1.end, head) : null;
      if (n1 && second2) {
        const whole = `${head} ${words.slice(i + 1, title.end).map((x) => x.token.text).join(" ")}`;
        this.emit({ type: "person", w0: n1.start, w1: n1.end, name: stripQuotes(this.sliceText(n1.start, n1.end)), title: whole, country: title.country, kbIds: n1.ids, head, source: "dual-title+name" });
        this.emit({ type: "person", w0: n1.end, w1: second2.end, name: stripQuotes(this.sliceText(second2.start, second2.end)), title: second2.office, country: title.country, kbIds: second2.ids, head, source: "dual-title+name" });
        return second2.end;
      }
      // (past a comma, with ranks or as full names: "وزيري الداخلية والخارجية بالحكومة …، A B وC D")
      const full = (x: { start: number; end: number; ids?: string[] }) => x.end - x.start >= 2 || !!x.ids?.length;
      if (n1 && n2 && (first0 === title.end || n1.rank || (full(n1) && full(n2)))) {
        const named = (w0: number, s: number, e: number, t: string, ids?: string[]) =>
          this.emit({ type: "person", w0, w1: e, name: stripQuotes(this.sliceText(s, e)).replace(/^و/, ""), title: t, country: title.country, kbIds: ids, head, source: "dual-title+name" });
        // (the first is mentioned from the title on, which carries its preposition: "اجتمع X بوزيري …")
        named(i, n1.start, n1.end, firstTitle, n1.ids);
        named(n1.end, n2.start, n2.end, secondTitle, n2.ids);
        return n2.end;
      }
      this.emit({ type: "title", w0: i, w1: cut, title: firstTitle, country: title.country, head, source: "dual-title" });
      out.push({ type: "title", w0: cut, w1: title.end, start: words[cut].token.start, end: words[title.end - 1].token.end,
        text: this.sliceText(cut, title.end), title: secondTitle, country: title.country, head, source: "dual-title" });
      return title.end;
    }
    // "وزيرا خارجية ليبيا وإيطاليا" and no names after: the two officials, by country
    if (!group && !this.nameAt(title.end)) {
      // (where both are posted is said once, after them: "سفيري ألمانيا وإسبانيا لدى ليبيا")
      let postedAt = title.end;
      for (let k = i + 2; k < title.end; k++) if (POSTED_AT.has(words[k].norm)) { postedAt = k; break; }
      const posted = postedAt < title.end ? " " + this.sliceText(postedAt, title.end) : "";
      const cs: { k: number; end: number; code: string }[] = [];
      for (let k = i + 1; k < postedAt;) {
        const c = this.countryAt(k);
        if (c) { cs.push({ k, end: c.end, code: c.code }); k = c.end; } else k++;
      }
      if (cs.length === 2 && words[cs[1].k].conj === "و" && cs[1].end === postedAt) {
        const comp = words.slice(i + 1, cs[0].k).map((x) => x.token.text).join(" ");
        const second = [words[cs[1].k].token.text.slice(1), ...words.slice(cs[1].k + 1, cs[1].end).map((x) => x.token.text)].join(" ");
        this.emit({ type: "title", w0: i, w1: cs[1].k, title: `${head} ${this.sliceText(i + 1, cs[1].k)}${posted}`, country: cs[0].code, head, source: "dual-title" });
        out.push({ type: "title", w0: cs[1].k, w1: title.end, start: words[cs[1].k].token.start, end: words[title.end - 1].token.end,
          text: this.sliceText(cs[1].k, title.end), title: `${head} ${comp ? comp + " " : ""}${second}${posted}`, country: cs[1].code, head, source: "dual-title" });
        return title.end;
      }
    }
    // country NAME و country NAME after the dual title
    let j = title.end;
    const people: { c?: string; s: number; e: number; t?: string; from?: number; ids?: string[] }[] = [];
    // the first country may sit inside the title already ("وزيرا خارجية مصر")
    let pendingCountry: string | undefined = title.country;
    let compEnd = title.end;
    for (let k = i + 1; k < title.end; k++) {
      const c = this.countryAt(k);
      if (c) { compEnd = k; break; }
    }
    const compText = words.slice(i + 1, compEnd).map((x) => x.token.text).join(" ");
    // two people for a dual title; a plural one names as many as it lists ("ومالطا Z")
    // (the second may go unnamed: "بنظيريه الإيطالي X والمالطي")
    let unnamed: { c: string; s: number; e: number } | undefined;
    for (let round = 0; round < (group ? 6 : 2) && j < n; round++) {
      if (round >= 1 && group && isPunct(words[j], "،,")) j++;
      let own: string | undefined;
      // (a name after its own office is mentioned from the office on: "، والدفاع B")
      let from: number | undefined;
      if (round >= 1) {
        if (!(words[j]?.conj === "و" || words[j]?.norm === "و")) break;
        const c = this.countryAt(j);
        if (c) {
          if (!group && !this.nameAt(c.end)) { unnamed = { c: c.code, s: j, e: c.end }; break; }
          pendingCountry = c.code;
          j = c.end;
        } else if ((group || round === 1) && hasForm(words[j], L.complements)) {
          // "وزيرا الخارجية A والشؤون الداخلية B": each name after its own office
          // (and as many as a plural lists: "وزراء الخارجية A، والدفاع B، والطاقة C")
          const named = this.nameAfterOwnOffice(j, head);
          if (!named) break;
          own = named.office;
          from = j;
          j = named.start;
        } else if (group || round !== 1 || knownGiven(words[j].norm) || people[0]?.e !== j) break;
        // ("عضوتي مجلس النواب A وB": the second's name right after the first's, behind و)
      }
      const name = this.nameAt(j);
      if (!name) break;
      // (the first name stops at a و that opens the second: "سهام سرقيوة وربيعة أبوراس")
      if (!group && round === 0) for (let k = j + 2; k < name.end; k++) if (words[k].conj === "و" && !knownGiven(words[k].norm)) { name.end = k; break; }
      // (the first is mentioned from the title on, which carries its preposition: "اجتمع X بوزيري الدفاع A والداخلية B")
      people.push({ c: pendingCountry, s: j, e: name.end, t: own, from: round === 0 && j === title.end ? i : from, ids: name.ids });
      j = name.end;
    }
    if (!group && people.length === 1 && unnamed && people[0].c && people[0].c !== unnamed.c) {
      const p = people[0];
      const adjective = [words[unnamed.s].token.text.slice(1), ...words.slice(unnamed.s + 1, unnamed.e).map((x) => x.token.text)].join(" ");
      this.emit({ type: "person", w0: p.s, w1: p.e, name: stripQuotes(this.sliceText(p.s, p.e)), title: `${head} ${compText} ${this.sliceText(compEnd, title.end)}`.replace(/\s+/g, " ").trim(), country: p.c, kbIds: p.ids, head, source: "dual-title+name" });
      out.push({ type: "title", w0: unnamed.s, w1: unnamed.e, start: words[unnamed.s].token.start, end: words[unnamed.e - 1].token.end,
        text: this.sliceText(unnamed.s, unnamed.e), title: `${head} ${compText ? compText + " " : ""}${adjective}`, country: unnamed.c, head, source: "dual-title" });
      return unnamed.e;
    }
    if (group ? people.length < 2 : people.length !== 2) return null;
    for (const p of people) {
      // (the second name without the و that joined it: "وربيعة أبوراس")
      const name = stripQuotes(this.sliceText(p.s, p.e));
      this.emit({ type: "person", w0: p.from ?? p.s, w1: p.e, name: words[p.s].conj === "و" && !knownGiven(words[p.s].norm) ? name.replace(/^و/, "") : name, title: p.t ?? `${head} ${compText}`.trim(), country: p.c, kbIds: p.ids, head, source: "dual-title+name" });
    }
    return j;
  }
}

/** A feminine plural with a pronoun as written (تحياته، اتصالاتها، مباحثاتهم). */
const POSSESSED_PLURAL = /ات(ه|ها|هم|هما)[\u064B-\u0652]*$/;

/** A derived verb's present, third person: يفتعل/تفتعل ("يحتضن"، "تلتقي") and يستفعل ("يستقبل"). */
const DERIVED_PRESENT = /^(?:[يت][^اوي]ت[^اوي][^او]|[يت]ست[^اوي][^اوي][^او])$/;
/** The word has that shape and is no known given name nor spelled like a foreign one. */
const derivedPresent = (w: Word): boolean => !w.conj && DERIVED_PRESENT.test(w.norm) && !knownGiven(w.norm) && !looksForeign(w.norm);

/** A verb's present, third person: ي + three consonants ("يطرق"، "يدشن"; not يوسف، يزيد، ياسين). */
const PRESENT_SHAPE = /^ي[^اوي][^اوي][^اوي]$/;

/** words that open what a coordinated title's complements share: an institution after a preposition */
const SHARED_TAIL = /^(في|لدى|بال|لل|بحكومة|لحكومة|بدولة)/;

function isQuote(w: Word | undefined) {
  return isPunct(w, "\"«»“”'‘’《》");
}

/** a word with the article (الإفتاء، والشرطة: after a proclitic too) */
function definite(w: Word) {
  return w.forms.some((f) => f.startsWith("ال"));
}

/** The verbal noun of a form II verb, تفعيل (تقنين، تعزيز), that is no known given name (توفيق). */
const VERBAL_NOUN_II = /^ت[^اوي]{2}ي[^اوي]$/;
function verbalNounII(w: Word): boolean {
  const plain = w.conj ? w.forms[1] : w.norm;
  // (behind ب or ل too: "طالب عميد البلدية بتخصيص ميزانية")
  const behind = !w.conj && w.forms.length > 1 && /^[بل]/.test(w.norm) ? w.forms[1] : undefined;
  return (VERBAL_NOUN_II.test(plain) && !knownGiven(plain)) || (!!behind && VERBAL_NOUN_II.test(behind) && !knownGiven(behind));
}

/** whether a title head is feminine (وزيرة، الرئيسة); undefined without a head */
function feminine(h: string | undefined): boolean | undefined {
  return h === undefined ? undefined : headGender(h) === "f";
}

/**
 * The gender a title's head word says: "الوزيرة" f (a head with ة whose stem is a head too),
 * "الوزير" m, and nothing for a word that is no head. (A woman may be called by the masculine
 * form, never a man by the feminine: "عمدة" is a mayor.)
 */
export function headGender(h: string): "m" | "f" | undefined {
  const L = mentionLexicon();
  const isHead = (x: string) => L.heads.has(x) || L.heads.has("ال" + x);
  const k = stripArticleHead(normalize(h));
  if (k.endsWith("ه") && isHead(k.slice(0, -1))) return "f";
  return isHead(k) ? "m" : undefined;
}

const stripQuotes = (s: string) => s.replace(/^["«“'‘《\s]+|["»”'’》\s]+$/g, "");
