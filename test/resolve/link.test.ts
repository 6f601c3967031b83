// linkPerson / linkOrg / linkPlace over the shipped base: spellings → id, surname-only mentions,
// ambiguity resolved by title, date and country. Queries are composed, not taken from articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { loadKb } from "../../src/resolve/kb/index.js";
import { linkOrg, linkPerson, linkPlace, titlesOf, type LinkContext } from "../../src/resolve/link.js";

const kb = loadKb();
const top = (q: string, ctx: LinkContext = {}) => linkPerson(q, { kb, ...ctx })[0]?.id ?? null;

// [mention, expected top id]: spellings and name forms, no context
const SPELLINGS: [string, string][] = [
  ["ماتيو بيانتيدوزي", "it-matteo-piantedosi"],
  ["ماتيو بيانتيدوسي", "it-matteo-piantedosi"],
  ["بيانتيدوسى", "it-matteo-piantedosi"],
  ["بيانتيدوزي", "it-matteo-piantedosi"],
  ["ماتيو بيانتيدوسّي", "it-matteo-piantedosi"],
  ["غويدو كروسيتو", "it-guido-crosetto"],
  ["جويدو كروسيتو", "it-guido-crosetto"],
  ["كروزيتو", "it-guido-crosetto"],
  ["لوتشيانا لامورغيزي", "it-luciana-lamorgese"],
  ["لامورجيز", "it-luciana-lamorgese"],
  ["لامورجيسي", "it-luciana-lamorgese"],
  ["لويجي دي مايو", "it-luigi-di-maio"],
  ["دي مايو", "it-luigi-di-maio"],
  ["لويجي دي ماي", "it-luigi-di-maio"],
  ["أنطونيو تاجاني", "it-antonio-tajani"],
  ["تاياني", "it-antonio-tajani"],
  ["ماريو دراجي", "it-mario-draghi"],
  ["دراغي", "it-mario-draghi"],
  ["سيرجيو ماتاريلا", "it-sergio-mattarella"],
  ["جورجيا ميلوني", "it-giorgia-meloni"],
  ["جيورجيا ميلوني", "it-giorgia-meloni"],
  ["ميلوني", "it-giorgia-meloni"],
  ["ماتيو سالفيني", "it-matteo-salvini"],
  ["جوزيبي كونتي", "it-giuseppe-conte"],
  ["جوزيبى كونتى", "it-giuseppe-conte"],
  ["كونتي", "it-giuseppe-conte"],
  ["ماتيو رنزي", "it-matteo-renzi"],
  ["باولو جينتيلوني", "it-paolo-gentiloni"],
  ["إنريكو ليتا", "it-enrico-letta"],
  ["ماركو منيتي", "it-marco-minniti"],
  ["مينيتي", "it-marco-minniti"],
  ["لورنزو جويريني", "it-lorenzo-guerini"],
  ["غيريني", "it-lorenzo-guerini"],
  ["اليزابيتا ترنتا", "it-elisabetta-trenta"],
  ["روبرتا بينوتي", "it-roberta-pinotti"],
  ["سيلفيو برلوسكوني", "it-silvio-berlusconi"],
  ["فرانكو فراتيني", "it-franco-frattini"],
  ["ماريو مونتي", "it-mario-monti"],
  ["عبد الحميد الدبيبة", "ly-abdul-hamid-dbeibah"],
  ["عبدالحميد الدبيبه", "ly-abdul-hamid-dbeibah"],
  ["دبيبة", "ly-abdul-hamid-dbeibah"],
  ["الدبيبة", "ly-abdul-hamid-dbeibah"],
  ["فائز السراج", "ly-fayez-al-sarraj"],
  ["فايز السراج", "ly-fayez-al-sarraj"],
  ["السراج", "ly-fayez-al-sarraj"],
  ["خليفة حفتر", "ly-khalifa-haftar"],
  ["حفتر", "ly-khalifa-haftar"],
  ["المشير خليفة حفتر", "ly-khalifa-haftar"],
  ["صدام حفتر", "ly-saddam-haftar"],
  ["خالد حفتر", "ly-khaled-haftar"],
  ["بلقاسم حفتر", "ly-belqasem-haftar"],
  ["الفريق أول صدام حفتر", "ly-saddam-haftar"],
  ["محمد المنفي", "ly-mohamed-al-menfi"],
  ["المنفي", "ly-mohamed-al-menfi"],
  ["عقيلة صالح", "ly-aguila-saleh"],
  ["المستشار عقيلة صالح", "ly-aguila-saleh"],
  ["خالد المشري", "ly-khalid-al-mishri"],
  ["محمد تكالة", "ly-mohamed-takala"],
  ["تكالة", "ly-mohamed-takala"],
  ["فتحي باشاغا", "ly-fathi-bashagha"],
  ["فتحي باش آغا", "ly-fathi-bashagha"],
  ["أحمد معيتيق", "ly-ahmed-maiteeg"],
  ["معيتيق", "ly-ahmed-maiteeg"],
  ["نجلاء المنقوش", "ly-najla-mangoush"],
  ["المنقوش", "ly-najla-mangoush"],
  ["عماد الطرابلسي", "ly-emad-trabelsi"],
  ["أسامة حماد", "ly-osama-hammad"],
  ["الصديق الكبير", "ly-saddek-al-kabir"],
  ["ناجي عيسى", "ly-naji-issa"],
  ["فرحات بن قدارة", "ly-farhat-bengdara"],
  ["بنقدارة", "ly-farhat-bengdara"],
  ["مصطفى صنع الله", "ly-mustafa-sanalla"],
  ["صنعالله", "ly-mustafa-sanalla"],
  ["محمد سيالة", "ly-mohamed-siala"],
  ["عبد الهادي الحويج", "ly-abdulhadi-al-hweij"],
  ["نوري بوسهمين", "ly-nouri-abusahmain"],
  ["أبو سهمين", "ly-nouri-abusahmain"],
  ["غنيوة", "ly-abdel-ghani-al-kikli"],
  ["علي القطراني", "ly-ali-al-qatrani"],
  ["حسين القطراني", "ly-hussein-al-qatrani"],
  // English names and aliases
  ["Dbeibah", "ly-abdul-hamid-dbeibah"],
  ["Dbaiba", "ly-abdul-hamid-dbeibah"],
  ["Khalifa Hifter", "ly-khalifa-haftar"],
  ["Fayez Serraj", "ly-fayez-al-sarraj"],
  ["Matteo Piantedosi", "it-matteo-piantedosi"],
  // title + name in one phrase
  ["وزير الداخلية الإيطالي ماتيو بيانتيدوسي", "it-matteo-piantedosi"],
  ["رئيس الوزراء الإيطالي جوزيبي كونتي", "it-giuseppe-conte"],
  ["رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة", "ly-abdul-hamid-dbeibah"],
  ["وزير الداخلية بيانتيدوزي", "it-matteo-piantedosi"],
];

test("linkPerson: spellings, surnames, English names, title + name", () => {
  for (const [q, id] of SPELLINGS) assert.equal(top(q), id, q);
});

// [mention, context, expected top id]: the context decides
const IN_CONTEXT: [string, LinkContext, string | null][] = [
  ["حفتر", { title: "نائب القائد العام", date: "2025-09-01" }, "ly-saddam-haftar"],
  ["حفتر", { title: "رئيس أركان القوات البرية", date: "2024-06-01" }, "ly-saddam-haftar"],
  ["حفتر", { title: "المدير العام لصندوق التنمية وإعادة الإعمار", date: "2024-06-01" }, "ly-belqasem-haftar"],
  ["حفتر", { date: "2020-01-01" }, "ly-khalifa-haftar"],
  ["حفتر", { title: "القائد العام", date: "2025-09-01" }, "ly-khalifa-haftar"],
  ["الحويج", { title: "وزير الخارجية", country: "LY", date: "2024-01-01" }, "ly-abdulhadi-al-hweij"],
  ["الدبيبة", { title: "رئيس حكومة الوحدة الوطنية", date: "2022-01-01" }, "ly-abdul-hamid-dbeibah"],
  ["وزير الداخلية الإيطالي", { date: "2019-06" }, "it-matteo-salvini"],
  ["وزير الداخلية الإيطالي", { date: "2023-05" }, "it-matteo-piantedosi"],
  ["رئيسة الوزراء الإيطالية", { date: "2023-04-01" }, "it-giorgia-meloni"],
  ["وزير الداخلية", { country: "IT", date: "2017-09-01" }, "it-marco-minniti"],
  ["رئيس المجلس الرئاسي", { date: "2019-01-01" }, "ly-fayez-al-sarraj"],
  ["عمر حفتر", {}, null],
  ["القطراني", {}, null],
  ["ماتيو", {}, null],
];

test("linkPerson: ambiguity resolved by title, date and country", () => {
  for (const [q, ctx, id] of IN_CONTEXT) assert.equal(top(q, ctx), id, `${q} ${JSON.stringify(ctx)}`);
});

test("linkPerson: candidates are ranked with scores and reasons", () => {
  const c = linkPerson("حفتر", { kb });
  assert.ok(c.length >= 4, "all the Haftars are candidates");
  assert.equal(c[0].id, "ly-khalifa-haftar");
  assert.ok(c[0].score > c[1].score);
  assert.ok(c.every((x) => x.reasons.length > 0));
  const conte = linkPerson("كونتي", { kb, country: "IT" })[0];
  const conteLy = linkPerson("كونتي", { kb, country: "LY" })[0];
  assert.equal(conte.id, "it-giuseppe-conte");
  assert.ok(conteLy.score < conte.score, "a country mismatch lowers the score");
  assert.ok(conteLy.reasons.some((r) => r.includes("≠")));
});

test("linkPerson: surname_ok: false keeps a bare common surname unlinked", () => {
  for (const q of ["صالح", "الكبير", "عيسى", "فرانكو"]) {
    const c = linkPerson(q, { kb });
    assert.ok(!c.some((x) => ["ly-aguila-saleh", "ly-saddek-al-kabir", "ly-naji-issa", "it-daniele-franco"].includes(x.id)), `${q}: ${c.map((x) => x.id)}`);
  }
});

test("titlesOf: title of a name-only mention on a date", () => {
  assert.deepEqual(titlesOf("it-matteo-salvini", "2019-01-01", kb).sort(), ["زعيم حزب", "نائب رئيس الوزراء", "وزير الداخلية"].sort());
});

test("linkPerson: user KB files extend the base", () => {
  const user = loadKb({ extraFiles: [fileURLToPath(new URL("./fixtures/good-user.yaml", import.meta.url))] });
  assert.equal(linkPerson("زياد المرفأ", { kb: user })[0]?.id, "xx-harbour-master-one");
  assert.equal(linkPerson("زياد مرفا", { kb: user })[0]?.id, "xx-harbour-master-one");
  assert.equal(linkPerson("مدير الميناء", { kb: user, country: "XX", date: "2021-01-01" })[0]?.id, "xx-harbour-master-one");
  assert.equal(linkPlace("مرسى الخيال", { kb: user })[0]?.id, "xx-fictional-port");
});

test("linkOrg / linkPlace: names, variants, abbreviations, country/capital order", () => {
  assert.equal(linkPlace("طرابلس", { kb })[0]?.id, "ly-tripoli");
  assert.equal(linkPlace("روما", { kb })[0]?.id, "it-rome");
  assert.equal(linkOrg("المؤسسة الوطنية للنفط", { kb })[0]?.id, "ly-noc");
  assert.equal(linkOrg("NOC", { kb })[0]?.id, "ly-noc");
  const tunis = linkPlace("تونس", { kb }).map((c) => c.id);
  assert.ok(tunis.includes("tn-tunisia") && tunis.includes("tn-tunis"), tunis.join(","));
  assert.deepEqual(linkPlace("مكان لا وجود له", { kb }), []);
});

test("linkPerson: odd inputs return a list, never throw", () => {
  const odd = ["", "   ", "،،،", "123", "حفتر حفتر حفتر حفتر", "وزير ".repeat(2000), "ال", "Meloni ميلوني", "\u200f\u200eحفتر"];
  for (const q of odd) assert.ok(Array.isArray(linkPerson(q, { kb })), JSON.stringify(q.slice(0, 20)));
  assert.equal(top("\u200fحفتر"), "ly-khalifa-haftar");
});

test("linkPerson: a nationality adjective is never a surname on its own", () => {
  for (const q of ["المصري", "الليبي", "الإيطالي", "التونسي"]) assert.deepEqual(linkPerson(q, { kb }).map((c) => c.id), [], q);
});

test("linkPerson: qualifiers between title and name; a father's name is not a surname", () => {
  assert.equal(top("رئيس حكومة الوحدة الوطنية المنتهية ولايتها عبد الحميد الدبيبة"), "ly-abdul-hamid-dbeibah");
  assert.equal(top("رئيس حكومة الوحدة الوطنية المعترف بها دوليا عبد الحميد الدبيبة"), "ly-abdul-hamid-dbeibah");
  // "عبد الحميد محمد الدبيبة": محمد is his father's name, so "محمد الدبيبة" is someone else
  assert.equal(top("محمد الدبيبة"), null);
  assert.equal(top("كافو دراغوني"), "it-giuseppe-cavo-dragone");
});

test("every person's name and listed variant links back to that person", () => {
  const wrong: string[] = [];
  for (const p of kb.people) {
    const shared = new Set(p.shared_variants ?? []);
    for (const form of [p.name, ...(p.variants ?? []).filter((v) => !shared.has(v))]) {
      const got = top(form);
      if (got !== p.id) wrong.push(`${form} → ${got ?? "nobody"} (want ${p.id})`);
    }
  }
  assert.deepEqual(wrong, []);
});
