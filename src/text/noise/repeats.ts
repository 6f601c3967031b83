// Repeated lines: a header printed twice, a caption under a photo twice, a pull-quote that
// repeats (nearly verbatim) a sentence of the body. The body occurrence is kept, the repeat goes.

export interface RepeatCandidate {
  /** the words joined by single spaces */
  key: string;
  /** normalized words of the line (see lexicon.lineKey) */
  words: string[];
  /** lines that must never be removed as repeats (the title) */
  protected: boolean;
}

const EMPTY = new Int32Array(0);

/** Share of the line's word pairs that must appear in one other line to call it a repeat. */
const NEAR_DUPLICATE_SHARE = 0.8;
/** Shorter lines are only removed when they repeat exactly (a short line is too common to judge). */
const NEAR_DUPLICATE_MIN_WORDS = 5;
/** Longer lines are paragraphs in their own right: only an exact copy of one is removed. */
const NEAR_DUPLICATE_MAX_WORDS = 80;

/**
 * Index → rule id for the lines that repeat another line. A line repeats an exact copy that
 * came before it, or (near duplicate) a line that is longer or that came before it with the
 * same length; so of two copies the first stays, and a pull-quote gives way to its paragraph.
 */
export function findRepeats(lines: (RepeatCandidate | null)[]): Map<number, string> {
  const out = new Map<number, string>();
  const firstByKey = new Map<string, number>();
  const candidates: number[] = [];
  lines.forEach((line, i) => {
    if (!line || line.words.length === 0) return;
    if (!firstByKey.has(line.key)) firstByKey.set(line.key, i);
    else if (!line.protected) out.set(i, "repeat");
    const n = line.words.length;
    if (!line.protected && !out.has(i) && n >= NEAR_DUPLICATE_MIN_WORDS && n <= NEAR_DUPLICATE_MAX_WORDS) candidates.push(i);
  });
  if (candidates.length === 0) return out;

  // word pairs as small integers (two 15-bit word ids): cheap to hash and compare
  const wordIds = new Map<string, number>();
  const id = (w: string) => {
    let v = wordIds.get(w);
    if (v === undefined) wordIds.set(w, (v = wordIds.size));
    return v;
  };
  const pairsOf = lines.map((line) => {
    if (!line || line.words.length < 2) return EMPTY;
    const pairs = new Int32Array(line.words.length - 1);
    let prev = id(line.words[0]);
    for (let k = 1; k < line.words.length; k++) {
      const next = id(line.words[k]);
      pairs[k - 1] = (prev << 15) | (next & 0x7fff);
      prev = next;
    }
    return pairs;
  });
  // beyond 2^15 distinct words pair ids could collide: only exact repeats are judged then
  if (wordIds.size >= 0x8000) return out;

  for (const i of candidates) {
    const mine = new Set(pairsOf[i]);
    const need = mine.size * NEAR_DUPLICATE_SHARE;
    const size = lines[i]!.words.length;
    const countedFor = new Map<number, number>();
    for (let j = 0; j < lines.length; j++) {
      const other = lines[j];
      if (j === i || !other || out.has(j)) continue;
      const bigger = other.words.length > size || (other.words.length === size && j < i);
      if (!bigger) continue;
      let n = 0;
      for (const p of pairsOf[j]) {
        if (mine.has(p) && countedFor.get(p) !== j) {
          countedFor.set(p, j);
          n++;
        }
      }
      if (n >= need) {
        out.set(i, "pull-quote");
        break;
      }
    }
  }
  return out;
}
