import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../../src/read/sentences.js";

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

// [input, expected sentences] — composed news-like sentences.
const CASES: [string, string[]][] = [
  ["التقى الوزير نظيره. وبحث الجانبان ملف الهجرة.", ["التقى الوزير نظيره.", "وبحث الجانبان ملف الهجرة."]],
  ["هل انتهت الأزمة؟ لا أحد يعرف! لكن المفاوضات مستمرة.", ["هل انتهت الأزمة؟", "لا أحد يعرف!", "لكن المفاوضات مستمرة."]],
  ["عنوان الخبر\nنص الخبر الأول", ["عنوان الخبر", "نص الخبر الأول"]],
  // decimals, dates, thousands and times never split
  ["خصص الاتحاد 16.35 مليون يورو في 2025/06/13 عند الساعة 09:57 لنحو 1,500 مهاجر.", ["خصص الاتحاد 16.35 مليون يورو في 2025/06/13 عند الساعة 09:57 لنحو 1,500 مهاجر."]],
  // agency initials and titles
  ["طرابلس (أ. ف. ب) - التقى الوزير نظيره.", ["طرابلس (أ. ف. ب) - التقى الوزير نظيره."]],
  ["قال د. أحمد إن اللقاء مثمر. وأضاف أنه مستمر.", ["قال د. أحمد إن اللقاء مثمر.", "وأضاف أنه مستمر."]],
  ["met J. Smith today. Then left.", ["met J. Smith today.", "Then left."]],
  // ".." joins the two halves of a headline
  ["تعاون أمني.. مباحثات الوزير في العاصمة", ["تعاون أمني.. مباحثات الوزير في العاصمة"]],
  // closing quotes stay with their sentence
  ["وقال الوزير: «التعاون مستمر.» ثم غادر القاعة.", ["وقال الوزير: «التعاون مستمر.»", "ثم غادر القاعة."]],
  ["وأكد أن \"الأمن أولوية\". وتابع حديثه.", ["وأكد أن \"الأمن أولوية\".", "وتابع حديثه."]],
  // a quotation closed on the same line stays with its speaker; an unclosed one does not hold
  ["وقال: “التقيت الوزير اليوم. وتركز اللقاء على الأمن”. ثم غادر.", ["وقال: “التقيت الوزير اليوم. وتركز اللقاء على الأمن”.", "ثم غادر."]],
  ["وأكد «نعم. هذا صحيح» وغادر. ثم عاد.", ["وأكد «نعم. هذا صحيح» وغادر.", "ثم عاد."]],
  ["قال «نعم. ثم ذهب.", ["قال «نعم.", "ثم ذهب."]],
  ["ثم قال… وسكت طويلا", ["ثم قال…", "وسكت طويلا"]],
  ["وتوقف الحديث... ثم استؤنف", ["وتوقف الحديث...", "ثم استؤنف"]],
  // a list number is not a sentence
  ["1. دعم خفر السواحل", ["1. دعم خفر السواحل"]],
  // punctuation glued to what follows is not a boundary
  ["زار الوفد مقر الأمم المتحدة U.N.Office في جنيف", ["زار الوفد مقر الأمم المتحدة U.N.Office في جنيف"]],
  // spaces and empty lines are not sentences
  ["  \n\nعنوان  \n  ", ["عنوان"]],
  ["", []],
];

test("splitSentences finds Arabic sentence boundaries", () => {
  for (const [input, want] of CASES) assert.deepEqual(texts(input), want, input);
});

test("sentences are ordered, indexed and trimmed", () => {
  const t = " أولا. ثانيا؟\n ثالثا ";
  const s = splitSentences(t);
  assert.deepEqual(s.map((x) => x.index), [0, 1, 2]);
  for (let i = 1; i < s.length; i++) assert.ok(s[i].start >= s[i - 1].end);
  for (const x of s) assert.equal(t.slice(x.start, x.end), t.slice(x.start, x.end).trim());
});

test("a long text without punctuation is one sentence per line", () => {
  const line = "كلمة ".repeat(50_000).trim();
  const s = splitSentences(line + "\n" + line);
  assert.equal(s.length, 2);
});
