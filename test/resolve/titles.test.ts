// Title → office → holder on a date, over the shipped base, plus a fixture base with its own
// nationality table (and one without any) so the engine is tested apart from the data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { loadKb } from "../../src/resolve/kb/index.js";
import { officeTitlesAt, parseTitle, resolveTitle, resolveTitleCandidates } from "../../src/resolve/titles.js";

const kb = loadKb();
const FIX = fileURLToPath(new URL("./fixtures/", import.meta.url));

// [title phrase, date, expected person id (null: nobody / ambiguous), context country]
const CASES: [string, string, string | null, string?][] = [
  // Italy: interior
  ["وزير الداخلية الإيطالي", "2017-09", "it-marco-minniti"],
  ["وزير الداخلية الإيطالي", "2019-06", "it-matteo-salvini"],
  ["وزير الداخلية الإيطالي", "2021-05", "it-luciana-lamorgese"],
  ["وزير الداخلية الإيطالي", "2023-05", "it-matteo-piantedosi"],
  ["وزيرة الداخلية الإيطالية", "2020-01-15", "it-luciana-lamorgese"],
  ["وزير الداخلية الايطالي", "2010-06-01", "it-roberto-maroni"],
  ["وزيرة الداخلية الإيطالية", "2012-06-01", "it-anna-maria-cancellieri"],
  ["وزير الداخلية الإيطالي", "2015-03-01", "it-angelino-alfano"],
  ["وزير الداخلية", "2019-06", "it-matteo-salvini", "IT"],
  ["وزير الداخلية في الحكومة الإيطالية", "2024-02-01", "it-matteo-piantedosi"],
  // Italy: heads of government and state
  ["رئيسة الوزراء الإيطالية", "2023", "it-giorgia-meloni"],
  ["رئيسة الحكومة الإيطالية", "2024-07-10", "it-giorgia-meloni"],
  ["رئيس الوزراء الإيطالي", "2019-01-10", "it-giuseppe-conte"],
  ["رئيس الوزراء الإيطالي", "2021-06-01", "it-mario-draghi"],
  ["رئيس الحكومة الإيطالية", "2015-01-10", "it-matteo-renzi"],
  ["رئيس مجلس الوزراء الإيطالي", "2017-06-01", "it-paolo-gentiloni"],
  ["رئيس الوزراء الإيطالي", "2012-01-01", "it-mario-monti"],
  ["رئيس الوزراء الإيطالي", "2013-10-01", "it-enrico-letta"],
  ["رئيس الوزراء الإيطالي", "2010-06-01", "it-silvio-berlusconi"],
  ["رئيس الوزراء الإيطالي", "2007-06-01", "it-romano-prodi"],
  ["الرئيس الإيطالي", "2016-05-01", "it-sergio-mattarella"],
  ["الرئيس الإيطالي", "2010-05-01", "it-giorgio-napolitano"],
  ["رئيس الجمهورية الإيطالية", "2024-01-01", "it-sergio-mattarella"],
  // Italy: foreign and defence
  ["وزير الخارجية الإيطالي", "2020-06-01", "it-luigi-di-maio"],
  ["وزير الخارجية الإيطالي", "2023-03-01", "it-antonio-tajani"],
  ["وزير الخارجية الإيطالي", "2017-03-01", "it-angelino-alfano"],
  ["وزير الخارجية الإيطالي", "2015-06-01", "it-paolo-gentiloni"],
  ["وزير الخارجية الإيطالي", "2018-10-01", "it-enzo-moavero-milanesi"],
  ["وزيرة الخارجية الإيطالية", "2013-09-01", "it-emma-bonino"],
  ["وزير الخارجية الإيطالي", "2012-06-01", "it-giulio-terzi"],
  ["وزير الخارجية الإيطالي", "2010-03-01", "it-franco-frattini"],
  ["وزير الخارجية والتعاون الدولي الإيطالي", "2024-05-01", "it-antonio-tajani"],
  ["وزير الدفاع الإيطالي", "2023-01-01", "it-guido-crosetto"],
  ["وزير الدفاع الإيطالي", "2020-01-01", "it-lorenzo-guerini"],
  ["وزيرة الدفاع الإيطالية", "2019-01-01", "it-elisabetta-trenta"],
  ["وزيرة الدفاع الإيطالية", "2016-01-01", "it-roberta-pinotti"],
  ["وزير الدفاع الإيطالي", "2012-05-01", "it-giampaolo-di-paola"],
  ["وزير الدفاع الإيطالي", "2009", "it-ignazio-la-russa"],
  ["رئيس أركان الدفاع الإيطالي", "2016-06-01", "it-claudio-graziano"],
  ["رئيس أركان الدفاع الإيطالي", "2019-06-01", "it-enzo-vecciarelli"],
  ["رئيس مجلس الشيوخ الإيطالي", "2023-05-01", "it-ignazio-la-russa"],
  ["رئيس مجلس النواب الإيطالي", "2020-01-01", "it-roberto-fico"],
  ["السفير الإيطالي لدى ليبيا", "2017-06-01", "it-giuseppe-perrone"],
  ["سفير إيطاليا لدى ليبيا", "2017-06-01", "it-giuseppe-perrone"],
  // former
  ["وزير الداخلية الإيطالي السابق", "2020-01-01", "it-matteo-salvini"],
  ["رئيس الوزراء الإيطالي السابق", "2022-12-01", "it-mario-draghi"],
  // Libya: rival authorities
  ["رئيس المجلس الرئاسي", "2018-01-01", "ly-fayez-al-sarraj"],
  ["رئيس المجلس الرئاسي الليبي", "2024-03-01", "ly-mohamed-al-menfi"],
  ["رئيس حكومة الوحدة الوطنية", "2023-05-01", "ly-abdul-hamid-dbeibah"],
  ["رئيس حكومة الوحدة الوطنية الليبية", "2025-01-01", "ly-abdul-hamid-dbeibah"],
  ["رئيس حكومة الوفاق", "2019-04-01", "ly-fayez-al-sarraj"],
  ["رئيس الوزراء الليبي", "2022-06-01", "ly-abdul-hamid-dbeibah"],
  ["رئيس الوزراء الليبي", "2013-01-01", "ly-ali-zeidan"],
  ["رئيس الوزراء الليبي", "2012-03-01", "ly-abdurrahim-el-keib"],
  ["رئيس الحكومة الليبية", "2017-01-01", "ly-fayez-al-sarraj"],
  ["رئيس حكومة الاستقرار الوطني", "2022-06-01", "ly-fathi-bashagha"],
  ["رئيس حكومة الاستقرار الوطني", "2024-01-01", "ly-osama-hammad"],
  ["رئيس الحكومة المكلفة من مجلس النواب", "2024-06-01", "ly-osama-hammad"],
  ["رئيس الحكومة المؤقتة", "2017-01-01", "ly-abdullah-al-thani"],
  ["رئيس حكومة الإنقاذ الوطني", "2016-01-01", "ly-khalifa-al-ghawil"],
  ["رئيس مجلس النواب الليبي", "2020-01-01", "ly-aguila-saleh"],
  ["رئيس البرلمان الليبي", "2019-01-01", "ly-aguila-saleh"],
  ["رئيس المجلس الأعلى للدولة", "2020-01-01", "ly-khalid-al-mishri"],
  ["رئيس المجلس الأعلى للدولة", "2017-01-01", "ly-abdulrahman-swehli"],
  ["رئيس المجلس الأعلى للدولة في ليبيا", "2024-01-01", "ly-mohamed-takala"],
  ["رئيس المؤتمر الوطني العام", "2013-01-01", "ly-mohammed-magariaf"],
  ["رئيس المؤتمر الوطني العام", "2014-01-01", "ly-nouri-abusahmain"],
  ["رئيس المجلس الوطني الانتقالي", "2011-09-01", "ly-mustafa-abdul-jalil"],
  ["رئيس المكتب التنفيذي", "2011-06-01", "ly-mahmoud-jibril"],
  // Libya: army, ministers, institutions
  ["القائد العام للجيش الوطني الليبي", "2019-04-04", "ly-khalifa-haftar"],
  ["قائد الجيش الليبي", "2017-01-01", "ly-khalifa-haftar", "LY"],
  ["القائد العام للقوات المسلحة العربية الليبية", "2023-09-01", "ly-khalifa-haftar"],
  ["نائب القائد العام للقوات المسلحة", "2025-10-01", "ly-saddam-haftar", "LY"],
  ["وزيرة الخارجية الليبية", "2022-01-01", "ly-najla-mangoush"],
  ["وزير الخارجية بحكومة الوحدة الوطنية", "2022-01-01", "ly-najla-mangoush"],
  ["وزير الخارجية في حكومة الوفاق", "2019-01-01", "ly-mohamed-siala"],
  ["وزير الداخلية بحكومة الوحدة الوطنية", "2023-06-01", "ly-emad-trabelsi"],
  ["وزير الداخلية بحكومة الوحدة الوطنية", "2021-06-01", "ly-khaled-mazen"],
  ["وزير الداخلية المكلف بحكومة الوحدة الوطنية", "2024-02-01", "ly-emad-trabelsi"],
  ["وزير الداخلية بحكومة الوفاق", "2019-06-01", "ly-fathi-bashagha"],
  ["وزير الداخلية الليبي", "2019-06-01", "ly-fathi-bashagha"],
  ["وزير الداخلية بحكومة الاستقرار الوطني", "2023-01-01", "ly-essam-abu-zreiba"],
  ["محافظ مصرف ليبيا المركزي", "2020-01-01", "ly-saddek-al-kabir"],
  ["محافظ مصرف ليبيا المركزي", "2025-03-01", "ly-naji-issa"],
  ["رئيس المؤسسة الوطنية للنفط", "2019-01-01", "ly-mustafa-sanalla"],
  ["رئيس المؤسسة الوطنية للنفط", "2023-06-01", "ly-farhat-bengdara"],
  // nobody, or no way to choose
  ["وزير الداخلية", "2019-06", null],
  ["رئيس الوزراء الإيطالي", "1980-01-01", null],
  ["وزير السياحة الليبي", "2023-01-01", null],
  ["ماتيو بيانتيدوزي", "2023-01-01", null],
  ["الوزير الإيطالي", "2023-06-01", null],
  ["عضو المجلس الرئاسي", "2022-01-01", null, "LY"],
  ["نائب رئيس الوزراء الإيطالي", "2019-01-01", null],
  // the same head with a body the base does not know is that body's office, not the UN's
  ["الأمين العام للأمم المتحدة", "2019-01-01", "un-antonio-guterres"],
  ["الأمين العام لمجلس التعاون الخليجي", "2019-01-01", null],
  ["الأمين العام لاتحاد المغرب العربي", "2019-01-01", null],
];

test("resolveTitle: title + country + date → holder", () => {
  assert.ok(CASES.length >= 80);
  for (const [title, date, expected, country] of CASES) {
    assert.equal(resolveTitle(kb, title, { date, country })?.id ?? null, expected, `${title} @ ${date}${country ? ` (${country})` : ""}`);
  }
});

test("resolveTitleCandidates: rival Libyan governments both listed, recognised one first", () => {
  const c = resolveTitleCandidates(kb, "رئيس الوزراء الليبي", { date: "2022-06-01" }).map((x) => x.person.id);
  assert.deepEqual(c.slice(0, 2), ["ly-abdul-hamid-dbeibah", "ly-fathi-bashagha"]);
});

test("parseTitle: country from adjective or name, institution, former, where the title ends", () => {
  const t = parseTitle(kb, "وزير الداخلية الإيطالي ماتيو بيانتيدوزي")!;
  assert.equal(t.country, "IT");
  assert.equal(t.used, 3);
  assert.ok(t.offices.includes("it.interior_minister"));
  assert.equal(parseTitle(kb, "سفير إيطاليا لدى ليبيا")!.country, "IT");
  assert.ok(parseTitle(kb, "وزير الخارجية بحكومة الوحدة الوطنية")!.institutionOffices!.includes("ly.gnu_foreign_minister"));
  assert.equal(parseTitle(kb, "رئيس الوزراء الإيطالي السابق")!.former, true);
  assert.equal(parseTitle(kb, "ماتيو بيانتيدوزي"), null);
});

test("officeTitlesAt: the title of a name-only mention, in the person's gender", () => {
  const cases: [string, string, string][] = [
    ["it-giorgia-meloni", "2023-05-01", "رئيسة الوزراء"],
    ["it-luciana-lamorgese", "2020-01-01", "وزيرة الداخلية"],
    ["it-matteo-piantedosi", "2023-05-01", "وزير الداخلية"],
    ["ly-khalifa-haftar", "2023-05-01", "القائد العام للقوات المسلحة العربية الليبية"],
    ["ly-najla-mangoush", "2022-05-01", "وزيرة الخارجية"],
  ];
  for (const [id, date, ar] of cases) assert.ok(officeTitlesAt(kb, id, date).some((t) => t.ar === ar), `${id} @ ${date}: ${JSON.stringify(officeTitlesAt(kb, id, date))}`);
  assert.deepEqual(officeTitlesAt(kb, "it-matteo-piantedosi", "2015-01-01"), []);
  assert.deepEqual(officeTitlesAt(kb, "no-such-person", "2015-01-01"), []);
});

test("fixture base with its own nationality table: adjectives pick the country", () => {
  const mini = loadKb({ root: FIX + "mini" });
  const cases: [string, string, string | null][] = [
    ["وزيرة الداخلية الإكسلاندية", "2016-01-01", "xx-hala-one"],
    ["وزير الداخلية الإكسلاندي", "2019-01-01", "xx-sami-two"],
    ["وزيرة الداخلية الوايلاندية", "2019-01-01", "yy-rana-three"],
    ["وزير الداخلية", "2019-01-01", null],
    ["رئيس الوزراء الإكسلاندي", "2022-01-01", "xx-dawn-pm"],
    ["رئيس حكومة الغروب", "2022-01-01", "xx-dusk-pm"],
    ["رئيس الحكومة في حكومة الغروب", "2022-01-01", "xx-dusk-pm"],
    ["وزيرة الداخلية الإكسلاندية", "2018-06-30", "xx-hala-one"],
    // a nationality word inside the title agrees with the head's gender
    ["المبعوثة الوايلاندية", "2021-01-01", "yy-nour-six"],
    ["المبعوث الوايلاندي", "2021-01-01", "yy-nour-six"],
    ["المبعوثة الإكسلاندية", "2021-01-01", null],
  ];
  for (const [title, date, expected] of cases) assert.equal(resolveTitle(mini, title, { date })?.id ?? null, expected, `${title} @ ${date}`);
});

test("no nationality lexicon: titles still resolve with a context country", () => {
  const bare = loadKb({ root: FIX + "mini-nolex" });
  assert.equal(bare.countries.length, 0);
  assert.equal(resolveTitle(bare, "وزير الداخلية", { date: "2019-01-01", country: "XX" })?.id, "xx-sami-two");
  assert.equal(resolveTitle(bare, "وزير الداخلية", { date: "2019-01-01" }), null);
});

test("resolveTitle / officeTitlesAt without a base argument use the shipped base", () => {
  assert.equal(resolveTitle("وزير الداخلية الإيطالي", { date: "2021-05-01" })?.id, "it-luciana-lamorgese");
  assert.equal(officeTitlesAt("it-guido-crosetto", "2024-01-01")[0]?.office, "it.defence_minister");
});

test("every dated term of a single-holder office is reachable by its title at mid-term", () => {
  const adj = new Map(kb.countries.map((c) => [c.code, c.adj?.m?.[0]]));
  const today = Math.floor(Date.now() / 86_400_000);
  const missed: string[] = [];
  let total = 0;
  for (const [officeId, holders] of kb.holdersOf) {
    const o = kb.officeById.get(officeId);
    if (!o || o.multi || !o.ar?.length) continue;
    for (const h of holders) {
      const iv = h.term.iv;
      if (!iv.startKnown) continue;
      const end = Number.isFinite(iv.endEarliest) ? iv.endEarliest : today;
      const mid = Math.floor((iv.startLatest + end) / 2);
      if (mid < iv.startLatest) continue;
      const date = new Date(mid * 86_400_000).toISOString().slice(0, 10);
      const a = adj.get(o.country);
      // the title as a text would give it: with its institution, else with the nationality adjective
      const phrase = o.institution?.length ? `${o.ar[0]} في ${o.institution[0]}` : a ? `${o.ar[0]} ${a}` : o.ar[0];
      total++;
      const got = resolveTitle(kb, phrase, { date, country: a || o.institution?.length ? undefined : o.country });
      if (got?.id !== h.personId) missed.push(`${phrase} @ ${date} → ${got?.id ?? "nobody"} (want ${h.personId})`);
    }
  }
  assert.ok(total > 300, `${total} terms`);
  assert.deepEqual(missed, []);
});

test("an undated term is a guess only for an office with no dated holder", () => {
  const kbx = loadKb({ root: FIX + "mini", extraFiles: [FIX + "undated.yaml"] });
  // xx.interior_minister has dated holders: the undated one is never the answer
  assert.equal(resolveTitle(kbx, "وزير الداخلية الإكسلاندي", { date: "2010-01-01" }), null);
  assert.equal(resolveTitle(kbx, "وزير الداخلية الإكسلاندي", { date: "2019-01-01" })?.id, "xx-sami-two");
  // xx.harbour_master has only an undated holder: better than nothing
  assert.equal(resolveTitle(kbx, "مدير الميناء الإكسلاندي", { date: "2010-01-01" })?.id, "xx-undated-harbour");
});
