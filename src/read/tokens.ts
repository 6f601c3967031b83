// Tokens with offsets into the text they came from: Arabic words (with a clitic-stripped
// stem), numbers ("16.35", "2025/06/13", "1,500", "٣٠٠", and "و1500" = و + number), Latin
// words, and punctuation of both scripts. Each token's text is text.slice(start, end).
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { Lexeme, type Token } from "../types.js";
import { normalize } from "../text/normalize.js";
import { shapeBitmap, wordShape } from "./word-shape.js";
import { HASH_SEED, hashStep, WordTable } from "./word-table.js";

export const CLITICS_PATH = new URL("../../data/lexicon/clitics.yaml", import.meta.url);

// ---------------------------------------------------------------- clitics (data-driven)

interface Affix {
  form: string;
  minStem: number;
}

export interface CliticRules {
  /** proclitics, longest first; article clusters first */
  prefixes: Affix[];
  /** pronoun suffixes, longest first */
  suffixes: Affix[];
  keep: Set<string>;
  /** the keep words' shapes (word-shape.ts): a cheap filter before a substring is built and looked up */
  keepShapes: Uint8Array;
  /** the same affixes grouped by their first (prefix) or last (suffix) letter, longest first */
  prefixesByFirst: Map<number, Affix[]>;
  suffixesByLast: Map<number, Affix[]>;
}

interface CliticsData {
  article_prefixes: { min_stem: number; forms: string[] };
  particle_prefixes: { form: string; min_stem: number }[];
  suffixes: { form: string; min_stem: number }[];
  keep: string[];
}

export function compileCliticRules(data: CliticsData): CliticRules {
  const byLength = (a: Affix, b: Affix) => b.form.length - a.form.length;
  const articles = data.article_prefixes.forms.map((f) => ({ form: normalize(f), minStem: data.article_prefixes.min_stem }));
  const particles = data.particle_prefixes.map((p) => ({ form: normalize(p.form), minStem: p.min_stem }));
  const prefixes = [...articles.sort(byLength), ...particles.sort(byLength)];
  const suffixes = data.suffixes.map((s) => ({ form: normalize(s.form), minStem: s.min_stem })).sort(byLength);
  const keep = new Set(data.keep.map(normalize));
  return {
    prefixes,
    suffixes,
    keep,
    keepShapes: shapeBitmap(keep),
    prefixesByFirst: groupBy(prefixes, (p) => p.form.charCodeAt(0)),
    suffixesByLast: groupBy(suffixes, (s) => s.form.charCodeAt(s.form.length - 1)),
  };
}

function groupBy(affixes: Affix[], letter: (a: Affix) => number): Map<number, Affix[]> {
  const out = new Map<number, Affix[]>();
  for (const a of affixes) {
    const k = letter(a);
    const list = out.get(k);
    if (list) list.push(a);
    else out.set(k, [a]);
  }
  return out;
}

export function readCliticRules(path: URL | string = CLITICS_PATH): CliticRules {
  const doc = parse(readFileSync(path, "utf8")) as CliticsData;
  if (!doc?.article_prefixes?.forms || !Array.isArray(doc.particle_prefixes) || !Array.isArray(doc.suffixes) || !Array.isArray(doc.keep)) {
    throw new Error("clitics lexicon: expected article_prefixes.forms, particle_prefixes, suffixes, keep");
  }
  return compileCliticRules(doc);
}

let rules: CliticRules | undefined;
function cliticRules(): CliticRules {
  rules ??= readCliticRules();
  return rules;
}

export interface Stemmed {
  stem: string;
  prefix: string;
}

function isArabicMark(c: number): boolean {
  return (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6ed) || c === 0x640;
}

/** Last letter of the surface form, skipping diacritics and tatweel. */
function lastLetter(surface: string): string {
  for (let i = surface.length - 1; i >= 0; i--) if (!isArabicMark(surface.charCodeAt(i))) return surface[i];
  return "";
}

/** True when the surface form ends in tanween fath (بياناً), whose alef is not part of a pronoun. */
function endsInTanween(surface: string): boolean {
  return surface.includes("\u064B", Math.max(0, surface.length - 3));
}

const PREPOSITION_END = new Set(["ب", "ل", "ك", "ف"].map((c) => c.charCodeAt(0)));
const LONG_VOWEL = new Set(["ا", "و", "ي"].map((c) => c.charCodeAt(0)));
/** Plural and nisba endings: their long vowels say nothing about the stem. */
const INFLECTION_ENDINGS = ["يات", "ات", "ين", "ون", "يه", "ي"];

/**
 * Transliterated names carry many long vowels (بيانتيدوزي, كروسيتو, لوتشانا); an Arabic stem,
 * once its inflection ending is set aside, rarely has three (مكافحه, استقبال, مستويات).
 * Foreign-looking names that do take ب/ل (لإيطاليا, بلامبيدوزا) are in the keep list.
 */
export function looksForeign(w: string): boolean {
  let end = w.length;
  for (const e of INFLECTION_ENDINGS) {
    if (w.endsWith(e) && w.length - e.length >= 3) {
      end -= e.length;
      break;
    }
  }
  if (end < 5) return false;
  let vowels = 0;
  for (let i = 0; i < end; i++) if (LONG_VOWEL.has(w.charCodeAt(i))) vowels++;
  return vowels >= 3;
}

function suffixAllowed(s: Affix, surface: string): boolean {
  if (s.form === "ه" && lastLetter(surface) === "ة") return false; // ta marbuta, not "his"
  if (s.form.endsWith("ا") && endsInTanween(surface)) return false;
  return true;
}

/**
 * Strip proclitics and pronoun suffixes from a word. `surface` is the word as written (it tells
 * ة from ه and shows tanween); `norm` its normalized form. Conservative: when in doubt, keep.
 */
export function stemWord(surface: string, norm: string = normalize(surface), r: CliticRules = cliticRules()): Stemmed {
  const byFirst = r.prefixesByFirst.get(norm.charCodeAt(0));
  const byLast = r.suffixesByLast.get(norm.charCodeAt(norm.length - 1));
  if (byFirst === undefined && byLast === undefined) return { stem: norm, prefix: "" };
  // an indefinite accusative (بياناً) is looked up without its tanween alef
  const tanween = byLast !== undefined && norm.charCodeAt(norm.length - 1) === ALEF && endsInTanween(surface);
  if (isKnown(r.keep, norm, tanween)) return { stem: norm, prefix: "" };

  // the affixes this word carries (a handful at most), longest first
  const pres: Affix[] = [];
  if (byFirst) for (const p of byFirst) if (norm.startsWith(p.form)) pres.push(p);
  const sufs: Affix[] = [];
  if (byLast) {
    for (const s of byLast) {
      if (!norm.endsWith(s.form) || !suffixAllowed(s, surface)) continue;
      // a noun does not end in ا before "our" (غانا, لوتشانا, أثينا are not X + نا)
      if (s.form === "نا" && norm.charCodeAt(norm.length - 3) === ALEF) continue;
      sufs.push(s);
    }
  }
  if (pres.length === 0 && sufs.length === 0) return { stem: norm, prefix: "" };

  // 1. a cut that leaves a known word wins, least cutting first (لليبيا → ل + ليبيا)
  for (let a = pres.length; a >= 0; a--) {
    const p = a < pres.length ? pres[a].form : "";
    for (let b = sufs.length; b >= 0; b--) {
      const sf = b < sufs.length ? sufs[b].form : "";
      const from = p.length;
      const to = norm.length - sf.length;
      if ((!p && !sf) || to - from < 2) continue;
      // compare length and edge letters before building the substring: most cuts fail here
      const plain = r.keepShapes[wordShape(norm, from, to)] === 1;
      const bare = tanween && !sf && r.keepShapes[wordShape(norm, from, to - 1)] === 1;
      if (!plain && !bare) continue;
      const stem = norm.slice(from, to);
      if (isKnown(r.keep, stem, tanween && !sf)) return { stem, prefix: p };
    }
  }
  // 2. otherwise the longest proclitic that leaves enough letters, then the longest suffix
  let prefix = "";
  let stem = norm;
  for (const p of pres) {
    if (norm.length - p.form.length < p.minStem) continue;
    const rest = norm.slice(p.form.length);
    // ب ل ك ف before a transliterated foreign name are its first letter (بيانتيدوزي, لورينزو)
    if (PREPOSITION_END.has(p.form.charCodeAt(p.form.length - 1)) && !p.form.endsWith("ال") && p.form !== "لل" && looksForeign(rest)) continue;
    prefix = p.form;
    stem = rest;
    break;
  }
  for (const s of sufs) {
    if (stem.length - s.form.length >= s.minStem) {
      stem = stem.slice(0, stem.length - s.form.length);
      break;
    }
  }
  return { stem, prefix };
}

const ALEF = 0x627;


function isKnown(keep: Set<string>, w: string, tanween: boolean): boolean {
  return keep.has(w) || (tanween && keep.has(w.slice(0, -1)));
}

// ---------------------------------------------------------------- character classes

const SPACE = 0, ARABIC = 1, DIGIT = 2, LATIN = 3, PUNCT = 4, OTHER = 5;

const CLASS = new Uint8Array(0x10000);
{
  const arabic = /[\u0610-\u061A\u0620-\u065F\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFD3D\uFD50-\uFDFB\uFE70-\uFEFC\u200C\u200D]/u;
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if ((c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) CLASS[c] = DIGIT;
    // spaces, and invisible marks that separate nothing: bidi controls, BOM, soft hyphen, C0/C1 controls
    else if (/\s/u.test(ch) || c < 32 || (c >= 0x7f && c <= 0x9f) || c === 0xad || c === 0x200b || c === 0x200e || c === 0x200f ||
      (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x061c) CLASS[c] = SPACE;
    else if (arabic.test(ch)) CLASS[c] = ARABIC;
    else if (/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u.test(ch)) CLASS[c] = LATIN;
    else if (/[\p{P}\p{S}]/u.test(ch)) CLASS[c] = PUNCT;
    else CLASS[c] = OTHER;
  }
}

/** Characters that join two digit runs into one number: 16.35, 1,500, 2025/06/13, 09:57, ١٫٥ */
function isNumberJoiner(c: number): boolean {
  return c === 46 || c === 44 || c === 47 || c === 58 || c === 0x66b || c === 0x66c;
}

// ---------------------------------------------------------------- tokenizer

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // astral code points (emoji, rare scripts): "other"; the low surrogate is skipped with it
  if (c >= 0xd800 && c <= 0xdbff) return OTHER;
  return CLASS[c];
}

// Written words repeat across articles (a few thousand forms make most of any text): their
// normalized form and stem are read once and kept in a table the tokenizer consults without
// slicing the word out (see WordTable). Bounded, so memory stays flat.
const WORDS = new WordTable(300_000, (surface) => {
  const norm = normalize(surface);
  const s = stemWord(surface, norm);
  return new Lexeme(norm, s.stem, s.prefix, surface);
});

/** Tokenize text; token offsets index into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    const start = i;
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === DIGIT) {
      i = scanNumber(text, i);
      const t = text.slice(start, i);
      const norm = normalize(t);
      out.push({ start, end: i, text: t, norm, stem: norm, prefix: "", kind: "number" });
      continue;
    }
    if (cls === ARABIC) {
      let h = HASH_SEED;
      for (let c = text.charCodeAt(i); i < n && classAt(text, i) === ARABIC; c = text.charCodeAt(++i)) h = hashStep(h, c);
      const s = WORDS.lookup(text, start, i, h);
      // a bare proclitic glued to a number: "و1500", "ب20"
      if (i < n && classAt(text, i) === DIGIT && isProcliticOnly(s.norm)) {
        const wordEnd = i;
        i = scanNumber(text, i);
        const whole = text.slice(start, i);
        out.push({ start, end: i, text: whole, norm: normalize(whole), stem: normalize(text.slice(wordEnd, i)), prefix: s.norm, kind: "number" });
        continue;
      }
      out.push({ start, end: i, text: s.surface, norm: s.norm, stem: s.stem, prefix: s.prefix, kind: "word", lex: s });
      continue;
    }
    if (cls === LATIN) {
      while (i < n) {
        const k = classAt(text, i);
        if (k !== LATIN && k !== DIGIT) break;
        i++;
      }
      const t = text.slice(start, i);
      const norm = normalize(t);
      out.push({ start, end: i, text: t, norm, stem: norm, prefix: "", kind: "latin" });
      continue;
    }
    if (cls === PUNCT) {
      const c = text.charCodeAt(i);
      // a hyphen glued between two Arabic words joins them as a space would ("يونس-بك يفكوروف"،
      // "معبر الدبداب-غدامس"): no token of its own, so names and places read across it
      if (c === 45 && i > 0 && i + 1 < n && classAt(text, i - 1) === ARABIC && classAt(text, i + 1) === ARABIC) {
        i++;
        continue;
      }
      i++;
      if (c === 46) while (i < n && text.charCodeAt(i) === 46) i++; // "..", "..." as one token
      const t = text.slice(start, i);
      const norm = normalize(t);
      out.push({ start, end: i, text: t, norm, stem: norm, prefix: "", kind: "punct" });
      continue;
    }
    // other: one code point
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    const t = text.slice(start, i);
    out.push({ start, end: i, text: t, norm: t, stem: t, prefix: "", kind: "other" });
  }
  return out;
}

function scanNumber(text: string, i: number): number {
  const n = text.length;
  while (i < n && classAt(text, i) === DIGIT) i++;
  while (i + 1 < n && isNumberJoiner(text.charCodeAt(i)) && classAt(text, i + 1) === DIGIT) {
    i++;
    while (i < n && classAt(text, i) === DIGIT) i++;
  }
  return i;
}

let procliticForms: Set<string> | undefined;
function isProcliticOnly(norm: string): boolean {
  procliticForms ??= new Set(cliticRules().prefixes.filter((p) => !p.form.endsWith("ال") && p.form !== "لل").map((p) => p.form));
  return norm.length <= 2 && procliticForms.has(norm);
}
