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
    tags = sentences.map((w, s) =>
      w.length ? viterbiScores(st.chain, st.index.emissions(st.chain, w, gazetteers, extra ? extra[s] : undefined), w.length).map((t) => TAGS[t]) : [],
    );
  });
  return tags;
}
