// Training of the NER model from BIO-tagged sentences (in document order).
// - The training-split gazetteer is jackknifed over contiguous blocks (a sentence's
//   gazetteer features come from names outside its block), so the model learns how far to
//   trust a name seen in *other* articles, as at test time.
// - Stage 2 (optional) is trained on stage-1 tags that were also produced out of block,
//   so that it learns to trust stage 1 as much as stage 1 deserves on unseen text.
import { documentFeatures } from "./document.js";
import { decodeDocument, type StageRuntime } from "./decode.js";
import { scoreBio, type NerScore } from "./eval.js";
import { FeatureIndex, featureStrings } from "./features.js";
import { Gazetteer, gazetteerFromTagged, type GazetteerSet } from "./gazetteer.js";
import type { TaggedSentence } from "./conll.js";
import { pruneStage, type NerModel, type Stage } from "./model-io.js";
import { trainPerceptron, viterbi } from "./perceptron.js";
import { TAGS } from "./tags.js";
import type { TriggerLexicon } from "./triggers.js";
import type { WordClusters } from "./clusters.js";
import type { WordProfiles } from "./profiles.js";
import type { WordTables } from "./features.js";

const tablesOf = (opts: NerTrainOptions): WordTables => ({ clusters: opts.clusters ?? null, profiles: opts.profiles ?? null });

export interface NerTrainOptions {
  epochs: number;
  seed: number;
  /** contiguous blocks for the jackknifed gazetteer and stage-1 tags (≥ 2) */
  folds: number;
  /** perceptrons per stage, each over its own sentence order, summed (default 1) */
  bags?: number;
  /** keep features seen at least this many times */
  minCount: number;
  /** 1 or 2 tagging stages */
  stages: number;
  /** sentences on each side that form one document for stage-2 features */
  docWindow: number;
  triggers: TriggerLexicon;
  /** knowledge-base and country gazetteers ("k", "c" features); empty ones are fine */
  kb?: Gazetteer;
  countries?: Gazetteer;
  /** word clusters (clusters.ts) for "k" features; absent → none */
  clusters?: WordClusters | null;
  /** context profiles (profiles.ts) for "pr" features; absent → none */
  profiles?: WordProfiles | null;
  /** held-out sentences (in document order) scored after every epoch of the last stage */
  dev?: readonly TaggedSentence[];
  log?: (line: string) => void;
}

export interface NerTrainResult {
  model: NerModel;
  /** dev score after each epoch of the last stage (empty without dev) */
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

/** Block of sentence i when n sentences are cut into k contiguous blocks. */
const blockOf = (i: number, n: number, k: number) => Math.floor((i * k) / n);

interface StageInput {
  sentences: readonly TaggedSentence[];
  gaz: readonly GazetteerSet[];
  extra?: readonly string[][][];
}

/** Train one stage: count features, keep frequent ones, encode, run the perceptron. */
function trainStage(input: StageInput, opts: NerTrainOptions, onEpoch?: (epoch: number, st: StageRuntime, mistakes: number) => void): Stage {
  const { sentences, gaz, extra } = input;
  const counts = new Map<string, number>();
  sentences.forEach((s, i) => {
    for (const fs of featureStrings(s.words, opts.triggers, gaz[i], extra?.[i], tablesOf(opts))) {
      for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  });
  const features = [...counts].filter(([, c]) => c >= opts.minCount).map(([f]) => f).sort();
  const index = new FeatureIndex(features, opts.triggers, tablesOf(opts));
  const data = sentences.map((s, i) => ({ feats: index.encode(s.words, gaz[i], extra?.[i]), tags: s.tags.map(tagIndex) }));
  const chain = trainPerceptron(data, TAGS.length, features.length, {
    epochs: opts.epochs,
    seed: opts.seed,
    onEpoch: onEpoch && ((e, avg, m) => onEpoch(e, { index, chain: avg }, m)),
  });
  // more perceptrons over other sentence orders, summed: their errors partly cancel (bagging
  // without resampling); the model stays the same size and tags at the same speed
  for (let r = 1; r < (opts.bags ?? 1); r++) {
    const more = trainPerceptron(data, TAGS.length, features.length, { epochs: opts.epochs, seed: opts.seed + 1000 * r });
    for (let i = 0; i < chain.emit.length; i++) chain.emit[i] += more.emit[i];
    for (let i = 0; i < chain.trans.length; i++) chain.trans[i] += more.trans[i];
  }
  return pruneStage({ features, chain });
}

function runtime(st: Stage, opts: NerTrainOptions): StageRuntime {
  return { index: new FeatureIndex(st.features, opts.triggers, tablesOf(opts)), chain: st.chain };
}

export function trainNer(sentences: readonly TaggedSentence[], opts: NerTrainOptions): NerTrainResult {
  const log = opts.log ?? (() => {});
  const n = sentences.length;
  const K = Math.max(2, opts.folds);
  const blockGaz: GazetteerSet[] = [];
  for (let k = 0; k < K; k++) {
    blockGaz.push(gazetteerSet(gazetteerFromTagged(sentences.filter((_, i) => blockOf(i, n, K) !== k)), opts));
  }
  const gazOf = sentences.map((_, i) => blockGaz[blockOf(i, n, K)]);
  const fullGaz = gazetteerFromTagged(sentences);
  const devGaz = gazetteerSet(fullGaz, opts);
  const devScores: NerScore[] = [];
  const stagesWanted = Math.max(1, Math.min(2, opts.stages));
  const stages: Stage[] = [];

  const devHook = (label: string, last: boolean) => (epoch: number, st: StageRuntime, mistakes: number) => {
    let line = `${label} epoch ${epoch}: ${mistakes} training sentences with errors`;
    if (opts.dev?.length) {
      const rts = [...stages.map((s) => runtime(s, opts)), st];
      const pred = decodeDocument(rts, opts.dev.map((s) => s.words), devGaz, opts.docWindow);
      const sc = scoreBio(opts.dev.map((s) => s.tags), pred);
      if (last) devScores.push(sc);
      const f = (t: string) => (100 * sc.byType[t].f1).toFixed(2);
      line += `; dev F1 PERS ${f("PERS")} LOC ${f("LOC")} ORG ${f("ORG")} macro ${(100 * sc.macroF1).toFixed(2)}`;
    }
    log(line);
  };

  stages.push(trainStage({ sentences, gaz: gazOf }, opts, devHook("stage 1", stagesWanted === 1)));
  log(`stage 1: ${stages[0].features.length} features with non-zero weights`);

  if (stagesWanted === 2) {
    // stage-1 tags of each block from a stage-1 model that never saw the block
    const tags1: string[][] = new Array(n);
    for (let b = 0; b < K; b++) {
      const inside = sentences.map((_, i) => i).filter((i) => blockOf(i, n, K) === b);
      const outside = sentences.map((_, i) => i).filter((i) => blockOf(i, n, K) !== b);
      const m = runtime(trainStage({ sentences: outside.map((i) => sentences[i]), gaz: outside.map((i) => gazOf[i]) }, opts), opts);
      // the block is read with a gazetteer of names from outside it, as test text is
      for (const i of inside) tags1[i] = viterbi(m.chain, m.index.encode(sentences[i].words, gazOf[i])).map((t) => TAGS[t]);
      log(`stage 1 out-of-block tags for block ${b + 1}/${K}`);
    }
    const stemIndex = new FeatureIndex([], opts.triggers);
    const extra = documentFeatures(sentences.map((s) => stemIndex.stems(s.words)), tags1, opts.docWindow);
    stages.push(trainStage({ sentences, gaz: gazOf, extra }, opts, devHook("stage 2", true)));
    log(`stage 2: ${stages[1].features.length} features with non-zero weights`);
  }
  const model: NerModel = {
    tags: TAGS,
    stages,
    docWindow: opts.docWindow,
    triggers: opts.triggers,
    trainGazetteer: fullGaz,
    clusters: opts.clusters ?? null,
    profiles: opts.profiles ?? null,
    meta: { epochs: opts.epochs, seed: opts.seed, folds: K, minCount: opts.minCount, sentences: n },
  };
  return { model, devScores };
}
