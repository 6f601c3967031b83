// Model files: one gzipped JSON document holding, for each tagging stage, the feature list
// and the weights (Float32, base64, exact), plus the trigger lexicon and the training-split
// gazetteer the model was trained with, so a model always sees the features it learned from.
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { Gazetteer, type GazetteerJSON } from "./gazetteer.js";
import type { ChainModel } from "./perceptron.js";
import { TAGS } from "./tags.js";
import { TriggerLexicon } from "./triggers.js";
import { WordClusters } from "./clusters.js";
import { WordProfiles } from "./profiles.js";

export const MODEL_FORMAT = "marsad-ner/2";

/** One tagging pass: stage 0 sees the sentence; stage 1 also sees stage 0's tags over the document. */
export interface Stage {
  features: string[];
  chain: ChainModel;
  /** per-tag score offsets applied when this stage is the last one run (tuned on held-out data: bias.ts) */
  bias?: number[] | null;
}

export interface NerModel {
  tags: readonly string[];
  stages: Stage[];
  /** sentences on each side that count as the same document for stage-2 features */
  docWindow: number;
  triggers: TriggerLexicon;
  trainGazetteer: Gazetteer;
  /** the word clusters the model was trained with (null: no cluster features) */
  clusters?: WordClusters | null;
  /** the context profiles the model was trained with (null: no profile features) */
  profiles?: WordProfiles | null;
  /** free-form training facts (corpus, epochs, seed, dev scores) */
  meta: Record<string, unknown>;
}

interface StageJSON {
  features: string[];
  emit: string;
  trans: string;
  bias?: number[];
}

interface ModelJSON {
  format: string;
  tags: string[];
  stages: StageJSON[];
  docWindow: number | null;
  triggers: Record<string, string[]>;
  trainGazetteer: GazetteerJSON;
  /** "stem\tpath" lines (clusters.ts), absent in models without cluster features */
  clusters?: string;
  /** "stem\tper:h org:l" lines (profiles.ts) */
  profiles?: string;
  meta: Record<string, unknown>;
}

function f32ToBase64(a: Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
}

function base64ToF32(s: string): Float32Array {
  const b = Buffer.from(s, "base64");
  // copy into an aligned buffer: a Buffer slice may not start on a 4-byte boundary
  const out = new Float32Array(b.byteLength / 4);
  new Uint8Array(out.buffer).set(b);
  return out;
}

/** Drop features whose weights are all (near) zero: the perceptron never needed them. */
export function pruneStage(st: Stage, epsilon = 1e-6): Stage {
  const T = st.chain.nTags;
  const keep: number[] = [];
  for (let f = 0; f < st.features.length; f++) {
    for (let t = 0; t < T; t++) {
      if (Math.abs(st.chain.emit[f * T + t]) > epsilon) { keep.push(f); break; }
    }
  }
  const emit = new Float32Array(keep.length * T);
  keep.forEach((f, i) => emit.set(st.chain.emit.subarray(f * T, f * T + T), i * T));
  return { features: keep.map((f) => st.features[f]), chain: { nTags: T, nFeats: keep.length, emit, trans: st.chain.trans.slice() } };
}

export function serializeModel(m: NerModel): Buffer {
  const j: ModelJSON = {
    format: MODEL_FORMAT,
    tags: [...m.tags],
    stages: m.stages.map((s) => ({ features: s.features, emit: f32ToBase64(s.chain.emit), trans: f32ToBase64(s.chain.trans), ...(s.bias ? { bias: s.bias } : {}) })),
    docWindow: Number.isFinite(m.docWindow) ? m.docWindow : null, // JSON has no Infinity
    triggers: m.triggers.toJSON(),
    trainGazetteer: m.trainGazetteer.toJSON(),
    ...(m.clusters ? { clusters: m.clusters.toTsv() } : {}),
    ...(m.profiles ? { profiles: m.profiles.toTsv() } : {}),
    meta: m.meta,
  };
  return gzipSync(Buffer.from(JSON.stringify(j)), { level: 9 });
}

export function deserializeModel(buf: Buffer): NerModel {
  const j = JSON.parse(gunzipSync(buf).toString("utf8")) as ModelJSON;
  if (j.format !== MODEL_FORMAT) throw new Error(`unknown NER model format ${String(j.format)} (expected ${MODEL_FORMAT})`);
  if (j.tags.join(",") !== TAGS.join(",")) throw new Error(`NER model tag set ${j.tags.join(",")} does not match ${TAGS.join(",")}`);
  const T = j.tags.length;
  const stages = j.stages.map((s, k) => {
    const emit = base64ToF32(s.emit);
    const trans = base64ToF32(s.trans);
    if (emit.length !== s.features.length * T || trans.length !== (T + 1) * T) throw new Error(`NER model stage ${k}: weight sizes do not match the feature list`);
    if (s.bias && s.bias.length !== T) throw new Error(`NER model stage ${k}: bias has ${s.bias.length} values for ${T} tags`);
    return { features: s.features, chain: { nTags: T, nFeats: s.features.length, emit, trans }, bias: s.bias ?? null };
  });
  return {
    tags: j.tags,
    stages,
    docWindow: j.docWindow ?? Infinity,
    triggers: new TriggerLexicon(j.triggers),
    trainGazetteer: Gazetteer.fromJSON(j.trainGazetteer),
    clusters: j.clusters ? WordClusters.fromTsv(j.clusters) : null,
    profiles: j.profiles ? WordProfiles.fromTsv(j.profiles) : null,
    meta: j.meta,
  };
}

export function saveModel(path: string, m: NerModel): number {
  const buf = serializeModel(m);
  writeFileSync(path, buf);
  return buf.byteLength;
}

export function loadModel(path: string): NerModel {
  return deserializeModel(readFileSync(path));
}
