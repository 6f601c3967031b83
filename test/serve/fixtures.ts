// ExtractedDoc fixtures for the API and browser tests: short Arabic sentences composed for these
// tests, with invented officials, and annotations whose offsets are computed from the text (so
// they always point at the right words). The tests must not depend on the extractor's quality.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/types.js";
import type { Entity, ExtractedDoc, ExtractedEvent, Figure, Mention, Participant, Place } from "../../src/types.js";

export const ROME: Place = { name: "روما", name_en: "Rome", country: "IT", lat: 41.9028, lon: 12.4964 };
export const TRIPOLI: Place = { name: "طرابلس", name_en: "Tripoli", country: "LY", lat: 32.8872, lon: 13.1913 };
export const VALLETTA: Place = { name: "فاليتا", name_en: "Valletta", country: "MT", lat: 35.8989, lon: 14.5146 };

interface Person { name: string; name_en: string; title: string; country: string; kb_id?: string }
export const SALEM: Person = { name: "سالم الورفلي", name_en: "Salem al-Warfalli", title: "وزير الداخلية الليبي", country: "LY", kb_id: "test-salem" };
export const MARCO: Person = { name: "ماركو بيانكي", name_en: "Marco Bianchi", title: "وزير الداخلية الإيطالي", country: "IT", kb_id: "test-marco" };
export const NABIL: Person = { name: "نبيل القماطي", name_en: "Nabil al-Gamati", title: "رئيس جهاز خفر السواحل", country: "LY" };
export const ELENA: Person = { name: "إيلينا كونتي", name_en: "Elena Conti", title: "السفيرة المالطية", country: "MT" };

const at = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: '${needle}' not in text`);
  return { start, end: start + needle.length };
};

interface Story {
  id: string;
  published: string;
  /** the sentence, with the people, place and figure words appearing verbatim */
  text: string;
  people: Person[];
  type: ExtractedEvent["type"];
  date: string;
  dateText: string;
  place: Place;
  topics: string[];
  figure?: { value: number; unit: Figure["unit"]; text: string; thing?: string };
}

const STORIES: Story[] = [
  {
    id: "t-rome-1", published: "2024-03-14", type: "meeting", date: "2024-03-12", dateText: "12 مارس 2024", place: ROME, topics: ["migration", "maritime_security"],
    people: [SALEM, MARCO],
    text: "التقى وزير الداخلية الليبي سالم الورفلي في روما يوم 12 مارس 2024 وزير الداخلية الإيطالي ماركو بيانكي، وبحث الجانبان الهجرة غير النظامية بعد وصول 1200 مهاجر إلى السواحل الإيطالية.",
    figure: { value: 1200, unit: "person", text: "1200 مهاجر", thing: "مهاجر" },
  },
  {
    id: "t-tripoli-2", published: "2024-05-03", type: "meeting", date: "2024-05-02", dateText: "2 مايو 2024", place: TRIPOLI, topics: ["maritime_security", "training"],
    people: [NABIL, MARCO],
    text: "استقبل رئيس جهاز خفر السواحل نبيل القماطي في طرابلس يوم 2 مايو 2024 وزير الداخلية الإيطالي ماركو بيانكي، وناقشا تدريب العناصر وتسليم 4 زوارق دورية.",
    figure: { value: 4, unit: "count", text: "4 زوارق", thing: "زوارق" },
  },
  {
    id: "t-valletta-3", published: "2025-01-21", type: "call", date: "2025-01-20", dateText: "20 يناير 2025", place: VALLETTA, topics: ["energy"],
    people: [SALEM, ELENA],
    text: "أجرى وزير الداخلية الليبي سالم الورفلي يوم 20 يناير 2025 اتصالا مع السفيرة المالطية إيلينا كونتي في فاليتا تناول إمدادات الطاقة واستثمارات بقيمة 5 ملايين يورو.",
    figure: { value: 5_000_000, unit: "EUR", text: "5 ملايين يورو" },
  },
];

function storyDoc(s: Story): ExtractedDoc {
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  const participants: Participant[] = [];
  s.people.forEach((p, i) => {
    const id = `p${i + 1}`;
    entities.push({ id, type: "person", name: p.name, name_en: p.name_en, titles: [p.title], country: p.country, ...(p.kb_id ? { kb_id: p.kb_id } : {}) });
    mentions.push({ ...at(s.text, p.name), type: "person", text: p.name, name: p.name, title: p.title, country: p.country, entity: id, source: "test" });
    participants.push({ name: p.name, title: p.title, name_en: p.name_en, country: p.country, entity: id, role: i === 0 ? "host" : "guest", ...(p.kb_id ? { kb_id: p.kb_id } : {}) });
  });
  mentions.push({ ...at(s.text, s.place.name), type: "place", text: s.place.name, country: s.place.country, source: "test" });
  const dateSpan = at(s.text, s.dateText);
  const sentenceEnd = s.text.length;
  const ev: ExtractedEvent = {
    id: `${s.id}-e1`, type: s.type, status: "happened", participants,
    date: { value: s.date, precision: "day", text: s.dateText }, location: s.place, topics: s.topics,
    evidence: [{ start: 0, end: sentenceEnd, text: s.text }], confidence: 0.9, rules: ["test-fixture"],
  };
  const figures: Figure[] = s.figure ? [{ value: s.figure.value, unit: s.figure.unit, qualifier: null, text: s.figure.text, evidence: at(s.text, s.figure.text), ...(s.figure.thing ? { thing: s.figure.thing } : {}) }] : [];
  return {
    id: s.id, url: `https://news.example.test/${s.id}`, published: s.published, title: s.text.slice(0, 40), text: s.text,
    offsets: [{ cleanStart: 0, rawStart: 0, length: s.text.length }], removed: [], sentences: [{ index: 0, start: 0, end: sentenceEnd }],
    mentions, entities, events: [ev], figures,
    dates: [{ value: s.date, precision: "day", text: s.dateText, span: dateSpan, implied: false, kind: "explicit" }],
  };
}

export const FIXTURE_DOCS: ExtractedDoc[] = STORIES.map(storyDoc);

/** Store the fixture articles in any store. */
export async function fillStore(store: Store): Promise<void> {
  for (const d of FIXTURE_DOCS) await store.putDocument(d, { outlet: "test" });
}

/** A SQLite store in a temp directory filled with the fixture articles; `done` removes it. */
export async function fixtureStore(): Promise<{ store: Store; path: string; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-serve-"));
  const path = join(dir, "test.db");
  const store = await openSqliteStore(path, { placeLookup: null });
  await fillStore(store);
  return {
    store, path,
    done: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
