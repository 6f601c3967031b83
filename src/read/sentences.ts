// Sentence boundaries in Arabic news text. Every line is at least one sentence (headlines,
// datelines and paragraphs are separate units); inside a line we split after . ! ? ؟ … when a
// space follows, except after initials ("أ. ف. ب", "د.") and list numbers, and never on "..",
// which Arabic headlines use to join two clauses ("… في روما.. وإيطاليا تدعو"). A quotation
// that closes on the same line stays in one sentence with its speaker («… . …»), so a
// reported "I met X. We discussed Y." is read together with who said it.
import type { Sentence } from "../types.js";

const TERMINATOR = /[.!?؟…]+/gu;
/** Closing quotes and brackets that belong to the sentence they end. */
const CLOSERS = new Set(["\"", "'", "»", "”", "’", ")", "]", "》", "›"]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\u00a0" || c === "\u202f";
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

/** True when the terminator at [at, at+len) in `line` ends a sentence. */
function isBoundary(line: string, at: number, len: number, sentenceStart: number): boolean {
  const mark = line.slice(at, at + len);
  if (mark === "..") return false;
  let after = at + len;
  while (after < line.length && CLOSERS.has(line[after])) after++;
  if (after >= line.length) return true;
  if (!isSpace(line[after])) return false; // "16.35", "U.N", "…»," glued to what follows
  if (mark === ".") {
    // an initial: one letter standing alone before the dot ("أ. ف. ب", "د. محمد", "J. Smith")
    if (isLetter(line[at - 1]) && (at - 1 === sentenceStart || !LETTER_OR_DIGIT.test(line[at - 2] ?? " "))) return false;
    // a list number at the start of a sentence ("1. ")
    if (/^\s*\p{N}+$/u.test(line.slice(sentenceStart, at))) return false;
  }
  return true;
}

const QUOTE_PAIRS: Record<string, string> = { "«": "»", "“": "”", "„": "“", "\"": "\"", "《": "》" };
/** A quotation longer than this is more likely an unclosed quote mark than one quote. */
const MAX_QUOTE = 400;

/** [open, close] index pairs of the quotations in a line (closing quote on the same line). */
const QUOTE_OPEN = /[«“„"《]/gu;

function quoteRegions(line: string): [number, number][] {
  const out: [number, number][] = [];
  QUOTE_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_OPEN.exec(line)) !== null) {
    const i = m.index;
    const j = line.indexOf(QUOTE_PAIRS[m[0]], i + 1);
    if (j < 0 || j - i > MAX_QUOTE) continue;
    out.push([i, j]);
    QUOTE_OPEN.lastIndex = j + 1;
  }
  return out;
}

function insideQuote(regions: [number, number][], at: number, end: number): boolean {
  for (const [open, close] of regions) if (open < at && end < close) return true;
  return false;
}

/** Split text into sentences: spans [start, end) without surrounding whitespace, in order. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, index: out.length });
  };

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let sentenceStart = 0;
    let regions: [number, number][] | null = null;
    TERMINATOR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TERMINATOR.exec(line)) !== null) {
      if (!isBoundary(line, m.index, m[0].length, skipSpace(line, sentenceStart))) continue;
      regions ??= quoteRegions(line);
      if (insideQuote(regions, m.index, m.index + m[0].length)) continue;
      let end = m.index + m[0].length;
      while (end < line.length && CLOSERS.has(line[end])) end++;
      push(lineStart + sentenceStart, lineStart + end);
      sentenceStart = end;
    }
    push(lineStart + sentenceStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

function skipSpace(line: string, i: number): number {
  while (i < line.length && /\s/u.test(line[i])) i++;
  return i;
}
