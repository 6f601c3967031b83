// Model files: one gzipped JSON document holding the feature list, the weights (Float32,
// base64, exact), the trigger lexicon and the training-split gazetteer the model was
// trained with, so a model always sees the same features it learned from.
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { Gazetteer, type GazetteerJSON } from "./gazetteer.js";
import type { ChainModel } from "./perceptron.js";
import { TAGS } from "./tags.js";
import { TriggerLexicon } from "./triggers.js";

export const MODEL_FORMAT = "marsad-ner/1";

export interface NerModel {
  tags: readonly string[];
  features: string[];
  chain: ChainModel;
  triggers: TriggerLexicon;
  trainGazetteer: Gazetteer;
  /** free-form training facts (corpus, epochs, seed, dev scores) */
  meta: Record<string, unknown>;
}

interface ModelJSON {
  format: string;
  tags: string[];
  features: string[];
  emit: string;
  trans: string;
  triggers: Record<string, string[]>;
  trainGazetteer: GazetteerJSON;
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

/**
 * Drop features whose weights are all (near) zero: the perceptron never needed them.
 * Returns a model with renumbered feature rows.
 */
export function pruneModel(m: NerModel, epsilon = 1e-6): NerModel {
  const T = m.chain.nTags;
  const keep: number[] = [];
  for (let f = 0; f < m.features.length; f++) {
    let nz = false;
    for (let t = 0; t < T; t++) if (Math.abs(m.chain.emit[f * T + t]) > epsilon) { nz = true; break; }
    if (nz) keep.push(f);
  }
  const emit = new Float32Array(keep.length * T);
  keep.forEach((f, i) => emit.set(m.chain.emit.subarray(f * T, f * T + T), i * T));
  return {
    ...m,
    features: keep.map((f) => m.features[f]),
    chain: { nTags: T, nFeats: keep.length, emit, trans: m.chain.trans.slice() },
  };
}

export function serializeModel(m: NerModel): Buffer {
  const j: ModelJSON = {
    format: MODEL_FORMAT,
    tags: [...m.tags],
    features: m.features,
    emit: f32ToBase64(m.chain.emit),
    trans: f32ToBase64(m.chain.trans),
    triggers: m.triggers.toJSON(),
    trainGazetteer: m.trainGazetteer.toJSON(),
    meta: m.meta,
  };
  return gzipSync(Buffer.from(JSON.stringify(j)), { level: 9 });
}

export function deserializeModel(buf: Buffer): NerModel {
  const j = JSON.parse(gunzipSync(buf).toString("utf8")) as ModelJSON;
  if (j.format !== MODEL_FORMAT) throw new Error(`unknown NER model format ${String(j.format)} (expected ${MODEL_FORMAT})`);
  if (j.tags.join(",") !== TAGS.join(",")) throw new Error(`NER model tag set ${j.tags.join(",")} does not match ${TAGS.join(",")}`);
  const emit = base64ToF32(j.emit);
  const trans = base64ToF32(j.trans);
  const T = j.tags.length;
  if (emit.length !== j.features.length * T || trans.length !== (T + 1) * T) throw new Error("NER model: weight sizes do not match the feature list");
  return {
    tags: j.tags,
    features: j.features,
    chain: { nTags: T, nFeats: j.features.length, emit, trans },
    triggers: new TriggerLexicon(j.triggers),
    trainGazetteer: Gazetteer.fromJSON(j.trainGazetteer),
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
