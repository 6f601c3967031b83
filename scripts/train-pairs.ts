// `npm run train:pairs`: learn the pair model (src/extract/pair-model.ts) from the written set's
// gold (data/written), the project's own articles. Each candidate pair the pipeline offers is
// labelled by the gold the way ../shared/tools/score.mjs matches participants: a pair of one
// required encounter is a yes, a pair that only an optional encounter or an optional participant
// covers is left out, any other pair is a no.
//   npm run train:pairs [-- --sets 1-64] [--out data/pairs/model.json] [--threshold 0.7]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { extractDocument } from "../src/pipeline.js";
import { loadResources } from "../src/resolve/resources.js";
import { DEFAULT_PAIR_MODEL_PATH, type PairCandidate, type PairModel } from "../src/extract/pair-model.js";
import { labelPair, type GoldDoc } from "./pairs/gold-match.js";

export interface LabelledPair { features: string[]; label: 0 | 1; doc: string }

/** Every candidate pair of the documents, labelled by their gold (pairs gold leaves open are dropped). */
export function labelledPairs(docs: { id: string; text: string; published?: string | null }[], gold: Map<string, GoldDoc>): LabelledPair[] {
  const R = loadResources({});
  const out: LabelledPair[] = [];
  for (const d of docs) {
    const g = gold.get(d.id);
    if (!g) continue;
    let candidates: PairCandidate[] = [];
    extractDocument(d, { resources: R, pairModel: null, onPairCandidates: (c) => { candidates = c; } });
    for (const c of candidates) {
      const label = labelPair(g, c.a, c.b);
      if (label !== null) out.push({ features: c.features, label, doc: d.id });
    }
  }
  return out;
}

/**
 * Logistic regression by stochastic gradient descent with L2, in a fixed (seeded) order. Pairs
 * that met are few (one in thirty), so each counts three times: otherwise the model never says yes.
 */
export function trainLogistic(data: LabelledPair[], opts: { epochs?: number; rate?: number; l2?: number; seed?: number; positiveWeight?: number } = {}): Record<string, number> {
  const { epochs = 12, rate = 0.1, l2 = 1e-4, positiveWeight = 3 } = opts;
  const w = new Map<string, number>();
  const order = data.map((_, i) => i);
  let seed = opts.seed ?? 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    const step = rate / (1 + epoch * 0.5);
    for (const k of order) {
      const { features, label } = data[k];
      let z = 0;
      for (const f of features) z += w.get(f) ?? 0;
      const g = (label - 1 / (1 + Math.exp(-z))) * (label ? positiveWeight : 1);
      for (const f of features) { const v = w.get(f) ?? 0; w.set(f, v + step * (g - l2 * v)); }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, v] of [...w].sort((a, b) => a[0].localeCompare(b[0]))) if (Math.abs(v) >= 1e-3) out[f] = Math.round(v * 1e4) / 1e4;
  return out;
}

/** Set number of a written-set id ("w12-03" → 12). */
export const setOf = (id: string) => Number(/^\D*(\d+)/.exec(id)?.[1] ?? NaN);

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
  const [lo, hi] = opt("--sets", "1-9999").split("-").map(Number);
  const root = new URL("../", import.meta.url).pathname;
  const docs = readJsonl<{ id: string; text: string; published?: string | null }>(root + "data/written/articles.jsonl").filter((d) => setOf(d.id) >= lo && setOf(d.id) <= hi);
  const gold = new Map(readJsonl<GoldDoc>(root + "data/written/gold.jsonl").map((g) => [g.id, g]));
  const data = labelledPairs(docs, gold);
  const model: PairModel = { threshold: Number(opt("--threshold", "0.7")), weights: trainLogistic(data) };
  const out = opt("--out", DEFAULT_PAIR_MODEL_PATH);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(model, null, 0) + "\n");
  const pos = data.filter((d) => d.label).length;
  console.log(`${docs.length} articles, ${data.length} pairs (${pos} met) → ${Object.keys(model.weights).length} weights in ${out}`);
}
