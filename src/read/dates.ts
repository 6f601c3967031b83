// Dates in Arabic news, absolute and relative, as DateValues with spans into the source text.
//
// Shape (after chrono-node): a list of small *parsers* (pattern + extract) that each propose
// candidates on the normalized view of the text, then *refiners* that merge and filter them.
// The order of both lists lives in DATE_PARSERS / DATE_REFINERS near the bottom, with comments
// where order matters. The words come from data/lexicon/dates.yaml; nothing here names an article.
//
// Relative dates are resolved against `published` (YYYY-MM-DD, or YYYY-MM for month-level
// anchors only); with no anchor, no relative date is produced. Values taken from the anchor
// rather than the text are marked `implied` (chrono's imply vs assign).

import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { normalize, normalizeWithMap, sourceSpan, type NormalizedView } from "../text/normalize.js";
import type { DatePrecision, DateValue, ExtractedEvent, Span } from "../types.js";
import { DateWindows, toFullOffset, type DateCore } from "./date-windows.js";

// ---------------------------------------------------------------------------------------------
// Lexicon

/** data/lexicon/dates.yaml as written. */
export interface DateLexiconFile {
  months: Record<string, Record<string, number>>;
  weak_months: string[];
  weekdays: Record<string, number>;
  weekday_not_followed_by: string[];
  weekday_not_preceded_by: string[];
  modifiers: { past: string[]; past2: string[]; next: string[]; current: string[] };
  period_parts: string[];
  units: { week: string[]; month: string[]; year: string[] };
  month_cues: string[];
  year_words: string[];
  day_month_name_heads: string[];
  ordinal_days: { units: Record<string, number>; compound_only: string[]; tenth: string[]; teen: string[]; tens: Record<string, number> };
  ago_cues: string[];
  ordinal_not_preceded_by: string[];
  number_words: Record<string, number>;
  duration_units: Record<"day" | "week" | "month" | "year", { singular: string[]; plural: string[]; dual: string[] }>;
  year_cues: { strong: string[]; weak: string[] };
  relative_days: Record<string, string[]>;
  today_not_followed_by: string[];
  today_not_preceded_by: string[];
  times_of_day: string[];
  weekday_date_links: string[];
  hijri_marks: string[];
  hijri_months: string[];
  year_not_followed_by: string[];
  gregorian_marks: string[];
}

export const DATE_LEXICON_PATH = new URL("../../data/lexicon/dates.yaml", import.meta.url);

export function loadDateLexicon(path: URL | string = DATE_LEXICON_PATH): DateLexiconFile {
  return parseYaml(readFileSync(path, "utf8")) as DateLexiconFile;
}

/** Where a modifier points from the anchor: "الماضي" past, "قبل الماضي" past2 (the one before). */
type Direction = "past" | "past2" | "next" | "current";

/** Periods from the anchor's own period: -2, -1, 0, +1. */
const STEP: Record<Direction, number> = { past2: -2, past: -1, current: 0, next: 1 };
type Unit = "week" | "month" | "year";
type DurationUnit = "day" | Unit;

/** The lexicon in normalized form, with the regex sources built from it. */
export interface CompiledLexicon {
  monthOf: Map<string, number>;
  /** words that stand around dates but also everywhere else (cues, parts, modifiers, ordinals): no date is found by them alone */
  contextWords: Set<string>;
  libyanMonths: Set<string>;
  weakMonths: Set<string>;
  weekdayOf: Map<string, number>;
  directionOf: Map<string, Direction>;
  unitOf: Map<string, Unit>;
  dayOffsetOf: Map<string, number>;
  weekdayNotAfter: Set<string>;
  weekdayNotBefore: Set<string>;
  todayNotAfter: Set<string>;
  todayNotBefore: Set<string>;
  yearCueStrength: Map<string, "strong" | "weak">;
  yearNotFollowedBy: Set<string>;
  dayMonthNameHeads: Set<string>;
  numberOf: Map<string, number>;
  ordinalDayOf: Map<string, number>;
  durationOf: Map<string, { unit: DurationUnit; count: number | null }>;
  ordinalNotAfter: Set<string>;
  /** leading words trimmed from a span: they cue a date but are not part of it */
  prepositions: Set<string>;
  re: {
    month: string;
    monthAll: string;
    weekday: string;
    modifier: string;
    pastNext: string;
    part: string;
    monthCue: string;
    unit: string;
    relDay: string;
    timeOfDay: string;
    durationCue: string;
    ordinalDay: string;
    yearUnit: string;
    yearWord: string;
    numberWord: string;
    durationUnit: string;
    yearCue: string;
    hijri: RegExp;
    gregorianMark: string;
    weekdayLink: RegExp;
  };
}

// What the start rules and the words around a match ask of a character, by table: they run on
// every match, and a regex per character cost more than the look-up. Built from the regexes they
// replace, so a code unit is a letter, a digit or a blank exactly when the regex said so.
const LETTER_OR_DIGIT = 1; // \p{L} or \p{N}
const NUMERIC = 2; // \p{N}
const BLANK = 4; // \s
const CHAR_TYPE = new Uint8Array(0x10000);
{
  const letterOrDigit = /[\p{L}\p{N}]/u;
  const numeric = /\p{N}/u;
  const blank = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    // (a digit is a letter-or-digit, a blank is neither: two tests per character at most)
    if (letterOrDigit.test(ch)) CHAR_TYPE[c] = LETTER_OR_DIGIT | (numeric.test(ch) ? NUMERIC : 0);
    else if (blank.test(ch)) CHAR_TYPE[c] = BLANK;
  }
}
const isType = (text: string, i: number, type: number) => (CHAR_TYPE[text.charCodeAt(i)] & type) !== 0;

/** Normalized key of a phrase: normalization rules of the scorer, single spaces. */
function key(s: string): string {
  const n = normalize(s);
  // the parsers ask for the key of every word they match, and most are one word: without a
  // blank, the replace and the trim (whose blanks are \s too) would return it unchanged
  for (let i = 0; i < n.length; i++) if (CHAR_TYPE[n.charCodeAt(i)] & BLANK) return n.replace(/\s+/g, " ").trim();
  return n;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Regex alternation from phrases: normalized, de-duplicated, longest first, spaces flexible. */
function alternation(forms: Iterable<string>): string {
  const keys = [...new Set([...forms].map(key).filter(Boolean))];
  keys.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return keys.map((k) => k.split(" ").map(escapeRe).join("\\s+")).join("|");
}

/** Ordinal day words 1–31 (normalized, single spaces) built from the lexicon's parts. */
function ordinalDays(o: DateLexiconFile["ordinal_days"]): Map<string, number> {
  const out = new Map<string, number>();
  const compoundOnly = new Set(o.compound_only.map(key));
  const units = Object.entries(o.units).map(([f, n]) => [key(f), n] as [string, number]);
  for (const [u, n] of units) if (!compoundOnly.has(u)) out.set(u, n);
  for (const f of o.tenth) out.set(key(f), 10);
  for (const [u, n] of units) {
    if (n === 1 && !compoundOnly.has(u)) continue; // 11 is الحادي عشر, 21 الحادي والعشرين
    for (const t of o.teen) out.set(`${u} ${key(t)}`, 10 + n);
    for (const [tens, tn] of Object.entries(o.tens)) if (tn + n <= 31) out.set(`${u} و${key(tens)}`, tn + n);
  }
  for (const [tens, tn] of Object.entries(o.tens)) out.set(key(tens), tn);
  return out;
}

export function compileDateLexicon(lex: DateLexiconFile): CompiledLexicon {
  const monthOf = new Map<string, number>();
  const libyanMonths = new Set<string>();
  for (const [calendar, forms] of Object.entries(lex.months)) {
    for (const [form, month] of Object.entries(forms)) {
      const k = key(form);
      // A form shared by two traditions must mean the same month (مارس, سبتمبر …).
      const prev = monthOf.get(k);
      if (prev !== undefined && prev !== month) throw new Error(`dates.yaml: ${form} is month ${prev} and ${month}`);
      monthOf.set(k, month);
      if (calendar === "libyan") libyanMonths.add(k);
    }
  }
  const weekdayOf = new Map(Object.entries(lex.weekdays).map(([f, d]) => [key(f), d] as [string, number]));
  const directionOf = new Map<string, Direction>();
  for (const dir of ["past", "past2", "next", "current"] as const) for (const f of lex.modifiers[dir]) directionOf.set(key(f), dir);
  const unitOf = new Map<string, Unit>();
  for (const u of ["week", "month", "year"] as const) for (const f of lex.units[u]) unitOf.set(key(f), u);
  const dayOffsetOf = new Map<string, number>();
  for (const [offset, forms] of Object.entries(lex.relative_days)) for (const f of forms) dayOffsetOf.set(key(f), Number(offset));
  const yearCueStrength = new Map<string, "strong" | "weak">();
  for (const f of lex.year_cues.weak) yearCueStrength.set(key(f), "weak");
  for (const f of lex.year_cues.strong) yearCueStrength.set(key(f), "strong");
  const set = (xs: string[]) => new Set(xs.map(key));
  // count null = the word needs a number before it; a dual carries its own 2.
  const durationOf = new Map<string, { unit: DurationUnit; count: number | null }>();
  for (const [unit, forms] of Object.entries(lex.duration_units) as [DurationUnit, DateLexiconFile["duration_units"]["day"]][]) {
    for (const f of forms.singular) durationOf.set(key(f), { unit, count: 1 });
    for (const f of forms.plural) durationOf.set(key(f), { unit, count: null });
    for (const f of forms.dual) durationOf.set(key(f), { unit, count: 2 });
  }
  const nonLibyan = [...monthOf.keys()].filter((k) => !libyanMonths.has(k));
  const mods = [...lex.modifiers.past, ...lex.modifiers.past2, ...lex.modifiers.next, ...lex.modifiers.current];
  const contextWords = new Set(["من", "هذا", "هذه"]); // the patterns' own linking words
  for (const list of [lex.month_cues, lex.period_parts, lex.ago_cues, lex.year_cues.weak, lex.year_cues.strong, lex.times_of_day, lex.weekday_date_links, mods]) {
    for (const phrase of list) for (const w of key(phrase).split(" ")) contextWords.add(w);
  }
  const compiled: CompiledLexicon = {
    monthOf,
    contextWords,
    libyanMonths,
    weakMonths: set(lex.weak_months),
    weekdayOf,
    directionOf,
    unitOf,
    dayOffsetOf,
    weekdayNotAfter: set(lex.weekday_not_followed_by),
    weekdayNotBefore: set(lex.weekday_not_preceded_by),
    todayNotAfter: set(lex.today_not_followed_by),
    todayNotBefore: set(lex.today_not_preceded_by),
    yearCueStrength,
    yearNotFollowedBy: set(lex.year_not_followed_by),
    dayMonthNameHeads: set(lex.day_month_name_heads),
    ordinalDayOf: ordinalDays(lex.ordinal_days),
    numberOf: new Map(Object.entries(lex.number_words).map(([f, n]) => [key(f), n] as [string, number])),
    durationOf,
    ordinalNotAfter: set(lex.ordinal_not_preceded_by),
    prepositions: set(lex.month_cues.filter((c) => key(c) !== key("شهر"))),
    re: {
      month: alternation(nonLibyan),
      monthAll: alternation(monthOf.keys()),
      weekday: alternation(weekdayOf.keys()),
      modifier: alternation(mods),
      pastNext: alternation([...lex.modifiers.past, ...lex.modifiers.past2, ...lex.modifiers.next]),
      part: alternation(lex.period_parts),
      monthCue: alternation([...lex.month_cues, ...lex.period_parts]),
      unit: alternation(unitOf.keys()),
      relDay: alternation(dayOffsetOf.keys()),
      timeOfDay: alternation(lex.times_of_day),
      durationCue: alternation(lex.ago_cues),
      ordinalDay: "", // filled below from ordinalDayOf
      yearUnit: alternation(lex.units.year),
      yearWord: alternation(lex.year_words),
      numberWord: alternation(Object.keys(lex.number_words)),
      durationUnit: alternation(durationOf.keys()),
      yearCue: alternation(yearCueStrength.keys()),
      hijri: new RegExp(`^\\s*(?:${alternation(lex.hijri_marks)})(?![\\p{L}])`, "u"),
      gregorianMark: alternation(lex.gregorian_marks),
      // Between a weekday and its date: punctuation, a link word, perhaps a Hijri date, "ال" ("الخميس الـ30 من").
      weekdayLink: new RegExp(
        `^[\\s,،()|\\-–]*` +
          // a Hijri date in words or digits: "3 رجب 1440هـ", "3 / 7 / 1440 هـ", "3/ رجب / 1440هـ"
          `(?:[0-3]?\\d\\s*[/-]?\\s*(?:من\\s+)?(?:${alternation(lex.hijri_months)}|[01]?\\d)\\s*[/-]?\\s*(?:\\d{3,4})?\\s*(?:${alternation(lex.hijri_marks)})?(?![\\p{L}])[\\s,،()|\\-–]*)?` +
          `(?:(?:${alternation(lex.weekday_date_links)})[\\s,،()|\\-–]*)?(?:ال)?$`,
        "u",
      ),
    },
  };
  // "والعشرين" may be written "و العشرين": let the و float.
  compiled.re.ordinalDay = alternation(compiled.ordinalDayOf.keys()).replace(/و(?=ال)/g, "و\\s*");
  for (const phrase of compiled.ordinalDayOf.keys()) for (const w of phrase.split(" ")) contextWords.add(w);
  return compiled;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (UTC days, no time zones)

const DAY_MS = 86_400_000;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The publication date as an anchor; `d` is null when only the month is known. */
export interface Anchor {
  y: number;
  m: number;
  d: number | null;
}

/** Parse `published` (YYYY-MM-DD, an ISO timestamp, or YYYY-MM); null when absent or malformed. */
export function parseAnchor(published: string | null | undefined): Anchor | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(published.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { y, m: mo, d: null };
  const d = Number(m[3]);
  return validDay(y, mo, d) ? { y, m: mo, d } : { y, m: mo, d: null };
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const fmtDay = (x: Ymd) => `${x.y}-${pad2(x.m)}-${pad2(x.d)}`;
const fmtMonth = (y: number, m: number) => `${y}-${pad2(m)}`;

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return js === 0 ? 7 : js;
}

function weekdayOfDayNumber(n: number): number {
  const js = new Date(n * DAY_MS).getUTCDay();
  return js === 0 ? 7 : js;
}

/** Day number of the most recent `weekday` on or before day `n` (strictly before when `strict`). */
function weekdayOnOrBefore(n: number, weekday: number, strict: boolean): number {
  let back = (weekdayOfDayNumber(n) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return n - back;
}

function weekdayAfter(n: number, weekday: number): number {
  let ahead = (weekday - weekdayOfDayNumber(n) + 7) % 7;
  if (ahead === 0) ahead = 7;
  return n + ahead;
}

/** The `weekday` nearest to day `n` (within ±3 days): "اليوم الخميس" names today's weekday. */
function weekdayNearest(n: number, weekday: number): number {
  const diff = (weekday - weekdayOfDayNumber(n) + 7) % 7; // 0..6 days ahead
  return diff <= 3 ? n + diff : n + diff - 7;
}

// How far past the publication date a yearless "5 فبراير" may fall before we take the
// previous year: articles are filed a few days around the event, rarely weeks ahead.
const FUTURE_TOLERANCE_DAYS = 7;

/** Year for a day + month stated without a year. */
function yearForDay(m: number, d: number, dir: Direction | null, a: Anchor): number {
  if (dir === "past2") return yearForDay(m, d, "past", a) - 1;
  if (a.d === null) {
    if (dir === "past") return m >= a.m ? a.y - 1 : a.y;
    if (dir === "next") return m <= a.m ? a.y + 1 : a.y;
    if (dir === "current") return a.y;
    return m > a.m ? a.y - 1 : a.y;
  }
  const pub = dayNumber(a.y, a.m, a.d);
  const at = (y: number) => dayNumber(y, m, d);
  if (dir === "past") return at(a.y) >= pub ? a.y - 1 : a.y;
  if (dir === "next") return at(a.y) <= pub ? a.y + 1 : a.y;
  if (dir === "current") return a.y;
  return at(a.y) > pub + FUTURE_TOLERANCE_DAYS ? a.y - 1 : a.y;
}

/** Year for a month stated without a year ("يونيو الماضي", "نهاية يوليو"). */
function yearForMonth(m: number, dir: Direction | null, a: Anchor): number {
  if (dir === "past2") return yearForMonth(m, "past", a) - 1;
  if (dir === "past") return m >= a.m ? a.y - 1 : a.y;
  if (dir === "next") return m <= a.m ? a.y + 1 : a.y;
  if (dir === "current") return a.y;
  return m > a.m ? a.y - 1 : a.y;
}

// ---------------------------------------------------------------------------------------------
// Candidates, parsers, refiners

/** A proposed date, with offsets into the normalized text. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
  implied: boolean;
  kind: "explicit" | "relative";
  rule: string;
  /** a day word (weekday, اليوم, أمس) that an adjacent explicit date may absorb */
  dayWord?: boolean;
  /** ISO weekday the words name ("الخميس" → 4), when they name one */
  weekday?: number;
  /** the year was guessed from the anchor alone (no year, no الماضي/المقبل): a weekday may correct it */
  yearGuessed?: boolean;
}

export interface ParseContext {
  /** normalized text */
  text: string;
  anchor: Anchor | null;
  lex: CompiledLexicon;
}

/**
 * Where a match may start. Arabic has no \b, and a lookbehind in front of a long alternation
 * makes V8 ~30x slower, so the start is checked in code:
 *   word    — after a non-letter, or after one proclitic (و ف ب ل) that follows a non-letter;
 *   day     — as word (or after ال: "الـ30"), and not continuing a time, decimal or fraction ("05:23", "1/2", "3.5");
 *   numeric — not continuing another number, time or phone group ("+218-91-…").
 */
export type StartRule = "word" | "day" | "numeric";

export interface DateParser {
  name: string;
  start: StartRule;
  pattern: (lex: CompiledLexicon) => RegExp;
  /** words one of which every match contains, or "digits": the pattern then scans only around them (date-windows) */
  core?: (lex: CompiledLexicon) => DateCore;
  extract: (m: RegExpExecArray, ctx: ParseContext) => Candidate | Candidate[] | null;
}

export interface DateRefiner {
  name: string;
  refine: (cands: Candidate[], ctx: ParseContext) => Candidate[];
}

const END = "(?![\\p{L}\\p{N}])";
const DAY = (name: string) => `(?<${name}>[0-3]?\\d)(?!\\p{N})`;
/** A day as digits ("5 مايو", "5 من مايو") or as an ordinal word with من ("الخامس من مايو"). */
const DAY_OF = (lex: CompiledLexicon) => `(?:${DAY("d")}\\s*(?:من\\s+)?|(?<dw>${lex.re.ordinalDay})${END}\\s+من\\s+)(?:شهر\\s+)?`;
/** A stated year, possibly introduced as "عام 2013" / "من عام 2006" after a month. */
const YEAR = (lex: CompiledLexicon) =>
  `(?:(?:من\\s+)?(?:${lex.re.yearWord})\\s+)?(?<y>\\d{4})(?![\\p{N}])(?:\\s?(?:${lex.re.gregorianMark})${END})?`;
// The second name may follow a slash, a bracket, or just a space ("مارس آذار 2017").
const MONTH_EXPR = (alt: string) => `(?<m1>${alt})${END}(?:(?:\\s*[/(\\-]\\s*|\\s+)(?<m2>${alt})${END}(?:\\s*\\))?)?`;
/** "من العام الماضي", "من هذا العام": a year named relative to the anchor. */
const REL_YEAR = (lex: CompiledLexicon) =>
  `(?<yrel>(?:من\\s+)?(?:(?:هذا|هذه)\\s+(?:${lex.re.yearUnit})|(?:${lex.re.yearUnit})\\s+(?<ymod>${lex.re.modifier})))${END}`;

/** "النصف الثاني من مايو" is half a month, not the 2nd: some words before an ordinal unmake it. */
function ordinalIsPart(g: Record<string, string | undefined>, ctx: ParseContext, at: number): boolean {
  return g.dw !== undefined && ctx.lex.ordinalNotAfter.has(wordBefore(ctx.text, at));
}

/** «9 نوفمبر» in quotes: a yearless date in quotation marks names something (a movement, a day). */
function isQuotedName(ctx: ParseContext, start: number, end: number): boolean {
  return /["«“']\s*$/u.test(ctx.text.slice(Math.max(0, start - 2), start)) && /^\s*["»”']/u.test(ctx.text.slice(end, end + 2));
}

function dayFrom(g: Record<string, string | undefined>, lex: CompiledLexicon): number | null {
  if (g.d !== undefined) return Number(g.d);
  return g.dw !== undefined ? (lex.ordinalDayOf.get(key(g.dw).replace(/ و /g, " و")) ?? null) : null;
}

/** Year of a REL_YEAR phrase, from the anchor. */
function relativeYear(g: Record<string, string | undefined>, ctx: ParseContext): number | null {
  if (!ctx.anchor || g.yrel === undefined) return null;
  return ctx.anchor.y + STEP[directionOf(ctx, g.ymod) ?? "current"];
}

const PROCLITICS = "وفبل";

function startsOk(text: string, i: number, rule: StartRule): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  // A separator continues a number only when a digit stands before it ("091-17/…", not "سبها-4/9/2022").
  if (rule === "numeric") return !isType(text, i - 1, NUMERIC) && !("/.:+-".includes(prev) && i >= 2 && isType(text, i - 2, NUMERIC));
  if (!isType(text, i - 1, LETTER_OR_DIGIT)) return rule === "word" || !":./,".includes(prev);
  // "الـ30 من الشهر": the article written onto a day number (the tatweel is gone in the view).
  if (rule === "day" && text.startsWith("ال", i - 2) && (i === 2 || !isType(text, i - 3, LETTER_OR_DIGIT))) return true;
  return PROCLITICS.includes(prev) && (i === 1 || !isType(text, i - 2, LETTER_OR_DIGIT));
}

/** Is text[i] (with text[i + 1], when they are a surrogate pair) a letter or digit? Stepping `back`, i is the pair's second half. */
function letterOrDigitAt(text: string, i: number, from: number, to: number, back: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return CHAR_TYPE[c] & LETTER_OR_DIGIT ? 1 : 0;
  // outside the BMP (rare): a whole pair inside [from, to) is read as one character
  const first = back ? i - 1 : i;
  if (first < from || first + 2 > to) return 0;
  const cp = text.codePointAt(first)!;
  return cp > 0xffff && /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** The word after `from`, past any blanks: /^\s*([\p{L}\p{N}]+)/u on text.slice(from), by table. */
function wordAt(text: string, from: number): string {
  const to = text.length;
  let start = from;
  while (start < to && isType(text, start, BLANK)) start++;
  let end = start;
  for (let k; end < to && (k = letterOrDigitAt(text, end, from, to, false)) > 0; ) end += k;
  return text.slice(start, end);
}

/** The word before `to`, past any blanks, within 40 characters: /([\p{L}\p{N}]+)\s*$/u on that slice, by table. */
function wordBefore(text: string, to: number): string {
  const from = Math.max(0, to - 40);
  let end = to;
  while (end > from && isType(text, end - 1, BLANK)) end--;
  let start = end;
  for (let k; start > from && (k = letterOrDigitAt(text, start - 1, from, to, true)) > 0; ) start -= k;
  return text.slice(start, end);
}

/** Drop leading cue words ("في", "منذ") from a span: they point at a date but are not it. */
function trimPrepositions(ctx: ParseContext, start: number, end: number): number {
  for (;;) {
    const w = /^[\p{L}]+/u.exec(ctx.text.slice(start, end))?.[0];
    if (!w || !ctx.lex.prepositions.has(w)) return start;
    const next = /^[\p{L}]+\s+/u.exec(ctx.text.slice(start, end));
    if (!next) return start;
    start += next[0].length;
  }
}

function monthFrom(m: RegExpExecArray, lex: CompiledLexicon): number | null {
  const m1 = lex.monthOf.get(key(m.groups!.m1));
  if (m1 === undefined) return null;
  // "فبراير/شباط" names one month twice; two different months is not a date we can read.
  if (m.groups!.m2 !== undefined && lex.monthOf.get(key(m.groups!.m2)) !== m1) return null;
  return m1;
}

function isHijriAfter(ctx: ParseContext, at: number): boolean {
  return ctx.lex.re.hijri.test(ctx.text.slice(at, at + 16));
}

const GREGORIAN_YEARS = { min: 1800, max: 2100 };
const okYear = (y: number) => y >= GREGORIAN_YEARS.min && y <= GREGORIAN_YEARS.max;

function directionOf(ctx: ParseContext, word: string | undefined): Direction | null {
  return word ? (ctx.lex.directionOf.get(key(word)) ?? null) : null;
}

function explicitDay(m: RegExpExecArray, ctx: ParseContext, rule: string, y: number, mo: number, d: number, start = m.index, end = m.index + m[0].length): Candidate | null {
  if (!okYear(y) || !validDay(y, mo, d)) return null;
  return { start, end, value: fmtDay({ y, m: mo, d }), precision: "day", implied: false, kind: "explicit", rule };
}

/** Every month name: the core of the patterns built on one. */
const monthWords = (lex: CompiledLexicon): DateCore => [...lex.monthOf.keys()];

// --- explicit numeric dates -----------------------------------------------------------------

/** 2026/09/21, 2026-09-21, 2026.09.21 */
const numericYmd: DateParser = {
  name: "numeric-ymd",
  start: "numeric",
  core: () => "digits",
  pattern: () => /(?<y>\d{4}) ?(?<sep>[/.-]) ?(?<mo>\d{1,2}) ?\k<sep> ?(?<d>\d{1,2})(?!\p{N}|[/.:-]\p{N})/gu,
  extract: (m, ctx) => explicitDay(m, ctx, "numeric-ymd", Number(m.groups!.y), Number(m.groups!.mo), Number(m.groups!.d)),
};

/** 21/9/2026, 21-9-2026, 08/11/2022: day first, unless only month-first makes sense (9/21/2026). */
const numericDmy: DateParser = {
  name: "numeric-dmy",
  start: "numeric",
  core: () => "digits",
  // One space may stand around a separator ("21 / 9 / 2026"); the separator must repeat.
  pattern: () => /(?<a>\d{1,2}) ?(?<sep>[/.-]) ?(?<b>\d{1,2}) ?\k<sep> ?(?<y>\d{4})(?!\p{N}|[/.:-]\p{N})/gu,
  extract: (m, ctx) => {
    const a = Number(m.groups!.a);
    const b = Number(m.groups!.b);
    const y = Number(m.groups!.y);
    const [d, mo] = b > 12 && a <= 12 ? [b, a] : [a, b];
    return explicitDay(m, ctx, "numeric-dmy", y, mo, d);
  },
};

// --- day + month name (+ year) ----------------------------------------------------------------

/** "7 فبراير/شباط", "30 سبتمبر 2028", "23 يناير/كانون الثاني الماضي", "1 الفاتح" */
const dayMonthName: DateParser = {
  name: "day-month",
  start: "day",
  core: monthWords,
  pattern: (lex) =>
    new RegExp(
      `${DAY_OF(lex)}${MONTH_EXPR(lex.re.monthAll)}` +
        `(?:\\s*[,،]?\\s*${YEAR(lex)}|\\s+${REL_YEAR(lex)}|\\s+(?<mod>${lex.re.modifier})${END})?`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const mo = monthFrom(m, ctx.lex);
    const d = dayFrom(g, ctx.lex);
    if (mo === null || d === null || ordinalIsPart(g, ctx, m.index)) return null;
    const end = m.index + m[0].length;
    const ry = relativeYear(g, ctx);
    if (ry !== null) {
      if (!validDay(ry, mo, d)) return null;
      return { start: m.index, end, value: fmtDay({ y: ry, m: mo, d }), precision: "day", implied: true, kind: "explicit", rule: "day-month-relative-year" };
    }
    if (g.y !== undefined) {
      if (isHijriAfter(ctx, m.index + m[0].length)) return null;
      const y = Number(g.y);
      return explicitDay(m, ctx, "day-month-year", y, mo, d);
    }
    if (!ctx.anchor || g.yrel !== undefined) return null;
    if (ctx.lex.dayMonthNameHeads.has(wordBefore(ctx.text, m.index)) || isQuotedName(ctx, m.index, end)) return null;
    const dir = directionOf(ctx, g.mod);
    const y = yearForDay(mo, d, dir, ctx.anchor);
    if (!validDay(y, mo, d)) return null;
    return { start: m.index, end, value: fmtDay({ y, m: mo, d }), precision: "day", implied: true, kind: "explicit", rule: "day-month", yearGuessed: dir === null };
  },
};

/** "في 12 من الشهر الماضي", "الخامس من الشهر الجاري", "10 من هذا الشهر": a day of a month named relative to the anchor. */
const dayOfRelativeMonth: DateParser = {
  name: "day-relative-month",
  start: "day",
  core: () => ["الشهر"],
  pattern: (lex) =>
    new RegExp(
      `(?:${DAY("d")}|(?<dw>${lex.re.ordinalDay})${END})\\s+من\\s+(?:(?<this>هذا)\\s+الشهر|الشهر\\s+(?<mod>${lex.re.modifier}))${END}`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const a = ctx.anchor;
    const d = dayFrom(g, ctx.lex);
    if (!a || d === null || ordinalIsPart(g, ctx, m.index)) return null;
    const k = a.y * 12 + (a.m - 1) + STEP[directionOf(ctx, g.mod) ?? "current"];
    const y = Math.floor(k / 12);
    const mo = (k % 12) + 1;
    if (!validDay(y, mo, d)) return null;
    return { start: m.index, end: m.index + m[0].length, value: fmtDay({ y, m: mo, d }), precision: "day", implied: true, kind: "relative", rule: "day-relative-month" };
  },
};

/** "من 12 إلى 18 نوفمبر", "يومي 3 و4 مايو", "5-6 مايو": the first day of a range shares the month named after the second. */
const dayRangeStart: DateParser = {
  name: "day-range-start",
  start: "day",
  core: monthWords,
  pattern: (lex) =>
    new RegExp(
      `(?:(?:من|بين|يومي)\\s+)?${DAY("d1")}\\s*(?:الي|حتي|و|-|–)\\s*${DAY("d2")}\\s*(?:من\\s+)?${MONTH_EXPR(lex.re.month)}` +
        `(?:\\s*[,،]?\\s*${YEAR(lex)})?(?:\\s+(?<mod>${lex.re.modifier})${END})?`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const mo = monthFrom(m, ctx.lex);
    if (mo === null) return null;
    const d1 = Number(g.d1);
    if (d1 > Number(g.d2)) return null;
    const start = m.index + m[0].indexOf(g.d1);
    const end = start + g.d1.length;
    if (g.y !== undefined) {
      if (isHijriAfter(ctx, m.index + m[0].length)) return null;
      return explicitDay(m, ctx, "day-range-start", Number(g.y), mo, d1, start, end);
    }
    if (!ctx.anchor) return null;
    // The year is decided by the range's end day, so both ends land in the same year.
    const y = yearForDay(mo, Number(g.d2), directionOf(ctx, g.mod), ctx.anchor);
    if (!validDay(y, mo, d1)) return null;
    return { start, end, value: fmtDay({ y, m: mo, d: d1 }), precision: "day", implied: true, kind: "explicit", rule: "day-range-start" };
  },
};

/** "من 9 يوليو إلى 21 أغسطس 2012": the year at the end of a range also dates its start. */
const dayMonthRangeStart: DateParser = {
  name: "day-month-range-start",
  start: "day",
  core: monthWords,
  pattern: (lex) =>
    new RegExp(
      `${DAY("d1")}\\s*(?:من\\s+)?(?<ma>${lex.re.month})${END}(?:\\s*[/(]\\s*(?:${lex.re.month})${END}\\s*\\)?)?` +
        `\\s*(?:الي|حتي|وحتي|ولغايه|-|–)\\s*${DAY("d2")}\\s*(?:من\\s+)?${MONTH_EXPR(lex.re.month)}\\s*[,،]?\\s*${YEAR(lex)}`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const m1 = ctx.lex.monthOf.get(key(g.ma));
    const m2 = monthFrom(m, ctx.lex);
    if (m1 === undefined || m2 === null || isHijriAfter(ctx, m.index + m[0].length)) return null;
    // A range runs forward: a start month after the end month belongs to the year before.
    const y = Number(g.y) - (m1 > m2 ? 1 : 0);
    const end = m.index + m[0].indexOf(g.ma) + g.ma.length;
    return explicitDay(m, ctx, "day-month-range-start", y, m1, Number(g.d1), m.index, end);
  },
};

// --- month (+ year) -------------------------------------------------------------------------

/** "يونيو 2018", "أبريل/نيسان 2017", "نهاية مارس 2029" → month precision. */
const monthYear: DateParser = {
  name: "month-year",
  start: "word",
  core: monthWords,
  pattern: (lex) => new RegExp(`(?:(?:${lex.re.part})\\s+)?(?:شهر\\s+)?${MONTH_EXPR(lex.re.month)}\\s*[,،]?\\s*${YEAR(lex)}`, "gu"),
  extract: (m, ctx) => {
    const mo = monthFrom(m, ctx.lex);
    const y = Number(m.groups!.y);
    if (mo === null || !okYear(y) || isHijriAfter(ctx, m.index + m[0].length)) return null;
    return { start: m.index, end: m.index + m[0].length, value: fmtMonth(y, mo), precision: "month", implied: false, kind: "explicit", rule: "month-year" };
  },
};

/** "يونيو الماضي", "مطلع يونيو الماضي", "نهاية يوليو", "في مارس" → month, year from the anchor. */
const monthAlone: DateParser = {
  name: "month-alone",
  start: "word",
  core: monthWords,
  pattern: (lex) =>
    new RegExp(
      `(?<cue>(?:(?:${lex.re.monthCue})\\s+){0,3})${MONTH_EXPR(lex.re.month)}(?:\\s+${REL_YEAR(lex)}|\\s+(?<mod>${lex.re.modifier})${END})?`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const mo = monthFrom(m, ctx.lex);
    if (mo === null || !ctx.anchor) return null;
    const dir = directionOf(ctx, g.mod);
    const ry = relativeYear(g, ctx);
    const weak = ctx.lex.weakMonths.has(key(g.m1)) && (g.m2 === undefined || ctx.lex.weakMonths.has(key(g.m2)));
    // A bare month name is too often something else (a surname, "father"): it needs a cue or a modifier.
    if (dir === null && ry === null && (weak || !g.cue)) return null;
    const y = ry ?? yearForMonth(mo, dir, ctx.anchor);
    const start = trimPrepositions(ctx, m.index, m.index + m[0].length);
    return { start, end: m.index + m[0].length, value: fmtMonth(y, mo), precision: "month", implied: true, kind: "explicit", rule: "month-alone" };
  },
};

// --- years ----------------------------------------------------------------------------------

/** "عام 1998", "سنة 2006", "منذ 2004", "بنهاية 2027", "عامي 2015 و2016" → year precision. */
const yearWithCue: DateParser = {
  name: "year",
  start: "word",
  core: () => "digits",
  pattern: (lex) =>
    new RegExp(`(?<cue>${lex.re.yearCue})\\s+\\(?(?<y>\\d{4})(?![\\p{N}])(?:\\s*(?:و|-|–|الي|حتي)\\s*(?<y2>\\d{4})(?![\\p{N}]))?`, "gu"),
  extract: (m, ctx) => {
    const g = m.groups!;
    const strength = ctx.lex.yearCueStrength.get(key(g.cue));
    const after = m.index + m[0].length;
    if (isHijriAfter(ctx, after)) return null;
    const next = wordAt(ctx.text, after);
    if (ctx.lex.yearNotFollowedBy.has(next)) return null;
    // After a weak cue ("في", "حتى") a number followed by a word is more likely a count.
    if (strength === "weak" && g.y2 === undefined) {
      const rest = ctx.text.slice(after, after + 20);
      const followedByWord = /^\s*\p{L}/u.test(rest) && !/^\s*(?:م|ميلادي)(?![\p{L}])/u.test(rest) && !ctx.lex.directionOf.has(next);
      if (followedByWord) return null;
    }
    const years = g.y2 === undefined ? [Number(g.y)] : [Number(g.y), Number(g.y2)];
    if (!years.every(okYear)) return null;
    const start = trimPrepositions(ctx, m.index, after);
    if (years.length === 1) return { start, end: after, value: String(years[0]), precision: "year", implied: false, kind: "explicit", rule: "year" };
    const y2At = m.index + m[0].lastIndexOf(g.y2!);
    return [
      { start, end: m.index + m[0].indexOf(g.y) + 4, value: String(years[0]), precision: "year", implied: false, kind: "explicit", rule: "year" },
      { start: y2At, end: y2At + 4, value: String(years[1]), precision: "year", implied: false, kind: "explicit", rule: "year" },
    ];
  },
};

// --- relative days ----------------------------------------------------------------------------

function dayCandidate(start: number, end: number, n: number, rule: string, weekday: number | undefined): Candidate {
  return { start, end, value: fmtDay(fromDayNumber(n)), precision: "day", implied: true, kind: "relative", rule, dayWord: true, weekday };
}

const OPEN_QUOTES = "\"«“'";
const CLOSE_QUOTES = "\"»”'";
/**
 * The word ending at `end` closes a two-word quotation, a name and اليوم («X اليوم»), not a
 * quoted sentence («سنلتقي اليوم»: the name is no verb of the future or the present).
 */
function quotedNameEnd(text: string, start: number, end: number): boolean {
  if (!CLOSE_QUOTES.includes(text[end] ?? "")) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const open = Math.max(...[...OPEN_QUOTES].map((q) => before.lastIndexOf(q)));
  const inside = open >= 0 ? before.slice(open + 1).trim().split(/\s+/).filter(Boolean) : [];
  return inside.length === 1 && !/^و?(?:س[يتن]|[ين])/u.test(inside[0]) && !/[.،,؛:!?؟]/.test(inside[0]);
}

/**
 * The two words before `end` (a name, then اليوم) stand apart as a name: a line's start, a dash, a
 * bar or an opening bracket before them, a line's end, "..", a dash, a bar or a closing bracket after.
 */
function outletName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 3).replace(/^[ \t]+/, "");
  if (!(after === "" || /^(\n|\.\.|[-–—|)])/.test(after))) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const m = /(?:^|\n|[-–—|(])[ \t]*([^\s-–—|(]+)[ \t]+$/.exec(before);
  // (not a verb of the present or the future: "(سنلتقي اليوم)")
  return !!m && !/^و?(?:س[يتن]|[يتن])/u.test(m[1]);
}

/** اليوم، أمس، أمس الأول، غدا، بعد غد — optionally with a time of day before and a weekday after. */
const relativeDay: DateParser = {
  name: "relative-day",
  start: "word",
  core: (lex) => [...lex.dayOffsetOf.keys()],
  pattern: (lex) =>
    new RegExp(
      `(?:(?:${lex.re.timeOfDay})\\s+)?(?<word>${lex.re.relDay})${END}` +
        `(?:\\s*\\(?\\s*(?:يوم\\s+)?(?<wd>${lex.re.weekday})${END}(?:\\s*\\))?)?`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const a = ctx.anchor;
    if (!a) return null;
    const word = key(g.word);
    const offset = ctx.lex.dayOffsetOf.get(word);
    if (offset === undefined) return null;
    const wordAt0 = m.index + m[0].indexOf(g.word);
    if (offset === 0) {
      // "اليوم العالمي", "ذلك اليوم", "اليوم السادس", "الليلة قبل الماضية": not the publication day.
      const next = wordAt(ctx.text, wordAt0 + g.word.length);
      if (g.wd === undefined && (ctx.lex.todayNotAfter.has(next) || ctx.lex.ordinalDayOf.has(next))) return null;
      if (ctx.lex.todayNotBefore.has(wordBefore(ctx.text, m.index))) return null;
      // «X اليوم»، لـ"X اليوم": a quoted name ending in اليوم (an outlet, a programme)
      if (g.wd === undefined && quotedNameEnd(ctx.text, m.index, wordAt0 + g.word.length)) return null;
      // "طرابلس - ليبيا اليوم"، "(روسيا اليوم)": one word and اليوم set apart by a line's edge, a dash,
      // a bar or brackets name an outlet
      if (g.wd === undefined && outletName(ctx.text, m.index, wordAt0 + g.word.length)) return null;
    }
    const end = m.index + m[0].length;
    if (a.d === null) {
      // Only the month is known: "today" is still in it; other offsets may cross its edge.
      if (offset !== 0) return null;
      return { start: m.index, end, value: fmtMonth(a.y, a.m), precision: "month", implied: true, kind: "relative", rule: "relative-day", dayWord: true };
    }
    let n = dayNumber(a.y, a.m, a.d) + offset;
    const wd = g.wd !== undefined ? ctx.lex.weekdayOf.get(key(g.wd)) : undefined;
    if (wd !== undefined) n = weekdayNearest(n, wd);
    return dayCandidate(m.index, end, n, "relative-day", wd);
  },
};

/** "الخميس", "يوم الخميس", "مساء الثلاثاء", "الخميس الماضي", "الخميس المقبل". */
const weekday: DateParser = {
  name: "weekday",
  start: "word",
  core: (lex) => [...lex.weekdayOf.keys()],
  pattern: (lex) =>
    new RegExp(
      `(?:(?:${lex.re.timeOfDay})\\s+)?(?:يوم\\s+)?(?<wd>${lex.re.weekday})${END}(?:\\s+(?<mod>${lex.re.pastNext})${END})?`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const a = ctx.anchor;
    const wd = ctx.lex.weekdayOf.get(key(g.wd));
    if (!a || wd === undefined) return null;
    const wdAt = m.index + m[0].indexOf(g.wd);
    if (ctx.lex.weekdayNotAfter.has(wordAt(ctx.text, wdAt + g.wd.length))) return null;
    if (ctx.lex.weekdayNotBefore.has(wordBefore(ctx.text, m.index))) return null;
    // "بالاثنين" / "للاثنين" read "with / for the two"; a day takes و or ف at most.
    if (m.index > 0 && "بل".includes(ctx.text[m.index - 1])) return null;
    const dir = directionOf(ctx, g.mod);
    const end = m.index + m[0].length;
    if (a.d === null) {
      if (dir !== null) return null;
      return { start: m.index, end, value: fmtMonth(a.y, a.m), precision: "month", implied: true, kind: "relative", rule: "weekday", dayWord: true, weekday: wd };
    }
    const pub = dayNumber(a.y, a.m, a.d);
    // "الخميس الماضي" is strictly before publication; "الخميس قبل الماضي" a week before that.
    const n = dir === "next" ? weekdayAfter(pub, wd) : weekdayOnOrBefore(pub, wd, dir !== null) - (dir === "past2" ? 7 : 0);
    return dayCandidate(m.index, end, n, "weekday", wd);
  },
};

// --- relative periods -----------------------------------------------------------------------

/** "الأسبوع الماضي", "الشهر الجاري", "هذا الشهر", "العام الماضي", "أواخر الشهر", "مطلع العام الجاري". */
const relativePeriod: DateParser = {
  name: "relative-period",
  start: "word",
  core: (lex) => [...lex.unitOf.keys()],
  pattern: (lex) =>
    new RegExp(
      `(?:(?<part>${lex.re.part})\\s+|(?<this>هذا|هذه)\\s+)?(?<unit>${lex.re.unit})${END}(?:\\s+(?<mod>${lex.re.modifier})${END})?`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const a = ctx.anchor;
    const unit = ctx.lex.unitOf.get(key(g.unit));
    if (!a || !unit) return null;
    let dir = directionOf(ctx, g.mod);
    // "العام" alone is "general" (القائد العام); a part or "هذا" makes it the current period.
    if (dir === null) {
      if (g.part === undefined && g.this === undefined) return null;
      dir = "current";
    }
    const end = m.index + m[0].length;
    const rel = (value: string, precision: DatePrecision): Candidate => ({ start: m.index, end, value, precision, implied: true, kind: "relative", rule: "relative-period" });
    const step = STEP[dir];
    if (unit === "year") return rel(String(a.y + step), "year");
    if (unit === "month") {
      const n = a.y * 12 + (a.m - 1) + step;
      return rel(fmtMonth(Math.floor(n / 12), (n % 12) + 1), "month");
    }
    // A week is not a precision we have: give the month it falls in.
    if (a.d === null) return step === 0 ? rel(fmtMonth(a.y, a.m), "month") : null;
    const day = fromDayNumber(dayNumber(a.y, a.m, a.d) + 7 * step);
    return rel(fmtMonth(day.y, day.m), "month");
  },
};

// --- spans of time back from the anchor ------------------------------------------------------

/** "قبل ثلاثة أيام", "منذ يومين", "قبل أسبوعين", "قبل عامين". */
const timeAgo: DateParser = {
  name: "time-ago",
  start: "word",
  core: (lex) => [...lex.durationOf.keys()],
  pattern: (lex) =>
    new RegExp(
      `(?<cue>${lex.re.durationCue})\\s+(?:(?<num>\\d{1,3}|${lex.re.numberWord})\\s+)?(?<unit>${lex.re.durationUnit})${END}`,
      "gu",
    ),
  extract: (m, ctx) => {
    const g = m.groups!;
    const a = ctx.anchor;
    const unit = ctx.lex.durationOf.get(key(g.unit));
    if (!a || !unit) return null;
    const end = m.index + m[0].length;
    const rest = ctx.text.slice(end, end + 12);
    if (/^\s*\(?\s*\p{N}/u.test(rest)) return null; // "منذ عام 1998" is a year, read by yearWithCue
    // "قبل خمسة أيام من الاستفتاء", "قبل 20 عاما على تأسيس": counted from another event.
    if (/^\s+(?:واحد[ةه]?\s+|كامل[ةه]?\s+)?(?:من|علي)(?![\p{L}\p{N}])/u.test(ctx.text.slice(end, end + 24))) return null;
    let n: number | null;
    if (g.num !== undefined) {
      if (unit.count === 2) return null; // "3 يومين" is not Arabic
      n = /^\d/.test(g.num) ? Number(g.num) : (ctx.lex.numberOf.get(key(g.num)) ?? null);
    } else n = unit.count;
    if (n === null || n < 1) return null;
    const rel = (value: string, precision: DatePrecision): Candidate => ({ start: m.index, end, value, precision, implied: true, kind: "relative", rule: "time-ago" });
    if (unit.unit === "year") return rel(String(a.y - n), "year");
    if (unit.unit === "month") {
      const k = a.y * 12 + (a.m - 1) - n;
      return rel(fmtMonth(Math.floor(k / 12), (k % 12) + 1), "month");
    }
    if (a.d === null) return null;
    const days = unit.unit === "week" ? 7 * n : n;
    const day = fromDayNumber(dayNumber(a.y, a.m, a.d) - days);
    // Weeks are not a precision we have: give the month.
    return unit.unit === "week" ? rel(fmtMonth(day.y, day.m), "month") : rel(fmtDay(day), "day");
  },
};

// --- refiners -------------------------------------------------------------------------------

/** "الأربعاء 9 أكتوبر 2019", "اليوم الخميس الموافق 5 مايو": day words before an explicit day date join it. */
const WEEKDAY_AFTER_DATE = /^[\s,،]*\(\s*$/u;
// The longest gap a link can fill: "، الموافق 3 ربيع الأول 1440هـ الموافق " is about 40 characters.
const MAX_LINK = 48;

/**
 * A yearless "17 أغسطس" next to "السبت": the weekday says which year (one of the guessed
 * year and its neighbours, nearest first) — often the coming one, for announced events.
 */
function fixYearByWeekday(c: Candidate, weekday: number): void {
  if (!c.yearGuessed) return;
  const [y, m, d] = c.value.split("-").map(Number);
  for (const yy of [y, y + 1, y - 1]) {
    if (validDay(yy, m, d) && weekdayOfDayNumber(dayNumber(yy, m, d)) === weekday) {
      c.value = fmtDay({ y: yy, m, d });
      return;
    }
  }
}

/**
 * Does the day word name the same day as the explicit date? "الموافق" says so outright; else the
 * weekday must match ("أمس الثلاثاء يوم 14 مارس" names two days), or a bare "اليوم" be within days.
 */
function sameDay(word: Candidate, date: Candidate, gap: string): boolean {
  if (/الموافق/.test(gap)) return true;
  if (word.weekday !== undefined) return weekdayOfDayNumber(dayNumberOf(date.value)) === word.weekday;
  return word.precision === "day" && Math.abs(dayNumberOf(word.value) - dayNumberOf(date.value)) <= 3;
}

const dayNumberOf = (value: string): number => {
  const [y, m, d] = value.split("-").map(Number);
  return dayNumber(y, m, d);
};

const mergeDayWordsIntoExplicit: DateRefiner = {
  name: "merge-day-words",
  refine: (cands, ctx) => {
    const sorted = [...cands].sort((x, y) => x.start - y.start || y.end - x.end);
    const absorbed = new Set<Candidate>();
    for (const c of sorted) {
      if (c.kind !== "explicit" || c.precision !== "day") continue;
      let start = c.start;
      // Walk left over adjacent day words, nearest first.
      for (;;) {
        const left = sorted
          .filter((o) => o.dayWord && !absorbed.has(o) && o.end <= start && start - o.end <= MAX_LINK && ctx.lex.re.weekdayLink.test(ctx.text.slice(o.end, start)))
          .sort((x, y) => y.end - x.end || x.start - y.start)[0];
        if (!left) break;
        if (left.weekday !== undefined) fixYearByWeekday(c, left.weekday);
        if (!sameDay(left, c, ctx.text.slice(left.end, start))) break;
        absorbed.add(left);
        start = left.start;
      }
      c.start = start;
      // "3 نوفمبر 2019 (الأحد)": a bare weekday right after the date names the same day.
      const right = sorted.find((o) => o.rule === "weekday" && !absorbed.has(o) && o.start >= c.end && o.start - c.end <= 4 && WEEKDAY_AFTER_DATE.test(ctx.text.slice(c.end, o.start)));
      if (right && right.weekday !== undefined) fixYearByWeekday(c, right.weekday);
      if (right && sameDay(right, c, "")) {
        absorbed.add(right);
        c.end = right.end + (/^\s*\)/.exec(ctx.text.slice(right.end))?.[0].length ?? 0);
      }
    }
    return cands.filter((c) => !absorbed.has(c));
  },
};

/**
 * The characters kept candidates claim, for keepLongest. One array serves every call (a typed
 * array allocated per article lives outside the heap and cost more than the test it serves):
 * it grows to the longest text seen and is cleared after each use.
 */
let claimed = new Uint8Array(8192);

const isClaimed = (start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (claimed[i] === 1) return true;
  return false;
};

/** Overlapping candidates: keep the longest (it read more of the text); on a tie, the earlier parser. */
const keepLongest: DateRefiner = {
  name: "keep-longest",
  refine: (cands) => {
    const order = cands.map((c, i) => ({ c, i }));
    order.sort((x, y) => y.c.end - y.c.start - (x.c.end - x.c.start) || x.i - y.i);
    // Longest first; `claimed` marks the characters taken so each test is O(length), not O(kept).
    const end = cands.reduce((n, c) => Math.max(n, c.end), 0);
    if (claimed.length < end) claimed = new Uint8Array(Math.max(end, 2 * claimed.length));
    const kept: Candidate[] = [];
    for (const { c } of order) {
      if (isClaimed(c.start, c.end)) continue;
      claimed.fill(1, c.start, c.end);
      kept.push(c);
    }
    for (const c of kept) claimed.fill(0, c.start, c.end);
    return kept.sort((x, y) => x.start - y.start);
  },
};

// ---------------------------------------------------------------------------------------------
// The pipeline

/** Parsers run independently; their order only breaks ties between equally long overlaps. */
export const DATE_PARSERS: readonly DateParser[] = [
  numericYmd,
  numericDmy,
  dayMonthRangeStart, // before day-month: on the same span, the range's year beats the implied one
  dayMonthName, // before the month parsers: "5 مارس 2029" is a day, not the month "مارس 2029"
  dayRangeStart,
  dayOfRelativeMonth,
  monthYear,
  monthAlone,
  yearWithCue,
  relativeDay, // before weekday: "اليوم الخميس" is one day word, not two
  weekday,
  relativePeriod,
  timeAgo,
];

/** Refiners run in this order: merging first, so a merged span wins the overlap test. */
export const DATE_REFINERS: readonly DateRefiner[] = [mergeDayWordsIntoExplicit, keepLongest];

/** `view`: normalizeWithMap(text), when the caller has it already */
export type DateFinder = (text: string, published: string | null | undefined, view?: NormalizedView) => DateValue[];

/**
 * Per code unit, whether normalization drops it though it is no blank (a fatha, a tanween): 0 not
 * yet asked, 1 no, 2 yes. Asked after every date, it is answered once per character (normalize
 * runs a regex over the character to say so), in an array of fixed size.
 */
const DROPPED_MARK = new Uint8Array(0x10000);

function isDroppedMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (DROPPED_MARK[c] === 0) DROPPED_MARK[c] = normalize(text[i]) === "" && !/\s/.test(text[i]) ? 2 : 1;
  return DROPPED_MARK[c] === 2;
}

/** Build a date finder from a lexicon (the default finder uses data/lexicon/dates.yaml). */
export function makeDateFinder(
  lexicon: DateLexiconFile = loadDateLexicon(),
  parsers: readonly DateParser[] = DATE_PARSERS,
  refiners: readonly DateRefiner[] = DATE_REFINERS,
): DateFinder {
  const lex = compileDateLexicon(lexicon);
  const compiled = parsers.map((p) => ({ parser: p, re: p.pattern(lex) })); // regexes compiled once
  const windows = new DateWindows(parsers.map((p) => p.core?.(lex)), lex.contextWords);
  return (text, published, given) => {
    const view = given ?? normalizeWithMap(text);
    const ctx: ParseContext = { text: view.text, anchor: parseAnchor(published), lex };
    let cands: Candidate[] = [];
    const scans = windows.scan(view.text);
    for (let p = 0; p < compiled.length; p++) {
      const { parser, re } = compiled[p];
      const scan = scans[p];
      const scanned = scan ? scan.text : view.text;
      re.lastIndex = 0;
      for (let m = re.exec(scanned); m; m = re.exec(scanned)) {
        const at = m.index;
        // the parsers read around a match (the word before, a Hijri mark after): give them the full text's offset
        if (scan) m.index = toFullOffset(scan, at);
        const out = m[0].length > 0 && startsOk(view.text, m.index, parser.start) ? parser.extract(m, ctx) : null;
        // On a miss, look again one character on: a shorter reading may start inside this one.
        if (!out) re.lastIndex = at + 1;
        else cands.push(...(Array.isArray(out) ? out : [out]));
      }
    }
    for (const r of refiners) cands = r.refine(cands, ctx);
    return cands.map((c) => {
      const span = sourceSpan(view, c.start, c.end);
      // Marks the view dropped (a final fatha, tanween) still belong to the last word.
      while (span.end < text.length && isDroppedMark(text, span.end)) span.end++;
      return { value: c.value, precision: c.precision, text: text.slice(span.start, span.end), span, implied: c.implied, kind: c.kind };
    });
  };
}

let defaultFinder: DateFinder | null = null;
let defaultDurations: ReadonlySet<string> | null = null;

/** The default lexicon's units of duration (يوم، أيام، أسبوعين، أشهر، عامين …), normalized. */
export function durationUnitWords(): ReadonlySet<string> {
  defaultDurations ??= new Set(compileDateLexicon(loadDateLexicon()).durationOf.keys());
  return defaultDurations;
}

/**
 * All dates in `text`, in reading order, with spans into `text`. `published` (YYYY-MM-DD or
 * YYYY-MM) anchors relative dates and yearless ones; when null, only fully stated dates come out.
 */
export function findDates(text: string, published: string | null | undefined, view?: NormalizedView): DateValue[] {
  defaultFinder ??= makeDateFinder();
  return defaultFinder(text, published, view);
}

// ---------------------------------------------------------------------------------------------
// Helpers for the event extractor

/** Dates whose span lies inside `span`. */
export function datesIn(dates: readonly DateValue[], span: Span): DateValue[] {
  return dates.filter((d) => d.span.start >= span.start && d.span.end <= span.end);
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** The date a sentence is about: its most precise date, the first one on a tie; null if none. */
export function dateOfSentence(dates: readonly DateValue[], sentence: Span): DateValue | null {
  const inside = datesIn(dates, sentence);
  let best: DateValue | null = null;
  for (const d of inside) if (!best || PRECISION_RANK[d.precision] < PRECISION_RANK[best.precision]) best = d;
  return best;
}

/** The date whose span is closest to `offset` (0 when it contains it), within `maxDistance` characters. */
export function nearestDate(dates: readonly DateValue[], offset: number, maxDistance = Infinity): DateValue | null {
  let best: DateValue | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    const dist = offset < d.span.start ? d.span.start - offset : offset >= d.span.end ? offset - d.span.end + 1 : 0;
    if (dist < bestDist && dist <= maxDistance) {
      best = d;
      bestDist = dist;
    }
  }
  return best;
}

/**
 * The last date before `offset` at least as precise as `precision` (default: a day): the date
 * an undated sentence inherits from the story so far ("وصل اليوم الثلاثاء … وعقد اجتماع …").
 */
export function lastDateBefore(dates: readonly DateValue[], offset: number, precision: DatePrecision = "day"): DateValue | null {
  let best: DateValue | null = null;
  for (const d of dates) {
    if (d.span.end > offset || PRECISION_RANK[d.precision] > PRECISION_RANK[precision]) continue;
    if (!best || d.span.end > best.span.end) best = d;
  }
  return best;
}

/** A DateValue in the shape an ExtractedEvent carries (types.ts `ExtractedEvent.date`). */
export function eventDate(d: DateValue | null): ExtractedEvent["date"] {
  return d ? { value: d.value, precision: d.precision, text: d.text, implied: d.implied } : null;
}
