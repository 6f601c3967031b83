import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel, saveModel, serializeModel, deserializeModel } from "../../src/ner/model-io.js";
import { buildTagger } from "../../src/ner/tagger.js";
import { bioToSpans } from "../../src/ner/tags.js";
import { trainNer, type NerTrainOptions } from "../../src/ner/train.js";
import { TINY_CORPUS, TINY_TRIGGERS } from "./fixtures.js";

const opts: NerTrainOptions = { epochs: 6, seed: 5, folds: 2, minCount: 1, stages: 2, docWindow: 3, triggers: TINY_TRIGGERS };
const noKb = { kbDir: "/nonexistent-kb", countriesPath: "/nonexistent-countries.yaml" };

test("same seed → same model; another seed still trains", () => {
  const a = trainNer(TINY_CORPUS, opts).model;
  const b = trainNer(TINY_CORPUS, opts).model;
  assert.equal(a.stages.length, 2);
  const bytes = (m: typeof a) => serializeModel({ ...m, meta: {} });
  assert.ok(bytes(a).equals(bytes(b)), "two trainings with one seed differ");
  const c = trainNer(TINY_CORPUS, { ...opts, seed: 6 }).model;
  assert.equal(c.stages.length, 2);
});

test("a model trained on the tiny corpus tags its own training sentences right", () => {
  const { model } = trainNer(TINY_CORPUS, { ...opts, stages: 1, epochs: 20 });
  const tagger = buildTagger(model, noKb);
  let right = 0, total = 0;
  for (const s of TINY_CORPUS) {
    const got = tagger.tag(s.words);
    got.forEach((t, i) => { total++; if (t === s.tags[i]) right++; });
  }
  // not 100%: the jackknifed gazetteer features of training differ from the full one used here
  assert.ok(right / total >= 0.9, `only ${right}/${total} tags right`);
});

test("save/load round trip gives identical tags", () => {
  const { model } = trainNer(TINY_CORPUS, opts);
  const dir = mkdtempSync(join(tmpdir(), "ner-model-"));
  try {
    const path = join(dir, "m.json.gz");
    saveModel(path, model);
    const loaded = loadModel(path);
    assert.deepEqual(loaded.stages.map((s) => s.features), model.stages.map((s) => s.features));
    const before = buildTagger(model, noKb), after = buildTagger(loaded, noKb);
    const docs = [
      TINY_CORPUS.map((s) => s.words),
      [["زار", "الوزير", "هادي", "ناصر", "مدينة", "تونس"], ["وقال", "كريم", "عادل", "إن", "منظمة", "الهجرة", "في", "روما"]],
    ];
    for (const doc of docs) assert.deepEqual(after.tagDocument(doc), before.tagDocument(doc));
    assert.deepEqual(after.spans(docs[1][0]), bioToSpans(before.tag(docs[1][0])));
    assert.throws(() => deserializeModel(Buffer.from("not a model")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("tagging an empty sentence or document gives nothing", () => {
  const tagger = buildTagger(trainNer(TINY_CORPUS, { ...opts, stages: 1, epochs: 2 }).model, noKb);
  assert.deepEqual(tagger.tag([]), []);
  assert.deepEqual(tagger.tagDocument([]), []);
  assert.deepEqual(tagger.tagDocument([[], ["روما"]])[0], []);
});

test("buildTagger accepts KB names from the caller instead of reading data/kb", () => {
  const { model } = trainNer(TINY_CORPUS, { ...opts, stages: 1, epochs: 2 });
  const tagger = buildTagger(model, { ...noKb, kbNames: [{ names: ["سامي ناصر", "Sami Nasser"], type: "PERS" }, { names: ["غدامس"], type: "LOC" }] });
  const [kb] = tagger.lookups.known;
  assert.equal(kb.entries, 2); // the Latin spelling is skipped
  const words = "التقى الرئيس سامي ناصر".split(" ");
  assert.ok(tagger.combined(words).some((s) => s.start === 2 && s.end === 4 && s.type === "PERS"));
});

test("bagged training (several perceptrons summed) is deterministic and differs from one perceptron", () => {
  const bytes = (m: ReturnType<typeof trainNer>["model"]) => serializeModel({ ...m, meta: {} });
  const a = trainNer(TINY_CORPUS, { ...opts, stages: 1, bags: 2 }).model;
  const b = trainNer(TINY_CORPUS, { ...opts, stages: 1, bags: 2 }).model;
  const one = trainNer(TINY_CORPUS, { ...opts, stages: 1 }).model;
  assert.ok(bytes(a).equals(bytes(b)), "two bagged trainings with one seed differ");
  assert.ok(!bytes(a).equals(bytes(one)), "bags: 2 gave the same model as one perceptron");
});
