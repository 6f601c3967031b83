// Builders for ExtractedDoc fixtures: store tests must not depend on the extractor's quality.
// All Arabic sentences here are composed for the tests.
import type { ExtractedDoc, ExtractedEvent, Figure, Participant, Place } from "../../src/types.js";

export function participant(name: string, more: Partial<Participant> = {}): Participant {
  return { name, ...more };
}

export function event(
  type: ExtractedEvent["type"],
  participants: Participant[],
  date: string | null,
  more: Partial<Omit<ExtractedEvent, "date">> & { implied?: boolean } = {},
): ExtractedEvent {
  const { implied, ...rest } = more;
  const precision = date == null ? null : date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
  return {
    id: rest.id ?? `e${Math.random().toString(36).slice(2, 8)}`,
    type,
    status: rest.status ?? "happened",
    participants,
    date: date && precision ? { value: date, precision, text: date, implied: !!implied } : null,
    location: rest.location ?? null,
    topics: rest.topics ?? [],
    evidence: rest.evidence ?? [{ start: 0, end: 10, text: "evidence" }],
    confidence: rest.confidence ?? 0.8,
    rules: rest.rules ?? ["test"],
  };
}

export function figure(value: number, unit: Figure["unit"], text: string, start = 0): Figure {
  return { value, unit, qualifier: null, text, evidence: { start, end: start + text.length } };
}

export function doc(id: string, text: string, more: Partial<ExtractedDoc> = {}): ExtractedDoc {
  return {
    id,
    url: more.url ?? `https://example.test/${id}`,
    published: more.published ?? null,
    title: more.title ?? null,
    text,
    offsets: [{ cleanStart: 0, rawStart: 0, length: text.length }],
    removed: [],
    sentences: [],
    mentions: more.mentions ?? [],
    entities: more.entities ?? [],
    events: more.events ?? [],
    figures: more.figures ?? [],
    dates: [],
  };
}

export const ROME: Place = { name: "روما", name_en: "Rome", country: "IT", lat: 41.9028, lon: 12.4964 };
export const TIVOLI: Place = { name: "تيفولي", name_en: "Tivoli", country: "IT", lat: 41.9639, lon: 12.7981 };
export const NAPLES: Place = { name: "نابولي", name_en: "Naples", country: "IT", lat: 40.8518, lon: 14.2681 };
export const TRIPOLI: Place = { name: "طرابلس", name_en: "Tripoli", country: "LY", lat: 32.8872, lon: 13.1913 };

/** A long-enough story (MinHash needs a dozen shingles) about a meeting, composed for tests. */
export const STORY_A =
  "التقى وزير الداخلية الإيطالي في روما يوم الخميس رئيس المجلس الرئاسي الليبي، وبحث الجانبان ملف الهجرة غير النظامية " +
  "وتأمين الحدود الجنوبية وتبادل المعلومات بين الأجهزة الأمنية، كما ناقشا دعم خفر السواحل وتدريب عناصره على عمليات " +
  "الإنقاذ في البحر، وأكد الوزير أن بلاده مستعدة لتقديم معدات جديدة وزوارق دورية خلال الأشهر المقبلة، فيما شدد " +
  "الضيف على أهمية معالجة أسباب الهجرة في دول المصدر ودعم التنمية في المناطق الحدودية.";

/** STORY_A republished with a new opening and a few words changed. */
export const STORY_A_REPUBLISHED = "عاجل: " + STORY_A.replace("خلال الأشهر المقبلة", "في الأشهر المقبلة");

export const STORY_B =
  "أجرى رئيس الوزراء اتصالا هاتفيا مع نظيره المالطي تناول الأوضاع في منطقة الساحل وتداعيات الأزمة على دول الجوار، " +
  "واتفق الطرفان على عقد اجتماع للجنة المشتركة في العاصمة فاليتا الشهر المقبل لبحث التعاون الاقتصادي والطاقة والاستثمار " +
  "وإعادة تفعيل الاتفاقيات الموقعة بين البلدين في مجالات الصحة والتعليم والنقل البحري.";
