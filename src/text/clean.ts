// Raw scraped article → clean text. Noise is removed line by line (rules in text/noise/),
// spaces are collapsed and blank lines dropped, so paragraphs end with a single "\n".
// Nothing is rewritten: every kept character is copied from raw, and `segments` say from where.
//
// Rule ids in `removed` (in order of application):
//   inline:  tracking-token (base64/hex id + slogan tail), meta-prefix ("date 2019-07" at the start)
//   line:    masthead, related (header + the links under it, or "اقرأ أيضا: …" inline), symbols,
//            lone-number, url, buttons, counter, time-stamp, hashtags, signature, nav, bullet
//   end:     trailing-date
//   repeats: repeat (exact copy of an earlier line), pull-quote (near copy of a longer line)
// Lexical cues live in data/lexicon/noise.yaml; the title (first surviving line) is never a repeat.
import type { CleanText } from "../types.js";
import { CleanBuilder } from "./offsets.js";
import { findMetaPrefix, findTrackingTokens, type InlineRemoval } from "./noise/inline.js";
import { lineKey, lineKeysAndWordCounts, noiseLexicon, type NoiseLexicon } from "./noise/lexicon.js";
import { isBullet, isHeadlineLike, isLatinNav, isLoneDate, isLoneNumber, isTimelineHeading, lineRule, wordCount } from "./noise/lines.js";
import { findRepeats } from "./noise/repeats.js";

export { toRaw, spanToRaw } from "./offsets.js";

interface Line {
  /** raw range of the line without its surrounding whitespace */
  start: number;
  end: number;
  /** raw ranges kept after inline removals */
  pieces: [number, number][];
  text: string;
  key: string;
  /** number of words in key */
  words: number;
  removed: string | null;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/gu;
const EDGE_SPACE = /^[\s\u200b\u200e\u200f\ufeff]+|[\s\u200b\u200e\u200f\ufeff]+$/gu;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && isEdgeSpace(raw.charCodeAt(s))) s++;
    while (e > s && isEdgeSpace(raw.charCodeAt(e - 1))) e--;
    lines.push({ start: s, end: e, pieces: [[s, e]], text: "", key: "", words: 0, removed: null });
  };
  LINE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAK.exec(raw)) !== null) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, raw.length);
  return lines;
}

function isEdgeSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0x200e || c === 0x200f || c === 0xfeff ||
    c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x0b || c === 0x0c || c === 0x202f ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidi controls around a line
}

/** Cut inline removals out of a line's pieces and record them. */
function applyInline(line: Line, cuts: InlineRemoval[], removed: CleanText["removed"]): void {
  if (cuts.length === 0) return;
  const pieces: [number, number][] = [];
  let at = line.start;
  for (const c of cuts) {
    if (c.start > at) pieces.push([at, c.start]);
    at = Math.max(at, c.end);
    removed.push({ start: c.start, end: c.end, rule: c.rule });
  }
  if (at < line.end) pieces.push([at, line.end]);
  line.pieces = pieces;
}

function textOf(raw: string, line: Line): string {
  if (line.pieces.length === 1 && line.pieces[0][0] === line.start && line.pieces[0][1] === line.end) {
    return raw.slice(line.start, line.end); // already trimmed
  }
  return line.pieces.map(([a, b]) => raw.slice(a, b).replace(EDGE_SPACE, "")).filter(Boolean).join(" ");
}

/** A line that introduces a list ("وتناول اللقاء:"): the bullets under it are the article's. */
const LIST_INTRO = /[:：]["'»”’)]*$/u;

function markLineRules(lines: Line[], lex: NoiseLexicon): void {
  let inList = false;
  let first = true; // no line kept yet: this one is the title candidate
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.removed || !line.text) continue;
    const isFirst = first;
    if (inList && isBullet(line.text, line.key)) continue;
    inList = false;
    const short = line.key.length <= lex.longestLabel;
    if (short && lex.mastheadLabels.has(line.key)) {
      line.removed = "masthead";
      const next = nextContent(lines, i);
      if (next >= 0 && lines[next].words <= 4 && !lines[next].removed) lines[next].removed = "masthead";
      continue;
    }
    if (short && lex.relatedHeaders.has(line.key)) {
      line.removed = "related";
      markRelatedBlock(lines, i + 1, lex);
      continue;
    }
    // an inline related link: "اقرأ أيضا: <headline of another article>"
    // (or several on one line, set off by bullets: "اقرأ أيضا: • A • B • C")
    if (!isFirst && lex.relatedPrefix.test(line.key) && ((line.words <= 25 && isHeadlineLike(line.text, line.key)) || headlinesInLine(line.text))) {
      line.removed = "related";
      continue;
    }
    const rule = lineRule(line.text, line.key, lex, isFirst);
    if (rule) line.removed = rule;
    else if (!isFirst && isBullet(line.text, line.key) && !isTimelineHeading(line.key, lex)) line.removed = "bullet";
    else {
      first = false;
      // (a 1–3 word line with a colon is more likely a links header we do not know)
      inList = LIST_INTRO.test(line.text) && line.words >= 4;
    }
  }
}

// bullets that set headlines apart on one line
const INLINE_BULLETS = /\s[•·▪◦●■|]\s?/u;

/** Two to eight headline-like parts set off by bullets, none of them a sentence. */
function headlinesInLine(text: string): boolean {
  const parts = text.split(INLINE_BULLETS).slice(1).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 2 && parts.length <= 8 && parts.every((p) => isHeadlineLike(p, lineKey(p)));
}

function nextContent(lines: Line[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].text) return j;
  return -1;
}

/** After a "related articles" header: headline-like lines, author bylines, blanks — until a paragraph. */
function markRelatedBlock(lines: Line[], from: number, lex: NoiseLexicon): void {
  for (let j = from; j < lines.length; j++) {
    const l = lines[j];
    if (!l.text) continue;
    const linky = isHeadlineLike(l.text, l.key) || isLatinNav(l.text, l.key) || isLoneNumber(l.text) || isLoneDate(l.key, lex);
    if (!linky) return;
    l.removed ??= "related";
  }
}

/** From the end: stray dates, numbers and furniture left after the last paragraph. */
function markTrailing(lines: Line[], lex: NoiseLexicon): void {
  for (let j = lines.length - 1; j > 0; j--) {
    const l = lines[j];
    if (!l.text || l.removed) continue;
    if (isLoneDate(l.key, lex)) l.removed = "trailing-date";
    else return;
  }
}

/** Index of the title: the first line that survived the line rules, or -1. */
function titleIndex(lines: Line[]): number {
  return lines.findIndex((l) => l.text && !l.removed);
}

/** Remove scraping noise from a raw article; see CleanText for the offset map. */
export function clean(raw: string, lex: NoiseLexicon = noiseLexicon()): CleanText {
  const removed: CleanText["removed"] = [];
  const lines = splitLines(raw);
  let { keys, wordCounts } = lineKeysAndWordCounts(raw);
  // both split at the same break characters; recompute per line should they ever disagree
  if (keys.length !== lines.length) {
    keys = lines.map((l) => lineKey(raw.slice(l.start, l.end)));
    wordCounts = keys.map(wordCount);
  }
  const firstLine = lines.findIndex((l) => l.end > l.start);
  lines.forEach((line, i) => {
    if (line.end <= line.start) return;
    const cuts = findTrackingTokens(raw, line.start, line.end);
    if (i === firstLine) {
      const meta = findMetaPrefix(raw, line.start, line.end);
      if (meta && !(cuts[0] && cuts[0].start < meta.end)) cuts.unshift(meta);
    }
    applyInline(line, cuts, removed);
    line.text = textOf(raw, line);
    line.key = !line.text ? "" : cuts.length ? lineKey(line.text) : keys[i];
    line.words = !line.text ? 0 : cuts.length ? wordCount(line.key) : wordCounts[i];
  });

  markLineRules(lines, lex);
  markTrailing(lines, lex);

  const title = titleIndex(lines);
  const repeats = findRepeats(
    lines.map((l, i) => (l.text && !l.removed ? { key: l.key, words: l.words, protected: i === title } : null)),
  );
  for (const [i, rule] of repeats) lines[i].removed = rule;

  const out = new CleanBuilder(raw);
  let prevEnd = -1; // raw end of the last kept line: its line break becomes the "\n"
  for (const line of lines) {
    if (!line.text) continue;
    if (line.removed) {
      for (const [a, b] of line.pieces) if (b > a) removed.push({ start: a, end: b, rule: line.removed });
      continue;
    }
    if (prevEnd >= 0) out.separator("\n", nextBreak(raw, prevEnd));
    appendCollapsed(out, raw, line.pieces);
    prevEnd = line.end;
  }
  removed.sort((a, b) => a.start - b.start);
  return out.build(removed);
}

/** Raw index of the first line-break character at or after `at` (where the "\n" came from). */
function nextBreak(raw: string, at: number): number {
  for (let i = at; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 10) return i;
    if (!isEdgeSpace(c) && c !== 13) return -1;
  }
  return -1;
}

/**
 * The whitespace appendCollapsed rewrites: a run of two or more spacing characters (those of
 * isEdgeSpace), or a single one that is not " ". Built from isEdgeSpace so the two cannot
 * drift apart; a regex scan of a line is several times faster than testing every character.
 * Written as " " + more, or another space + any, so that each alternative starts with one
 * class (a fifth faster than [spaces]{2,}|[others], which finds the same runs).
 */
const ODD_SPACE = (() => {
  const spaces: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (isEdgeSpace(c)) spaces.push("\\u" + c.toString(16).padStart(4, "0"));
  const any = spaces.join("");
  const notSpace = spaces.filter((u) => u !== "\\u0020").join("");
  return new RegExp(` [${any}]+|[${notSpace}][${any}]*`, "g");
})();

/** Copy the pieces, turning each odd whitespace run (and the joint between pieces) into one space. */
function appendCollapsed(out: CleanBuilder, raw: string, pieces: [number, number][]): void {
  let first = true;
  for (const [a0, b0] of pieces) {
    let a = a0;
    let b = b0;
    while (a < b && isEdgeSpace(raw.charCodeAt(a))) a++;
    while (b > a && isEdgeSpace(raw.charCodeAt(b - 1))) b--;
    if (b <= a) continue;
    if (!first) out.separator(" ", a - 1);
    first = false;
    // the piece is trimmed, so no run found in it reaches past its ends
    const piece = raw.slice(a, b);
    let at = a;
    ODD_SPACE.lastIndex = 0;
    for (let m = ODD_SPACE.exec(piece); m !== null; m = ODD_SPACE.exec(piece)) {
      const i = a + m.index;
      out.copy(at, i);
      out.separator(" ", raw.charCodeAt(i) === 32 ? i : -1);
      at = i + m[0].length;
    }
    out.copy(at, b);
  }
}
