import { test } from "node:test";
import assert from "node:assert/strict";
import { biasVector, tuneBias } from "../../src/ner/bias.js";
import { addBias } from "../../src/ner/decode.js";
import { deserializeModel, serializeModel } from "../../src/ner/model-io.js";
import { Gazetteer } from "../../src/ner/gazetteer.js";
import { buildTagger, taggerRuntime } from "../../src/ner/tagger.js";
import { TAGS } from "../../src/ner/tags.js";
import { trainNer, type NerTrainOptions } from "../../src/ner/train.js";
import { TINY_CORPUS, TINY_TRIGGERS } from "./fixtures.js";

const opts: NerTrainOptions = { epochs: 4, seed: 5, folds: 2, minCount: 1, stages: 1, docWindow: 3, triggers: TINY_TRIGGERS };
const noKb = { kbDir: "/nonexistent-kb", countriesPath: "/nonexistent-countries.yaml" };

test("biasVector gives a type's offset to its B- and I- tags only", () => {
  const v = biasVector({ ORG: 2, PERS: -1 });
  const cases: [string, number][] = [["O", 0], ["B-ORG", 2], ["I-ORG", 2], ["B-PERS", -1], ["I-PERS", -1], ["B-LOC", 0], ["I-MISC", 0]];
  for (const [tag, want] of cases) assert.equal(v[TAGS.indexOf(tag)], want, tag);
  const em = new Float64Array(TAGS.length * 2).fill(1);
  addBias(em, v);
  assert.equal(em[TAGS.length + TAGS.indexOf("B-ORG")], 3); // second token too
});

test("a large offset for a type makes the last stage tag every word with it", () => {
  const { model } = trainNer(TINY_CORPUS, opts);
  const words = ["وصل", "الوفد", "أمس"];
  assert.ok(!buildTagger(model, noKb).tag(words).some((t) => t.endsWith("ORG")));
  model.stages[0].bias = Array.from(biasVector({ ORG: 1e6 }));
  const tags = buildTagger(deserializeModel(serializeModel(model)), noKb).tag(words);
  assert.ok(tags.every((t) => t.endsWith("-ORG")), tags.join(" "));
});

test("tuneBias never scores below no offsets on its own dev data", () => {
  const { model } = trainNer(TINY_CORPUS, { ...opts, epochs: 2 });
  const { stages, gazetteers } = taggerRuntime(model, new Gazetteer(), new Gazetteer());
  const t = tuneBias(stages, TINY_CORPUS, gazetteers, 3);
  assert.ok(t.after >= t.before);
  assert.deepEqual(Object.keys(t.byType).sort(), ["LOC", "ORG", "PERS"]);
});
