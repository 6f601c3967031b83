import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyModel, seededRandom, trainPerceptron, viterbi } from "../../src/ner/perceptron.js";

test("viterbi finds the known best path of a hand-set toy model", () => {
  // 3 tags, 2 features. Feature 0 votes for tag 1, feature 1 for tag 2;
  // the transition 1 → 2 is strongly rewarded and 2 → 2 strongly penalised.
  const m = emptyModel(3, 2);
  m.emit.set([0, 2, 0], 0 * 3);
  m.emit.set([0, 0, 1], 1 * 3);
  const trans = (p: number, t: number, w: number) => { m.trans[(p + 1) * 3 + t] = w; };
  trans(1, 2, 3);
  trans(2, 2, -10);
  trans(2, 0, 0.5);
  const x = (...ids: number[]) => Int32Array.from(ids);
  // token scores alone say [1, 2, 2]; the 2 → 2 penalty makes [1, 2, 0] best:
  // 2 + (3 + 1) + 0.5 = 6.5, against [1, 2, 1] = 6 and [1, 2, 2] = −3
  assert.deepEqual(viterbi(m, [x(0), x(1), x(1)]), [1, 2, 0]);
  // with no features the transitions alone decide: 1 → 2 is the only reward
  assert.deepEqual(viterbi(m, [x(), x()]), [1, 2]);
  assert.deepEqual(viterbi(m, []), []);
  // a start weight for tag 2 changes a one-token decision
  assert.deepEqual(viterbi(m, [x()]), [0]);
  m.trans[0 * 3 + 2] = 5;
  assert.deepEqual(viterbi(m, [x()]), [2]);
});

test("viterbi agrees with brute force on a random model", () => {
  const rand = seededRandom(7);
  const T = 4, F = 6, n = 5;
  const m = emptyModel(T, F);
  for (let i = 0; i < m.emit.length; i++) m.emit[i] = rand() * 2 - 1;
  for (let i = 0; i < m.trans.length; i++) m.trans[i] = rand() * 2 - 1;
  const feats = Array.from({ length: n }, () => Int32Array.from([Math.floor(rand() * F), Math.floor(rand() * F)]));
  const score = (path: number[]) => path.reduce((s, t, i) => {
    let e = 0;
    for (const f of feats[i]) e += m.emit[f * T + t];
    return s + e + m.trans[((i ? path[i - 1] : -1) + 1) * T + t];
  }, 0);
  let best = -Infinity, bestPath: number[] = [];
  for (let code = 0; code < T ** n; code++) {
    const path = Array.from({ length: n }, (_, i) => Math.floor(code / T ** i) % T);
    const s = score(path);
    if (s > best) { best = s; bestPath = path; }
  }
  assert.deepEqual(viterbi(m, feats), bestPath);
});

test("the perceptron learns a separable toy task and is deterministic for a seed", () => {
  // feature k means tag k; the model must learn it
  const data = [0, 1, 2, 1, 0, 2].map((k, i) => ({
    feats: [Int32Array.from([k]), Int32Array.from([(k + i) % 3])],
    tags: [k, (k + i) % 3],
  }));
  const a = trainPerceptron(data, 3, 3, { epochs: 5, seed: 1 });
  const b = trainPerceptron(data, 3, 3, { epochs: 5, seed: 1 });
  for (const ex of data) assert.deepEqual(viterbi(a, ex.feats), ex.tags);
  assert.deepEqual([...a.emit], [...b.emit]);
  assert.deepEqual([...a.trans], [...b.trans]);
});

test("seededRandom repeats for a seed and differs across seeds", () => {
  const seq = (s: number) => Array.from({ length: 5 }, seededRandom(s));
  assert.deepEqual(seq(3), seq(3));
  assert.notDeepEqual(seq(3), seq(4));
  assert.ok(seq(3).every((x) => x >= 0 && x < 1));
});
