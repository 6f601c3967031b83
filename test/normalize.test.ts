import { test } from "node:test";
import assert from "node:assert/strict";
import { normalize, normalizeWithMap, sourceSpan, stripArticle } from "../src/text/normalize.js";

test("normalize unifies Arabic letter variants, removes diacritics and tatweel", () => {
  const cases: [string, string][] = [
    ["أحمد", "احمد"],
    ["إيطاليا", "ايطاليا"],
    ["مصطفى", "مصطفي"],
    ["الحكومة", "الحكومه"],
    ["مُحَمَّد", "محمد"],
    ["الـــوزير", "الوزير"],
    ["مسؤول", "مسوول"],
    ["رئيس", "رييس"],
    ["٢٠٢٣", "2023"],
    ["ABC", "abc"],
  ];
  for (const [input, want] of cases) assert.equal(normalize(input), want, input);
});

test("normalizeWithMap maps normalized spans back to source spans", () => {
  const src = "قال الـوزيرُ إنّ";
  const view = normalizeWithMap(src);
  assert.equal(view.text, "قال الوزير ان");
  const i = view.text.indexOf("الوزير");
  const span = sourceSpan(view, i, i + "الوزير".length);
  assert.equal(src.slice(span.start, span.end), "الـوزير");
});

test("normalizeWithMap gives normalize()'s text, each character mapped to the source character it comes from", () => {
  const texts = ["", "abc", "قال", "الـوزيرُ", "إنّ ٢٠٢٣ مؤتمرٌ", "ـــأ", "ABC أحمد", "ةىئؤ", "بيان\u064Bً"];
  for (const src of texts) {
    const view = normalizeWithMap(src);
    assert.equal(view.text, normalize(src), src);
    assert.equal(view.map.length, view.text.length + 1, src);
    assert.equal(view.map[view.text.length], src.length, src);
    for (let i = 0; i < view.text.length; i++) {
      assert.ok(normalize(src[view.map[i]]).includes(view.text[i]), `${src}: ${i}`);
      if (i > 0) assert.ok(view.map[i] >= view.map[i - 1], `${src}: map runs forward at ${i}`);
    }
  }
});

test("stripArticle removes the article with its proclitics but keeps short words", () => {
  assert.equal(stripArticle("والوزير"), "وزير");
  assert.equal(stripArticle("للحكومه"), "حكومه");
  assert.equal(stripArticle("الي"), "الي");
});
