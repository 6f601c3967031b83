import { test } from "node:test";
import assert from "node:assert/strict";
import { readCliticRules, stemWord, tokenize } from "../../src/read/tokens.js";
import type { Token } from "../../src/types.js";

// [surface, stem, prefix]: stems are normalized (ة→ه, أ→ا, ى→ي).
const CLITIC_CASES: [string, string, string][] = [
  // article clusters
  ["الهجرة", "هجره", "ال"],
  ["والوزير", "وزير", "وال"],
  ["بالعاصمة", "عاصمه", "بال"],
  ["فالحكومة", "حكومه", "فال"],
  ["كالعادة", "عاده", "كال"],
  ["وبالتالي", "تالي", "وبال"],
  ["للمهاجرين", "مهاجرين", "لل"],
  ["وللمهاجرين", "مهاجرين", "ولل"],
  ["الإيطالي", "ايطالي", "ال"],
  ["الليبية", "ليبيه", "ال"],
  // conjunctions and prepositions
  ["وقال", "قال", "و"],
  ["فقال", "قال", "ف"],
  ["وأكد", "اكد", "و"],
  ["بروما", "روما", "ب"],
  ["لمكافحة", "مكافحه", "ل"],
  ["وبحث", "بحث", "و"],
  ["ولكن", "لكن", "و"],
  // a cut that leaves a known word is preferred
  ["لليبيا", "ليبيا", "ل"],
  ["وليبيا", "ليبيا", "و"],
  ["ووزير", "وزير", "و"],
  ["بألمانيا", "المانيا", "ب"],
  ["والتقى", "التقي", "و"],
  // words whose first letters belong to them
  ["وزير", "وزير", ""],
  ["وزارة", "وزاره", ""],
  ["وفد", "وفد", ""],
  ["بيان", "بيان", ""],
  ["بلد", "بلد", ""],
  ["لقاء", "لقاء", ""],
  ["لندن", "لندن", ""],
  ["برلين", "برلين", ""],
  ["فرنسا", "فرنسا", ""],
  ["كبير", "كبير", ""],
  ["كانت", "كانت", ""],
  ["لكن", "لكن", ""],
  ["فإن", "فان", ""],
  ["التقى", "التقي", ""],
  ["ألمانيا", "المانيا", ""],
  ["آلاف", "الاف", ""],
  ["إلى", "الي", ""],
  // attached pronouns
  ["بيانه", "بيان", ""],
  ["بلاده", "بلاد", ""],
  ["وزيرها", "وزير", ""],
  ["ووزيرها", "وزير", "و"],
  ["اتفاقهما", "اتفاق", ""],
  ["اجتماعهم", "اجتماع", ""],
  ["بلادنا", "بلاد", ""],
  // endings that only look like pronouns
  ["وزيرة", "وزيره", ""],
  ["الوزيرة", "وزيره", "ال"],
  ["بياناً", "بيانا", ""],
  ["اتجاه", "اتجاه", ""],
  ["مياه", "مياه", ""],
  ["فيينا", "فيينا", ""],
  ["شعبنا", "شعبنا", ""],
  ["الليبي", "ليبي", "ال"],
  // transliterated names keep their first letter; known places still lose the preposition
  ["بيانتيدوزي", "بيانتيدوزي", ""],
  ["لورينزو", "لورينزو", ""],
  ["كروسيتو", "كروسيتو", ""],
  ["لوتشانا", "لوتشانا", ""],
  ["لإيطاليا", "ايطاليا", "ل"],
  ["بلامبيدوزا", "لامبيدوزا", "ب"],
  ["لاتفاقيات", "اتفاقيات", "ل"],
  ["لاستقرار", "استقرار", "ل"],
  ["غانا", "غانا", ""],
  // too short to cut
  ["منه", "منه", ""],
  ["به", "به", ""],
  ["وهو", "وهو", ""],
  ["لها", "لها", ""],
];

test("stemWord strips proclitics and pronouns conservatively", () => {
  assert.ok(CLITIC_CASES.length >= 40);
  for (const [surface, stem, prefix] of CLITIC_CASES) {
    assert.deepEqual(stemWord(surface), { stem, prefix }, surface);
  }
});

test("tokenize gives word tokens their norm, stem and prefix", () => {
  const [t] = tokenize("والوزيرة");
  assert.deepEqual(
    { text: t.text, norm: t.norm, stem: t.stem, prefix: t.prefix, kind: t.kind },
    { text: "والوزيرة", norm: "والوزيره", stem: "وزيره", prefix: "وال", kind: "word" },
  );
});

const brief = (ts: Token[]) => ts.map((t) => `${t.kind}:${t.text}`);

// [input, tokens as kind:text]
const TOKEN_CASES: [string, string[]][] = [
  ["16.35 مليون", ["number:16.35", "word:مليون"]],
  ["في 2025/06/13", ["word:في", "number:2025/06/13"]],
  ["نحو 1,500 مهاجر", ["word:نحو", "number:1,500", "word:مهاجر"]],
  ["٣٠٠ مهاجر", ["number:٣٠٠", "word:مهاجر"]],
  ["الساعة 09:57", ["word:الساعة", "number:09:57"]],
  ["700 طفل و1500 امرأة", ["number:700", "word:طفل", "number:و1500", "word:امرأة"]],
  ["ب20 زورقا", ["number:ب20", "word:زورقا"]],
  ["عام 2021م.", ["word:عام", "number:2021", "word:م", "punct:."]],
  ["بلغ 3.5.", ["word:بلغ", "number:3.5", "punct:."]],
  ["1،500", ["number:1", "punct:،", "number:500"]],
  ["10%", ["number:10", "punct:%"]],
  ["«الأمن» “أولوية” \"دائما\"", ["punct:«", "word:الأمن", "punct:»", "punct:“", "word:أولوية", "punct:”", "punct:\"", "word:دائما", "punct:\""]],
  ["(قصر) [ملحق] - – — … ؛ ؟ ،", ["punct:(", "word:قصر", "punct:)", "punct:[", "word:ملحق", "punct:]", "punct:-", "punct:–", "punct:—", "punct:…", "punct:؛", "punct:؟", "punct:،"]],
  ["انتهى...", ["word:انتهى", "punct:..."]],
  ["Giorgia Meloni و CSDP وG7", ["latin:Giorgia", "latin:Meloni", "word:و", "latin:CSDP", "word:و", "latin:G7"]],
  ["الـــوزير", ["word:الـــوزير"]],
  ["مُحَمَّدٌ", ["word:مُحَمَّدٌ"]],
  // invisible bidi controls and control characters are not tokens
  ["\u202bالوزير\u202c \u2067روما\u2069\u001a", ["word:الوزير", "word:روما"]],
];

test("tokenize splits words, numbers and punctuation of both scripts", () => {
  for (const [input, want] of TOKEN_CASES) assert.deepEqual(brief(tokenize(input)), want, input);
});

test("number tokens: normalized digits, proclitic kept apart from the value", () => {
  const cases: [string, string, string, string][] = [
    // text, norm, stem, prefix
    ["٣٠٠", "300", "300", ""],
    ["و1500", "و1500", "1500", "و"],
    ["١٦٫٣٥", "16.35", "16.35", ""],
  ];
  for (const [text, norm, stem, prefix] of cases) {
    const [t] = tokenize(text);
    assert.deepEqual({ kind: t.kind, norm: t.norm, stem: t.stem, prefix: t.prefix }, { kind: "number", norm, stem, prefix }, text);
  }
});

test("every token is text.slice(start, end), in order, never overlapping", () => {
  const text =
    "طرابلس (أ. ف. ب) - التقى الوزيرُ نظيرَه أمس، وبحثا «ملف الهجرة» و1500 مهاجر؛ بتكلفة ١٦٫٣٥ مليون يورو!\n" +
    "Meeting in Rome 😀 on 2025/06/13 — “short” ‘quote’ x\u200cy\ttab";
  const tokens = tokenize(text);
  let last = 0;
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.start >= last && t.end > t.start);
    last = t.end;
  }
  // nothing but whitespace between tokens
  const rebuilt = tokens.map((t) => t.text).join("");
  assert.equal(rebuilt, text.replace(/[\s\u200b\u200e\u200f]/gu, ""));
});

test("the clitics lexicon loads and is consistent", () => {
  const rules = readCliticRules();
  assert.ok(rules.prefixes.length >= 12 && rules.suffixes.length >= 5 && rules.keep.size >= 200);
  for (let i = 1; i < rules.suffixes.length; i++) assert.ok(rules.suffixes[i - 1].form.length >= rules.suffixes[i].form.length);
  for (const w of rules.keep) assert.equal(stemWord(w).stem, w, `keep word ${w} is cut`);
});

test("a long run without spaces is tokenized", () => {
  const t = tokenize("ب".repeat(200_000) + " " + "1".repeat(100_000) + ".".repeat(1000));
  assert.deepEqual(t.map((x) => x.kind), ["word", "number", "punct"]);
});

test("a hyphen glued between two Arabic words joins them as a space; elsewhere it is punctuation", () => {
  assert.deepEqual(tokenize("يونس-بك يفكوروف").map((t) => t.text), ["يونس", "بك", "يفكوروف"]);
  assert.deepEqual(tokenize("معبر الدبداب-غدامس").map((t) => t.text), ["معبر", "الدبداب", "غدامس"]);
  assert.deepEqual(tokenize("طرابلس - استقبل").map((t) => t.text), ["طرابلس", "-", "استقبل"]);
  assert.deepEqual(tokenize("5-5").map((t) => t.text), ["5", "-", "5"]);
});
