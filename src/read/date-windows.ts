// Windows of a text around the words every date must contain. The date patterns are long
// alternations (every month name in four traditions, weekdays, relative day words), and run
// over every character of an article they cost more than tokenizing it. But each pattern
// matches only around one of a few words: a month name, a weekday, "اليوم"، "أمس", a unit, or
// a number. So each pattern runs over a compact text made of the windows around its words,
// and a match's index is mapped back to the full text: the same matches, on a fraction of
// the characters.

import { innerShape, shapeBitmap, wordShape } from "./word-shape.js";

/** Words one of which every match of a pattern contains (normalized phrases), or "digits". */
export type DateCore = readonly string[] | "digits";

/** What one pattern scans: the windows joined, and where each window sits in the full text. */
export interface ScanText {
  text: string;
  /** full-text offset of each window */
  from: number[];
  /** compact-text offset of each window */
  at: number[];
}

/** The full-text offset of a compact-text offset. */
export function toFullOffset(s: ScanText, i: number): number {
  let k = s.at.length - 1;
  while (k > 0 && s.at[k] > i) k--;
  return s.from[k] + (i - s.at[k]);
}

/** Between windows: no pattern matches a control character, so no match joins two windows. */
const SEPARATOR = "\u0000";

// letter (1), ASCII digit (2): the words of a text, for this purpose, are runs of one kind
const RUN = new Uint8Array(0x10000);
{
  const letterOrDigit = /[\p{L}\p{N}]/u; // other digits (٣) count as letters: the patterns' \d is ASCII
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (c >= 48 && c <= 57) RUN[c] = 2;
    else if (letterOrDigit.test(String.fromCharCode(c))) RUN[c] = 1;
  }
}


/** One proclitic may stand before a date word: "والخميس", "بمايو", "لليوم" is not one of them. */
const PROCLITIC = new Uint8Array(256); // by the low byte of the letter
for (const c of "وفبلك") PROCLITIC[c.charCodeAt(0) & 0xff] = 1;

export class DateWindows {
  /** per anchor word, the groups (bit per distinct core) it opens a window for */
  private readonly bitsOf = new Map<string, number>();
  private readonly digitBits: number;
  /** group of each pattern, -1 for a pattern that scans the whole text */
  private readonly groupOf: number[];
  private readonly groups: number;
  /** the anchor words' shapes (word-shape.ts): most words are ruled out before a substring is built */
  private readonly shapes: Uint8Array;
  /** and their inner shapes (innerShape), which rule out most of the words whose shape is an anchor's */
  private readonly innerShapes: Uint8Array;

  /**
   * `cores`: per pattern, its core words (undefined: it scans everything). `context`: words that
   * stand in date phrases but also everywhere else (في، من، الثاني …): a phrase opens a window
   * at its other words. `radius`: words kept on each side of an anchor, more than any date spans.
   */
  constructor(cores: readonly (DateCore | undefined)[], context: ReadonlySet<string>, private readonly radius = 8) {
    const groupByKey = new Map<string, number>();
    let digitBits = 0;
    this.groupOf = cores.map((core) => {
      if (core === undefined) return -1;
      const k = core === "digits" ? "digits" : [...core].sort().join("|");
      let g = groupByKey.get(k);
      if (g === undefined) {
        g = groupByKey.size;
        if (g >= 31) throw new Error("date windows: more than 31 distinct cores");
        groupByKey.set(k, g);
        if (core === "digits") digitBits |= 1 << g;
        else for (const w of anchorWords(core, context)) this.bitsOf.set(w, (this.bitsOf.get(w) ?? 0) | (1 << g));
      }
      return g;
    });
    this.digitBits = digitBits;
    this.groups = groupByKey.size;
    this.shapes = shapeBitmap(this.bitsOf.keys());
    this.innerShapes = new Uint8Array(1 << 16);
    for (const w of this.bitsOf.keys()) if (w.length >= 2) this.innerShapes[innerShape(w, 0, w.length)] = 1;
  }

  /** run boundaries of the text being scanned (kept between calls: a text has thousands of runs) */
  private runStart = new Int32Array(1024);
  private runEnd = new Int32Array(1024);

  /** Per pattern: its compact text, or null to scan `text` whole (no core, or windows cover it all). */
  scan(text: string): (ScanText | null)[] {
    const n = text.length;
    if (this.runStart.length < n + 1) {
      this.runStart = new Int32Array(n + 1);
      this.runEnd = new Int32Array(n + 1);
    }
    const runStart = this.runStart;
    const runEnd = this.runEnd;
    // the runs that open a window, and for which groups (most runs open none)
    const anchorRun: number[] = [];
    const anchorBits: number[] = [];
    let runs = 0;
    for (let i = 0; i < n; ) {
      const kind = RUN[text.charCodeAt(i)];
      if (kind === 0) {
        i++;
        continue;
      }
      // a run of letters or of digits: "5مايو" and "ال30" are two words each here
      const start = i;
      while (i < n && RUN[text.charCodeAt(i)] === kind) i++;
      let bits = 0;
      if (kind === 2) bits = this.digitBits;
      else {
        if (this.mayBeAnchor(text, start, i)) bits |= this.bitsOf.get(text.slice(start, i)) ?? 0;
        if (PROCLITIC[text.charCodeAt(start) & 0xff] === 1 && this.mayBeAnchor(text, start + 1, i)) bits |= this.bitsOf.get(text.slice(start + 1, i)) ?? 0;
      }
      if (bits !== 0) {
        anchorRun.push(runs);
        anchorBits.push(bits);
      }
      runStart[runs] = start;
      runEnd[runs] = i;
      runs++;
    }
    const byGroup: (ScanText | null)[] = [];
    for (let g = 0; g < this.groups; g++) byGroup.push(this.windows(text, runs, anchorRun, anchorBits, 1 << g));
    return this.groupOf.map((g) => (g < 0 ? null : byGroup[g]));
  }

  /** May text[from, to) be an anchor word? (Its shapes say no for all but a few words.) */
  private mayBeAnchor(text: string, from: number, to: number): boolean {
    return this.shapes[wordShape(text, from, to)] === 1 && (to - from < 2 || this.innerShapes[innerShape(text, from, to)] === 1);
  }

  private windows(text: string, runs: number, anchorRun: number[], anchorBits: number[], bit: number): ScanText | null {
    const r = this.radius;
    // the windows as runs [first, last], merged where they touch
    const firsts: number[] = [];
    const lasts: number[] = [];
    for (let a = 0; a < anchorRun.length; a++) {
      if ((anchorBits[a] & bit) === 0) continue;
      const k = anchorRun[a];
      const first = Math.max(0, k - r);
      const last = Math.min(runs - 1, k + r);
      const open = lasts.length - 1;
      if (open >= 0 && first <= lasts[open] + 1) lasts[open] = Math.max(lasts[open], last);
      else {
        firsts.push(first);
        lasts.push(last);
      }
    }
    if (firsts.length === 0) return { text: "", from: [0], at: [0] };
    const parts: string[] = [];
    const from: number[] = [];
    const at: number[] = [];
    let length = 0;
    for (let w = 0; w < firsts.length; w++) {
      // a window runs from the end of the word before its first to the start of the word after
      // its last: the punctuation around its words is in
      const start = firsts[w] > 0 ? this.runEnd[firsts[w] - 1] : 0;
      const end = lasts[w] + 1 < runs ? this.runStart[lasts[w] + 1] : text.length;
      from.push(start);
      at.push(length);
      parts.push(text.slice(start, end));
      length += end - start + SEPARATOR.length;
    }
    if (from.length === 1 && from[0] === 0 && parts[0].length === text.length) return null;
    return { text: parts.join(SEPARATOR), from, at };
  }
}

/**
 * The words of core phrases that open a window: all words of a one-word phrase; of a longer
 * phrase, the words that are not context words ("أول من أمس" opens at أمس), preferring those
 * that are phrases themselves ("في وقت سابق اليوم" opens at اليوم).
 */
function anchorWords(core: readonly string[], context: ReadonlySet<string>): Set<string> {
  const single = new Set(core.filter((p) => !p.includes(" ")));
  const out = new Set<string>();
  for (const phrase of core) {
    const words = phrase.split(" ");
    if (words.length === 1) {
      out.add(phrase);
      continue;
    }
    const own = words.filter((w) => !context.has(w));
    const known = own.filter((w) => single.has(w));
    for (const w of known.length ? known : own.length ? own : words) out.add(w);
  }
  return out;
}

