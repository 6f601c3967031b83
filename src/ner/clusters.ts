// Word clusters for the NER tagger: a table stem → hierarchical cluster path ("3a1"), learned
// from unlabeled news (scripts/build-clusters.ts) so that words the 125k-token training split
// never saw still share weights with words it did see in the same contexts (a foreign surname
// with other surnames, an organisation head with other heads). Prefixes of the path are
// coarser clusters, so the tagger gets features at several granularities.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./perceptron.js";

export const DEFAULT_CLUSTERS_PATH = fileURLToPath(new URL("../../data/ner/clusters.tsv.gz", import.meta.url));

/** stem → cluster path; a path's k-character prefix is its level-k cluster. */
export class WordClusters {
  readonly paths: Map<string, string>;
  constructor(paths: Map<string, string>) {
    this.paths = paths;
  }
  get size(): number {
    return this.paths.size;
  }
  pathOf(stem: string): string | undefined {
    return this.paths.get(stem);
  }
  /** Plain text form: one "stem\tpath" line per word, sorted by stem (stable bytes). */
  toTsv(): string {
    return [...this.paths].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s, p]) => `${s}\t${p}`).join("\n") + "\n";
  }
  static fromTsv(text: string): WordClusters {
    const m = new Map<string, string>();
    for (const line of text.split("\n")) {
      const tab = line.indexOf("\t");
      if (tab > 0) m.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return new WordClusters(m);
  }
}

/** Load a gzipped cluster table; null when the file is absent (the tagger then runs without cluster features). */
export function loadClusters(path: string = DEFAULT_CLUSTERS_PATH): WordClusters | null {
  if (!existsSync(path)) return null;
  return WordClusters.fromTsv(gunzipSync(readFileSync(path)).toString("utf8"));
}

// ---------------------------------------------------------------- building

export interface ClusterBuildOptions {
  /** words to cluster: the most frequent stems with letters (default 50,000) */
  vocabSize: number;
  /** context words: the most frequent stems of any kind (default 2,000); others share one slot */
  contextSize: number;
  /** minimum count of a clustered word */
  minCount: number;
  /** dimensions of the random projection of the PPMI vectors */
  dims: number;
  /** branching factor of each level of the hierarchy, e.g. [16, 8, 8] → up to 1024 leaves */
  branching: number[];
  /** k-means iterations per split */
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterBuildOptions = {
  vocabSize: 50_000,
  contextSize: 2_000,
  minCount: 5,
  dims: 128,
  branching: [16, 8, 8],
  iterations: 10,
  seed: 7,
};

const PATH_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

const hasLetter = (s: string) => /\p{L}/u.test(s);

const byCountThenName = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Cluster the words of `docs` (each a list of stems, in text order) by their left and right
 * neighbours: PPMI-weighted context counts, randomly projected to `dims` dimensions, then
 * split top-down by spherical k-means. Deterministic for given input and options.
 */
export function buildClusters(docs: Iterable<readonly string[]>, opts: ClusterBuildOptions = DEFAULT_CLUSTER_OPTIONS): WordClusters {
  const materialized: (readonly string[])[] = [];
  const freq = new Map<string, number>();
  for (const d of docs) {
    materialized.push(d);
    for (const s of d) freq.set(s, (freq.get(s) ?? 0) + 1);
  }
  const ranked = [...freq].sort(byCountThenName);
  const ctxId = new Map<string, number>();
  for (const [s] of ranked.slice(0, opts.contextSize)) ctxId.set(s, ctxId.size);
  const C = ctxId.size + 2; // + "other" + sentence edge
  const OTHER = C - 2, EDGE = C - 1;
  const vocab = ranked.filter(([s, c]) => c >= opts.minCount && hasLetter(s)).slice(0, opts.vocabSize).map(([s]) => s);
  const wordId = new Map(vocab.map((s, i) => [s, i]));
  const V = vocab.length;
  if (V === 0) return new WordClusters(new Map());

  // (word, slot) pairs as single integers, counted by sorting: slot < C is a left neighbour, ≥ C a right one
  const S = 2 * C;
  const pairs: number[] = [];
  const ctxOf = (s: string | undefined) => (s === undefined ? EDGE : ctxId.get(s) ?? OTHER);
  for (const d of materialized) {
    for (let i = 0; i < d.length; i++) {
      const w = wordId.get(d[i]);
      if (w === undefined) continue;
      pairs.push(w * S + ctxOf(i > 0 ? d[i - 1] : undefined), w * S + C + ctxOf(i + 1 < d.length ? d[i + 1] : undefined));
    }
  }
  const sorted = Float64Array.from(pairs).sort();
  const wordTotal = new Float64Array(V);
  const slotTotal = new Float64Array(S);
  for (const p of sorted) {
    wordTotal[Math.floor(p / S)]++;
    slotTotal[p % S]++;
  }
  // context-distribution smoothing (Levy et al. 2015): rare contexts get less inflated PMI
  let smoothSum = 0;
  const slotSmooth = new Float64Array(S);
  for (let k = 0; k < S; k++) { slotSmooth[k] = Math.pow(slotTotal[k], 0.75); smoothSum += slotSmooth[k]; }

  // the PPMI matrix, sparse by rows (pairs are sorted by word, then slot)
  const rowStart = new Int32Array(V + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  for (let a = 0; a < sorted.length; ) {
    let b = a;
    while (b < sorted.length && sorted[b] === sorted[a]) b++;
    const w = Math.floor(sorted[a] / S), k = sorted[a] % S;
    const pmi = Math.log(((b - a) * smoothSum) / (wordTotal[w] * slotSmooth[k]));
    if (pmi > 0 && k % C !== OTHER) {
      cols.push(k);
      vals.push(pmi);
      rowStart[w + 1] = cols.length;
    }
    a = b;
  }
  for (let w = 1; w <= V; w++) if (rowStart[w] < rowStart[w - 1]) rowStart[w] = rowStart[w - 1];
  const rand = seededRandom(opts.seed);
  const D = opts.dims;
  const vecs = truncatedSvdRows({ rows: V, cols: S, rowStart, colIdx: Int32Array.from(cols), vals: Float64Array.from(vals) }, D, rand);
  for (let w = 0; w < V; w++) normalizeRow(vecs, w, D);

  const paths = new Array<string>(V).fill("");
  const split = (members: number[], level: number) => {
    if (level >= opts.branching.length || members.length < 2) return;
    const k = Math.min(opts.branching[level], members.length);
    const assign = sphericalKMeans(vecs, D, members, k, opts.iterations, rand);
    const groups: number[][] = Array.from({ length: k }, () => []);
    members.forEach((m, i) => groups[assign[i]].push(m));
    groups.forEach((g, c) => {
      for (const m of g) paths[m] += PATH_DIGITS[c];
      split(g, level + 1);
    });
  };
  split(vocab.map((_, i) => i), 0);
  return new WordClusters(new Map(vocab.map((s, i) => [s, paths[i]])));
}

export interface SparseRows {
  rows: number;
  cols: number;
  /** row r holds entries rowStart[r] .. rowStart[r + 1] - 1 */
  rowStart: Int32Array;
  colIdx: Int32Array;
  vals: Float64Array;
}

/**
 * Rows of A projected on its top `dims` right singular directions, scaled by √σ (Levy et al.
 * 2015: better word similarities than σ), by randomized SVD (Halko et al. 2011) with two power
 * iterations. Returns a rows × dims matrix, row-major.
 */
export function truncatedSvdRows(A: SparseRows, dims: number, rand: () => number): Float64Array {
  const K = Math.min(dims + 16, A.cols, A.rows);
  const { rows: V, cols: S, rowStart, colIdx, vals } = A;
  // A·X (X: S × K) and Aᵀ·Y (Y: V × K)
  const mul = (X: Float64Array) => {
    const out = new Float64Array(V * K);
    for (let r = 0; r < V; r++) {
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const v = vals[e], c = colIdx[e] * K;
        for (let k = 0; k < K; k++) out[r * K + k] += v * X[c + k];
      }
    }
    return out;
  };
  const mulT = (Y: Float64Array) => {
    const out = new Float64Array(S * K);
    for (let r = 0; r < V; r++) {
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const v = vals[e], c = colIdx[e] * K;
        for (let k = 0; k < K; k++) out[c + k] += v * Y[r * K + k];
      }
    }
    return out;
  };
  const omega = new Float64Array(S * K);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(rand);
  let Y = orthonormalColumns(mul(omega), V, K);
  for (let q = 0; q < 2; q++) Y = orthonormalColumns(mul(orthonormalColumns(mulT(Y), S, K)), V, K);
  // B = Qᵀ A (K × S), stored as its transpose Bt (S × K); B Bᵀ = Btᵀ Bt is K × K
  const Bt = mulT(Y);
  const G = new Float64Array(K * K);
  for (let s = 0; s < S; s++) {
    for (let i = 0; i < K; i++) {
      const bi = Bt[s * K + i];
      if (bi === 0) continue;
      for (let j = 0; j < K; j++) G[i * K + j] += bi * Bt[s * K + j];
    }
  }
  const { values, vectors } = symmetricEigen(G, K);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, dims);
  // A ≈ Q U Σ Wᵀ: a row's coordinates are (Q U)[r] Σ; with √σ weighting, (Q U)[r] · σ^½
  const out = new Float64Array(V * dims);
  for (let r = 0; r < V; r++) {
    for (let d = 0; d < order.length; d++) {
      const c = order[d];
      let s = 0;
      for (let k = 0; k < K; k++) s += Y[r * K + k] * vectors[k * K + c];
      out[r * dims + d] = s * Math.pow(Math.max(values[c], 0), 0.25);
    }
  }
  return out;
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12), v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Modified Gram–Schmidt on the K columns of a row-major n × K matrix (in place, returned). */
function orthonormalColumns(M: Float64Array, n: number, K: number): Float64Array {
  for (let j = 0; j < K; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += M[r * K + i] * M[r * K + j];
      for (let r = 0; r < n; r++) M[r * K + j] -= dot * M[r * K + i];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += M[r * K + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) M[r * K + j] /= norm;
  }
  return M;
}

/** Eigen-decomposition of a symmetric K × K matrix by cyclic Jacobi rotations; vectors are columns. */
export function symmetricEigen(G: Float64Array, K: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(G);
  const v = new Float64Array(K * K);
  for (let i = 0; i < K; i++) v[i * K + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) off += a[p * K + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < K; p++) {
      for (let q = p + 1; q < K; q++) {
        const apq = a[p * K + q];
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * K + q] - a[p * K + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < K; k++) {
          const akp = a[k * K + p], akq = a[k * K + q];
          a[k * K + p] = c * akp - s * akq;
          a[k * K + q] = s * akp + c * akq;
        }
        for (let k = 0; k < K; k++) {
          const apk = a[p * K + k], aqk = a[q * K + k];
          a[p * K + k] = c * apk - s * aqk;
          a[q * K + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < K; k++) {
          const vkp = v[k * K + p], vkq = v[k * K + q];
          v[k * K + p] = c * vkp - s * vkq;
          v[k * K + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Array.from({ length: K }, (_, i) => a[i * K + i]), vectors: v };
}

function normalizeRow(v: Float64Array, row: number, D: number): void {
  let n = 0;
  for (let d = 0; d < D; d++) n += v[row * D + d] ** 2;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < D; d++) v[row * D + d] /= n;
}

/** Spherical k-means (cosine) over rows `members` of `vecs`; k-means++ seeding; returns the cluster of each member. */
export function sphericalKMeans(vecs: Float64Array, D: number, members: readonly number[], k: number, iterations: number, rand: () => number): Int32Array {
  const n = members.length;
  const cent = new Float64Array(k * D);
  const dot = (m: number, c: number) => {
    let s = 0;
    for (let d = 0; d < D; d++) s += vecs[m * D + d] * cent[c * D + d];
    return s;
  };
  // k-means++: each next centre drawn with probability ∝ its distance to the nearest centre
  const first = members[Math.floor(rand() * n)];
  cent.set(vecs.subarray(first * D, first * D + D), 0);
  const best = new Float64Array(n).fill(-Infinity);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      best[i] = Math.max(best[i], dot(members[i], c - 1));
      total += Math.max(0, 1 - best[i]);
    }
    let r = rand() * total, pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= Math.max(0, 1 - best[i]);
      if (r <= 0) { pick = i; break; }
    }
    cent.set(vecs.subarray(members[pick] * D, members[pick] * D + D), c * D);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let arg = 0, top = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(members[i], c);
        if (s > top) { top = s; arg = c; }
      }
      if (assign[i] !== arg || it === 0) changed++;
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const m = members[i], c = assign[i];
      for (let d = 0; d < D; d++) cent[c * D + d] += vecs[m * D + d];
    }
    for (let c = 0; c < k; c++) normalizeRow(cent, c, D);
    if (changed === 0) break;
  }
  return assign;
}
