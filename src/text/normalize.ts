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

/** Normalize and keep, for every output character, the index of the source character it came from. */
export function normalizeWithMap(s: string): NormalizedView {
  const map = new Int32Array(s.length + 1);
  // unchanged runs are copied whole and joined once: a string appended character by character
  // left one rope node per character for the garbage collector
  const parts: string[] = [];
  let run = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (NORMALIZED_UNIT[c] === c) {
      map[j++] = i;
      continue;
    }
    const m = TABLE[c];
    if (i > run) parts.push(s.slice(run, i));
    for (let k = 0; k < m.length; k++) map[j++] = i;
    if (m.length) parts.push(m);
    run = i + 1;
  }
  map[j] = s.length;
  if (run === 0) return { text: s, map }; // nothing changed
  if (run < s.length) parts.push(s.slice(run));
  return { text: parts.join(""), map: map.subarray(0, j + 1) };
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
