import { test } from "node:test";
import assert from "node:assert/strict";
import { combine, knownMatches, type CombineRule } from "../../src/ner/combine.js";
import { Gazetteer } from "../../src/ner/gazetteer.js";
import type { EntitySpan } from "../../src/ner/tags.js";
import { TINY_TRIGGERS } from "./fixtures.js";
import { TriggerLexicon } from "../../src/ner/triggers.js";

const kb = new Gazetteer();
kb.addName("سامي ناصر", "PERS");
kb.addName("منظمة الهجرة الدولية", "ORG");
kb.addName("غدامس", "LOC");
kb.addName("سرت", "LOC");
const countries = new Gazetteer();
countries.addName("ليبيا", "LOC");
countries.addName("الليبية", "LOC"); // as if a gazetteer listed an adjective among a country's names
const triggers = new TriggerLexicon({ ...TINY_TRIGGERS.toJSON(), location: ["مدينة", "العاصمة"], nationality: ["الليبية"] });
const lookups = { triggers, known: [kb, countries] };

const show = (spans: EntitySpan[]) => spans.map((s) => `${s.start}-${s.end} ${s.type}`).join(", ");
const sp = (start: number, end: number, type: EntitySpan["type"]): EntitySpan => ({ start, end, type });

test("combine: each rule on a sentence written for it", () => {
  const cases: [string, EntitySpan[], string, string][] = [
    // [sentence, model spans, expected spans, rule that should fire]
    ["التقى سامي ناصر أمس", [sp(1, 3, "ORG")], "1-3 PERS", "known-type"],
    ["التقى سامي ناصر أمس", [sp(1, 2, "PERS")], "1-3 PERS", "known-extend"],
    ["وصل الوفد مدينة غدامس", [], "3-4 LOC", "known-add-loc"],
    ["التقى الرئيس سامي ناصر", [], "2-4 PERS", "known-add-name"],
    ["قال الوزير كريم عادل", [sp(1, 4, "PERS")], "2-4 PERS", "title-trim"],
    ["قال وللوزير كريم", [sp(1, 3, "PERS")], "2-3 PERS", "title-trim"],
    ["قال الوزير", [sp(1, 2, "PERS")], "", "title-trim"],
  ];
  for (const [sentence, model, want, rule] of cases) {
    const words = sentence.split(" ");
    const got = combine(words, model, lookups);
    assert.equal(show(got), want, sentence);
    if (want) assert.ok(got.some((s) => s.source.includes(rule)), `${sentence}: ${rule} not recorded in ${JSON.stringify(got)}`);
  }
});

test("combine leaves spans alone where no rule applies (near misses)", () => {
  const cases: [string, EntitySpan[], string][] = [
    // a known place with no place noun before it is not added, even after a preposition
    ["غدامس مدينة جميلة", [], ""],
    ["وصل الوفد إلى غدامس أمس", [], ""],
    // places and organisations keep the model's type and extent
    ["فاز فريق غدامس", [sp(2, 3, "ORG")], "2-3 ORG"],
    ["قالت منظمة الهجرة الدولية إن", [sp(1, 3, "ORG")], "1-3 ORG"],
    // a known multi-word organisation the model missed is not added
    ["قالت منظمة الهجرة الدولية إن", [], ""],
    // a one-word known person without the model is not added
    ["قال ناصر", [], ""],
    // a known name that only partly covers a model span does not cut it
    ["زار سامي ناصر الأول روما", [sp(1, 4, "PERS")], "1-4 PERS"],
    // a title inside a non-person span stays
    ["وزارة الوزير", [sp(0, 2, "ORG")], "0-2 ORG"],
    // an unknown name from the model stays as it is
    ["زار كريم عادل", [sp(1, 3, "PERS")], "1-3 PERS"],
    // a title listed with its article is a given name without it: "سيد" is kept in the name
    ["قال سيد كريم", [sp(1, 3, "PERS")], "1-3 PERS"],
    // a nationality adjective after a place noun is not a place, even when a gazetteer knows it
    ["وصل إلى العاصمة الليبية أمس", [], ""],
  ];
  for (const [sentence, model, want] of cases) assert.equal(show(combine(sentence.split(" "), model, lookups)), want, sentence);
});

test("combine rules can be switched off one by one", () => {
  const words = "وصل الوفد مدينة غدامس".split(" ");
  const none: CombineRule[] = [];
  assert.equal(show(combine(words, [], lookups, none)), "");
  assert.equal(show(combine(words, [], lookups, ["known-add-loc"])), "3-4 LOC");
  const titled = "قال الوزير كريم".split(" ");
  assert.equal(show(combine(titled, [sp(1, 3, "PERS")], lookups, none)), "1-3 PERS");
});

test("knownMatches finds names with a conjunction attached and keeps the longest", () => {
  const words = "وغدامس ومنظمة الهجرة الدولية".split(" ");
  assert.equal(show(knownMatches(words, [kb])), "0-1 LOC, 1-4 ORG");
});
