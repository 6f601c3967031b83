import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { findNumbers, parseDigits, NUMBERS_LEXICON_PATH } from "../../src/read/numbers.js";
import { normalize } from "../../src/text/normalize.js";

// [sentence, expected [value, text, kind] of every number found, in order]
type Want = [number, string, "digits" | "words" | "mixed"];
const POSITIVE: [string, Want[]][] = [
  // digits and separators
  ["وصل 300 مهاجر", [[300, "300", "digits"]]],
  ["وصل ٣٠٠ مهاجر", [[300, "٣٠٠", "digits"]]],
  ["بلغ العدد ١٢٣٤٥ شخصا", [[12345, "١٢٣٤٥", "digits"]]],
  ["تم رصد 1,500 قارب", [[1500, "1,500", "digits"]]],
  ["تم رصد 1,250,000 قارب", [[1250000, "1,250,000", "digits"]]],
  ["ارتفع بنسبة 2,5 في المئة", [[2.5, "2,5", "digits"]]],
  ["ارتفع بنسبة ٢٫٥ في المئة", [[2.5, "٢٫٥", "digits"]]],
  ["سعر ١٬٥٠٠ دينار", [[1500, "١٬٥٠٠", "digits"]]],
  ["مبلغ 16.35 يورو", [[16.35, "16.35", "digits"]]],
  ["وصل 3.000 مهاجر", [[3000, "3.000", "digits"]]],
  ["وصل 1.200.000 زائر", [[1200000, "1.200.000", "digits"]]],
  ["سعر 0.125 دينار", [[0.125, "0.125", "digits"]]],
  ["بلغ 1.500,75 يورو", [[1500.75, "1.500,75", "digits"]]],
  ["بلغ 1,500.75 دولار", [[1500.75, "1,500.75", "digits"]]],
  ["بلغ 12345.5 دولار", [[12345.5, "12345.5", "digits"]]],
  ["بنسبة 2،5 في المئة", [[2.5, "2،5", "digits"]]],
  ["وصل 20 000 مهاجر", [[20000, "20 000", "digits"]]],
  ["وصل 12\u00a0500 مهاجر", [[12500, "12\u00a0500", "digits"]]],
  ["بأسعار بين 150 300 ريال", [[150, "150", "digits"], [300, "300", "digits"]]],
  ["تراجعت إلى 9ر11 في المائة", [[11.9, "9ر11", "digits"]]],
  ["تعادل 06ر1 في المائة", [[1.06, "06ر1", "digits"]]],
  ["وزعت 167،771 وجبة", [[167771, "167،771", "digits"]]],
  // proclitics glued to digits
  ["ومن بينهم 700 طفل و1500 امرأة", [[700, "700", "digits"], [1500, "1500", "digits"]]],
  ["قدرت الخسائر بـ20 مليون", [[20000000, "20 مليون", "mixed"]]],
  ["خصصت المبالغ لـ300 أسرة", [[300, "300", "digits"]]],
  ["قدم الدعم ل3300 مهاجر", [[3300, "3300", "digits"]]],
  ["قدر العدد بنحو 40 شخصا", [[40, "40", "digits"]]],
  // ones, teens, tens
  ["سلمت أربعة زوارق", [[4, "أربعة", "words"]]],
  ["سلمت ثلاث سفن", [[3, "ثلاث", "words"]]],
  ["حضر اثنان من الوزراء", [[2, "اثنان", "words"]]],
  ["بمشاركة اثنتين من المنظمات", [[2, "اثنتين", "words"]]],
  ["وصلت ثمانية قوارب", [[8, "ثمانية", "words"]]],
  ["وصلت عشرة قوارب", [[10, "عشرة", "words"]]],
  ["صوت أحد عشر عضوا", [[11, "أحد عشر", "words"]]],
  ["صوتت إحدى عشرة دولة", [[11, "إحدى عشرة", "words"]]],
  ["صوت اثنا عشر عضوا", [[12, "اثنا عشر", "words"]]],
  ["صوتت ثلاث عشرة دولة", [[13, "ثلاث عشرة", "words"]]],
  ["نجا تسعة عشر شخصا", [[19, "تسعة عشر", "words"]]],
  ["نجا عشرون شخصا", [[20, "عشرون", "words"]]],
  ["نجا خمسة وعشرون شخصا", [[25, "خمسة وعشرون", "words"]]],
  ["نجا خمسة و عشرون شخصا", [[25, "خمسة و عشرون", "words"]]],
  ["نجا واحد وعشرين شخصا", [[21, "واحد وعشرين", "words"]]],
  ["نجا أحد وثلاثون شخصا", [[31, "أحد وثلاثون", "words"]]],
  ["نجا تسعة وتسعون شخصا", [[99, "تسعة وتسعون", "words"]]],
  ["أنقذت بخمسة قوارب", [[5, "خمسة", "words"]]],
  // hundreds
  ["وصل مئة مهاجر", [[100, "مئة", "words"]]],
  ["وصل مائة مهاجر", [[100, "مائة", "words"]]],
  ["وصل مئتا مهاجر", [[200, "مئتا", "words"]]],
  ["وصل مائتي مهاجر", [[200, "مائتي", "words"]]],
  ["وصل ثلاثمائة مهاجر", [[300, "ثلاثمائة", "words"]]],
  ["وصل ثلاث مئة مهاجر", [[300, "ثلاث مئة", "words"]]],
  ["وصل سبعمائة وخمسون مهاجرا", [[750, "سبعمائة وخمسون", "words"]]],
  ["وصل مائة وخمسة وعشرون مهاجرا", [[125, "مائة وخمسة وعشرون", "words"]]],
  // scales
  ["وصل ألف شخص", [[1000, "ألف", "words"]]],
  ["وصل ألفا شخص", []], // "ألفا" alone is not read (also "alpha")
  ["وصل ألفين شخص", [[2000, "ألفين", "words"]]],
  ["وصل ألفي مهاجر", [[2000, "ألفي", "words"]]],
  ["وصل ثلاثة آلاف مهاجر", [[3000, "ثلاثة آلاف", "words"]]],
  ["وصل عشرة آلاف مهاجر", [[10000, "عشرة آلاف", "words"]]],
  ["وصل أحد عشر ألفا", [[11000, "أحد عشر ألفا", "words"]]],
  ["وصل عشرين ألف مهاجر", [[20000, "عشرين ألف", "words"]]],
  ["وصل مئة ألف مهاجر", [[100000, "مئة ألف", "words"]]],
  ["وصل مئة وعشرون ألفا", [[120000, "مئة وعشرون ألفا", "words"]]],
  ["وصل ثلاثة آلاف وخمسمائة مهاجر", [[3500, "ثلاثة آلاف وخمسمائة", "words"]]],
  ["وصل ألف وخمسمائة مهاجر", [[1500, "ألف وخمسمائة", "words"]]],
  ["خصص مليون يورو", [[1000000, "مليون", "words"]]],
  ["خصص مليوني يورو", [[2000000, "مليوني", "words"]]],
  ["خصص ثلاثة ملايين يورو", [[3000000, "ثلاثة ملايين", "words"]]],
  ["خصص مليار دولار", [[1e9, "مليار", "words"]]],
  ["خصص ملياري دولار", [[2e9, "ملياري", "words"]]],
  ["خصص نصف مليون يورو", [[500000, "نصف مليون", "words"]]],
  ["خصص مليون ونصف يورو", [[1500000, "مليون ونصف", "words"]]],
  // the scale said again after the half belongs to the number
  ["استقبلت مليون ونصف مليون لاجئ", [[1500000, "مليون ونصف مليون", "words"]]],
  // with the article on the scale said again, and the accusative singular before the half
  ["استقبلت مليون ونصف المليون لاجئ", [[1500000, "مليون ونصف المليون", "words"]]],
  ["بلغت المبادلات مليارا ونصف المليار دولار", [[1.5e9, "مليارا ونصف المليار", "words"]]],
  // digits with scale words
  ["اعترضت 21 ألف مهاجر", [[21000, "21 ألف", "mixed"]]],
  ["اعترضت 21 ألفا", [[21000, "21 ألفا", "mixed"]]],
  ["خصص 16.35 مليون يورو", [[16350000, "16.35 مليون", "mixed"]]],
  ["خصص 2.5 مليار دولار", [[2.5e9, "2.5 مليار", "mixed"]]],
  ["خصص 1.250 مليون دولار", [[1250000, "1.250 مليون", "mixed"]]],
  ["خصص 5 ملايين يورو", [[5000000, "5 ملايين", "mixed"]]],
  ["خصص 3 مليارات يورو", [[3e9, "3 مليارات", "mixed"]]],
  ["خصص مليون و200 ألف يورو", [[1200000, "مليون و200 ألف", "mixed"]]],
  ["خصص ٢٠ مليون يورو", [[20000000, "٢٠ مليون", "mixed"]]],
  ["خصص 20 مليونا", [[20000000, "20 مليونا", "mixed"]]],
  ["منها (2.2) مليون سيارة", [[2200000, "2.2) مليون", "mixed"]]],
  ["بلغ (15) رحلة", [[15, "15", "digits"]]],
  ["بلغ عددهم (1.348.764) مليون راكب", [[1348764, "1.348.764", "digits"], [1000000, "مليون", "words"]]],
  // diacritics and tatweel do not get in the way
  ["وصل ثلاثةُ آلافٍ", [[3000, "ثلاثةُ آلافٍ", "words"]]],
  ["سلمت أربعـــة زوارق", [[4, "أربعـــة", "words"]]],
  ["ارتفع من خمسة آلاف إلى عشرة آلاف", [[5000, "خمسة آلاف", "words"], [10000, "عشرة آلاف", "words"]]],
  // two separate numbers
  ["بين 3 و5 قوارب", [[3, "3", "digits"], [5, "5", "digits"]]],
  // a part after و with a scale word of its own as large is the range's second number
  ["غرامة بين 10 آلاف و50 ألف يورو", [[10000, "10 آلاف", "mixed"], [50000, "50 ألف", "mixed"]]],
  ["بين ثلاثة آلاف وخمسة آلاف مقاتل", [[3000, "ثلاثة آلاف", "words"], [5000, "خمسة آلاف", "words"]]],
  ["وصل ثلاثة آلاف وخمسمائة مهاجر", [[3500, "ثلاثة آلاف وخمسمائة", "words"]]],
  ["نجا 12 شخصا وأصيب 7 آخرون", [[12, "12", "digits"], [7, "7", "digits"]]],
];

// [sentence, why nothing (or only the listed numbers) is a number]
const NEGATIVE: [string, string][] = [
  ["قال أحد المهاجرين إن الرحلة صعبة", "أحد = one of"],
  ["وقالت إحدى المنظمات إن الوضع صعب", "إحدى = one of"],
  ["وصل عشرات المهاجرين", "vague plural"],
  ["وصل مئات المهاجرين", "vague plural"],
  ["فر آلاف المهاجرين", "vague plural"],
  ["فر عشرات الآلاف", "vague plural + definite"],
  ["فر مئات الآلاف من الأشخاص", "vague plural + definite"],
  ["فقدت ملايين الدولارات", "vague plural"],
  ["ارتفع بنسبة 20 في المائة", "المائة with the article is the percent word, only 20 is a number"],
  ["صدر العدد الحادي عشر من المجلة", "ordinal"],
  ["في الدورة الثالثة عشرة للجنة", "ordinal"],
  ["الجمعة 2025/06/13", "slash date"],
  ["نشر في 16/04/2019 - 20:46", "date and time"],
  ["الساعة 05:23 صباحا", "time"],
  ["للفترة 2020-2021", "year range"],
  ["aXA6IDE4LjIxNy4xMC4yMDAg جزيرة", "digits inside a Latin token"],
  ["رابط https://example.com/news?id=12345", "digits inside a URL"],
  ["لست أدري ما حدث", "لست = I am not"],
  ["وقع في 16.04.2019 حادث", "dotted date"],
];

test("findNumbers reads digits, number words and mixtures", () => {
  for (const [input, want] of POSITIVE) {
    const got = findNumbers(input).map((m) => [m.value, m.text, m.kind]);
    assert.deepEqual(got, want, input);
  }
});

test("findNumbers spans point into the original text", () => {
  for (const [input] of POSITIVE) {
    for (const m of findNumbers(input)) assert.equal(input.slice(m.start, m.end), m.text, input);
  }
});

test("findNumbers ignores vague plurals, 'one of', ordinals, dates, times and codes", () => {
  const allowed: Record<string, number[]> = { "ارتفع بنسبة 20 في المائة": [20] };
  for (const [input, why] of NEGATIVE) {
    const got = findNumbers(input).map((m) => m.value);
    assert.deepEqual(got, allowed[input] ?? [], `${input} (${why})`);
  }
});

test("parseDigits separators", () => {
  const cases: [string, boolean, number | null][] = [
    ["1500", false, 1500],
    ["1,500", false, 1500],
    ["1,5", false, 1.5],
    ["16.35", false, 16.35],
    ["3.000", false, 3000],
    ["3.000", true, 3],
    ["0.019", false, 0.019],
    ["1.500.000", false, 1500000],
    ["16.04.2019", false, null],
    ["1.500,25", false, 1500.25],
  ];
  for (const [s, beforeScale, want] of cases) assert.equal(parseDigits(s, beforeScale), want, s);
});

test("a long run of number words and digits is read without blowing up", () => {
  const long = "ثلاثة و".repeat(2000) + " " + "1,".repeat(3000) + "1";
  const got = findNumbers(long);
  assert.ok(got.length > 0);
});

test("numbers.yaml: every word normalizes to something, no word is both vague and a free number", () => {
  const lex = parse(readFileSync(NUMBERS_LEXICON_PATH, "utf8")) as Record<string, unknown>;
  for (const key of ["prefixes", "ones", "teen_heads", "teen_tails", "tens", "hundred", "hundreds", "scales", "fractions", "vague", "not_numbers"]) {
    assert.ok(lex[key], `numbers.yaml has ${key}`);
  }
  const words = JSON.stringify(lex).match(/[\u0600-\u06ff]+/g) ?? [];
  for (const w of words) assert.ok(normalize(w).length > 0, w);
  const ones = Object.values(lex.ones as Record<string, string[]>).flat().map(normalize);
  for (const v of (lex.vague as string[]).map(normalize)) assert.ok(!ones.includes(v), v);
});
