// Loads data/lexicon/noise.yaml once and compiles it into the lookups the line rules use.
// Every phrase is reduced to the same "line key" form as the lines it is compared with.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { normalize, NORMALIZED_UNIT, UNIT_EXPANDS, UNIT_REMOVED } from "../normalize.js";

export const NOISE_LEXICON_PATH = new URL("../../../data/lexicon/noise.yaml", import.meta.url);

export interface NoiseLexiconData {
  related_headers: string[];
  button_words: string[];
  line_prefixes: string[];
  counter_words: string[];
  masthead_labels: string[];
  date_words: string[];
  ago_units: string[];
  home_words: string[];
  slogan_phrases: string[];
}

export interface NoiseLexicon {
  relatedHeaders: Set<string>;
  /** matches a key that starts with a related header and goes on ("اقرأ أيضا: عنوان آخر") */
  relatedPrefix: RegExp;
  /** matches a key like "منذ 3 ساعات": a relative page time stamp */
  timeAgo: RegExp;
  mastheadLabels: Set<string>;
  /**
   * length of the longest key of relatedHeaders and mastheadLabels: a longer line is neither,
   * and is not hashed to find out (a paragraph's key is hundreds of characters)
   */
  longestLabel: number;
  /** matches a key made only of button words */
  buttonLine: RegExp;
  /** matches a key starting with a signature/contact prefix */
  signaturePrefix: RegExp;
  counterWords: Set<string>;
  dateWords: Set<string>;
  /** matches a key that opens with the home page's name, the first step of a breadcrumb trail */
  homeFirst: RegExp;
  /** matches a key that holds a slogan phrase */
  slogan: RegExp;
}

// What a (normalized) code unit is in a line key: part of a word (letters and digits of the
// BMP, and surrogate halves, kept as they are), a line break, or else a separator. One table
// lookup per unit: the squeeze loop below runs over every character of the article.
const SEPARATOR = 0;
const WORD_UNIT = 1;
const LINE_BREAK = 2;
const KEY_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (/[\p{L}\p{N}]/u.test(String.fromCharCode(c)) || (c >= 0xd800 && c <= 0xdfff)) KEY_UNIT[c] = WORD_UNIT;
  else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) KEY_UNIT[c] = LINE_BREAK;
  else KEY_UNIT[c] = SEPARATOR;
}

/** Normalized words joined by single spaces: punctuation, symbols and spacing squeezed out. */
export function lineKey(s: string): string {
  return squeezeKeys(s);
}

/**
 * Keys of every line of a text at once (one pass over the whole article): line i of the
 * result belongs to line i of the text, with \r\n, \r, \n, U+2028/2029/0085 as line breaks;
 * with the number of words of each key (counted while squeezing, almost free).
 */
export function lineKeysAndWordCounts(text: string): { keys: string[]; wordCounts: number[] } {
  const wordCounts: number[] = [];
  const keys = squeezeKeys(text, wordCounts).split("\n");
  return { keys, wordCounts };
}

/** Reused output buffer of squeezeKeys (it grows only for an article longer than 64K units). */
let scratch = new Uint16Array(1 << 16);

/**
 * Normalize and squeeze in one pass: words joined by one space, lines kept apart by "\n".
 * (Normalizing the article into a string first and scanning that string again cost as much
 * as the squeezing: each unit is normalized here through the numeric table instead.)
 * `wordCounts`, when given, receives the number of words of each line.
 */
function squeezeKeys(s: string, wordCounts: number[] | null = null): string {
  if (scratch.length < s.length) scratch = new Uint16Array(s.length * 2);
  const buf = scratch;
  let j = 0;
  let gap = 1; // 1 at a line start or after a separator already written, else 0
  let words = 0; // in the current line
  for (let i = 0; i < s.length; i++) {
    const c = NORMALIZED_UNIT[s.charCodeAt(i)];
    if (c < 0) {
      if (c === UNIT_REMOVED) continue;
      // a unit that becomes several (İ, not in Arabic news): squeeze the normalized text instead
      if (wordCounts) wordCounts.length = 0;
      return squeezeKeys(normalize(s), wordCounts);
    }
    const kind = KEY_UNIT[c];
    if (kind === LINE_BREAK) {
      if (c === 13 && nextNormalizedUnit(s, i + 1) === 10) continue; // \r\n: the \n ends the line
      if (j > 0 && buf[j - 1] === 32) j--;
      buf[j++] = 10;
      gap = 1;
      wordCounts?.push(words);
      words = 0;
      continue;
    }
    // A word unit is written; a separator becomes one space, kept only after a word; a word
    // unit after a gap starts a word. This is arithmetic on kind (WORD_UNIT 1, SEPARATOR 0)
    // rather than an if: letters and spaces alternate every few units, and the mispredicted
    // branch cost half the loop.
    buf[j] = 32 + (c - 32) * kind;
    j += kind | (gap ^ 1);
    words += kind & gap;
    gap = kind ^ 1;
  }
  if (j > 0 && buf[j - 1] === 32) j--;
  wordCounts?.push(words);
  return UTF16.decode(buf.subarray(0, j));
}

/** The first normalized unit at or after s[i] (units normalization deletes are skipped), or -1. */
function nextNormalizedUnit(s: string, i: number): number {
  for (; i < s.length; i++) {
    const c = NORMALIZED_UNIT[s.charCodeAt(i)];
    if (c !== UNIT_REMOVED) return c === UNIT_EXPANDS ? normalize(s[i]).charCodeAt(0) : c;
  }
  return -1;
}
const UTF16 = new TextDecoder("utf-16le");

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Alternation of keys, longest first, so a multi-word phrase wins over its first word. */
function alternation(phrases: string[]): string {
  const keys = [...new Set(phrases.map(lineKey).filter(Boolean))];
  keys.sort((a, b) => b.length - a.length);
  return keys.map(escapeRegex).join("|");
}

export function compileNoiseLexicon(data: NoiseLexiconData): NoiseLexicon {
  const keySet = (xs: string[]) => new Set(xs.map(lineKey).filter(Boolean));
  const relatedHeaders = keySet(data.related_headers);
  const mastheadLabels = keySet(data.masthead_labels);
  return {
    relatedHeaders,
    relatedPrefix: new RegExp(`^(?:${alternation(data.related_headers)}) `, "u"),
    timeAgo: new RegExp(`^(?:منذ|قبل|ago)(?: \\d+)? (?:${alternation(data.ago_units)})$`, "u"),
    mastheadLabels,
    longestLabel: Math.max(0, ...[...relatedHeaders, ...mastheadLabels].map((k) => k.length)),
    buttonLine: new RegExp(`^(?:(?:${alternation(data.button_words)})(?: |$))+$`, "u"),
    signaturePrefix: new RegExp(`^(?:${alternation(data.line_prefixes)})(?: |$)`, "u"),
    counterWords: keySet(data.counter_words),
    dateWords: keySet(data.date_words),
    homeFirst: new RegExp(`^(?:${alternation(data.home_words)}) `, "u"),
    slogan: new RegExp(`(?:^| )(?:${alternation(data.slogan_phrases)})(?: |$)`, "u"),
  };
}

export function readNoiseLexiconData(path: URL | string = NOISE_LEXICON_PATH): NoiseLexiconData {
  const doc = parse(readFileSync(path, "utf8")) as Partial<NoiseLexiconData> | null;
  const list = (k: keyof NoiseLexiconData): string[] => {
    const v = doc?.[k];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
      throw new Error(`noise lexicon: "${k}" must be a list of strings`);
    }
    return v;
  };
  return {
    related_headers: list("related_headers"),
    button_words: list("button_words"),
    line_prefixes: list("line_prefixes"),
    counter_words: list("counter_words"),
    masthead_labels: list("masthead_labels"),
    date_words: list("date_words"),
    ago_units: list("ago_units"),
    home_words: list("home_words"),
    slogan_phrases: list("slogan_phrases"),
  };
}

let cached: NoiseLexicon | undefined;

/** The default lexicon, loaded on first use. */
export function noiseLexicon(): NoiseLexicon {
  cached ??= compileNoiseLexicon(readNoiseLexiconData());
  return cached;
}
