// Synthetic corpus for store tests and benchmarks: Arabic articles composed from our own
// templates (invented officials, real place names, varied titles, dates, topics, figures and
// filler sentences), each with the extraction that a perfect reader would produce. Several
// articles report the same meeting (fusion), some are republished copies (near-duplicates)
// and some exact copies (duplicates). Deterministic for a given seed.
import type { ExtractedDoc, ExtractedEvent, Figure, InputDoc, Participant, Place } from "../../src/types.js";
import { seededRandom } from "../../src/ner/perceptron.js";

export interface SynthOptions {
  n: number;
  seed?: number;
  /** share of articles that republish an earlier one with small changes (default 0.05) */
  nearDupRate?: number;
  /** share of articles that repeat an earlier text exactly under another id (default 0.02) */
  exactDupRate?: number;
  /** how many distinct meetings the articles report (default n / 2): fewer → more fusion */
  meetings?: number;
  /** first day of the period covered (default 2019-01-01), spread over `days` (default 2000) */
  start?: string;
  days?: number;
}

export interface SynthDoc {
  input: InputDoc;
  extracted: ExtractedDoc;
  kind: "original" | "near_duplicate" | "duplicate";
}

/** the project's seedable PRNG (mulberry32), shared with the NER trainer */
export const rng = seededRandom;

// Invented people: first and family names combined at random, so the pool is large.
const FIRST = ["سالم", "عمر", "خالد", "يوسف", "مراد", "نبيل", "هشام", "طارق", "فيصل", "رامي", "كريم", "منير", "عادل", "وليد", "سمير"];
const FAMILY = ["الورفلي", "بن حمودة", "الزنتاني", "القماطي", "الشريف", "المصراتي", "العبيدي", "الترهوني", "بوزيد", "الفيتوري", "الساعدي", "الكيلاني"];
const FIRST_EU = ["ماركو", "لوكا", "جوليا", "أندريا", "فرانشيسكا", "بيترو", "ستيفانو", "إيلينا", "كارلو", "سارا"];
const FAMILY_EU = ["روسّي", "بيانكي", "كولومبو", "ريتشي", "مارينو", "غريكو", "كونتي", "دي لوكا", "مانشيني", "فيراري"];
const LATIN: Record<string, string> = {
  سالم: "Salem", عمر: "Omar", خالد: "Khaled", يوسف: "Youssef", مراد: "Mourad", نبيل: "Nabil", هشام: "Hisham", طارق: "Tarek", فيصل: "Faisal",
  رامي: "Rami", كريم: "Karim", منير: "Mounir", عادل: "Adel", وليد: "Walid", سمير: "Samir", الورفلي: "al-Warfalli", "بن حمودة": "Ben Hamouda",
  الزنتاني: "al-Zintani", القماطي: "al-Gamati", الشريف: "al-Sharif", المصراتي: "al-Misrati", العبيدي: "al-Obeidi", الترهوني: "al-Tarhouni",
  بوزيد: "Bouzid", الفيتوري: "al-Fitouri", الساعدي: "al-Saadi", الكيلاني: "al-Kilani", ماركو: "Marco", لوكا: "Luca", جوليا: "Giulia",
  أندريا: "Andrea", فرانشيسكا: "Francesca", بيترو: "Pietro", ستيفانو: "Stefano", إيلينا: "Elena", كارلو: "Carlo", سارا: "Sara",
  روسّي: "Rossi", بيانكي: "Bianchi", كولومبو: "Colombo", ريتشي: "Ricci", مارينو: "Marino", غريكو: "Greco", كونتي: "Conti",
  "دي لوكا": "De Luca", مانشيني: "Mancini", فيراري: "Ferrari",
};
const TITLES_LY = ["وزير الداخلية الليبي", "رئيس الأركان العامة", "وزير الخارجية الليبي", "رئيس جهاز خفر السواحل", "آمر المنطقة العسكرية الغربية", "رئيس المجلس البلدي", "وزير الدفاع الليبي"];
const TITLES_IT = ["وزير الداخلية الإيطالي", "وزير الدفاع الإيطالي", "السفير الإيطالي لدى ليبيا", "وكيل وزارة الخارجية الإيطالية", "قائد البحرية الإيطالية", "المبعوث الأوروبي"];

const PLACES: Place[] = [
  { name: "طرابلس", name_en: "Tripoli", country: "LY", lat: 32.8872, lon: 13.1913 },
  { name: "بنغازي", name_en: "Benghazi", country: "LY", lat: 32.1167, lon: 20.0667 },
  { name: "مصراتة", name_en: "Misrata", country: "LY", lat: 32.3754, lon: 15.0925 },
  { name: "سبها", name_en: "Sabha", country: "LY", lat: 27.0377, lon: 14.4283 },
  { name: "روما", name_en: "Rome", country: "IT", lat: 41.9028, lon: 12.4964 },
  { name: "باليرمو", name_en: "Palermo", country: "IT", lat: 38.1157, lon: 13.3615 },
  { name: "نابولي", name_en: "Naples", country: "IT", lat: 40.8518, lon: 14.2681 },
  { name: "تونس", name_en: "Tunis", country: "TN", lat: 36.8065, lon: 10.1815 },
  { name: "فاليتا", name_en: "Valletta", country: "MT", lat: 35.8989, lon: 14.5146 },
  { name: "بروكسل", name_en: "Brussels", country: "BE", lat: 50.8503, lon: 4.3517 },
];

const TOPICS: [string, string][] = [
  ["migration", "ملف الهجرة غير النظامية"], ["border_security", "تأمين الحدود الجنوبية"], ["maritime_security", "دعم خفر السواحل"],
  ["counter_terrorism", "مكافحة الإرهاب"], ["organized_crime", "مكافحة تهريب الوقود"], ["training", "برامج التدريب"],
  ["energy", "التعاون في مجال الطاقة"], ["economy", "الاستثمار وإعادة الإعمار"], ["health", "دعم المستشفيات الميدانية"],
  ["political_process", "مسار الانتخابات"], ["demining", "إزالة الألغام"], ["human_trafficking", "شبكات الاتجار بالبشر"],
];

const VERBS = ["التقى", "استقبل", "بحث", "اجتمع"];
const CONNECT: Record<string, string> = { التقى: "", استقبل: "", بحث: "مع", اجتمع: "مع" };
const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

// Filler: subject × verb phrase × object × closing, so articles differ in most sentences.
const F_SUBJ = ["وأكد المتحدث باسم الوزارة", "وقال مصدر مطلع", "وأوضح بيان صادر عن المكتب الإعلامي", "وأشار مراقبون", "وذكرت وسائل إعلام محلية", "وأفاد مسؤول في البلدية"];
const F_VERB = ["أن الاجتماع تناول", "أن الجانبين اتفقا على متابعة", "أن الحكومة تعمل على تسريع", "أن اللجنة المشتركة ستراجع", "أن الخطة الجديدة تشمل"];
const F_OBJ = ["تأهيل مراكز الإيواء", "صيانة الزوارق المعطلة", "تبادل المعلومات الأمنية", "تمويل مشاريع التنمية المحلية", "تحديث منظومة المراقبة", "إعادة فتح المعبر الحدودي", "تنظيم دورات للضباط", "مراجعة الاتفاقيات السابقة"];
const F_END = ["خلال الفترة المقبلة", "قبل نهاية العام", "بالتنسيق مع الشركاء الأوروبيين", "وفق جدول زمني محدد", "في أقرب وقت ممكن", "بعد استكمال الدراسات الفنية"];
const THINGS: [string, Figure["unit"], number][] = [["مهاجرا", "person", 5000], ["زوارق", "count", 40], ["مليون يورو", "EUR", 90], ["كيلومترا", "km", 900], ["بالمئة", "percent", 90]];

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

interface Person extends Participant {
  name: string;
  name_en: string;
  title: string;
  country: string;
}

interface Meeting {
  a: Person;
  b: Person;
  date: string;
  place: Place;
  topics: [string, string][];
  type: "meeting" | "call";
}

export function* synthCorpus(opts: SynthOptions): Generator<SynthDoc> {
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const start = opts.start ?? "2019-01-01";
  const days = opts.days ?? 2000;

  const people: Person[] = [];
  for (const f of FIRST) for (const l of FAMILY) people.push({ name: `${f} ${l}`, name_en: `${LATIN[f]} ${LATIN[l]}`, title: pick(TITLES_LY), country: "LY" });
  for (const f of FIRST_EU) for (const l of FAMILY_EU) people.push({ name: `${f} ${l}`, name_en: `${LATIN[f]} ${LATIN[l]}`, title: pick(TITLES_IT), country: "IT" });
  people.forEach((p, i) => {
    if (i % 2 === 0) p.kb_id = `synth-${i}`; // half linked to a KB record
  });
  const libyans = people.filter((p) => p.country === "LY");
  const europeans = people.filter((p) => p.country !== "LY");

  const meetingCount = Math.max(1, opts.meetings ?? Math.ceil(opts.n / 2));
  const meetings: Meeting[] = [];
  for (let i = 0; i < meetingCount; i++) {
    const k = 1 + Math.floor(rand() * 3);
    const topics = new Map<string, string>();
    while (topics.size < k) topics.set(...pick(TOPICS));
    meetings.push({
      a: pick(libyans), b: rand() < 0.8 ? pick(europeans) : pick(libyans), date: addDays(start, Math.floor(rand() * days)), place: pick(PLACES),
      topics: [...topics], type: rand() < 0.85 ? "meeting" : "call",
    });
  }

  const originals: SynthDoc[] = [];
  for (let i = 0; i < opts.n; i++) {
    const id = `synth-${opts.seed ?? 42}-${i}`;
    const r = rand();
    if (originals.length && r < (opts.exactDupRate ?? 0.02)) {
      const src = pick(originals);
      yield { kind: "duplicate", input: { ...src.input, id }, extracted: { ...src.extracted, id } };
      continue;
    }
    if (originals.length && r < (opts.exactDupRate ?? 0.02) + (opts.nearDupRate ?? 0.05)) {
      const src = pick(originals);
      // a republished copy: another opening and closing line around the same body
      const prefix = pick(["عاجل: ", "متابعة: ", "محدث: "]);
      const shift = prefix.length;
      const text = prefix + src.input.text + pick(["\nالمصدر: وكالات.", "\nتابعونا على موقعنا.", "\nجميع الحقوق محفوظة."]);
      const ex: ExtractedDoc = {
        ...src.extracted, id, text,
        offsets: [{ cleanStart: 0, rawStart: 0, length: text.length }],
        events: src.extracted.events.map((e) => ({ ...e, id: `${e.id}-r`, evidence: e.evidence.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift })) })),
        figures: src.extracted.figures.map((f) => ({ ...f, evidence: { start: f.evidence.start + shift, end: f.evidence.end + shift } })),
      };
      yield { kind: "near_duplicate", input: { ...src.input, id, text, outlet: `outlet-${Math.floor(rand() * 20)}` }, extracted: ex };
      continue;
    }
    const doc = composeArticle(id, pick(meetings), rand, pick);
    originals.push(doc);
    if (originals.length > 500) originals.shift(); // republishing happens close in time; bounded memory
    yield doc;
  }
}

function composeArticle(id: string, m: Meeting, rand: () => number, pick: <T>(xs: readonly T[]) => T): SynthDoc {
  const published = addDays(m.date, Math.floor(rand() * 2));
  const d = new Date(`${m.date}T00:00:00Z`);
  const verb = m.type === "call" ? "أجرى" : pick(VERBS);
  const dateText = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  const topicText = m.topics.map((t) => t[1]).join(" و");
  const parts: string[] = [];
  const title = `${m.a.name} و${m.b.name} يبحثان ${m.topics[0][1]}`;
  parts.push(title + "\n");
  let eventStart: number;
  let eventSentence: string;
  if (m.type === "call") {
    eventSentence = `${verb} ${m.a.title} ${m.a.name}، يوم ${dateText}، اتصالا هاتفيا مع ${m.b.title} ${m.b.name}، تناول ${topicText}.`;
  } else {
    const conn = CONNECT[verb] ? ` ${CONNECT[verb]}` : "";
    eventSentence = `${verb} ${m.a.title} ${m.a.name}، يوم ${dateText}، في ${m.place.name}${conn} ${m.b.title} ${m.b.name}، وبحث الجانبان ${topicText}.`;
  }
  const lead = parts.join("");
  eventStart = lead.length;
  let text = lead + eventSentence + " ";
  const figures: Figure[] = [];
  const fillers = 3 + Math.floor(rand() * 6);
  for (let k = 0; k < fillers; k++) {
    if (rand() < 0.3) {
      const [thing, unit, max] = pick(THINGS);
      const value = 1 + Math.floor(rand() * max);
      const fig = `${value} ${thing}`;
      const sentence = `${pick(F_SUBJ)} أن الأرقام الأخيرة تشير إلى ${fig} ${pick(F_END)}.`;
      const at = text.length + sentence.indexOf(fig);
      figures.push({ value: unit === "EUR" ? value * 1_000_000 : value, unit, qualifier: null, thing, text: fig, evidence: { start: at, end: at + fig.length } });
      text += sentence + " ";
    } else {
      text += `${pick(F_SUBJ)} ${pick(F_VERB)} ${pick(F_OBJ)} في ${pick(PLACES).name} ${pick(F_END)}، وأن عدد الملفات المنجزة بلغ ${Math.floor(rand() * 900) + 10}. `;
    }
  }
  text = text.trim();
  const ev: ExtractedEvent = {
    id: "ev1",
    type: m.type,
    status: "happened",
    participants: [{ ...m.a, role: "host" }, { ...m.b, role: "guest" }],
    date: { value: m.date, precision: "day", text: dateText },
    location: m.type === "call" ? null : m.place,
    topics: m.topics.map((t) => t[0]),
    evidence: [{ start: eventStart, end: eventStart + eventSentence.length, text: eventSentence }],
    confidence: 0.9,
    rules: ["synth"],
  };
  const outlet = `outlet-${Math.floor(rand() * 20)}`;
  const input: InputDoc = { id, text, published, title, outlet, url: `https://synth.example/${id}` };
  const extracted: ExtractedDoc = {
    id, url: input.url, published, title, text, offsets: [{ cleanStart: 0, rawStart: 0, length: text.length }], removed: [], sentences: [],
    mentions: [], entities: [], events: [ev], figures, dates: [],
  };
  return { kind: "original", input, extracted };
}

/** Write a corpus as JSONL (input docs, or extracted docs with --extracted) — `tsx scripts/synth/corpus.ts N [--extracted] [--seed S]`. */
async function main(argv: string[]): Promise<void> {
  const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 1000);
  const seedAt = argv.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 42;
  const extracted = argv.includes("--extracted");
  for (const d of synthCorpus({ n, seed })) {
    if (!process.stdout.write(JSON.stringify(extracted ? d.extracted : d.input) + "\n")) await new Promise((r) => process.stdout.once("drain", r));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
