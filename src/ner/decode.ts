// Decoding a document through the tagging stages: stage 0 tags each sentence alone;
// each later stage re-tags with document features built from the previous stage's tags.
import { documentFeatures } from "./document.js";
import type { FeatureIndex } from "./features.js";
import type { GazetteerSet } from "./gazetteer.js";
import { viterbiScores, type ChainModel } from "./perceptron.js";
import { TAGS } from "./tags.js";

export interface StageRuntime {
  index: FeatureIndex;
  chain: ChainModel;
  /** per-tag score offsets, used when this stage is the last one decoded (bias.ts) */
  bias?: Float64Array | null;
}

/** Add `bias[t]` to the emission score of tag t of every token. */
export function addBias(emissions: Float64Array, bias: Float64Array): Float64Array {
  const T = bias.length;
  for (let i = 0; i < emissions.length; i++) emissions[i] += bias[i % T];
  return emissions;
}

/** BIO tags of every sentence of a document. */
export function decodeDocument(
  stages: readonly StageRuntime[],
  sentences: readonly (readonly string[])[],
  gazetteers: GazetteerSet,
  docWindow: number,
): string[][] {
  let tags: string[][] = [];
  stages.forEach((st, k) => {
    const extra = k === 0 ? null : documentFeatures(sentences.map((w) => st.index.stems(w)), tags, docWindow);
    const bias = k === stages.length - 1 ? st.bias : null;
    tags = sentences.map((w, s) => {
      if (!w.length) return [];
      const em = st.index.emissions(st.chain, w, gazetteers, extra ? extra[s] : undefined);
      return viterbiScores(st.chain, bias ? addBias(em, bias) : em, w.length).map((t) => TAGS[t]);
    });
  });
  return tags;
}
