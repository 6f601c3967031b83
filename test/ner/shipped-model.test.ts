// The model shipped in data/ner/ loads and behaves like a news NER tagger on sentences
// written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { DEFAULT_MODEL_PATH, loadTagger } from "../../src/ner/tagger.js";
import { entitiesInText } from "../../src/ner/text.js";
import { TAGS } from "../../src/ner/tags.js";

const missing = !existsSync(DEFAULT_MODEL_PATH) && "no shipped model: run npm run train:ner";

test("the shipped model tags places, people and organisations in plain news sentences", { skip: missing }, () => {
  const tagger = loadTagger();
  assert.equal(loadTagger(), tagger, "loadTagger caches");
  const words = "وقال وزير الخارجية المصري أحمد عبد الرحيم في القاهرة إن الاتحاد الأوروبي سيقدم مساعدات إلى ليبيا".split(" ");
  const tags = tagger.tag(words);
  assert.equal(tags.length, words.length);
  assert.ok(tags.every((t) => TAGS.includes(t)));
  const spans = tagger.spans(words).map((s) => `${words.slice(s.start, s.end).join(" ")}/${s.type}`);
  for (const want of ["القاهرة/LOC", "ليبيا/LOC"]) assert.ok(spans.includes(want), `${want} not in ${spans.join(", ")}`);
  assert.ok(spans.some((s) => s.endsWith("/PERS") && s.includes("أحمد")), `no person in ${spans.join(", ")}`);
  // titles and trigger words are not names
  assert.ok(!spans.some((s) => s.startsWith("وزير")), spans.join(", "));
});

test("entitiesInText maps entities back to character offsets of the text", { skip: missing }, () => {
  const text = "وصل الوفد إلى روما أمس. وقال المتحدث إن الاجتماع في تونس كان مفيدا.";
  const ents = entitiesInText(text, loadTagger());
  for (const e of ents) assert.equal(text.slice(e.start, e.end), e.text);
  const places = ents.filter((e) => e.type === "LOC").map((e) => e.text);
  assert.ok(places.includes("روما") && places.includes("تونس"), JSON.stringify(ents));
});
