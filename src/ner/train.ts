// Training of the NER model from BIO-tagged sentences. The training-split gazetteer is
// built by jackknifing (each fold's gazetteer features come from the other folds), so the
// model learns how far to trust a name it has seen before rather than trusting it always.
import { scoreBio, type NerScore } from "./eval.js";
import { FeatureIndex, featureStrings } from "./features.js";
import { Gazetteer, gazetteerFromTagged, type GazetteerSet } from "./gazetteer.js";
import type { TaggedSentence } from "./conll.js";
import type { NerModel } from "./model-io.js";
import { pruneModel } from "./model-io.js";
import { trainPerceptron, viterbi, type ChainModel, type TrainingExample } from "./perceptron.js";
import { TAGS } from "./tags.js";
import type { TriggerLexicon } from "./triggers.js";

export interface NerTrainOptions {
  epochs: number;
  seed: number;
  /** folds for the jackknifed training gazetteer (≥ 2) */
  folds: number;
  /** keep features seen at least this many times */
  minCount: number;
  triggers: TriggerLexicon;
  /** knowledge-base and country gazetteers ("k", "c" features); empty ones are fine */
  kb?: Gazetteer;
  countries?: Gazetteer;
  /** held-out sentences scored after every epoch */
  dev?: readonly TaggedSentence[];
  log?: (line: string) => void;
}

export interface NerTrainResult {
  model: NerModel;
  /** dev score after each epoch (empty without dev) */
  devScores: NerScore[];
}

function gazetteerSet(train: Gazetteer, opts: NerTrainOptions): GazetteerSet {
  return {
    sources: [
      { name: "t", gazetteer: train },
      { name: "k", gazetteer: opts.kb ?? new Gazetteer() },
      { name: "c", gazetteer: opts.countries ?? new Gazetteer() },
    ],
  };
}

const tagIndex = (t: string) => Math.max(0, TAGS.indexOf(t));

/** Tags of `sentences` under a trained chain model and feature index. */
export function decodeAll(chain: ChainModel, index: FeatureIndex, sentences: readonly TaggedSentence[], gaz: GazetteerSet): string[][] {
  return sentences.map((s) => viterbi(chain, index.encode(s.words, gaz)).map((t) => TAGS[t]));
}

export function trainNer(sentences: readonly TaggedSentence[], opts: NerTrainOptions): NerTrainResult {
  const log = opts.log ?? (() => {});
  const K = Math.max(2, opts.folds);
  const foldOf = (i: number) => i % K;
  const foldGaz: GazetteerSet[] = [];
  for (let k = 0; k < K; k++) {
    foldGaz.push(gazetteerSet(gazetteerFromTagged(sentences.filter((_, i) => foldOf(i) !== k)), opts));
  }
  // pass 1: count feature strings, keep the frequent ones
  const counts = new Map<string, number>();
  sentences.forEach((s, i) => {
    for (const fs of featureStrings(s.words, opts.triggers, foldGaz[foldOf(i)])) {
      for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  });
  const features = [...counts].filter(([, c]) => c >= opts.minCount).map(([f]) => f).sort();
  log(`features: ${counts.size} distinct, ${features.length} kept (count ≥ ${opts.minCount})`);
  const index = new FeatureIndex(features, opts.triggers);
  // pass 2: encode
  const data: TrainingExample[] = sentences.map((s, i) => ({ feats: index.encode(s.words, foldGaz[foldOf(i)]), tags: s.tags.map(tagIndex) }));
  const fullGaz = gazetteerFromTagged(sentences);
  const devGaz = gazetteerSet(fullGaz, opts);
  const devScores: NerScore[] = [];
  const chain = trainPerceptron(data, TAGS.length, features.length, {
    epochs: opts.epochs,
    seed: opts.seed,
    onEpoch: (epoch, avg, mistakes) => {
      let line = `epoch ${epoch}: ${mistakes} training sentences with errors`;
      if (opts.dev?.length) {
        const pred = decodeAll(avg, index, opts.dev, devGaz);
        const sc = scoreBio(opts.dev.map((s) => s.tags), pred);
        devScores.push(sc);
        const f = (t: string) => (100 * sc.byType[t].f1).toFixed(2);
        line += `; dev F1 PERS ${f("PERS")} LOC ${f("LOC")} ORG ${f("ORG")} macro ${(100 * sc.macroF1).toFixed(2)}`;
      }
      log(line);
    },
  });
  const model = pruneModel({
    tags: TAGS,
    features,
    chain,
    triggers: opts.triggers,
    trainGazetteer: fullGaz,
    meta: { epochs: opts.epochs, seed: opts.seed, folds: K, minCount: opts.minCount, sentences: sentences.length },
  });
  log(`model: ${model.features.length} features with non-zero weights`);
  return { model, devScores };
}
