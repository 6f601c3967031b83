// Numbers in Arabic news text: digits (Western or Arabic-Indic, with separators), number
// words ("ثلاثة آلاف", "خمسة وعشرون") and mixtures ("21 ألف", "16.35 مليون").
// Matching runs on the normalized view (text/normalize.ts) so that hamza, ta marbuta and
// Arabic-Indic digits need no special cases; spans are mapped back to the original text.
//
// Decisions (see data/lexicon/numbers.yaml for the words):
// - "1,500" → 1500: a comma followed by exactly three digits separates thousands; "2,5" and
//   "2٫5" are decimals.
// - "9ر11" → 11.9 (ر as decimal mark, fraction written first).
// - "16.35" → 16.35. A dot followed by exactly three digits ("3.000") is read as a thousands
//   separator (European / Maghreb style: nobody counts 3.000 migrants as three), except
//   before a scale word, where it is a decimal ("1.250 مليون" = 1250000).
// - Digits joined to other digits by / : - ("2025/06/13", "05:23", "2020-2021") are dates,
//   times, ratios or phone numbers: consumed and not returned.
// - Digits glued to Latin letters or URL punctuation ("IDE4", "?id=12") are codes: skipped.
// - Vague plurals alone ("عشرات", "مئات", "آلاف المهاجرين") are not numbers.
// - "أحد"/"إحدى" alone mean "one of": only numbers inside 11/12 or 21, 31, ...

import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { normalize, normalizeWithMap, sourceSpan, type NormalizedView } from "../text/normalize.js";
import { innerShape, shapeBitmap, wordShape } from "./word-shape.js";

export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** the source text of the number, without proclitics */
  text: string;
  kind: "digits" | "words" | "mixed";
}

/** A number located in a normalized view: [nStart, nEnd) are offsets in `view.text`. */
export interface NormalizedNumber {
  nStart: number;
  nEnd: number;
  value: number;
  kind: NumberMatch["kind"];
  /** the value of the last scale word in the phrase ("5 آلاف" → 1000), if any */
  scale?: number;
}

// ---------------------------------------------------------------- lexicon

type WordRole =
  | { role: "one"; value: number }
  | { role: "teenHead"; value: number }
  | { role: "teenTail" }
  | { role: "ten"; value: number }
  | { role: "hundred" }
  | { role: "hundreds"; value: number }
  | { role: "scale"; value: number; form: "one" | "dual" | "multiplier" }
  | { role: "fraction"; value: number }
  | { role: "vague" };

interface NumbersLexicon {
  prefixes: string[];
  ones: Record<string, string[]>;
  teen_heads: Record<string, string[]>;
  teen_tails: string[];
  tens: Record<string, string[]>;
  hundred: string[];
  hundreds: Record<string, string[]>;
  scales: { value: number; one: string[]; dual: string[]; multiplier: string[] }[];
  fractions: Record<string, string[]>;
  vague: string[];
  not_numbers: string[];
  ordinal_teen_heads: string[];
}

export const NUMBERS_LEXICON_PATH = new URL("../../data/lexicon/numbers.yaml", import.meta.url);

function loadLexicon(): { roles: Map<string, WordRole[]>; prefixes: string[]; notNumbers: Set<string>; ordinalHeads: Set<string> } {
  const lex = parse(readFileSync(NUMBERS_LEXICON_PATH, "utf8")) as NumbersLexicon;
  const roles = new Map<string, WordRole[]>();
  const add = (word: string, r: WordRole) => {
    const k = normalize(word);
    const list = roles.get(k) ?? [];
    list.push(r);
    roles.set(k, list);
  };
  for (const [v, ws] of Object.entries(lex.ones)) for (const w of ws) add(w, { role: "one", value: Number(v) });
  for (const [v, ws] of Object.entries(lex.teen_heads)) for (const w of ws) add(w, { role: "teenHead", value: Number(v) });
  for (const w of lex.teen_tails) add(w, { role: "teenTail" });
  for (const [v, ws] of Object.entries(lex.tens)) for (const w of ws) add(w, { role: "ten", value: Number(v) });
  for (const w of lex.hundred) add(w, { role: "hundred" });
  for (const [v, ws] of Object.entries(lex.hundreds)) for (const w of ws) add(w, { role: "hundreds", value: Number(v) });
  for (const s of lex.scales) {
    for (const w of s.one) add(w, { role: "scale", value: s.value, form: "one" });
    for (const w of s.dual) add(w, { role: "scale", value: s.value, form: "dual" });
    for (const w of s.multiplier) add(w, { role: "scale", value: s.value, form: "multiplier" });
  }
  for (const [v, ws] of Object.entries(lex.fractions)) for (const w of ws) add(w, { role: "fraction", value: Number(v) });
  for (const w of lex.vague) if (!roles.has(normalize(w))) add(w, { role: "vague" });
  // longest prefix first, so "وب" is tried before "و"
  const prefixes = lex.prefixes.map(normalize).sort((a, b) => b.length - a.length);
  const ordinalHeads = new Set(lex.ordinal_teen_heads.map(normalize));
  return { roles, prefixes, notNumbers: new Set(lex.not_numbers.map(normalize)), ordinalHeads };
}

const LEX = loadLexicon();

/** A number word's roles, and the proclitic letters before it. */
interface NumberWord {
  roles: WordRole[];
  prefix: string;
}

/** The normalized word n[start, end) as a number word, or null. */
function lookupWord(n: string, start: number, end: number): NumberWord | null {
  // most words are no number word: their length and edge letters say so before the word is
  // cut out of the text and hashed
  if (end <= start || FORM_SHAPES[wordShape(n, start, end)] === 0) return null;
  if (end - start >= 2 && FORM_INNER_SHAPES[innerShape(n, start, end)] === 0) return null;
  return FORMS.get(n.slice(start, end)) ?? null;
}

// Every surface form a number word can take (bare, then with each proclitic, longest
// proclitic first), precomputed: lookupWord runs on every Arabic word of every article.
const FORMS = new Map<string, NumberWord>();
for (const p of ["", ...LEX.prefixes]) {
  for (const [word, roles] of LEX.roles) {
    const form = p + word;
    if (!FORMS.has(form) && !LEX.notNumbers.has(form)) FORMS.set(form, { roles, prefix: p });
  }
}
const FORM_SHAPES = shapeBitmap(FORMS.keys());
const FORM_INNER_SHAPES = new Uint8Array(1 << 16);
for (const form of FORMS.keys()) if (form.length >= 2) FORM_INNER_SHAPES[innerShape(form)] = 1;

// ---------------------------------------------------------------- tokens

interface Tok {
  start: number; // normalized offsets
  end: number;
  kind: "digits" | "arabic" | "latin";
  /** an Arabic token as a number word (null for the free-standing "و" and other kinds) */
  word: NumberWord | null;
}

// Built once: digits with separators, Arabic letter runs, Latin letter runs.
// "،" (Arabic comma) between digits is a separator too: "2،5" = 2.5, "3،215" = 3215.
// Some outlets (Asharq Al-Awsat, SPA) write decimals with ر in logical order fraction-first:
// "9ر11" is 11.9, "06ر1" is 1.06.
// French-style grouping with a (thin / no-break) space, "20 000", "1 200 000": with an ordinary
// space only when the groups are 000, since "بين 150 300" is two numbers with a lost dash.
const DIGITS_RE = /\d+ر\d+(?![\p{L}\p{N}])|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d.,])|\d{1,3}(?: 000)+(?![\d.,])|\d+(?:[.,،]\d+)*/uy;
const WS_ONLY = /^[^\S\n]+$/u; // a phrase may not cross a line break
// (character lists, not classes: isCodeDigits asks about single characters around every digits token)
const CLUSTER_JOINER = "/:-";
const CODE_BEFORE = "=/_#@&?-+";
const CODE_AFTER = "/_@";

// Letter runs are scanned by character class; the digit patterns above run only where a digit
// starts (one regex over the whole text allocated a match array per word). A token keeps only
// its offsets, and an Arabic word is a token only when it is a number word or a free-standing
// "و": the other words (nine in ten) can neither start nor continue a number, and an object for
// each cost more than reading the numbers. Leaving them out changes no phrase: tokens join only
// across blanks (joined), and the letters of a word left out between two tokens keep them apart
// as the word itself stopped the phrase.
const DIGIT = 1;
const ARABIC = 2;
const LATIN = 3;
/** the class of each code unit, one look-up per character of the text */
const CHAR_CLASS = new Uint8Array(0x10000);
for (const [from, to, cls] of [[48, 57, DIGIT], [0x621, 0x63a, ARABIC], [0x641, 0x64a, ARABIC], [0x671, 0x6d3, ARABIC], [97, 122, LATIN], [0xc0, 0x24f, LATIN]]) {
  CHAR_CLASS.fill(cls, from, to + 1);
}
/** [^\S\n], the blanks that join two words of a phrase */
const LINE_BLANK = new Uint8Array(0x10000);
{
  const lineBlank = /[^\S\n]/u;
  for (let c = 0; c < 0x10000; c++) if (lineBlank.test(String.fromCharCode(c))) LINE_BLANK[c] = 1;
}

function tokenize(n: string): Tok[] {
  const toks: Tok[] = [];
  const len = n.length;
  let i = 0;
  while (i < len) {
    const cls = CHAR_CLASS[n.charCodeAt(i)];
    if (cls === 0) i++;
    else if (cls === DIGIT) {
      DIGITS_RE.lastIndex = i;
      const end = i + DIGITS_RE.exec(n)![0].length; // \d+ always matches here
      toks.push({ start: i, end, kind: "digits", word: null });
      i = end;
    } else {
      let j = i + 1;
      while (j < len && CHAR_CLASS[n.charCodeAt(j)] === cls) j++;
      if (cls === LATIN) toks.push({ start: i, end: j, kind: "latin", word: null });
      else {
        const word = lookupWord(n, i, j);
        if (word || isWawAt(n, i, j)) toks.push({ start: i, end: j, kind: "arabic", word });
      }
      i = j;
    }
  }
  return toks;
}

const textOf = (n: string, t: Tok) => n.slice(t.start, t.end);
/** A free-standing "و" between two number parts ("خمسة و عشرون"). */
const isWawAt = (n: string, start: number, end: number) => end - start === 1 && n.charCodeAt(start) === 0x648;
const isWaw = (n: string, t: Tok) => t.kind === "arabic" && isWawAt(n, t.start, t.end);

/** Value of a digit string with separators, or null when the separators make no number (a dotted date). */
export function parseDigits(digits: string, beforeScale: boolean): number | null {
  // most numbers are plain digits, which none of the separator rules below touch
  if (isAsciiDigits(digits)) return Number(digits);
  const r = /^(\d+)ر(\d+)$/.exec(digits);
  if (r) return Number(`${r[2]}.${r[1]}`);
  if (/[ \u00a0\u202f]/.test(digits)) return Number(digits.replace(/[ \u00a0\u202f]/g, ""));
  const s = digits.replace(/،/g, ",");
  const seps = s.match(/[.,]/g);
  if (!seps) return Number(s);
  const groups = s.split(/[.,]/);
  const tail = groups.slice(1);
  const allThree = tail.every((g) => g.length === 3);
  const dots = seps.filter((c) => c === ".").length;
  const commas = seps.length - dots;
  if (dots && commas) {
    // both kinds: the last separator is the decimal point, the others group thousands
    const last = Math.max(s.lastIndexOf("."), s.lastIndexOf(","));
    const intPart = s.slice(0, last).replace(/[.,]/g, "");
    return Number(`${intPart}.${s.slice(last + 1)}`);
  }
  if (seps.length > 1) return allThree && groups[0].length <= 3 ? Number(groups.join("")) : null;
  // one separator
  const frac = tail[0];
  // "0.019" is a decimal whatever follows: no one writes a thousands separator after a zero
  if (frac.length !== 3 || groups[0].length > 3 || /^0+$/.test(groups[0])) return Number(`${groups[0]}.${frac}`);
  if (commas) return Number(groups.join(""));
  return beforeScale ? Number(`${groups[0]}.${frac}`) : Number(groups.join(""));
}

function isAsciiDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

// ---------------------------------------------------------------- phrases

/** True when the digits token is part of a date/time/code cluster or glued to Latin text. */
function isCodeDigits(n: string, toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (charIn(n, t.end, CLUSTER_JOINER) && isDigitAt(n, t.end + 1)) return true;
  if (charIn(n, t.start - 1, CLUSTER_JOINER) && isDigitAt(n, t.start - 2)) return true;
  if (charIn(n, t.start - 1, CODE_BEFORE) || charIn(n, t.end, CODE_AFTER)) return true;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && prev.end === t.start && prev.kind === "latin") return true;
  if (next && next.start === t.end && next.kind === "latin") return true;
  return false;
}

/** Is n[i] one of `chars`? (false outside the text) */
const charIn = (n: string, i: number, chars: string) => i >= 0 && i < n.length && chars.includes(n[i]);
/** Is n[i] an ASCII digit? (false outside the text) */
const isDigitAt = (n: string, i: number) => {
  const c = n.charCodeAt(i); // NaN outside the text
  return c >= 48 && c <= 57;
};

function joined(n: string, a: Tok, b: Tok): boolean {
  // (most gaps are one space: no substring needed)
  if (b.start - a.end === 1 && n.charCodeAt(a.end) === 32) return true;
  return WS_ONLY.test(n.slice(a.end, b.start));
}

/** Blanks, then a word with the article (its letters after ال are the word looked up). */
const DEFINITE_NEXT = /^([^\S\n]+)ال(\p{L}+)/u;

/** "(2.2) مليون": some outlets bracket the digits of a number and leave the scale word outside. */
function bracketedBeforeScale(n: string, a: Tok, b: Tok): boolean {
  // a bracketed full number ("(1.348.764) مليون راكب") is a typo, not a count of millions
  return a.kind === "digits" && n[a.start - 1] === "(" && /^\d{1,3}(?:[.,،]\d{1,2})?$/.test(textOf(n, a)) && /^\)[^\S\n]*$/u.test(n.slice(a.end, b.start));
}

interface Parsed {
  last: number; // index of the last token consumed
  value: number;
  scale?: number;
  kind: NumberMatch["kind"];
  startOffset: number; // normalized start (after any proclitic)
  /** normalized end, when the phrase ends past its last token (a scale word with the article) */
  end?: number;
}



/**
 * Read one number phrase starting at token i, or null. Arabic order: units before tens
 * joined by و ("خمسة وعشرون"), a count before its scale word ("ثلاثة آلاف"), larger
 * parts before smaller ones joined by و ("ألف وخمسمائة", "مليون و200 ألف").
 */
function parsePhrase(n: string, toks: Tok[], i: number): Parsed | null {
  const first = toks[i];
  let total = 0;
  let cur = 0;
  // what the current group holds, to know what may follow
  let stage: "none" | "digits" | "one" | "teenHead" | "teen" | "ten" | "hundreds" = "none";
  let lastScale = Infinity;
  let usedDigits = false;
  let usedWords = false;
  let last = -1;
  let startOffset = first.start;

  if (first.kind === "digits") {
    // digits may carry a glued proclitic before them ("و1500", "ب20"): the token before is separate
    const next = toks[i + 1];
    const nextRoles = next && (joined(n, first, next) || bracketedBeforeScale(n, first, next)) ? next.word : null;
    const beforeScale = !!nextRoles?.roles.some((r) => r.role === "scale" && r.form !== "dual");
    const v = parseDigits(textOf(n, first), beforeScale);
    if (v === null) return null;
    cur = v;
    stage = "digits";
    usedDigits = true;
    last = i;
  } else {
    const look = first.word;
    if (!look) return null;
    startOffset = first.start + look.prefix.length;
    const r = pickRole(look.roles, ["one", "teenHead", "ten", "hundred", "hundreds", "scale", "fraction"]);
    if (!r) return null;
    switch (r.role) {
      case "one": cur = r.value; stage = "one"; break;
      case "teenHead": cur = r.value; stage = "teenHead"; break;
      case "ten": cur = r.value; stage = "ten"; break;
      case "hundred": cur = 100; stage = "hundreds"; break;
      case "hundreds": cur = r.value; stage = "hundreds"; break;
      case "scale": {
        // ("مليارا ونصف المليار دولار": the accusative singular with its half after it is one and a half)
        const half = r.form === "multiplier" && textOf(n, first).endsWith("ا") ? toks[i + 1]?.word : undefined;
        if (half && half.prefix === "و" && half.roles.some((x) => x.role === "fraction" && x.value === 0.5) && joined(n, first, toks[i + 1])) {
          total = r.value;
          lastScale = r.value;
          usedWords = true;
          last = i;
          break;
        }
        if (r.form === "multiplier") return null; // vague plural or ambiguous accusative
        total = (r.form === "dual" ? 2 : 1) * r.value;
        lastScale = r.value;
        break;
      }
      case "fraction": {
        // only as a fraction of a following scale word: "نصف مليون"
        const next = toks[i + 1];
        const nr = next && joined(n, first, next) ? next.word : null;
        const sc = nr && nr.prefix === "" ? pickRole(nr.roles, ["scale"]) : null;
        if (!sc || sc.role !== "scale" || sc.form !== "one") return null;
        return { last: i + 1, value: r.value * sc.value, kind: "words", startOffset, scale: sc.value };
      }
      default: return null;
    }
    usedWords = true;
    last = i;
  }

  for (let j = i + 1; j < toks.length; j++) {
    const prevTok = toks[j - 1];
    let tok = toks[j];
    if (!joined(n, prevTok, tok) && !(j === i + 1 && bracketedBeforeScale(n, prevTok, tok))) break;
    // a free-standing "و" between two number parts ("خمسة و عشرون")
    let conj = false;
    let k = j;
    const after = toks[j + 1];
    if (isWaw(n, tok) && after && (after.start === tok.end || joined(n, tok, after))) {
      conj = true;
      k = j + 1;
      tok = toks[k];
    }
    let roles: WordRole[] | null = null;
    let digitValue: number | null = null;
    if (tok.kind === "arabic") {
      const look = tok.word;
      if (!look) break;
      if (look.prefix === "و") conj = true;
      else if (look.prefix !== "") break;
      roles = look.roles;
    } else if (tok.kind === "digits") {
      // "مليون و200 ألف": digits continue a phrase only after a scale word and و
      if (!(conj && stage === "none" && total > 0) || isCodeDigits(n, toks, k)) break;
      const nx = toks[k + 1];
      const nxRoles = nx && joined(n, tok, nx) ? nx.word : null;
      // "بين 10 آلاف و50 ألف يورو": digits with a scale word of their own as large are the next number
      if (conj && nxRoles?.prefix === "" && nxRoles.roles.some((r) => r.role === "scale" && r.value >= lastScale)) break;
      digitValue = parseDigits(textOf(n, tok), !!nxRoles?.roles.some((r) => r.role === "scale"));
      if (digitValue === null) break;
    } else break;

    if (digitValue !== null) {
      cur = digitValue;
      stage = "digits";
      usedDigits = true;
      last = k;
      j = k;
      continue;
    }
    const step = nextStep(roles!, conj, stage, cur, total, lastScale);
    if (!step) break;
    // ("ثلاثة آلاف وخمسة آلاف": the same for a count in words before its own scale word)
    if (conj && step.stage !== "none" && scaleFollows(n, toks, k, lastScale)) break;
    ({ cur, total, stage, lastScale } = step);
    usedWords = true;
    last = k;
    j = k;
    if (step.done) {
      // "مليون ونصف مليون"، "مليونان ونصف المليون": the scale said again after the half belongs to it
      const nx = toks[k + 1];
      const again = nx && nx.kind === "arabic" && joined(n, tok, nx) ? nx.word : null;
      if (again && (again.prefix === "" || again.prefix === "ال") && again.roles.some((r) => r.role === "scale" && r.value === lastScale)) last = k + 1;
      // (with the article, which no number word takes: "مليارا ونصف المليار")
      else if (Number.isFinite(lastScale)) {
        const m = DEFINITE_NEXT.exec(n.slice(tok.end, tok.end + 16));
        const word = m ? lookupWord(n, tok.end + m[1].length + 2, tok.end + m[0].length) : null;
        if (word && word.prefix === "" && word.roles.some((r) => r.role === "scale" && r.value === lastScale)) return { last: k, value: total + cur, kind: usedDigits ? "mixed" : "words", startOffset, scale: lastScale, end: tok.end + m![0].length };
      }
      break;
    }
  }
  // "أحد"/"اثنا" never completed into 11/12 is not a number ("أحد المهاجرين")
  if (stage === "teenHead") return null;
  const value = total + cur;
  if (value === 0) return null;
  const kind = usedDigits && usedWords ? "mixed" : usedDigits ? "digits" : "words";
  return { last, value, kind, startOffset, scale: Number.isFinite(lastScale) ? lastScale : undefined };
}

/** The word right after token k is a scale word at least as large as `lastScale`. */
function scaleFollows(n: string, toks: Tok[], k: number, lastScale: number): boolean {
  const nx = toks[k + 1];
  const look = nx && nx.kind === "arabic" && joined(n, toks[k], nx) ? nx.word : null;
  return !!look && look.prefix === "" && look.roles.some((r) => r.role === "scale" && r.value >= lastScale);
}

function pickRole(roles: WordRole[], allowed: WordRole["role"][]): WordRole | null {
  for (const a of allowed) {
    const r = roles.find((x) => x.role === a);
    if (r) return r;
  }
  return null;
}

interface Step {
  cur: number;
  total: number;
  stage: "none" | "digits" | "one" | "teenHead" | "teen" | "ten" | "hundreds";
  lastScale: number;
  done?: boolean;
}

/** How a following number word extends the phrase read so far, or null when it does not belong to it. */
function nextStep(roles: WordRole[], conj: boolean, stage: Step["stage"], cur: number, total: number, lastScale: number): Step | null {
  const afterScale = stage === "none" && total > 0;
  for (const r of roles) {
    switch (r.role) {
      case "teenTail":
        if (!conj && (stage === "one" || stage === "teenHead") && cur % 100 >= 1 && cur % 100 <= 9)
          return { cur: cur + 10, total, stage: "teen", lastScale };
        break;
      case "ten":
        // the ones of this group come first: "مائة وخمسة وعشرون" = 100 + 5 + 20
        if (conj && (stage === "one" || stage === "teenHead") && cur % 100 <= 9) return { cur: cur + r.value, total, stage: "ten", lastScale };
        if (conj && (stage === "hundreds" || afterScale)) return { cur: cur + r.value, total, stage: "ten", lastScale };
        break;
      case "one":
        if (conj && (stage === "hundreds" || afterScale)) return { cur: cur + r.value, total, stage: "one", lastScale };
        break;
      case "hundred":
        if (!conj && stage === "one" && cur >= 3 && cur <= 9) return { cur: cur * 100, total, stage: "hundreds", lastScale };
        if (conj && afterScale) return { cur: 100, total, stage: "hundreds", lastScale };
        break;
      case "hundreds":
        if (conj && afterScale) return { cur: r.value, total, stage: "hundreds", lastScale };
        break;
      case "scale":
        if (r.value >= lastScale) break;
        if (!conj && cur > 0 && stage !== "teenHead" && r.form !== "dual")
          return { cur: 0, total: total + cur * r.value, stage: "none", lastScale: r.value };
        if (conj && afterScale && r.form !== "multiplier")
          return { cur: 0, total: total + (r.form === "dual" ? 2 : 1) * r.value, stage: "none", lastScale: r.value };
        break;
      case "fraction":
        // "مليون ونصف"
        if (conj && afterScale && Number.isFinite(lastScale))
          return { cur: 0, total: total + r.value * lastScale, stage: "none", lastScale, done: true };
        break;
      default:
        break;
    }
  }
  return null;
}

/** "عشرة" in "الحادية عشرة" / "الخامس عشر" ends an ordinal: the word before it carries the article. */
function isOrdinalTail(n: string, t: Tok): boolean {
  const look = t.word;
  if (!look || look.prefix !== "" || !look.roles.some((r) => r.role === "teenTail")) return false;
  // the Arabic word before it across blanks (a number word or not, so read in the text: the
  // tokens hold only number words)
  let end = t.start;
  while (end > 0 && LINE_BLANK[n.charCodeAt(end - 1)] === 1) end--;
  let start = end;
  while (start > 0 && CHAR_CLASS[n.charCodeAt(start - 1)] === ARABIC) start--;
  if (end === t.start || start === end) return false;
  const m = /^(?:[وفبل]?ال|لل)(.+)$/.exec(n.slice(start, end));
  return !!m && LEX.ordinalHeads.has(m[1]);
}

// ---------------------------------------------------------------- public

/** Numbers in a normalized view, with normalized offsets (for callers that match context on the view). */
export function findNumbersInView(view: NormalizedView): NormalizedNumber[] {
  const n = view.text;
  const toks = tokenize(n);
  const out: NormalizedNumber[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === "latin") continue;
    if (t.kind === "digits" && isCodeDigits(n, toks, i)) {
      // skip the whole cluster ("2025/06/13")
      while (i + 1 < toks.length && toks[i + 1].kind === "digits" && /^[/:\-]$/.test(n.slice(toks[i].end, toks[i + 1].start))) i++;
      continue;
    }
    if (isOrdinalTail(n, t)) continue;
    const p = parsePhrase(n, toks, i);
    if (!p) continue;
    out.push({ nStart: p.startOffset, nEnd: p.end ?? toks[p.last].end, value: round(p.value), kind: p.kind, ...(p.scale ? { scale: p.scale } : {}) });
    i = p.last;
  }
  return out;
}

/** All numbers in `text` (digits, words, or both), with spans into `text`. */
export function findNumbers(text: string): NumberMatch[] {
  const view = normalizeWithMap(text);
  return findNumbersInView(view).map((m) => {
    const { start } = sourceSpan(view, m.nStart, m.nEnd);
    const end = extendOverMarks(text, sourceSpan(view, m.nStart, m.nEnd).end);
    return { start, end, value: m.value, text: text.slice(start, end), kind: m.kind };
  });
}

const MARK = /[\u0610-\u061a\u064b-\u065f\u0670\u0640]/;

/** Move a source end offset past the diacritics and tatweel that normalization dropped ("آلافٍ"). */
export function extendOverMarks(text: string, end: number): number {
  while (end < text.length && MARK.test(text[end])) end++;
  return end;
}

// 16.35 * 1e6 is 16350000.000000002 in floating point
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
