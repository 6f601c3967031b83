// Figures: quantities an article states about the world — counts of people, money,
// distances, percentages and counts of things (spec/annotation.md "Figures").
//
// Stages, in order (extractFigures):
// 1. Every number from read/numbers.ts, minus those a cue rules out: Latin context, a label
//    word right before it (رقم، الدورة، عمره، عام ... — data/lexicon/units.yaml
//    `not_figure_before`), a year after a time word ("في 2019", "أبريل 2019").
// 2. The unit that follows it: a unit noun from units.yaml, directly or after من
//    ("3300 من المهاجرين"), possibly after a closing bracket ("(45) مهاجرا"). A unit outside
//    the list ("كيلومتر مربع", "دينار جزائري", "كم/ساعة") blocks the number for good.
// 3. For numbers with no unit after them, in this order: the second number of a range lends
//    its unit ("بين 4500 و5 آلاف مقاتل"); "آخرون" takes the unit counted just before ("قتل 26
//    شخصا وأصيب 202 آخرون"); a currency sign before it ("$450"); a counted noun named before it
//    ("ارتفع عدد المهاجرين ... إلى 1500"); a sum in millions just after a sum of money takes
//    its currency ("12 مليون يورو ... و3 ملايين من إيطاليا"); a number right after a casualty,
//    arrest or rescue word counts people ("أسفر عن مقتل 3 وإصابة 5"). Label words (القرار، المادة، الـ) block only this stage.
// 4. One figure per (value, unit), the first mention's evidence.
// A number with no unit is not a figure: this alone rules out most years, dates, durations
// ("ثلاثة أيام"), ages ("40 عاما"), ordinals and counters, because none of those words is a unit.

import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Figure, FigureUnit, Span } from "../types.js";
import { normalize, normalizeWithMap, sourceSpan, type NormalizedView } from "../text/normalize.js";
import { extendOverMarks, findNumbersInView, type NormalizedNumber } from "../read/numbers.js";
import { countryLexicon } from "./countries.js";

export interface ExtractFiguresOptions {
  /** sentence spans of `text`: a unit must be in the same sentence as its number */
  sentences?: Span[];
  /** normalizeWithMap(text), when the caller has it already */
  view?: NormalizedView;
  /**
   * the countries the article's places and people belong to (the pipeline knows them from the
   * knowledge base): a bare "دينار" in an article that names only Libyan towns is the Libyan one
   */
  countries?: ReadonlySet<string>;
  /** the country of the article's dateline (where the outlet writes from), if it has one */
  home?: string;
}

type Qualifier = Figure["qualifier"];
type UnitKey = FigureUnit | "dinar" | "member" | null; // null: a unit outside the list (blocks the figure)

interface UnitsLexicon {
  person: string[];
  members: string[];
  nationalities: string[];
  count: string[];
  km: string[];
  percent: string[];
  currencies: Record<string, string[]>;
  not_units: string[];
  not_figure_before: string[];
  label_before: string[];
  year_before: string[];
  qualifiers: Record<"about" | "more_than" | "less_than", string[]>;
  qualifiers_after: Record<"about" | "more_than" | "less_than", string[]>;
  count_heads: string[];
  people_pronouns: string[];
  compared_cues: string[];
  count_after_ok: string[];
  range_joiners: string[];
  others: string[];
  people_events: string[];
  people_after_ok: string[];
}

export const UNITS_LEXICON_PATH = new URL("../../data/lexicon/units.yaml", import.meta.url);

/** Regex source for a list of normalized phrases, longest first, spaces matching any run of blanks. */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[^\\S\\n]+"))
    .join("|");
}

/** The accusative alef that follows 11–99 ("مهاجرا", "شرطيا") on nouns that do not end in ا or ة. */
function withAccusative(form: string): string[] {
  return /[اه]$/.test(form) || form.includes(" ") || !/\p{L}$/u.test(form) ? [form] : [form, form + "ا"];
}

// The cues before a number are patterns that end where the number starts, tried on the 40
// characters before it. Written "...$" and tried forwards, a pattern is attempted at each of
// those start positions in turn; written as a lookbehind standing at the end of the string, V8
// tries it once, matching backwards. Whether there is a match is the same question; which match
// comes out is not (a backward search may find another of several first), so where the groups
// are read the forward pattern runs after the lookbehind has said there is one. (Not for the
// counted noun's head, headRe: across its gap of up to 80 characters the backward search
// backtracks more than the forward one, which most start positions fail at their first letter.)

/** A pattern that asks whether a string ends with a match of `source`: run it with endsWith. */
function atEnd(source: string): RegExp {
  return new RegExp(`(?<=${source})`, "uy");
}

/** Does `s` end with a match of `re` (made by atEnd)? */
function endsWith(re: RegExp, s: string): boolean {
  re.lastIndex = s.length;
  return re.test(s);
}

function loadUnits() {
  const lex = parse(readFileSync(UNITS_LEXICON_PATH, "utf8")) as UnitsLexicon;
  const byForm = new Map<string, UnitKey>();
  const put = (surface: string, unit: UnitKey, accusative: boolean) => {
    const f = normalize(surface).replace(/\s+/g, " ").trim();
    for (const v of accusative ? withAccusative(f) : [f]) if (!byForm.has(v)) byForm.set(v, unit);
  };
  for (const w of lex.not_units) put(w, null, false);
  for (const w of lex.person) put(w, "person", true);
  for (const w of lex.members) put(w, "member", true);
  for (const w of lex.nationalities) {
    const f = normalize(w);
    for (const v of [f, f + "ين", f + "ون", f + "ا"]) put(v, "person", false);
  }
  for (const w of lex.count) put(w, "count", true);
  for (const w of lex.km) put(w, "km", false);
  for (const w of lex.percent) put(w, "percent", false);
  for (const [code, ws] of Object.entries(lex.currencies)) for (const w of ws) put(w, code as UnitKey, true);

  const qualifierOf = new Map<string, Exclude<Qualifier, null>>();
  for (const [q, ws] of Object.entries(lex.qualifiers)) for (const w of ws) qualifierOf.set(normalize(w), q as Exclude<Qualifier, null>);

  const units = alternation(byForm.keys());
  // After the number: blanks, optionally من + article, then a unit form ending at a word edge.
  // "(136) مركزا": some outlets put the number alone in brackets
  const unitRe = new RegExp(`[^\\S\\n]*\\)?[^\\S\\n]*(?:(من)[^\\S\\n]+(?:ال)?)?(${units})(?![\\p{L}\\p{N}])`, "uy");
  // a cue may follow digits directly ("15يوليو 2011"), so only a letter before it breaks the word
  const edge = "(?<!\\p{L})";
  const notBefore = atEnd(`${edge}[وفبل]?(?:${alternation(lex.not_figure_before.map(normalize))})[^\\S\\n]*`);
  const labelBefore = atEnd(`${edge}[وفبل]?(?:${alternation(lex.label_before.map(normalize))})[^\\S\\n]*`);
  const yearBefore = atEnd(`${edge}[وفبل]?(?:${alternation(lex.year_before.map(normalize))})[^\\S\\n]*[،,]?[^\\S\\n]*`);
  const qualifierAfterOf = new Map<string, Exclude<Qualifier, null>>();
  for (const [q, ws] of Object.entries(lex.qualifiers_after)) for (const w of ws) qualifierAfterOf.set(normalize(w), q as Exclude<Qualifier, null>);
  const qualifierAfterRe = new RegExp(`[^\\S\\n]*(${alternation(qualifierAfterOf.keys())})(?![\\p{L}\\p{N}])`, "uy");
  const qualifiers = alternation(qualifierOf.keys());
  const qualifierSource = `${edge}([وفبل]?)(${qualifiers})[^\\S\\n]*`;
  const qualifierRe = new RegExp(`${qualifierSource}$`, "u");
  const qualifierAtEnd = atEnd(qualifierSource);
  // "عدد المهاجرين ... 1500": head + definite counted noun earlier in the clause, no other number between
  const counted = alternation([...byForm].filter(([, u]) => u === "person" || u === "count").map(([f]) => f));
  const headRe = new RegExp(
    `${edge}[وفبل]?(?:${alternation(lex.count_heads.map(normalize))})[^\\S\\n]+ال(${counted})(?![\\p{L}\\p{N}])(?:[^.!?؟؛:\\n\\d%٪]|(?<!\\d)(?:19|20)\\d\\d(?!\\d)){0,80}$`,
    "u",
  );
  // "عددهم بنحو 20 ألفا": the head with a pronoun of people, then up to a few words
  const peopleHeadRe = new RegExp(
    `${edge}[وفبل]?(?:${alternation(lex.count_heads.map(normalize))})(?:${alternation(lex.people_pronouns.map(normalize))})(?![\\p{L}\\p{N}])[^.!?؟؛:\\n\\d%٪]{0,40}$`,
    "u",
  );
  // "مقابل نحو 1100"، "مقارنة بأكثر من 800"، "بينهم 2000": the cue, then ب/مع and a qualifier
  const comparedRe = atEnd(
    `${edge}[وفبل]?(?:${alternation(lex.compared_cues.map(normalize))})[^\\S\\n]+(?:مع[^\\S\\n]+)?(?:ب?(?:${alternation(qualifierOf.keys())})[^\\S\\n]+)?ب?`,
  );
  const clauseEndRe = new RegExp(`[^\\S\\n]*(?:[.,،؛;!?؟)\\n]|$|(?:${alternation(lex.count_after_ok.map(normalize))})(?![\\p{L}\\p{N}]))`, "uy");
  const rangeJoinRe = new RegExp(`[^\\S\\n]*(?:${alternation(lex.range_joiners.map(normalize))})[^\\S\\n]*`, "uy");
  const othersRe = new RegExp(`[^\\S\\n]*(?:${alternation(lex.others.map(normalize))})(?![\\p{L}\\p{N}])`, "uy");
  const peopleEventRe = atEnd(`${edge}[وفبل]?(?:${alternation(lex.people_events.map(normalize))})[^\\S\\n]+(?:(?:${qualifiers})[^\\S\\n]+)?`);
  const peopleAfterRe = new RegExp(
    `[^\\S\\n]*(?:[.,،؛;!?؟)\\n]|$|و\\p{L}|(?:${alternation([...lex.count_after_ok, ...lex.people_after_ok].map(normalize))})(?![\\p{L}\\p{N}]))`,
    "uy",
  );
  return {
    byForm, qualifierOf, qualifierAfterOf, qualifierAfterRe, unitRe, notBefore, labelBefore, yearBefore, qualifierRe, qualifierAtEnd,
    headRe, peopleHeadRe, comparedRe, clauseEndRe, rangeJoinRe, othersRe, peopleEventRe, peopleAfterRe,
  };
}

const U = loadUnits();
// "$450", "€20"; and "%30", which scraping of right-to-left pages sometimes leaves behind
// (only when no number stands just before the sign, as in "30% 40")
const SIGN_BEFORE = /(?:([$€£])[^\S\n]*|(?<![\p{N}%٪][^\S\n]*)([%٪]))$/u;
const SIGN_UNIT: Record<string, FigureUnit> = { $: "USD", "€": "EUR", "£": "GBP", "%": "percent", "٪": "percent" };
const LATIN_BEFORE = /[a-z][^\p{L}\n]*$/u;
const LATIN_AFTER = /^[^\p{L}\n]*[a-z]/u;
const TUNISIA = /تونس/g;
const LIBYA = /ليبي|بنغازي|مصراته/g;

/**
 * Bare "دينار": Tunisian when the article names Tunisia more often than Libya, Libyan when it
 * names Libya at all, and unknown (null: not a figure) when it names neither — then it is as
 * likely a Jordanian, Kuwaiti or Iraqi dinar, which are outside the unit list.
 */
export function dinarUnitFor(normalizedText: string): "LYD" | "TND" | null {
  const tn = normalizedText.match(TUNISIA)?.length ?? 0;
  const ly = normalizedText.match(LIBYA)?.length ?? 0;
  if (tn > ly) return "TND";
  return ly > 0 ? "LYD" : null;
}

/** The dinar of the one dinar country among the article's countries (Libya or Tunisia), if just one. */
function dinarOfCountries(countries: ReadonlySet<string> | undefined): "LYD" | "TND" | null {
  if (!countries) return null;
  const ly = countries.has("LY"), tn = countries.has("TN");
  return ly && !tn ? "LYD" : tn && !ly ? "TND" : null;
}

function isYearLike(num: NormalizedNumber, n: string): boolean {
  return num.kind === "digits" && /^\d{4}$/.test(n.slice(num.nStart, num.nEnd)) && num.value >= 1900 && num.value <= 2100;
}

interface Reading {
  num: NormalizedNumber;
  pre: string;
  value: number;
  unit?: FigureUnit;
  /** normalized end of the evidence (after the unit when it follows the number) */
  end: number;
  thing?: [number, number];
  /** a unit outside the list follows: never a figure */
  blocked?: boolean;
}

/** All figures in `text`, one per (value, unit), in order of first mention. */
export function extractFigures(text: string, opts: ExtractFiguresOptions = {}): Figure[] {
  const view = opts.view ?? normalizeWithMap(text);
  const n = view.text;
  // (an outlet's bare دينار is its own country's: the dateline says where it writes from)
  const dinar = lazy(() => (opts.home === "TN" ? "TND" : opts.home === "LY" ? "LYD" : null) ?? dinarUnitFor(n) ?? dinarOfCountries(opts.countries));

  // 1. numbers that may be quantities, each with the unit that follows it, if any
  const readings: Reading[] = [];
  for (const num of findNumbersInView(view)) {
    // "واحد" follows its noun ("يوما واحدا") and "واحد من" means "one of": not a count
    if (num.kind === "words" && num.value === 1) continue;
    const pre = n.slice(Math.max(0, num.nStart - 40), num.nStart);
    if (LATIN_BEFORE.test(pre) && LATIN_AFTER.test(n.slice(num.nEnd, num.nEnd + 40))) continue;
    if (endsWith(U.notBefore, pre)) continue;
    if (isYearLike(num, n) && endsWith(U.yearBefore, pre)) continue;
    const r: Reading = { num, pre, value: num.value, end: num.nEnd };
    U.unitRe.lastIndex = num.nEnd;
    const m = U.unitRe.exec(n);
    // "المادة 12 من الاتفاق": after a label, "من + noun" is what the label belongs to
    if (m && !(m[1] && endsWith(U.labelBefore, pre))) {
      const key = U.byForm.get(m[2].replace(/[^\S\n]+/g, " "));
      // a unit outside the list blocks the number only when it follows directly: in
      // "3 ملايين من إيطاليا" the country after من is not a unit of the number
      const unit = key === "dinar" ? dinar() : key === "member" ? membersUnit(n, m.index + m[0].length) : key;
      if (unit === null || unit === undefined) r.blocked = !m[1];
      else {
        r.unit = unit;
        r.end = m.index + m[0].length;
        r.thing = [r.end - m[2].length, r.end];
      }
    }
    readings.push(r);
  }

  // 2. numbers without a unit of their own (order matters: a range takes the unit of its
  //    second number before anything else is tried)
  readings.forEach((r, i) => {
    if (r.unit || r.blocked) return;
    if (rangeUnit(n, r, readings[i + 1])) return;
    if (othersUnit(n, r, readings, i)) return;
    if (elidedCurrency(n, r, readings[i - 1])) return;
    if (elidedCount(n, r, lastWithUnit(readings, i))) return;
    if (compared(n, r, lastWithUnit(readings, i))) return;
    if (endsWith(U.labelBefore, r.pre)) return;
    const sign = SIGN_BEFORE.exec(r.pre);
    if (sign) {
      r.unit = SIGN_UNIT[sign[1] ?? sign[2]];
      return;
    }
    // a bare year-like number is a year far more often than a count
    if (isYearLike(r.num, n)) return;
    const head = countHead(n, r.num);
    if (head) {
      r.unit = head.unit;
      r.thing = head.span;
      return;
    }
    if (afterPeopleEvent(n, r)) r.unit = "person";
  });

  // 3. figures, one per (value, unit)
  const out: Figure[] = [];
  const seen = new Set<string>();
  for (const r of readings) {
    if (!r.unit) continue;
    const { num, pre, unit } = r;
    const q = endsWith(U.qualifierAtEnd, pre) ? U.qualifierRe.exec(pre) : null;
    let qualifier: Qualifier = q ? U.qualifierOf.get(q[2]) ?? null : null;
    const nStart = q ? num.nStart - pre.length + q.index + q[1].length : num.nStart;
    let nEnd = Math.max(r.end, num.nEnd);
    if (!qualifier) {
      U.qualifierAfterRe.lastIndex = nEnd;
      const qa = U.qualifierAfterRe.exec(n);
      if (qa) {
        qualifier = U.qualifierAfterOf.get(qa[1].replace(/[^\S\n]+/g, " ")) ?? null;
        nEnd = qa.index + qa[0].length;
      }
    }
    const span = sourceSpan(view, nStart, nEnd);
    span.end = extendOverMarks(text, span.end);
    if (opts.sentences && !inOneSentence(opts.sentences, sourceSpan(view, num.nStart, num.nEnd).start, span.end)) continue;

    const key = `${r.value}|${unit}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fig: Figure = { value: r.value, unit, qualifier, text: text.slice(span.start, span.end), evidence: span };
    if (r.thing && unit !== "percent" && unit !== "km") {
      const t = sourceSpan(view, r.thing[0], r.thing[1]);
      fig.thing = text.slice(t.start, extendOverMarks(text, t.end));
    }
    out.push(fig);
  }
  return out;
}

/**
 * Members are people, unless the sentence names states after them ("بموافقة تسعة أعضاء، هم
 * الإكوادور وفرنسا"): then they are members of a council of states, counted as things.
 */
function membersUnit(n: string, end: number): FigureUnit {
  const rest = /^[^.!?؟\n]{0,80}/u.exec(n.slice(end))![0];
  const names = countryLexicon().singleNames;
  for (const w of rest.split(/[^\p{L}]+/u)) if (w && (names.has(w) || (w[0] === "و" && names.has(w.slice(1))))) return "count";
  return "person";
}

function lazy<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) (v = f()), (done = true);
    return v;
  };
}

/**
 * "بين 4500 و5 آلاف مقاتل", "من 4 إلى 6 ملايين يورو": the first number of a range takes the
 * unit of the second, and its scale word when it is clearly short of it (4 → 4 000 000).
 */
function rangeUnit(n: string, r: Reading, next: Reading | undefined): boolean {
  if (!next?.unit) return false;
  U.rangeJoinRe.lastIndex = r.num.nEnd;
  const m = U.rangeJoinRe.exec(n);
  if (!m || m.index + m[0].length !== next.num.nStart) return false;
  r.unit = next.unit;
  const scale = next.num.scale;
  if (scale && next.value / r.value >= 100 && !r.num.scale) r.value = r.value * scale;
  return true;
}

const CURRENCIES = new Set<FigureUnit>(["EUR", "USD", "LYD", "TND", "GBP"]);
const ELIDED_AFTER = /^[^\S\n]+(?:من|ل)/u;

/**
 * A sum or count with its noun left out takes the unit of the figure just before it in the
 * sentence, when the number ends its clause (or `alsoAfter` follows it) and is scaled enough.
 */
function elided(n: string, r: Reading, prev: Reading | undefined, accepts: (u: FigureUnit) => boolean, minScale: number, reach: number, alsoAfter: RegExp, lookahead: number): boolean {
  if (!prev?.unit || !accepts(prev.unit) || !r.num.scale || r.num.scale < minScale) return false;
  if (r.num.nStart - prev.end > reach || /[\n.!?؟؛]/.test(n.slice(prev.end, r.num.nStart))) return false;
  U.clauseEndRe.lastIndex = r.num.nEnd;
  if (!U.clauseEndRe.test(n) && !alsoAfter.test(n.slice(r.num.nEnd, r.num.nEnd + lookahead))) return false;
  r.unit = prev.unit;
  r.thing = prev.thing;
  return true;
}

/**
 * "12 مليون يورو من الاتحاد و3 ملايين من إيطاليا": a sum in millions or more, in the currency of
 * the sum before it ("و3 ملايين من إيطاليا"، "... 3 ملايين." — not "454 مليار ريال", another noun).
 */
const elidedCurrency = (n: string, r: Reading, prev: Reading | undefined) => elided(n, r, prev, (u) => CURRENCIES.has(u), 1e6, 120, ELIDED_AFTER, 6);

/**
 * "وصل 157 ألف مهاجر في 2023، قبل أن يتراجع العدد إلى 66 ألفا"، "نحو 24 ألفا منهم": a number in
 * thousands or more counts what the figure of people or things before it counts.
 */
const elidedCount = (n: string, r: Reading, prev: Reading | undefined) => elided(n, r, prev, (u) => u === "person" || u === "count", 1000, 150, OF_THEM, 8);
const OF_THEM = /^[^\S\n]+(?:منهم|منهن|منها)(?![\p{L}])/u;

/**
 * "وصل 400 شخص مقابل نحو 1100 في الفترة نفسها": a bare number compared with, or counted among,
 * the figure of people or things just before it in the sentence counts the same kind.
 */
function compared(n: string, r: Reading, prev: Reading | undefined): boolean {
  // (a year-like number only after a qualifier: "بينهم أكثر من 2000", not "مقارنة بعام 2019")
  if ((prev?.unit !== "person" && prev?.unit !== "count") || (isYearLike(r.num, n) && !endsWith(U.qualifierAtEnd, r.pre))) return false;
  if (r.num.nStart - prev.end > 150 || /[\n.!?؟؛]/.test(n.slice(prev.end, r.num.nStart))) return false;
  if (!endsWith(U.comparedRe, r.pre)) return false;
  // (the number ends its clause: in "بينهم 35 ملكا ورئيسا" a noun of its own follows)
  U.clauseEndRe.lastIndex = r.num.nEnd;
  if (!U.clauseEndRe.test(n)) return false;
  r.unit = prev.unit;
  r.thing = prev.thing;
  return true;
}

/** "أسفر عن مقتل 3 وإصابة 5": a bare number right after a casualty / arrest / rescue word counts people. */
function afterPeopleEvent(n: string, r: Reading): boolean {
  if (!endsWith(U.peopleEventRe, n.slice(Math.max(0, r.num.nStart - 40), r.num.nStart))) return false;
  U.peopleAfterRe.lastIndex = r.num.nEnd;
  return U.peopleAfterRe.test(n);
}

/** "قتل 26 شخصا وأصيب 202 آخرون": "others" counts the same kind as the figure just before it. */
function othersUnit(n: string, r: Reading, readings: Reading[], at: number): boolean {
  U.othersRe.lastIndex = r.num.nEnd;
  if (!U.othersRe.test(n)) return false;
  for (let i = at - 1; i >= 0; i--) {
    const b = readings[i];
    if (r.num.nStart - b.end > 150 || n.slice(b.end, r.num.nStart).includes("\n")) break;
    if (b.unit === "person" || b.unit === "count") {
      r.unit = b.unit;
      r.thing = b.thing;
      return true;
    }
  }
  return false;
}

/** The last reading before readings[at] that has a unit (an index walk: this runs for every number without one). */
function lastWithUnit(readings: Reading[], at: number): Reading | undefined {
  for (let i = at - 1; i >= 0; i--) if (readings[i].unit) return readings[i];
  return undefined;
}

/** The counted noun named before a bare number ("عدد المهاجرين ... إلى 1500"), when the number ends the clause. */
function countHead(n: string, num: NormalizedNumber): { unit: FigureUnit; span: [number, number] } | null {
  U.clauseEndRe.lastIndex = num.nEnd;
  if (!U.clauseEndRe.test(n)) return null;
  const from = Math.max(0, num.nStart - 120);
  const m = U.headRe.exec(n.slice(from, num.nStart));
  if (!m) {
    // "عددهم بنحو 20 ألفا": the pronoun of people
    const p = U.peopleHeadRe.exec(n.slice(from, num.nStart));
    return p ? { unit: "person", span: [from + p.index, from + p.index + p[0].trimEnd().length] } : null;
  }
  const unit = U.byForm.get(m[1]);
  if (unit !== "person" && unit !== "count") return null;
  const s = from + m.index + m[0].indexOf("ال" + m[1]) + 2;
  return { unit, span: [s, s + m[1].length] };
}

function inOneSentence(sentences: Span[], start: number, end: number): boolean {
  const s = sentences.find((x) => x.start <= start && start < x.end);
  return !s || end <= s.end;
}
