// Arabic normalization as a *view*: the same rules as the scorer (spec/annotation.md),
// with a map from each normalized character back to its source index, so that a match
// found in normalized text can always be reported as a span of the original.

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/; // harakat, Quranic marks, tatweel

const CHAR_MAP: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
  "ى": "ي", "ئ": "ي", "ی": "ي", "ي": "ي",
  "ة": "ه",
  "ؤ": "و",
  "ک": "ك",
  "ڤ": "ف", "پ": "ب", "چ": "ج", "گ": "ك",
  "٫": ".", "٬": ",", "،": "،",
  "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "", "\u061c": "", "\ufeff": "",
};

function mapChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian digits
  if (DIACRITICS.test(c)) return "";
  const m = CHAR_MAP[c];
  if (m !== undefined) return m;
  return c.toLowerCase();
}

// Precomputed table for the BMP: normalization is on every hot path.
const TABLE: string[] = new Array(0x10000);
for (let i = 0; i < 0x10000; i++) TABLE[i] = mapChar(String.fromCharCode(i));

/** NORMALIZED_UNIT value of a code unit that normalization deletes (diacritics, tatweel, joiners). */
export const UNIT_REMOVED = -1;
/** NORMALIZED_UNIT value of a code unit that becomes more than one unit (İ): use normalize() on it. */
export const UNIT_EXPANDS = -2;
/**
 * The same table as numbers, for loops that normalize while they scan (no intermediate
 * string, no string compare per character): the one code unit a unit becomes, or one of
 * UNIT_REMOVED / UNIT_EXPANDS.
 */
export const NORMALIZED_UNIT = new Int32Array(0x10000);
for (let i = 0; i < 0x10000; i++) {
  const m = TABLE[i];
  NORMALIZED_UNIT[i] = m.length === 1 ? m.charCodeAt(0) : m.length === 0 ? UNIT_REMOVED : UNIT_EXPANDS;
}

/** Normalize Arabic text for matching: no diacritics/tatweel, ا for أإآٱ, ي for ى/ئ, ه for ة, و for ؤ, Western digits, lower case. */
export function normalize(s: string): string {
  // Copy unchanged runs whole; map only the units that change. Most words need no change and
  // come back as they are. (A regex search for the first unit to change, tried first, cost
  // three times this loop: its class held every upper-case letter of Unicode.)
  let out = "";
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (NORMALIZED_UNIT[c] === c) continue;
    if (i > run) out += s.slice(run, i);
    out += TABLE[c]; // ("" for a unit that is deleted)
    run = i + 1;
  }
  if (run === 0) return s; // nothing changed
  if (run < s.length) out += s.slice(run);
  return out;
}

export interface NormalizedView {
  text: string;
  /** map[i] = index in the source of normalized character i; map[text.length] = source length */
  map: Int32Array;
}

/** Most units one unit becomes (İ becomes two): what the buffer of normalizeWithMap must hold. */
const MAX_EXPANSION = TABLE.reduce((most, t) => Math.max(most, t.length), 1);
/** The normalized units of normalizeWithMap, reused (it grows only for a longer text). */
let viewUnits = new Uint16Array(1 << 16);
const UTF16 = new TextDecoder("utf-16le");

/** Normalize and keep, for every output character, the index of the source character it came from. */
export function normalizeWithMap(s: string): NormalizedView {
  const map = new Int32Array(s.length + 1);
  // The units are written to a buffer decoded once at the end: joining a slice per unchanged
  // run (an article has hundreds) cost a third more, and its string was a rope to flatten.
  if (viewUnits.length < s.length * MAX_EXPANSION) viewUnits = new Uint16Array(s.length * MAX_EXPANSION);
  const units = viewUnits;
  let changed = false;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const u = NORMALIZED_UNIT[c];
    if (u === c) {
      map[j] = i;
      units[j++] = c;
      continue;
    }
    changed = true;
    if (u >= 0) {
      map[j] = i;
      units[j++] = u;
      continue;
    }
    const m = TABLE[c]; // deleted (""), or several units
    for (let k = 0; k < m.length; k++) {
      map[j] = i;
      units[j++] = m.charCodeAt(k);
    }
  }
  map[j] = s.length;
  if (!changed) return { text: s, map };
  return { text: stringOfUnits(units, j), map: map.subarray(0, j + 1) };
}

/**
 * The string of units[0, n). The decoder is three times faster than String.fromCharCode,
 * but it turns a lone surrogate into U+FFFD: a text where one shows is rebuilt unit by unit.
 */
function stringOfUnits(units: Uint16Array, n: number): string {
  const text = UTF16.decode(units.subarray(0, n));
  if (text.indexOf("\ufffd") < 0) return text;
  let out = "";
  for (let a = 0; a < n; a += 4096) out += String.fromCharCode(...units.subarray(a, Math.min(n, a + 4096)));
  return out;
}

/** Source span [start, end) of the normalized span [nStart, nEnd). */
export function sourceSpan(view: NormalizedView, nStart: number, nEnd: number): { start: number; end: number } {
  const start = view.map[nStart];
  const end = nEnd > nStart ? view.map[nEnd - 1] + 1 : start;
  return { start, end };
}

/** Strip a leading ال (and و/ف/ب/ل/ك + ال) from a normalized word — the scorer's word key. */
export function stripArticle(w: string): string {
  for (const p of ["وال", "بال", "فال", "كال", "لل", "ال"]) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  return w;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
let wordUnit: Uint8Array | null = null;
/** 1 for each UTF-16 unit that is a letter or digit by itself (surrogates are not) */
function wordUnits(): Uint8Array {
  if (!wordUnit) {
    wordUnit = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (LETTER_OR_DIGIT.test(String.fromCharCode(c))) wordUnit[c] = 1;
  }
  return wordUnit;
}

/**
 * Words of a string, normalized, split on anything that is not a letter or digit (as
 * split(/[^\p{L}\p{N}]+/u) would, by a table scan: the store runs it on every article's text).
 */
export function normWords(s: string): string[] {
  const t = normalize(s);
  const units = wordUnits();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // a letter beyond the basic plane: one code point of two units
      word = LETTER_OR_DIGIT.test(t.slice(i, i + 2));
      width = 2;
    } else word = units[c] === 1;
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(t.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push(t.slice(start));
  return out;
}
