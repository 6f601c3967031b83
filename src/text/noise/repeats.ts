// Repeated lines: a header printed twice, a caption under a photo twice, a pull-quote that
// repeats (nearly verbatim) a sentence of the body. The body occurrence is kept, the repeat goes.

export interface RepeatCandidate {
  /** the line's normalized words joined by single spaces (see lexicon.lineKey) */
  key: string;
  /** the number of words in key */
  words: number;
  /** lines that must never be removed as repeats (the title) */
  protected: boolean;
}

/** Share of the line's word pairs that must appear in one other line to call it a repeat. */
const NEAR_DUPLICATE_SHARE = 0.8;
/** Shorter lines are only removed when they repeat exactly (a short line is too common to judge). */
const NEAR_DUPLICATE_MIN_WORDS = 5;
/** Longer lines are paragraphs in their own right: only an exact copy of one is removed. */
const NEAR_DUPLICATE_MAX_WORDS = 80;
/** Word pairs at either end of a pull-quote that may differ ("وشهدت الزيارة" → "الزيارة شهدت"). */
const LOOSE_EDGE_PAIRS = 3;

/** A word without a leading conjunction و/ف, so "وشهدت" and "شهدت" count as one word. */
function bare(w: string): string {
  return w.length > 3 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w;
}

const WAW = 0x0648;
const FA = 0x0641;

/** Where the bare form of the word key[start, end) starts (see bare). */
function bareStart(key: string, start: number, end: number): number {
  const c = key.charCodeAt(start);
  return end - start > 3 && (c === WAW || c === FA) ? start + 1 : start;
}

/** End of the word of `key` that starts at `start`. */
function wordEnd(key: string, start: number): number {
  const end = key.indexOf(" ", start);
  return end < 0 ? key.length : end;
}

/** True when every word of `bareWords` is the bare form of some word of `key`. */
function holdsEveryWord(key: string, bareWords: string[]): boolean {
  for (const w of bareWords) if (!holdsBareWord(key, w)) return false;
  return true;
}

/** True when some word of `key` has `w` as its bare form: w itself, or و/ف + w (see bare). */
function holdsBareWord(key: string, w: string): boolean {
  const conjunctionFree = !(w.length > 3 && (w.charCodeAt(0) === WAW || w.charCodeAt(0) === FA));
  for (let at = key.indexOf(w); at >= 0; at = key.indexOf(w, at + 1)) {
    const end = at + w.length;
    if (end < key.length && key.charCodeAt(end) !== 32) continue;
    if (at === 0 || key.charCodeAt(at - 1) === 32) {
      if (conjunctionFree) return true;
      continue;
    }
    const c = key.charCodeAt(at - 1);
    if ((c === WAW || c === FA) && (at === 1 || key.charCodeAt(at - 2) === 32) && w.length >= 3) return true;
  }
  return false;
}

/** The longest bare word of a key (the first of those as long). */
function longestBareWord(key: string): string {
  let best = 0;
  let bestEnd = 0;
  for (let a = 0; a < key.length; ) {
    const b = wordEnd(key, a);
    const s = bareStart(key, a, b);
    if (b - s > bestEnd - best) {
      best = s;
      bestEnd = b;
    }
    a = b + 1;
  }
  return key.slice(best, bestEnd);
}

interface LineIds {
  /** word pairs as small integers (two 15-bit word ids): cheap to hash and compare */
  pairs: Int32Array;
  /** ids of the bare words */
  words: Int32Array;
}

/**
 * True when `other` holds the line nearly verbatim: every word of the line (a name or a
 * number that differs makes it another fact: two condolence cables, two receptions), most
 * of its word pairs, and every pair away from the two ends.
 */
function coversLine(mine: LineIds, wanted: Set<number>, other: LineIds, otherWords: Set<number>): boolean {
  for (const w of mine.words) if (!otherWords.has(w)) return false;
  const found = new Set<number>();
  for (const p of other.pairs) if (wanted.has(p)) found.add(p);
  if (found.size < wanted.size * NEAR_DUPLICATE_SHARE) return false;
  for (let k = LOOSE_EDGE_PAIRS; k < mine.pairs.length - LOOSE_EDGE_PAIRS; k++) if (!found.has(mine.pairs[k])) return false;
  return true;
}

/**
 * The keys met so far, to tell an exact copy. Keys are grouped by length and compared
 * directly: few lines share a length, and hashing every paragraph's key for a Set cost more
 * than the rest of that pass. A group that grows past a few keys (a table of rows of one
 * length) becomes a Set, so that the time stays linear.
 */
class SeenKeys {
  private static readonly LIST_MAX = 8;
  private byLength = new Map<number, string[] | Set<string>>();

  /** Add a key; false when it was met before. */
  add(key: string): boolean {
    const group = this.byLength.get(key.length);
    if (group === undefined) {
      this.byLength.set(key.length, [key]);
      return true;
    }
    if (Array.isArray(group)) {
      if (group.includes(key)) return false;
      if (group.length < SeenKeys.LIST_MAX) group.push(key);
      else this.byLength.set(key.length, new Set([...group, key]));
      return true;
    }
    if (group.has(key)) return false;
    group.add(key);
    return true;
  }
}

/** Line j is longer than line i, or as long and before it: i may give way to j. */
function isBigger(wordCounts: Int32Array, j: number, i: number): boolean {
  const a = wordCounts[j];
  const b = wordCounts[i];
  return a > b || (a === b && j < i);
}

/**
 * Index → rule id for the lines that repeat another line. A line repeats an exact copy that
 * came before it, or (near duplicate) a line that is longer or that came before it with the
 * same length; so of two copies the first stays, and a pull-quote gives way to its paragraph.
 */
export function findRepeats(lines: (RepeatCandidate | null)[]): Map<number, string> {
  const out = new Map<number, string>();
  const seen = new SeenKeys();
  const candidates: number[] = [];
  const wordCounts = new Int32Array(lines.length);
  let totalWords = 0;
  lines.forEach((line, i) => {
    if (!line || !line.key) return;
    const n = (wordCounts[i] = line.words);
    totalWords += n;
    if (!seen.add(line.key) && !line.protected) out.set(i, "repeat");
    if (!line.protected && !out.has(i) && n >= NEAR_DUPLICATE_MIN_WORDS && n <= NEAR_DUPLICATE_MAX_WORDS) candidates.push(i);
  });
  // cheap necessary test first: a covering line's key contains the candidate's longest word
  // (an index from those words to the lines that hold them: comparing every candidate with
  // every other line's text grew with the square of the line count; indexing every word of
  // the article cost more than the rest of the cleaning)
  const longestOf = new Map<number, string>();
  const linesWithLongest = new Map<string, number[]>();
  for (const i of candidates) {
    const longest = longestBareWord(lines[i]!.key);
    longestOf.set(i, longest);
    linesWithLongest.set(longest, []);
  }
  if (candidates.length) indexLinesWithLongest(lines, out, linesWithLongest);
  const likely = candidates.filter((i) => linesWithLongest.get(longestOf.get(i)!)!.some((j) => j !== i && isBigger(wordCounts, j, i)));
  if (likely.length === 0) return out;

  // word ids only for the lines compared: the candidates and the lines holding their longest word
  const wordIds = new Map<string, number>();
  const id = (w: string) => {
    let v = wordIds.get(w);
    if (v === undefined) wordIds.set(w, (v = wordIds.size));
    return v;
  };
  const idsOf = new Map<number, LineIds>();
  const lineIds = (j: number): LineIds => {
    let v = idsOf.get(j);
    if (v === undefined) {
      const line = lines[j]!;
      const lineWords = line.key.split(" ");
      const words = new Int32Array(lineWords.length);
      for (let k = 0; k < words.length; k++) words[k] = id(bare(lineWords[k]));
      const pairs = new Int32Array(Math.max(0, words.length - 1));
      for (let k = 1; k < words.length; k++) pairs[k - 1] = (words[k - 1] << 15) | (words[k] & 0x7fff);
      idsOf.set(j, (v = { pairs, words }));
    }
    return v;
  };
  const wordSets = new Map<number, Set<number>>();
  // Nearly every line compared lacks some word of the candidate, which a search of its key
  // tells without numbering its words (splitting and numbering the compared lines was a third
  // of the cleaning). The ids could run out (below) only if the lines held 2^15 words in all:
  // then every line is numbered as it is met, as always, so that the search stops where it did.
  const numberEveryLine = totalWords >= 0x8000;
  for (const i of likely) {
    const mustHold = numberEveryLine ? null : lines[i]!.key.split(" ").map(bare);
    let mine = numberEveryLine ? lineIds(i) : undefined;
    let wanted = mine && new Set(mine.pairs);
    // a covering line holds every word of the candidate, its longest one too
    for (const j of linesWithLongest.get(longestOf.get(i)!)!) {
      if (j === i || out.has(j) || !isBigger(wordCounts, j, i)) continue;
      if (mustHold && !holdsEveryWord(lines[j]!.key, mustHold)) continue; // coversLine would say no
      mine ??= lineIds(i);
      wanted ??= new Set(mine.pairs);
      const other = lineIds(j);
      // beyond 2^15 distinct words pair ids could collide: only exact repeats are judged then
      if (wordIds.size >= 0x8000) return out;
      let otherWords = wordSets.get(j);
      if (!otherWords) wordSets.set(j, (otherWords = new Set(other.words)));
      if (coversLine(mine, wanted, other, otherWords)) {
        out.set(i, "pull-quote");
        break;
      }
    }
  }
  return out;
}

/**
 * Fill `linesWithLongest` (longest word → the lines, in order, holding it as a bare word).
 * The words are compared in place in each key: splitting every line into word strings and
 * looking each one up cost more than the rest of the repeat search. Only words as long as
 * some longest word are compared at all.
 */
function indexLinesWithLongest(lines: (RepeatCandidate | null)[], out: Map<number, string>, linesWithLongest: Map<string, number[]>): void {
  const byLength: string[][] = [];
  for (const w of linesWithLongest.keys()) (byLength[w.length] ??= []).push(w);
  lines.forEach((o, j) => {
    if (!o || out.has(j)) return;
    const key = o.key;
    for (let a = 0; a < key.length; ) {
      const b = wordEnd(key, a);
      const s = bareStart(key, a, b);
      const sameLength = byLength[b - s];
      if (sameLength !== undefined) {
        for (const w of sameLength) {
          if (!key.startsWith(w, s)) continue;
          const list = linesWithLongest.get(w)!;
          if (list[list.length - 1] !== j) list.push(j);
          break;
        }
      }
      a = b + 1;
    }
  });
}
