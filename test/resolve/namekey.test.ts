// nameKey: spellings of one name that Arabic media use must share a key; names of different
// people must not. Pairs are composed for the spelling rules, not copied from articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { nameKey, nameKeyOfWord } from "../../src/resolve/namekey.js";
import { normalize } from "../../src/text/normalize.js";

const SAME: [string, string, string][] = [
  // s/z/ṣ for Latin s and z
  ["بيانتيدوزي", "بيانتيدوسي", "ز/س"],
  ["ماتيو بيانتيدوزي", "ماتيو بيانتيدوسي", "ز/س in full name"],
  ["كروسيتو", "كروزيتو", "س/ز"],
  ["جوزيبي", "جيوسيبي", "ز/س and vowel order"],
  ["لامورجيزي", "لامورجيسي", "ز/س"],
  ["صالح", "سالح", "ص/س"],
  // g/k/q for Latin g
  ["غويريني", "جويريني", "غ/ج"],
  ["لامورجيزي", "لامورغيزي", "ج/غ"],
  ["دراغي", "دراجي", "غ/ج"],
  ["لولوبريجيدا", "لولوبريغيدا", "ج/غ"],
  ["كافو دراغوني", "كافو دراجوني", "غ/ج"],
  ["المقريف", "المكريف", "ق/ك"],
  ["قدور", "كدور", "ق/ك"],
  // t/ṭ, d/ḍ/ḏ
  ["بيانتيدوزي", "بيانطيدوزي", "ت/ط"],
  ["الناظوري", "الناضوري", "ظ/ض"],
  ["عبد الرازق", "عبد الرازك", "ق/ك"],
  // alef/hamza seats, ya/alef maqsura, ta marbuta — the shared normalization
  ["أسامة حماد", "اسامه حماد", "أ/ا and ة/ه"],
  ["موسى الكوني", "موسي الكوني", "ى/ي"],
  ["فائز السراج", "فايز السراج", "ئ/ي"],
  ["رؤوف", "رءوف", "ؤ/ء"],
  ["إبراهيم", "ابراهيم", "إ/ا"],
  // diacritics and tatweel
  ["مُحَمَّد المنفي", "محمد المنفي", "diacritics"],
  ["الدبيـــبة", "الدبيبة", "tatweel"],
  // doubled letters and shadda
  ["مينيتي", "مينّيتي", "shadda"],
  ["ماتاريلا", "ماتاريلّا", "shadda"],
  ["تكالة", "تكّالة", "shadda"],
  // long vowels written or not inside foreign names
  ["لورينزو", "لورنزو", "inner ي"],
  ["رينزي", "رنزي", "inner ي"],
  ["جنتيلوني", "جينتيلوني", "inner ي"],
  ["ترينتا", "ترنتا", "inner ي"],
  ["مينيتي", "منيتي", "inner ي"],
  ["برلسكوني", "برلوسكوني", "inner و"],
  ["لامورجيزي", "لامورجيز", "final ي"],
  ["ميلوني", "ميلونى", "final ى"],
  ["جورجيا ميلوني", "جيورجيا ميلوني", "inner ي"],
  // optional article and compound-name spaces
  ["الدبيبة", "دبيبة", "article"],
  ["السراج", "سراج", "article"],
  ["عبد الحميد الدبيبة", "عبدالحميد الدبيبة", "عبد + space"],
  ["عبد الحميد الدبيبة", "عبدالحميد دبيبه", "space, article, ة/ه"],
  ["عبد الله اللافي", "عبدالله اللافي", "عبد الله"],
  ["مصطفى صنع الله", "مصطفى صنعالله", "صنع الله"],
  ["نوري أبو سهمين", "نوري بوسهمين", "أبو/بو"],
  ["فرحات بن قدارة", "فرحات بنقدارة", "بن + space"],
  ["فتحي باشاغا", "فتحي باش آغا", "space inside a name"],
  ["دي مايو", "دي ماي", "final vowel"],
  ["لويجي دي مايو", "لويجي ديمايو", "particle space"],
  ["لا روسا", "لاروسا", "particle space"],
  // Italian digraphs
  ["تشامبي", "شامبي", "تش/ش"],
  ["غراتسيانو", "غرازيانو", "تس/ز"],
  ["فاتسولاري", "فاتزولاري", "تس/تز"],
  ["تشينغولاني", "تشينجولاني", "غ/ج after تش"],
];

const DIFFERENT: [string, string][] = [
  ["خليفة حفتر", "صدام حفتر"],
  ["خليفة حفتر", "خالد حفتر"],
  ["صدام حفتر", "بلقاسم حفتر"],
  ["ماريو مونتي", "ماركو مينيتي"],
  ["ماريو مونتي", "ماريو دراغي"],
  ["جوزيبي كونتي", "جوزيبي بيروني"],
  ["محمد المنفي", "محمد المقريف"],
  ["محمد تكالة", "محمد سيالة"],
  ["خالد المشري", "خالد مازن"],
  ["علي زيدان", "علي القطراني"],
  ["علي القطراني", "حسين القطراني"],
  ["عبد الله اللافي", "وليد اللافي"],
  ["عبد الهادي الحويج", "محمد الحويج"],
  ["أسامة حماد", "أسامة الجويلي"],
  ["فتحي باشاغا", "فتحي المجبري"],
  ["ماتيو سالفيني", "ماتيو رينزي"],
  ["ماتيو بيانتيدوزي", "ماتيو سالفيني"],
  ["لورينزو غويريني", "لورينزو فونتانا"],
  ["إليزابيتا ترينتا", "إليزابيتا بيلوني"],
  ["باولو جنتيلوني", "باولو سكاروني"],
  ["جورجيا ميلوني", "جوزيبي كونتي"],
  ["أنطونيو تاياني", "أنطونيو غوتيريش"],
  ["عقيلة صالح", "صلاح بادي"],
  ["عماد الطرابلسي", "عماد السايح"],
  ["نجلاء المنقوش", "نجوى وهيبة"],
  ["محمد الدبيبة", "محمد ديبي"],
];

test("nameKey: spellings of one name share a key", () => {
  assert.ok(SAME.length >= 40, `have ${SAME.length} pairs`);
  for (const [a, b, why] of SAME) assert.equal(nameKey(a), nameKey(b), `${a} ~ ${b} (${why})`);
});

test("nameKey: different people do not share a key", () => {
  assert.ok(DIFFERENT.length >= 20);
  for (const [a, b] of DIFFERENT) assert.notEqual(nameKey(a), nameKey(b), `${a} ≠ ${b}`);
});

test("nameKey: no letters → empty key; Latin passes through lower-cased", () => {
  assert.equal(nameKey(""), "");
  assert.equal(nameKey("  ،  "), "");
  assert.equal(nameKey("Meloni"), nameKey("meloni"));
});

test("nameKeyOfWord: the same key as nameKey for one normalized word", () => {
  const words = [...SAME, ...DIFFERENT].flatMap(([a, b]) => [a, b]).flatMap((n) => normalize(n).split(/\s+/)).filter((w) => /^\p{L}+$/u.test(w));
  assert.ok(words.length >= 100, `have ${words.length} words`);
  for (const w of words) assert.equal(nameKeyOfWord(w), nameKey(w), w);
});
