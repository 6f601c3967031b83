// Repeated lines: a header printed twice, a caption under a photo twice, a pull-quote that
// repeats (nearly verbatim) a sentence of the body. The body occurrence is kept, the repeat goes.

export interface RepeatCandidate {
  /** normalized words of the line (see lexicon.lineKey) */
  words: string[];
  /** lines that must never be removed as repeats (the title) */
  protected: boolean;
}

/** Share of the line's word pairs that must appear in one other line to call it a repeat. */
const NEAR_DUPLICATE_SHARE = 0.8;
/** Shorter lines are only removed when they repeat exactly (a short line is too common to judge). */
const NEAR_DUPLICATE_MIN_WORDS = 5;

/**
 * Index → rule id for the lines that repeat another line. A line repeats an exact copy that
 * came before it, or (near duplicate) a line that is longer or that came before it with the
 * same length; so of two copies the first stays, and a pull-quote gives way to its paragraph.
 */
export function findRepeats(lines: (RepeatCandidate | null)[]): Map<number, string> {
  const out = new Map<number, string>();
  const firstByKey = new Map<string, number>();
  const linesByPair = new Map<string, number[]>();

  lines.forEach((line, i) => {
    if (!line || line.words.length === 0) return;
    const key = line.words.join(" ");
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, i);
    else if (!line.protected) out.set(i, "repeat");
    const seen = new Set<string>();
    for (let k = 0; k + 1 < line.words.length; k++) {
      const pair = line.words[k] + " " + line.words[k + 1];
      if (seen.has(pair)) continue;
      seen.add(pair);
      const list = linesByPair.get(pair);
      if (list) list.push(i);
      else linesByPair.set(pair, [i]);
    }
  });

  lines.forEach((line, i) => {
    if (!line || line.protected || out.has(i) || line.words.length < NEAR_DUPLICATE_MIN_WORDS) return;
    const hits = new Map<number, number>();
    const seen = new Set<string>();
    let pairs = 0;
    for (let k = 0; k + 1 < line.words.length; k++) {
      const pair = line.words[k] + " " + line.words[k + 1];
      if (seen.has(pair)) continue;
      seen.add(pair);
      pairs++;
      for (const j of linesByPair.get(pair) ?? []) {
        if (j === i || out.has(j)) continue;
        const other = lines[j]!;
        const bigger = other.words.length > line.words.length || (other.words.length === line.words.length && j < i);
        if (bigger) hits.set(j, (hits.get(j) ?? 0) + 1);
      }
    }
    for (const n of hits.values()) {
      if (n >= pairs * NEAR_DUPLICATE_SHARE) {
        out.set(i, "pull-quote");
        break;
      }
    }
  });
  return out;
}
