// Arabic → Latin spelling of names not in the knowledge base (src/resolve/translit.ts).
// Table names must come out exactly as English-language news spells them; names the tables do
// not know are checked for readable shape, since there is no single right spelling for them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { normalize } from "../../src/text/normalize.js";
import { transliterate, translitKey, TRANSLIT_LEXICON_PATH } from "../../src/resolve/translit.js";

test("transliterate: given names from the table", () => {
  const cases: [string, string][] = [
    ["محمد", "Mohammed"],
    ["أحمد", "Ahmed"],
    ["احمد", "Ahmed"],
    ["محمود", "Mahmoud"],
    ["مصطفى", "Mustafa"],
    ["مصطفي", "Mustafa"],
    ["علي", "Ali"],
    ["عمر", "Omar"],
    ["خالد", "Khaled"],
    ["خليفة", "Khalifa"],
    ["خليفه", "Khalifa"],
    ["عقيلة", "Aguila"],
    ["فتحي", "Fathi"],
    ["يوسف", "Youssef"],
    ["إبراهيم", "Ibrahim"],
    ["يحيى", "Yahya"],
    ["حسين", "Hussein"],
    ["صالح", "Saleh"],
    ["أسامة", "Osama"],
    ["فاطمة", "Fatima"],
    ["نجلاء", "Najla"],
    ["مُحَمَّد", "Mohammed"],
    ["عبدالله", "Abdullah"],
  ];
  for (const [ar, want] of cases) assert.equal(transliterate(ar), want, ar);
});

test("transliterate: full names, particles and compounds", () => {
  const cases: [string, string][] = [
    ["خالد مازن", "Khaled Mazen"],
    ["عبد الله", "Abdullah"],
    ["عبد الحميد", "Abdulhamid"],
    ["عبد الرحمن", "Abdulrahman"],
    ["عبدالرحمن", "Abdulrahman"],
    ["عبد السلام", "Abdulsalam"],
    ["عبد العزيز", "Abdulaziz"],
    ["عبد الكريم", "Abdulkarim"],
    ["عبد القادر", "Abdulkader"],
    ["عبد الفتاح", "Abdulfattah"],
    ["أبو بكر", "Abu Bakr"],
    ["نور الدين", "Nureddin"],
    ["صلاح الدين", "Salaheddin"],
    ["سيف الإسلام", "Saif al-Islam"],
    ["عطا الله", "Atallah"],
    ["نصر الله", "Nasrallah"],
    ["محمد بن سالم", "Mohammed bin Salem"],
    ["أحمد الكبير", "Ahmed al-Kabir"],
    ["علي المصري", "Ali al-Masri"],
    ["الشيخ", "Al-Sheikh"],
    ["يوسف عبد السلام", "Youssef Abdulsalam"],
    ["فاطمة علي", "Fatima Ali"],
    ["عمر أبو بكر", "Omar Abu Bakr"],
    ["سعاد بنت علي", "Souad bint Ali"],
    ["الصديق الكبير", "Siddiq al-Kabir"], // a given name opening the name drops its article
    ["الحبيب علي", "Habib Ali"],
    ["محمد ولد أحمد", "Mohammed Ould Ahmed"],
  ];
  for (const [ar, want] of cases) assert.equal(transliterate(ar), want, ar);
});

test("transliterate: European given names as Arabic media write them", () => {
  const cases: [string, string][] = [
    ["ماتيو", "Matteo"],
    ["جورجيا", "Giorgia"],
    ["جوزيبي", "Giuseppe"],
    ["لويجي", "Luigi"],
    ["ماركو", "Marco"],
    ["باولو", "Paolo"],
    ["أنطونيو", "Antonio"],
    ["غيدو", "Guido"],
    ["إيمانويل", "Emmanuel"],
    ["أورسولا", "Ursula"],
    ["أولاف", "Olaf"],
    ["فلاديمير", "Vladimir"],
    ["ستيفاني", "Stephanie"],
    ["روبرتا", "Roberta"],
    ["جورج", "George"],
  ];
  for (const [ar, want] of cases) assert.equal(transliterate(ar), want, ar);
});

test("transliterate: letter rules give the usual shape of common patterns", () => {
  // Words not in the tables: the syllable model alone.
  const cases: [string, string][] = [
    ["مازن", "Mazen"], // CāCiC → e
    ["حفتر", "Haftar"], // CaCCaC
    ["سعد", "Saad"], // ع between vowels leaves the doubled vowel
    ["جعفر", "Jafar"],
    ["مأمون", "Mamoun"],
    ["ترهونة", "Tarhouna"],
    ["منصوري", "Mansouri"],
    ["الزاوي", "Al-Zawi"],
    ["الداخلية", "Al-Dakhliya"], // final ـية after a consonant → -iya
    ["مرزوق", "Marzouq"],
  ];
  for (const [ar, want] of cases) assert.equal(transliterate(ar), want, ar);
});

test("transliterate: European names in Arabic letters keep their written vowels", () => {
  // A European given name from the table (or the look of the words) switches the whole name to
  // European rules: no inserted vowels, و → o, European particles in lower case.
  const cases: [string, string][] = [
    ["ماتيو بيانتيدوزي", "Matteo Biantidozi"],
    ["غيدو كروسيتو", "Guido Krosito"],
    ["أورسولا فون دير لاين", "Ursula von der Layen"],
    ["مارتن شولتس", "Martin Sholts"],
    ["سيسيليا مالمستروم", "Cecilia Malmstrom"],
    ["ليفيا بيانكي", "Lifia Bianki"], // no table word: the look of the words decides
    ["كاروتشي", "Karochi"],
    ["ألبير", "Albir"], // أل with hamza is not the article
  ];
  for (const [ar, want] of cases) assert.equal(transliterate(ar), want, ar);
});

test("transliterate: names outside the tables come out readable and stable", () => {
  const names = [
    "سليم الورفلي", "عبد الباسط القطعاني", "نوري بوسهمين", "رمضان الزرقاني", "هيثم التاجوري",
    "عماد الطرابلسي", "مفتاح القرقوري", "إدريس بوخمادة", "آمنة الفيتوري", "أنطونيو كاروتشي",
    "فرانكو بيسكيتي", "كلاوديو فيرنانديز", "عبدالقادر بن زيدان", "أبو عجيلة المهدوي", "ابن خلدون",
    "ضو المنصوري", "الطيب الغرياني", "إسماعيل الشتيوي", "ؤيم", "ءاب", "يان فان دير بيرغ",
    "ميلوني", "ستيليانيدس", "دحو ولد قابلية",
  ];
  const WORD = /^(?:(?:al-)?[A-Z][A-Za-z']*(?:-[A-Z][A-Za-z']*)?|bin|bint|von|van|der|di|del|da|du|la|le)$/;
  for (const n of names) {
    const out = transliterate(n);
    assert.match(out, /^[A-Za-z '-]+$/, `${n} → ${JSON.stringify(out)}`);
    for (const w of out.split(" ")) assert.match(w, WORD, `${n} → ${out}: word ${w}`);
    assert.equal(transliterate(n), out, `${n}: not deterministic`);
    assert.equal(out.split(" ").length <= n.split(/\s+/).length, true, `${n} → ${out}: more words than the input`);
  }
});

test("transliterate: nothing to spell gives an empty string; Latin input is kept", () => {
  const cases: [string, string][] = [
    ["", ""],
    ["  ، . ", ""],
    ["١٢٣", ""],
    ["محمد (Mohammed)", "Mohammed Mohammed"],
    ["خالد-مازن", "Khaled Mazen"],
  ];
  for (const [ar, want] of cases) assert.equal(transliterate(ar), want, JSON.stringify(ar));
});

test("translitKey: spellings of one name share a key, different names do not", () => {
  const same: [string, string][] = [
    ["Mohammed", "Muhammad"],
    ["Mohamed", "Mohammad"],
    ["Dbeibah", "Dbeiba"],
    ["Dbaiba", "Dbeibah"],
    ["Aguila Saleh", "Aqila Salih"],
    ["Abdel Hamid", "Abdulhamid"],
    ["Abd al-Hamid", "Abdul Hamid"],
    ["Haftar", "Hifter"],
    ["Youssef", "Yusuf"],
    ["Daoud", "Dawood"],
    ["Hussein", "Husayn"],
    ["al-Mishri", "El Mechri"],
    ["Gaddafi", "Qaddafi"],
    ["Massoud", "Masoud"],
    ["Élysée", "Elysee"],
    ["Saad Eddine", "Saad al-Din"],
    ["Abderrahmane", "Abdulrahman"],
    ["Abdessalem", "Abdul Salam"],
    ["Fahmy", "Fahmi"],
    ["Ahmed ibn Ali", "Ahmed bin Ali"],
    ["Moncef", "Monsef"],
    ["Maryam", "Mariam"],
  ];
  for (const [a, b] of same) assert.equal(translitKey(a), translitKey(b), `${a} / ${b}`);
  const different: [string, string][] = [
    ["Haftar", "Hafez"],
    ["Kamal", "Jamal"],
    ["Ahmed", "Mahmoud"],
    ["Salem", "Saleh"],
    ["Meloni", "Menfi"],
  ];
  for (const [a, b] of different) assert.notEqual(translitKey(a), translitKey(b), `${a} / ${b}`);
  // and the transliteration of a name lands on the same key as its usual English spelling
  assert.equal(translitKey(transliterate("خالد مازن")), translitKey("Khalid Mazin"));
  assert.equal(translitKey(transliterate("حفتر")), translitKey("Haftar"));
});

test("translit lexicon: one spelling per normalized key, Latin-only values", () => {
  const lex = parse(readFileSync(TRANSLIT_LEXICON_PATH, "utf8")) as Record<string, Record<string, unknown>>;
  for (const section of ["names", "european", "phrases"]) {
    const seen = new Map<string, string>();
    const entries = Object.entries(lex[section] ?? {});
    assert.ok(entries.length > 10, `${section} is nearly empty`);
    for (const [k, v] of entries) {
      assert.equal(typeof v, "string", `${section}.${k}`);
      assert.match(v as string, /^[A-Za-z][A-Za-z' -]*$/, `${section}.${k}: ${v}`);
      assert.match(k, /^[\u0621-\u064A ]+$/u, `${section}: key ${k} is not plain Arabic`);
      const nk = normalize(k);
      const prev = seen.get(nk);
      assert.ok(prev === undefined || prev === v, `${section}: ${k} → ${v} but an equal key gives ${prev}`);
      seen.set(nk, v as string);
    }
  }
  const total = Object.keys(lex.names).length + Object.keys(lex.european).length + Object.keys(lex.phrases).length;
  assert.ok(total >= 300, `only ${total} table entries`);
});

test("transliterate: agrees with the knowledge base's English spellings of Arab officials", () => {
  // The KB (data/kb/people) pairs Arabic names with the English spelling media use; for people of
  // Arab countries the transliteration should land on the same loose key most of the time.
  const dir = new URL("../../data/kb/people/", import.meta.url);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
  } catch {
    /* no KB people yet */
  }
  const ARAB = new Set(["LY", "TN", "EG", "DZ", "MA", "SD", "QA", "AE", "SA", "JO", "IQ", "SY", "LB", "KW", "BH", "OM", "YE", "PS", "MR"]);
  let n = 0;
  let same = 0;
  for (const f of files) {
    const people = (parse(readFileSync(new URL(f, dir), "utf8")) ?? []) as { name?: string; name_en?: string; aliases_en?: string[]; country?: string }[];
    for (const p of people) {
      if (!p?.name || !p.name_en || !p.country || !ARAB.has(p.country)) continue;
      n++;
      const key = translitKey(transliterate(p.name));
      if ([p.name_en, ...(p.aliases_en ?? [])].some((e) => translitKey(e) === key)) same++;
    }
  }
  if (n < 20) return; // too few to measure
  assert.ok(same / n >= 0.7, `only ${same}/${n} Arab officials transliterate to their KB spelling`);
});
