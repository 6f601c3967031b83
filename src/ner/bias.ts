// Per-type score offsets for the last tagging stage. A perceptron trained on a small corpus
// is cautious with rare types: on held-out text it finds organisations with high precision
// and low recall, below the F1 it could reach. Adding a constant to the B-/I- scores of a
// type moves it along its precision/recall curve; the offsets are chosen on held-out
// training sentences (never on the test split), by coordinate ascent over a coarse grid.
// Not used by the shipped model: on the 10% dev part of ANERcorp's training split the offsets
// overfit (-1.5 macro-F1 in cross-validation); `npm run train:ner -- --tune-bias` turns it on
// for a larger held-out set.
import { decodeDocument, type StageRuntime } from "./decode.js";
import { scoreBio } from "./eval.js";
import type { GazetteerSet } from "./gazetteer.js";
import type { TaggedSentence } from "./conll.js";
import { SCORED_TYPES } from "./eval.js";
import { TAGS } from "./tags.js";

/** Grid of offsets in units of the typical score margin (see `scoreUnit`). */
export const BIAS_GRID = [-1, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2];

/** Bias vector (one value per tag of TAGS) giving `byType[X]` to B-X and I-X. */
export function biasVector(byType: Record<string, number>): Float64Array {
  return Float64Array.from(TAGS, (t) => (t === "O" ? 0 : byType[t.slice(2)] ?? 0));
}

/** Mean gap between the best and second-best tag score of a token in the last stage: the scale of the grid. */
function scoreUnit(stages: readonly StageRuntime[], sentences: readonly (readonly string[])[], gazetteers: GazetteerSet): number {
  const last = stages[stages.length - 1];
  if (stages.length > 1) return 1; // stage-2 emissions need stage-1 tags: the caller passes a unit from stage 1 instead
  let sum = 0, n = 0;
  for (const w of sentences) {
    if (!w.length) continue;
    const em = last.index.emissions(last.chain, w, gazetteers);
    const T = last.chain.nTags;
    for (let i = 0; i < w.length; i++) {
      let a = -Infinity, b = -Infinity;
      for (let t = 0; t < T; t++) {
        const v = em[i * T + t];
        if (v > a) { b = a; a = v; } else if (v > b) b = v;
      }
      sum += a - b;
      n++;
    }
  }
  return n ? sum / n : 1;
}

export interface BiasTuning {
  /** offset per scored type, in score units */
  byType: Record<string, number>;
  before: number;
  after: number;
}

/**
 * Offsets for the last of `stages` that maximize macro-F1 on `dev` (sentences in document
 * order). `unit` scales the grid (default: the mean best-vs-second score gap of stage 1).
 */
export function tuneBias(
  stages: readonly StageRuntime[],
  dev: readonly TaggedSentence[],
  gazetteers: GazetteerSet,
  docWindow: number,
  unit = scoreUnit(stages.slice(0, 1), dev.map((s) => s.words), gazetteers),
): BiasTuning {
  const words = dev.map((s) => s.words);
  const gold = dev.map((s) => s.tags);
  const byType: Record<string, number> = Object.fromEntries(SCORED_TYPES.map((t) => [t, 0]));
  const score = (b: Record<string, number>) => {
    const rt = stages.map((st, k) => (k === stages.length - 1 ? { ...st, bias: biasVector(b) } : st));
    return scoreBio(gold, decodeDocument(rt, words, gazetteers, docWindow)).macroF1;
  };
  const before = score(byType);
  let best = before;
  for (let pass = 0; pass < 2; pass++) {
    for (const type of SCORED_TYPES) {
      for (const g of BIAS_GRID) {
        const cand = { ...byType, [type]: g * unit };
        const s = score(cand);
        // ties keep the smaller offset: no change without evidence
        if (s > best + 1e-9) { best = s; byType[type] = g * unit; }
      }
    }
  }
  return { byType, before, after: best };
}
