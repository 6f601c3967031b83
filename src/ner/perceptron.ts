// Averaged structured perceptron over a linear chain of tags (Collins 2002), decoded with
// Viterbi. Emission weights are one row of `nTags` floats per feature; transition weights
// are (nTags + 1) × nTags, the extra row being the start of the sentence.

export interface ChainModel {
  nTags: number;
  nFeats: number;
  /** emit[f * nTags + t] */
  emit: Float32Array;
  /** trans[(prev + 1) * nTags + t], prev = -1 at the start */
  trans: Float32Array;
}

export interface TrainingExample {
  /** feature ids of each token */
  feats: Int32Array[];
  /** gold tag index of each token */
  tags: number[];
}

export function emptyModel(nTags: number, nFeats: number): ChainModel {
  return { nTags, nFeats, emit: new Float32Array(nTags * nFeats), trans: new Float32Array((nTags + 1) * nTags) };
}

/** Add the emission weights of feature rows `ids` to `out[offset .. offset + nTags)`. */
export function addEmissions(model: ChainModel, ids: Int32Array, out: Float64Array, offset: number): void {
  const T = model.nTags;
  const emit = model.emit;
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k] * T;
    for (let t = 0; t < T; t++) out[offset + t] += emit[base + t];
  }
}

/** Best tag sequence (indices) for a sentence under the model. */
export function viterbi(model: ChainModel, feats: readonly Int32Array[]): number[] {
  const T = model.nTags;
  const emissions = new Float64Array(feats.length * T);
  for (let i = 0; i < feats.length; i++) addEmissions(model, feats[i], emissions, i * T);
  return viterbiScores(model, emissions, feats.length);
}

/** Best tag sequence given the emission scores of n tokens (emissions[i * nTags + t]). */
export function viterbiScores(model: ChainModel, emissions: Float64Array, n: number): number[] {
  const T = model.nTags;
  if (n === 0) return [];
  const { trans } = model;
  // the inner loop reads the transitions into one tag n·T times: lay them out contiguously,
  // into[t * T + p] = trans(p → t), as doubles (the same values, so the same sums)
  const into = new Float64Array(T * T);
  for (let t = 0; t < T; t++) for (let p = 0; p < T; p++) into[t * T + p] = trans[(p + 1) * T + t];
  // best scores of the previous and the current token; only the back-pointers are kept for all
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) prev[t] = trans[t] + emissions[t];
  for (let i = 1; i < n; i++) {
    const row = i * T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity, arg = 0;
      const from = t * T;
      for (let p = 0; p < T; p++) {
        const v = prev[p] + into[from + p];
        if (v > best) { best = v; arg = p; }
      }
      cur[t] = best + emissions[row + t];
      back[row + t] = arg;
    }
    [prev, cur] = [cur, prev];
  }
  let best = -Infinity, arg = 0;
  for (let t = 0; t < T; t++) if (prev[t] > best) { best = prev[t]; arg = t; }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * T + arg];
  }
  return path;
}

/** Small deterministic PRNG (mulberry32), so that a seed fixes the training order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** called after each epoch with the averaged model so far (for dev scores / early stopping) */
  onEpoch?: (epoch: number, averaged: ChainModel, mistakes: number) => void;
}

/**
 * Train with the averaging trick of Daumé: keep w and u = Σ c·Δ; the average is w − u/c.
 * Returns the averaged model after the last epoch.
 */
export function trainPerceptron(data: readonly TrainingExample[], nTags: number, nFeats: number, opts: TrainOptions): ChainModel {
  const model = emptyModel(nTags, nFeats);
  const uEmit = new Float64Array(model.emit.length);
  const uTrans = new Float64Array(model.trans.length);
  const order = data.map((_, i) => i);
  const rand = seededRandom(opts.seed);
  let c = 1;
  const T = nTags;
  const update = (feats: Int32Array, t: number, delta: number) => {
    for (let k = 0; k < feats.length; k++) {
      const idx = feats[k] * T + t;
      model.emit[idx] += delta;
      uEmit[idx] += c * delta;
    }
  };
  const updTrans = (p: number, t: number, delta: number) => {
    const idx = (p + 1) * T + t;
    model.trans[idx] += delta;
    uTrans[idx] += c * delta;
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const idx of order) {
      const ex = data[idx];
      const pred = viterbi(model, ex.feats);
      let wrong = false;
      for (let i = 0; i < pred.length; i++) {
        const g = ex.tags[i], p = pred[i];
        const gp = i > 0 ? ex.tags[i - 1] : -1;
        const pp = i > 0 ? pred[i - 1] : -1;
        if (g !== p) {
          wrong = true;
          update(ex.feats[i], g, 1);
          update(ex.feats[i], p, -1);
        }
        if (g !== p || gp !== pp) {
          updTrans(gp, g, 1);
          updTrans(pp, p, -1);
        }
      }
      if (wrong) mistakes++;
      c++;
    }
    if (opts.onEpoch) opts.onEpoch(epoch, averaged(model, uEmit, uTrans, c), mistakes);
  }
  return averaged(model, uEmit, uTrans, c);
}

function averaged(model: ChainModel, uEmit: Float64Array, uTrans: Float64Array, c: number): ChainModel {
  const out = emptyModel(model.nTags, model.nFeats);
  for (let i = 0; i < out.emit.length; i++) out.emit[i] = model.emit[i] - uEmit[i] / c;
  for (let i = 0; i < out.trans.length; i++) out.trans[i] = model.trans[i] - uTrans[i] / c;
  return out;
}
