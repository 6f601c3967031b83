import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { DateWindows, toFullOffset } from "../../src/read/date-windows.js";
import { DATE_PARSERS, compileDateLexicon, loadDateLexicon, makeDateFinder } from "../../src/read/dates.js";

const lex = loadDateLexicon();
const windowed = makeDateFinder(lex);
// the same parsers without their cores scan every character: the reference
const whole = makeDateFinder(lex, DATE_PARSERS.map((p) => ({ ...p, core: undefined })));

const FILLER = "وقال المتحدث إن الوفد ناقش ملفات التعاون الاقتصادي والتجاري بين البلدين بحضور عدد من المسؤولين. ";

test("a pattern scans only the words around its core, and offsets map back to the text", () => {
  const w = new DateWindows([["مايو"], "digits", undefined], new Set(), 2);
  const text = FILLER + "وصل الوفد في 5 مايو الماضي إلى العاصمة. " + FILLER;
  const [month, digits, all] = w.scan(text);
  assert.equal(all, null); // no core: the whole text
  assert.ok(month && digits);
  assert.equal(month.text, " في 5 مايو الماضي إلى "); // "5" is a word of its own
  const at = month.text.indexOf("مايو");
  assert.equal(text.slice(toFullOffset(month, at), toFullOffset(month, at) + 4), "مايو");
  assert.equal(digits.text, " الوفد في 5 مايو الماضي ");
});

test("a word after one proclitic, or glued to a number, still opens a window", () => {
  const w = new DateWindows([["مايو"]], new Set(), 0);
  assert.equal(w.scan("قبل ومايو بعد")[0]?.text, " ومايو ");
  assert.equal(w.scan("قبل 5مايو بعد")[0]?.text, "مايو ");
  assert.equal(w.scan("قبل ومايوه بعد")[0]?.text, ""); // not a month: nothing to scan
});

test("separate windows are joined by a character no pattern matches, and each maps back", () => {
  const w = new DateWindows([["الخميس"]], new Set(), 1);
  const text = "جاء الخميس الماضي " + FILLER + FILLER + " ورحل الخميس التالي";
  const s = w.scan(text)[0]!;
  assert.equal(s.from.length, 2);
  const second = s.text.lastIndexOf("الخميس");
  assert.equal(toFullOffset(s, second), text.lastIndexOf("الخميس"));
  assert.ok(!/\s/.test(s.text[s.text.indexOf("\u0000")]));
});

test("a phrase opens a window at its own words, not at the context words it shares with everything", () => {
  const w = new DateWindows([["اول من امس", "امس"]], new Set(["من", "اول"]), 0);
  assert.equal(w.scan(FILLER + "من")[0]?.text, "");
  assert.match(w.scan(FILLER + "امس")[0]!.text, /امس/);
});

test("windowed date finding reads what a scan of every character reads", () => {
  const published = "2024-05-16";
  const texts = [
    FILLER + "التقى الوزيران أمس الأربعاء في طرابلس، بعد لقاء أول من أمس. " + FILLER,
    "في 13 / 6 / 2025 وقع الطرفان الاتفاق. " + FILLER + "ويعود إلى 2021/03/04.",
    FILLER.repeat(3) + "وفي الحادي و العشرين من شهر تشرين الثاني / نوفمبر من العام الماضي عقد الاجتماع",
    "الخميس " + FILLER + "منذ ثلاثة أيام، وفي الـ30 من الشهر الجاري، وحتى نهاية العام المقبل 2025م",
    FILLER + "بين 5 و7 مايو، ومن 28 فبراير/شباط إلى 3 مارس 2026، وخلال الأسبوع الماضي" + FILLER + "5مايو",
    FILLER.repeat(2),
  ];
  for (const t of texts) {
    const got = windowed(t, published);
    assert.deepEqual(got, whole(t, published), t);
  }
  assert.ok(windowed(texts[2], published).some((d) => d.value === "2023-11-21"));
});

const DEV = new URL("../../../shared/data/dev/docs.jsonl", import.meta.url);
test("dev articles: windowed date finding equals the full scan", { skip: !existsSync(DEV) && "../shared/data/dev is missing" }, () => {
  const docs = readFileSync(DEV, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { text: string; published?: string });
  let dates = 0;
  for (const d of docs) {
    const got = windowed(d.text, d.published);
    dates += got.length;
    assert.deepEqual(got, whole(d.text, d.published));
  }
  assert.ok(dates > docs.length);
});

test("the lexicon's context words are not cores on their own", () => {
  const C = compileDateLexicon(lex);
  for (const w of ["في", "من", "منتصف", "الماضي", "الثاني"]) assert.ok(C.contextWords.has(w), w);
  assert.ok(!C.contextWords.has("امس"));
});
