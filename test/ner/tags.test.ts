import { test } from "node:test";
import assert from "node:assert/strict";
import { bioToSpans, spansToBio, TAGS } from "../../src/ner/tags.js";

test("bioToSpans reads BIO with the conlleval convention for stray I- tags", () => {
  const cases: [string[], string][] = [
    [["O", "B-PERS", "I-PERS", "O"], "1-3 PERS"],
    [["B-LOC", "B-LOC"], "0-1 LOC, 1-2 LOC"],
    // an I- with nothing before it starts an entity
    [["I-ORG", "I-ORG", "O"], "0-2 ORG"],
    // an I- of another type after an entity starts a new entity of its own type
    [["B-PERS", "I-LOC", "I-LOC"], "0-1 PERS, 1-3 LOC"],
    // an I- after O starts a new entity even when an entity of the same type came before
    [["B-ORG", "O", "I-ORG"], "0-1 ORG, 2-3 ORG"],
    [["O", "O"], ""],
    [["B-PERS", "I-PERS"], "0-2 PERS"],
    [["X-PERS", "B-FOO", "I-MISC"], "2-3 MISC"],
  ];
  for (const [tags, want] of cases) {
    const got = bioToSpans(tags).map((s) => `${s.start}-${s.end} ${s.type}`).join(", ");
    assert.equal(got, want, tags.join(" "));
  }
});

test("spansToBio is the inverse of bioToSpans on well-formed input", () => {
  const tags = ["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC", "O"];
  assert.deepEqual(spansToBio(tags.length, bioToSpans(tags)), tags);
});

test("the tag set is O then B-/I- pairs of the four ANERcorp types", () => {
  assert.deepEqual(TAGS, ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]);
});
