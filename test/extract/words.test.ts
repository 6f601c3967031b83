// Word forms and the set test every extractor asks (hasForm), whose answers are kept on lexemes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../../src/read/tokens.js";
import { closingBracket, hasForm, toWords, wordForms } from "../../src/extract/words.js";

const wordsOf = (text: string) => { const t = tokenize(text); return toWords(t, 0, t.length); };

test("a word's forms: itself, without و/ف, without ب/ل/ك, لل as ال", () => {
  assert.deepEqual(wordForms("والوزير").forms, ["والوزير", "الوزير"]);
  assert.deepEqual(wordForms("للقوات").forms, ["للقوات", "القوات", "لقوات"]);
});

test("hasForm answers per set, the same every time it is asked, for words read apart", () => {
  const ministers = new Set(["الوزير"]);
  const envoys = new Set(["المبعوث"]);
  const [a, b] = wordsOf("والوزير المبعوث");
  for (let round = 0; round < 3; round++) {
    assert.equal(hasForm(a, ministers), true);
    assert.equal(hasForm(a, envoys), false);
    assert.equal(hasForm(b, ministers), false);
    assert.equal(hasForm(b, envoys), true);
  }
  // the same written word in another text shares its lexeme, and the kept answer is right for it
  const [again] = wordsOf("والوزير");
  assert.equal(again.token.lex, a.token.lex);
  assert.equal(hasForm(again, ministers), true);
  assert.equal(hasForm(again, envoys), false);
  // more sets than there are bits are still answered
  const many = Array.from({ length: 80 }, (_, k) => new Set(k % 2 ? ["الوزير"] : ["غيره"]));
  many.forEach((set, k) => assert.equal(hasForm(a, set), k % 2 === 1));
  assert.equal(hasForm(undefined, ministers), false);
});

test("closingBracket: the ')' of a short aside, within the words allowed and before the limit", () => {
  const toks = tokenize("اللجنة (5+5) والوفد (بين قوسين طويلين جدا جدا جدا) انتهى");
  const words = toWords(toks, 0, toks.length);
  const open = words.findIndex((w) => w.token.text === "(");
  const close = closingBracket(words, open, 5);
  assert.equal(words[close].token.text, ")");
  assert.ok(close > open && close - open <= 6);
  assert.equal(closingBracket(words, open, 5, open + 2), -1, "not past the limit");
  const second = words.findIndex((w, k) => k > close && w.token.text === "(");
  assert.equal(closingBracket(words, second, 4), -1, "six words inside are no short aside");
  assert.equal(closingBracket(words, 0, 5), -1, "no bracket opens at a word");
});
