// Builds events from triggers and the people around them.
//
// For each trigger the frame says where the two sides are:
//   with    — subject between trigger and مع (or before the trigger, or carried from the
//             previous event when the sentence omits it); counterpart(s) after مع / ب
//   object  — first person after the verb is the subject, the next is the counterpart
//   from    — counterpart after من (تلقى اتصالا من ...)
//   between — بين X و Y
// Counterparts joined by و / ، form one side: "مع وزير الداخلية X، ووزير الدفاع Y" gives
// one encounter per cross-side pair, which is how the contract counts them.
// Dates, places and topics are then attached from the trigger's sentence and the
// sentences that go on talking about the same encounter.
import type { DateValue, EventStatus, EventType, ExtractedEvent, Place, Span } from "../types.js";
import { normalize } from "../text/normalize.js";
import { accompanies, mentionLexicon, presentOnly, type PersonMention } from "./mentions.js";
import type { DocEntity } from "./coref.js";
import { findTriggers, NOUN_BEFORE_NAMES, pluperfectWords, presentTa, statusAround, triggerLexicon, VISIT_TO_PERSON, type Trigger } from "./triggers.js";
import { statementVerbs } from "./other-events.js";
import { countryLexicon } from "./countries.js";
import { closingBracket, hasForm, isPunct, type Word } from "./words.js";
import { normSet, readLexicon } from "./lexicon.js";
import { inRelativeClause, movesOn, pickDate, pickPlace, putOutOn, sameDay, scheduledDate, sinceClause } from "./encounter-when-where.js";
import { baOnHonorific, coordinated, groupEndingAt, markedByBa, procliticOf, reachOf, side, spanningRepeats, stackedTitles, startsWithBa, startsWithLam, takesPart, titleBehindLam, uniqueEntities } from "./sides.js";
import { frameWords as glue } from "./frame-words.js";

export interface SentenceView {
  index: number;
  span: Span;
  words: Word[];
  /** person and title mentions with their entity (after coreference) */
  people: PersonMention[];
  places: PlaceMention[];
  dates: DateValue[];
  /** true for lines removed as noise or reported as other articles' headlines */
  skip?: boolean;
  /** the sentence's encounter triggers, when already found */
  triggers?: Trigger[];
}

export interface PlaceMention {
  w0: number;
  w1: number;
  start: number;
  end: number;
  place: Place;
  /** the word before it links it as a location: في، ب، إلى، بمدينة ... */
  locative: boolean;
  /** an item's own dateline ("• تونس: …"): where, even when the name is a country's */
  itemDateline?: boolean;
  kind?: string;
}

export interface RawEvent {
  type: EventType;
  status: EventStatus;
  subject: DocEntity[];
  counterpart: DocEntity[];
  roleOfSubject?: "host" | "guest";
  sentence: number;
  /** the trigger's clause: word indexes [from, to) between the neighbouring triggers */
  clause: [number, number];
  trigger: Trigger;
  date: DateValue | null;
  location: PlaceMention | null;
  evidence: Span[];
  rules: string[];
  confidence: number;
}

let participation: Set<string> | undefined;
const participationWords = () => (participation ??= normSet(readLexicon<{ participation: string[] }>("events.yaml").participation));
let calls: Set<string> | undefined;
const callMarkers = () => (calls ??= normSet(readLexicon<{ call_markers: string[] }>("events.yaml").call_markers));
let speakerPronouns: Set<string> | undefined;
const speakerPronounSet = () => (speakerPronouns ??= normSet(readLexicon<{ speaker_pronouns?: string[] }>("events.yaml").speaker_pronouns ?? []));

/**
 * "وقال كيري … مشيرا إلى أنه سيبحث الوضع مع نظيره": the verb's subject is the pronoun right
 * before it, which stands for the speaker of the speech verb that governs it (the last one
 * before the pronoun), not for whoever was named last. Null when the verb has no such pronoun.
 */
function speakerSubject(s: SentenceView, t: Trigger, people: PersonMention[]): PersonMention | null {
  if (t.w0 === 0 || !hasForm(s.words[t.w0 - 1], speakerPronounSet())) return null;
  const verbs = statementVerbs();
  // the speech verb that governs the pronoun is the last one before it ("قال X إن Y أكد أنه …": Y)
  let k = t.w0 - 2;
  while (k >= 0 && !hasForm(s.words[k], verbs)) k--;
  if (k < 0) return null;
  // its subject follows it ("قال كيري") or, less often, stands right before it ("الوزير أكد")
  return people.find((m) => m.w0 > k && m.w0 <= k + 2 && m.w1 < t.w0) ?? people.find((m) => m.w1 === k) ?? null;
}
function headOfDelegation(words: Word[], last: PersonMention, after: PersonMention[]): PersonMention | null {
  for (let k = last.w1; k < Math.min(words.length, last.w1 + 3); k++) {
    if (glue().headed_by.has(words[k].norm)) return after.find((m) => m.w0 > k && m.w0 <= k + 2 && m.type !== "org") ?? null;
  }
  return null;
}
/**
 * "استقبل X وزراء خارجية دول الجوار … ويتعلق الأمر بكل من A، وB، وC": when a sentence opens
 * with the formula that lists a group, and the sentence before had a verb of encounter whose
 * object is a group title naming nobody, the subject before that verb met each one listed.
 */
function listedGroup(prev: SentenceView, s: SentenceView, entityOf: (m: PersonMention) => DocEntity | undefined): RawEvent[] {
  const w = s.words;
  // (both words of the formula are listed: "يتعلق" with or without و, then "الأمر")
  if (!(w.length > 3 && glue().list_openers.has(w[0].norm) && glue().list_openers.has(w[1].norm) && w[0].norm !== w[1].norm && /^ب/.test(w[2].norm))) return [];
  const from = w[2].norm === "بكل" && w[3]?.norm === "من" ? 4 : 2;
  const group = prev.people.find((m) => m.group && m.type === "title" && !entityOf(m));
  if (!group) return [];
  const people = prev.people.filter((m) => entityOf(m) && !m.group);
  // (the verb's subject after it, VSO, or before it)
  const t = (prev.triggers ?? findTriggers(prev.words)).find((x) => x.rule.startsWith("verb:") && x.frame === "object" && x.w1 <= group.w0 &&
    people.filter((m) => m.w0 >= x.w1 && m.w0 < group.w0).length <= 1);
  if (!t) return [];
  const between = people.filter((m) => m.w0 >= t.w1 && m.w0 < group.w0);
  const subject = between.length ? between : subjectBefore(people.filter((m) => m.w1 <= t.w0), prev.words);
  const listed = side(s.people.filter((m) => entityOf(m) && !m.group && m.w0 >= from && m.type !== "org"), w);
  if (subject.length !== 1 || listed.length < 2) return [];
  const host = entityOf(subject[0])!;
  const date = pickDate(prev, t, 0, prev.words.length);
  const location = pickPlace(prev, t, 0, prev.words.length);
  const status = statusAround(prev.words, t);
  return uniqueEntities(listed, entityOf).map((m) => entityOf(m)!).filter((e) => e !== host).map((e) => ({
    type: t.type, status, subject: [host], counterpart: [e], roleOfSubject: t.role === "subject_host" ? ("host" as const) : undefined,
    sentence: prev.index, clause: [0, prev.words.length] as [number, number], trigger: t, date, location,
    evidence: [prev.span, s.span], rules: [t.rule, "listed-group"], confidence: 0.7,
  }));
}

/** The sentence is an interview's answer: it opens with "ج:" (frames.yaml answer_markers). */
function answerLine(s: SentenceView, asked: SentenceView | null): boolean {
  if (s.words.length > 2 && glue().answer_markers.has(s.words[0].norm) && isPunct(s.words[1], ":")) return true;
  // ("* سؤال؟" then "- جواب": a dash opening the sentence after a question)
  return s.words.length > 2 && isPunct(s.words[0], "-–—") && !!asked && isPunct(asked.words[asked.words.length - 1], "؟?");
}

/** "X لـOUTLET: التقيت …": the person who opens the sentence, when a colon ends his words within six of them, before `at`. */
function speakerBeforeColon(s: SentenceView, at: number): PersonMention | undefined {
  const colon = s.words.findIndex((w, k) => k < Math.min(at, 7) && isPunct(w, ":"));
  if (colon < 1) return undefined;
  return s.people.find((m) => m.w0 === 0 && m.w1 <= colon && m.type === "person");
}

/** A date said with a word that puts it ahead ("24 ديسمبر المقبل"، "الخميس القادم"). */
function saidAhead(d: DateValue): boolean {
  return d.text.split(/\s+/).some((w) => glue().ahead.has(normalize(w)));
}

/** A dual form of a verb of the lexicon: يبحثان، بحثا، التقيا، يلتقيان، ناقشا، أجريا (the verb without its ending is listed too, light verbs included). */
function dualVerb(w: Word): boolean {
  const { verbs, lightVerbs } = triggerLexicon();
  const f = w.conj ? w.forms[1] : w.norm;
  const listed = (x: string) => verbs.has(x) || lightVerbs.has(x);
  if (f.endsWith("ان") && listed(f.slice(0, -2))) return true;
  return f.endsWith("ا") && listed(f.slice(0, -1));
}

/** A plural form of a verb of the lexicon: اجتمعوا، التقوا، بحثوا (the verb without its ending, or with ى, is listed). */
function pluralVerb(w: Word): boolean {
  const verbs = triggerLexicon().verbs;
  const f = w.conj ? w.forms[1] : w.norm;
  return f.endsWith("وا") && (verbs.has(f.slice(0, -2)) || verbs.has(f.slice(0, -2) + "ي"));
}

/** Two people joined by و that end right before word `at` ("المنفي وميلوني يبحثان"), or fewer. */
function pairRightBefore(words: Word[], people: PersonMention[], lo: number, at: number): PersonMention[] {
  // (past قد: "وكان الدبيبة وميلوني قد التقيا")
  if (at > 0 && words[at - 1].norm === "قد") at--;
  const second = people.find((m) => m.w1 === at && m.w0 >= lo);
  if (!second) return [];
  // (or the two of one dual title: "وزيرا خارجية مصر X ومالطا Y يلتقيان")
  if (second.source.startsWith("dual-title+name")) {
    const pair = people.filter((m) => m.source.startsWith("dual-title+name") && m.w0 >= lo && m.w1 <= at);
    return pair.length === 2 ? pair : [];
  }
  if (words[second.w0].conj !== "و") return [];
  const first = people.find((m) => m.w1 === second.w0 && m.w0 >= lo);
  return first ? [first, second] : [];
}

let dualAuxSet: Set<string> | undefined;
const dualAuxiliaries = () => (dualAuxSet ??= normSet(readLexicon<{ dual_auxiliaries: string[] }>("events.yaml").dual_auxiliaries));
/** A dual auxiliary opens the verb's clause right before it: "وكانا قد التقيا". */
function dualAux(words: Word[], lo: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(lo, at - 3); k--) if (dualAuxiliaries().has(words[k].norm)) return true;
  return false;
}

/** The last two people joined by و ("A وB") in words [lo, at). */
function lastJoinedPair(words: Word[], people: PersonMention[], lo: number, at: number): PersonMention[] {
  for (let k = people.length - 1; k >= 0; k--) {
    const second = people[k];
    if (second.w0 < lo || second.w1 > at || words[second.w0].conj !== "و") continue;
    const first = people.find((m) => m.w1 === second.w0 && m.w0 >= lo);
    if (first) return [first, second];
  }
  return [];
}

/** The dual title before a mention at `at` is in the accusative/genitive (وزيري، رئيسي: ي, not the ا of وزيرا). */
function accusativeDual(words: Word[], at: number): boolean {
  const dual = mentionLexicon().dualHeads;
  for (let k = at; k >= Math.max(0, at - 6); k--) {
    const w = words[k];
    const f = w.forms.find((x) => dual.has(x));
    if (f) return f.endsWith("ي") || f.endsWith("ين");
  }
  return false;
}

/** A person named as the owner of a thing right before him: "مبادرة المبعوث X"، "خطة X"، "رسالة من X". */
function ownerOfThing(words: Word[], m: PersonMention): boolean {
  const prev = words[m.w0 - 1];
  if (!prev || prev.token.kind !== "word") return false;
  if (hasForm(prev, glue().things_of)) return true;
  // ("رسالة خطية من X"، "دعوة من X": the sender, behind من — not one who invited them and was
  // there: "بدعوة من X وبحضوره")
  return prev.norm === "من" && m.w0 >= 2 && words.slice(Math.max(0, m.w0 - 3), m.w0 - 1).some((w) => hasForm(w, glue().things_of)) && !takesPart(words, m);
}

/**
 * "زار X Y" / "X يزور Y": the person a visit verb takes as its object, right after it (past its
 * subject, when that stands after the verb), with no place between; null when it visits a place.
 */
function visitedPerson(s: SentenceView, t: Trigger): { visitor?: PersonMention; host: PersonMention } | null {
  const after = s.people.filter((m) => m.w0 >= t.w1 && m.type !== "org" && !m.group && !presentOnly(s.words, m.w0));
  const first = after[0];
  if (!first || wordsBetween(s.words, t.w1, first.w0) > 1) return null;
  if (s.places.some((p) => p.w0 >= t.w1 && p.w0 < first.w0)) return null;
  const second = after[1];
  // VSO: the subject right after the verb, the person visited right after it (not joined by و)
  if (second && second.w0 - first.w1 <= 1 && !s.places.some((p) => p.w0 >= first.w1 && p.w0 < second.w0) &&
    !(s.words[second.w0].conj === "و" && !mentionLexicon().heads.has(s.words[second.w0].norm))) return { visitor: first, host: second };
  // the one after the verb visits a place named next: "حين زار الرئيس الأسبق السادات إسرائيل"
  if (s.places.some((p) => !p.locative && p.w0 >= first.w1 && p.w0 <= first.w1 + 1)) return null;
  // SVO: someone named right before the verb visited the one after it ("الدبيبة يزور ميلوني")
  return s.people.some((m) => m.w1 <= t.w0 && t.w0 - m.w1 <= 1 && m.type !== "org") ? { host: first } : null;
}

/** The person a visit noun is paid to: right after إلى or on a word with ل, past one qualifier. */
function personVisited(s: SentenceView, t: Trigger): PersonMention | null {
  for (let k = t.w1; k < Math.min(s.words.length, t.w1 + 3); k++) {
    const at = s.words[k].norm === "الي" ? k + 1 : k;
    const m = s.people.find((p) => p.w0 === at && p.type !== "org" && !p.group);
    // (ل on a title — لرئيس، للمشير — not the first letter of a name: "زيارة لافروف" is his own)
    if (m && (at === k + 1 || (/^ل/.test(s.words[at].norm) && !!m.title && !m.title.startsWith("ل")))) {
      // "أول زيارة لرئيس أوروبي إلى إيران": ل names the visitor when a destination follows;
      // and an indefinite title names no one ("زيارة لرئيس حكومة أوروبية")
      if (s.places.some((p) => p.w0 > m.w1 && p.w0 <= m.w1 + 2 && s.words[p.w0 - 1].norm === "الي")) return null;
      if (m.type === "title" && !s.words[m.w0].forms.some((f) => f.startsWith("ال"))) return null;
      return m;
    }
    if (s.places.some((p) => p.w0 === at)) return null;
  }
  return null;
}

/** Where "ضيفا على" stands after a guest_of verb ("حل X ضيفا على Y"), or -1. */
function guestAt(words: Word[], t: Trigger): number {
  for (let k = t.w1; k < Math.min(words.length - 1, t.w1 + 10); k++) {
    if (isPunct(words[k], ".؟!")) return -1;
    if (glue().guest.has(words[k].norm) && (words[k + 1].norm === "علي" || words[k + 1].norm === "على")) return k;
  }
  return -1;
}

/**
 * The subject a verb after كما/ثم goes on with: the subject of the sentence's last encounter,
 * when the only people between are that encounter's counterparts ("التقى X Y، كما بحث مع Z").
 * Its mention in this sentence, or none when it was carried in; null when the rule does not apply.
 */
function continuedSubject(s: SentenceView, t: Trigger, lo: number, people: PersonMention[], events: RawEvent[], entityOf: (m: PersonMention) => DocEntity | undefined): PersonMention[] | null {
  const joiner = s.words[t.w0 - 1];
  // (or the verb carries و itself: "سيقابل X ويجتمع مع Y" — Y is met by the one who meets X)
  const joined = s.words[t.w0].conj === "و" && !t.rule.startsWith("noun:");
  // (or the one who moved on: "التقى X حفتر، قبل أن ينتقل إلى طرابلس حيث اجتمع بالسراج")
  let movedOn = false;
  for (let k = lo; k < t.w0 && !movedOn; k++) movedOn = movesOn(s.words, k);
  if (!joined && !movedOn && (!joiner || !glue().clause_goes_on.has(joiner.conj ? joiner.forms[1] : joiner.norm))) return null;
  const prev = events.length ? events[events.length - 1] : undefined;
  if (!prev || prev.sentence !== s.index) return null;
  const between = people.filter((m) => m.w0 >= lo && m.w1 <= t.w0);
  // (the subject itself may stand there too, after its verb: "التقى حفتر كروسيتو ويلتقي غدا مع …")
  if (!between.some((m) => prev.counterpart.includes(entityOf(m)!)) || !between.every((m) => prev.counterpart.includes(entityOf(m)!) || prev.subject.includes(entityOf(m)!))) return null;
  const own = people.find((m) => m.w1 <= t.w0 && entityOf(m) === prev.subject[0]);
  return own ? [own] : [];
}

/**
 * An unnamed delegation starting at word `from` and who it is: "وفد عسكري إيطالي برئاسة X" —
 * X, its head; "وفد أوروبي ضم A، وB" — the members it lists. None past a punctuation mark.
 */
function unnamedDelegation(words: Word[], from: number, after: PersonMention[]): PersonMention[] {
  if (!words[from] || !glue().delegation.has(words[from].norm)) return [];
  for (let k = from + 1; k < Math.min(words.length, from + 6); k++) {
    if (isPunct(words[k])) return [];
    const headed = glue().headed_by.has(words[k].norm);
    if (!headed && !glue().gathers_also.has(words[k].norm)) continue;
    // (a plural title before the first name may be read with it: "ضم وزراء الخارجية A، والدفاع B")
    const first = after.findIndex((m) => m.w0 > k && (m.w0 <= k + 2 || (m.w0 <= k + 4 && m.source.startsWith("dual-title"))) && m.type !== "org");
    if (first < 0) return [];
    return headed ? [after[first]] : side(after.slice(first), words);
  }
  return [];
}

/**
 * The two people "الجانبان" refers to when no encounter came before: the people named in this
 * sentence before the trigger or in the two sentences before it, when exactly two distinct
 * persons of different countries are named there.
 */
function twoSidesBefore(sentences: SentenceView[], s: SentenceView, t: Trigger, entityOf: (m: PersonMention) => DocEntity | undefined): PersonMention[] | null {
  const k = sentences.indexOf(s);
  const pool = [...sentences.slice(Math.max(0, k - 2), k).flatMap((x) => x.people), ...s.people.filter((m) => m.w1 <= t.w0)]
    .filter((m) => m.type === "person" || m.type === "title");
  const byEntity = new Map<DocEntity, PersonMention>();
  for (const m of pool) { const e = entityOf(m); if (e && !byEntity.has(e)) byEntity.set(e, m); }
  const ents = [...byEntity.keys()];
  if (ents.length !== 2) return null;
  // (of one country, or none known, they are the two sides only when the sentence itself names
  // them both before it: "وقع A عن مجلس النواب وB عن المجلس الأعلى …، في ختام اجتماع عقده الطرفان")
  const ownSentence = ents.every((e) => s.people.some((m) => m.w1 <= t.w0 && entityOf(m) === e && m.type === "person"));
  if ((!ents[0].country || !ents[1].country || ents[0].country === ents[1].country) && !ownSentence) return null;
  return [byEntity.get(ents[0])!, byEntity.get(ents[1])!];
}

/** Words between a verb (or its subject) and its object at most ("التقى، أمس الثلاثاء، بمقر القيادة العامة في الرجمة، X"). */
const MAX_OBJECT_GAP = 8;
/** Words between a verb and its subject after it at most (a long title unread as one may stand there). */
const MAX_SUBJECT_GAP = 20;
const wordsBetween = (words: Word[], from: number, to: number) => words.slice(from, to).filter((w) => w.token.kind !== "punct").length;

/**
 * The subject named before a trigger: the nearest person, unless that one stands right after
 * another (no comma, no و): then the nearer is the object of a verb whose subject is the other
 * ("هنأ الملك X رئيسة ليتوانيا ...، وعقد جلسة مع ..." — the king, not the congratulated president).
 */
function subjectBefore(before: PersonMention[], words: Word[]): PersonMention[] {
  const last = before[before.length - 1];
  if (!last) return [];
  const prev = before[before.length - 2];
  if (prev && last.w0 === prev.w1 && !words[last.w0].conj && !isPunct(words[prev.w1 - 1])) return [prev];
  return [last];
}

/**
 * The people who may be a verb's subject among words [from, to): one per entity, the last
 * mention of each. A subject never sits behind a preposition ("في أول زيارة لرئيس حكومة ..."،
 * "مع X") nor among those who only accompany someone.
 */
function subjectsBetween(s: SentenceView, people: PersonMention[], from: number, to: number, entityOf: (m: PersonMention) => DocEntity | undefined): PersonMention[] {
  return uniqueEntities(people.filter((m) => m.w1 <= to && m.w0 >= from && !governedByPreposition(s.words, m) && !accompanying(s.words, m)).reverse(), entityOf).reverse();
}

/** Extract encounter events from the sentences of one article. */
export function extractEvents(sentences: SentenceView[], entityOf: (m: PersonMention) => DocEntity | undefined): RawEvent[] {
  const events: RawEvent[] = [];
  let lastSubject: DocEntity[] = [];
  /** the head of the last delegation the article named ("وفد … برئاسة X") */
  let lastDelegationHead: DocEntity | null = null;
  /** the members of the last delegation the article listed ("ضم الوفد A وB") */
  let lastDelegationMembers: DocEntity[] = [];
  /** the first person the last sentence named (what a pronoun of the next one may stand for) */
  let topicOfLast: DocEntity | null = null;
  /** the last day-precision date the article gave before this sentence ("في اليوم ذاته" is that day) */
  let lastDay: DateValue | null = null;
  let previous: SentenceView | null = null;
  /** where the events of the sentence before this one begin in `events` */
  let fromLast = 0;
  for (const s of sentences) {
    if (s.skip) continue;
    // "وبعد يومين التقى …. وفي اليوم التالي …": a day counted on from the one told last is
    // the day told last for the next sentence
    const counted = events.slice(fromLast).find((e) => e.date?.precision === "day" && lastDay && e.date.value !== lastDay.value && previous?.dates.every((d) => d.value !== e.date!.value));
    if (counted?.date) lastDay = counted.date;
    fromLast = events.length;
    // "ويتعلق الأمر بكل من A، وB": the group the sentence before met, named one by one
    if (previous) events.push(...listedGroup(previous, s, entityOf));
    /** the sentence before this one (a question, when this one answers it) */
    const asked = previous;
    previous = s;
    const dayBefore = lastDay;
    // (not since when something lasts, nor a day in a relative clause on something else: "منذ
    // تعيينه في 16 أكتوبر"، "القانون الذي أقره المجلس الأربعاء الماضي" — "في اليوم ذاته" after them
    // is the story's day)
    // (nor a day said to be ahead: "الانتخابات في 24 ديسمبر المقبل" — "في وقت سابق من اليوم نفسه" after
    // it is the story's day)
    // (nor the day a statement was put out: "في بيان نشرته مساء أمس السبت")
    for (const d of s.dates) if (d.precision === "day" && !scheduledDate(s, d) && !sinceClause(s, d.span.start) && !inRelativeClause(s, d.span.start) && !saidAhead(d) && !putOutOn(s, d.span.start)) lastDay = d;
    // "وضم الوفد A، وB، وC": who the delegation the article goes on about is
    const members = delegationMembers(s, entityOf);
    if (members.length) lastDelegationMembers = members;
    const previousTopic = topicOfLast;
    topicOfLast = firstPerson(s, entityOf) ?? topicOfLast;
    // visits and arrivals are not encounters: they neither open events nor bound clauses here
    // "استقبل X وفدا ضم A وB": the delegation's members are X's counterparts, not a meeting of their own
    // (a meeting noun before names, "لقاء بوتين وكيري", only when two names do follow: else it bounds no clause)
    // ("حل X ضيفا على Y" is a meeting with Y, the host; "حل" alone is an arrival)
    // ("زار X Y"، "X يزور Y": a visit to a person is a meeting with that person)
    const triggers = (s.triggers ?? findTriggers(s.words)).filter((t) => (t.frame !== "visit" || visitedPerson(s, t) !== null) && t.frame !== "arrive" && (t.frame !== "guest_of" || guestAt(s.words, t) >= 0) &&
      (t.rule !== NOUN_BEFORE_NAMES || namedPairAfter(s.words, s.people, t.w1).length === 2) &&
      (t.rule !== VISIT_TO_PERSON || personVisited(s, t) !== null) &&
      !(t.frame === "group" && s.words.slice(Math.max(0, t.w0 - 3), t.w0 + 2).some((w) => glue().delegation.has(w.norm) || glue().known_delegation.has(w.norm) || /^وفد/.test(w.forms[w.forms.length - 1]))));
    for (let ti = 0; ti < triggers.length; ti++) {
      const t = triggers[ti];
      // "اللقاء تناول …"، "تناول الاجتماع …": a verb of talking whose subject is the encounter told
      // of says what it was about — no encounter of its own, whatever "مع" it reaches (a verb that
      // gathers people, "جمع اللقاء A وB", names who met)
      if (t.rule.startsWith("verb:") && t.frame === "with" && (encounterSubject(s.words[t.w0 - 1]) || encounterSubject(s.words[t.w1]))) continue;
      const lo = ti > 0 ? triggers[ti - 1].w1 : 0;
      // ("الدبيبة يستقبل وفدا أوروبيا.. وحكومة حماد تطرده": two dots part a headline's clauses)
      const hi = clauseBreak(s.words, t.w1, ti + 1 < triggers.length ? triggers[ti + 1].w0 : s.words.length);
      // bodies take part only where a principal stands: right after the verb, after مع / من /
      // بين, or joined by و — not inside a place phrase ("في مقر القيادة العامة")
      // (nor one named as the owner of a thing: "يبحثان مبادرة X"، "تسلم رسالة من X")
      const people = s.people.filter((m) => entityOf(m) && !m.group && (m.type !== "org" || orgInSlot(s.words, m, t)) && !ownerOfThing(s.words, m));
      // "استقبل المجلس الرئاسي، ممثلا في رئيسه X، ...": the body is represented by X, who stands for it
      const afterAll = withoutRepresentedBodies(uniqueEntities(spanningRepeats(people.filter((m) => m.w0 >= t.w1 && m.w0 < hi), entityOf), entityOf), s.words);
      // (not one merely present: "استقبل X الوفد الإيطالي، بحضور Y" — Y did not meet X; but at
      // a reception given for a guest, those present are the hosts — see below)
      const after = afterAll.filter((m) => !presentOnly(s.words, m.w0));
      const speaker = speakerSubject(s, t, people);
      // "وصل الوزير الأميركي إلى الدوحة للقاء وزراء الخليج، وليجتمع مع نظيره": a verb joined by و
      // with nobody before it in its clause shares the subject the sentence opened with
      // (so does one after "وقد": "وصل X إلى موسكو …، وقد التقى …")
      const joinedVerb = ti > 0 && !t.rule.startsWith("noun:") && (s.words[t.w0].conj === "و" || s.words[t.w0 - 1]?.norm === "وقد") && !people.some((m) => m.w0 >= lo && m.w1 <= t.w0);
      // "التقى X الوزير Y، كما أجرى مباحثات مع Z": after كما/ثم, with only the last encounter's
      // counterparts between, the verb goes on with that encounter's subject (not Y)
      const goesOn = ti > 0 && !speaker && !joinedVerb ? continuedSubject(s, t, lo, people, events, entityOf) : null;
      // ("قال المكتب الإعلامي للسويحلي إن الأخير التقى X": the latter is the one named last, behind a preposition too)
      const latter = t.w0 > 0 && glue().the_latter.has(s.words[t.w0 - 1].norm) ? people.filter((m) => m.w1 < t.w0 && m.type !== "org" && m.type !== "place").pop() : undefined;
      const before = latter ? [latter] : speaker ? [speaker] : joinedVerb ? subjectsBetween(s, people, 0, triggers[0].w0, entityOf) : goesOn ?? subjectsBetween(s, people, lo, t.w0, entityOf);
      // light verbs hold their subject between verb and noun: "تلقى الرئيس X اتصالا هاتفيا"
      const inner = people.filter((m) => m.w0 > t.w0 && m.w1 <= t.w1);
      // "ناقش الجانبان": the encounter is the previous one, not a new one — unless the article
      // has told of none yet: then "the two sides" are the two people just named ("وقع A وB
      // مذكرة ... وجاء التوقيع في ختام اجتماع عقده الجانبان")
      let sides: PersonMention[] | null = null;
      // ("اجتماع مغلق بين الرجلين": the two after بين)
      const between = s.words.slice(t.w1, Math.min(hi, t.w1 + 3)).findIndex((w) => w.norm === "بين");
      const anaphoric = (w: Word) => glue().anaphoric_subject.has(w.forms[w.forms.length - 1]);
      if (s.words.slice(t.w1, Math.min(hi, t.w1 + 2)).some(anaphoric) ||
        (between >= 0 && glue().anaphoric_subject.has(s.words[t.w1 + between + 1]?.norm ?? ""))) {
        if (events.length) continue;
        sides = twoSidesBefore(sentences, s, t, entityOf);
        if (!sides) continue;
      } else if (!events.length && t.rule.startsWith("light") && s.words.slice(t.w0 + 1, t.w1).some(anaphoric)) {
        // (between a light verb and its noun: "وعقد الجانبان جلسة محادثات"; after encounters
        // told, the dual is theirs — see dualAnaphor)
        sides = twoSidesBefore(sentences, s, t, entityOf);
      }
      // "وكان الطرفان قد التقيا في يناير الماضي": the two sides of the last encounter, at another
      // date — a background meeting of its own (the same date: the same encounter told again)
      // (told as background: "كان … قد"، "سبق أن" — "الطرفين تناولا الانتخابات المقررة في 24 ديسمبر" is this one)
      // ("ويذكر أن الوزيرين تباحثا، في اتصال هاتفي …": the dual and the recalling word further back)
      const background = s.words.slice(Math.max(lo, t.w0 - 6), t.w0).some((w) => backgroundWord(w.norm));
      const dualBack = s.words.slice(Math.max(lo, t.w0 - 5), t.w0).find((w) => glue().anaphoric_subject.has(w.forms[w.forms.length - 1]));
      if (events.length && !after.length && background && dualBack) {
        // ("وكان الوزيران قد بحثا": the last encounter whose two sides both hold that office)
        const dual = dualBack;
        const office = dual.forms[dual.forms.length - 1].replace(/^ال/, "").replace(/(ان|ين)$/, "");
        const bothHold = (e: RawEvent) => [...e.subject, ...e.counterpart].every((x) => x.heads.has(office));
        // ("وكان الوزيران شحاتة والعابد قد أجريا اتصالا": the two the dual names right after it)
        const at = s.words.indexOf(dual);
        const named = people.filter((m) => m.w0 > at && m.w1 <= t.w0 && m.type !== "org");
        const namedTwo = named.length === 2 && named[0].w0 === at + 1 && named[1].w0 === named[0].w1 && s.words[named[1].w0].conj === "و" ?
          [entityOf(named[0]), entityOf(named[1])].filter((e): e is DocEntity => !!e) : [];
        const holders = namedTwo.length === 2 ? undefined : [...events].reverse().find(bothHold);
        // (else "استقبل X الرئيسين A وB … وكان الرجلان قد التقيا": the two one person just met)
        const two = namedTwo.length === 2 ? namedTwo : holders ? [] : theTwo(events);
        const prev = holders ?? (two.length === 2 ? { ...events[events.length - 1], subject: [two[0]], counterpart: [two[1]] } : events[events.length - 1]);
        const date = sameDay(s, lo, hi, dayBefore) ?? pickDate(s, t, lo, hi);
        // ("بحثا هاتفيا": on the phone)
        const type = s.words.slice(t.w0, Math.min(hi, t.w1 + 3)).some((w) => hasForm(w, callMarkers())) ? "call" : prev.type;
        if (date && date.value !== prev.date?.value) {
          events.push({ ...prev, type, status: statusAround(s.words, t), sentence: s.index, clause: [lo, hi], trigger: t, date, location: type === "call" ? null : pickPlace(s, t, lo, hi),
            evidence: [s.span], rules: [t.rule, "subject:both-sides"], confidence: 0.7, roleOfSubject: undefined });
        }
        continue;
      }

      let subject: PersonMention[] = [];
      let counter: PersonMention[] = [];
      let subjectOverride: DocEntity[] | undefined;
      /** three or more joined as the subject of a verb of talking ("عقد A وB وC اجتماعا"): all met all */
      let jointSubject = false;
      let counterOverride: DocEntity[] | undefined;
      let carried = false;
      /** the counterparts are a pair who came together, not principals of a meeting of several */
      let cameTogether = false;
      let withAt = findWith(s.words, t, hi, new Set(people.map((m) => m.w0)), people.find((m) => m.w0 >= t.w1 && m.w0 <= t.w1 + 1)?.w1);
      // "التقى X Y …، بالتزامن مع …": a verb that took its object directly has no مع counterpart
      if (withAt >= 0 && t.frame === "object") {
        const beforeWith = after.filter((m) => m.w0 < withAt);
        if (beforeWith.length >= 2 && side(beforeWith, s.words).length < beforeWith.length) withAt = -1;
        // (nor when its subject came before it and its objects are named, with other words
        // between them and مع: "حيث التقى A وB، وأعقبتها مشاورات مع دول الجوار")
        const objects = before.length ? side(beforeWith, s.words) : [];
        if (objects.length && objectGap(s.words, t.w1, objects[0].w0) <= MAX_OBJECT_GAP &&
          s.words.slice(reachOf(objects[objects.length - 1]), withAt).some((w) => w.token.kind === "word" && w.norm !== "و")) withAt = -1;
      }
      // "جمع الكلمة ... X": the people a gathering verb brings together follow it at once
      // ("جمعه بـ X"، "ضم A وB"، "جمع اللقاء A وB"); far after it they belong to another clause
      // (past the meeting it names, a place and "كلا من": "جمع لقاء في بنغازي كلا من A وB")
      // (with a plural or dual pronoun on the verb, those it gathered were named before it: "في لقاء
      // جمعهم"، "بعد اجتماع جمعهما في X")
      const gatheredBefore = t.frame === "group" && /هما?$/.test(s.words[t.w0].norm);
      if (t.frame === "group" && !gatheredBefore && !(after.length && (wordsBetween(s.words, t.w1, after[0].w0) <= 3 || gatheringGap(s, t.w1, after[0].w0)))) continue;
      if (t.frame === "group" || (t.frame === "between" && side(after, s.words).length > 2)) {
        // "اجتماع ضم A وB وC"، "لقاء جمعه بـ B" (the pronoun: the one named before); with
        // "شارك X في اجتماع ... ضم ..." X is a principal too. Everyone met everyone.
        // "جمع X Y وZ": X brought Y and Z together — the host, then a coordinated list
        // (not when the meeting is the verb's subject after it: "جمع لقاء منفصل، صباح اليوم، A، …، وB")
        const verbFirst = !s.words.slice(Math.max(0, t.w0 - 3), t.w0).some((w) => hasForm(w, meetingNouns())) && !hasForm(s.words[t.w1], meetingNouns());
        // ("وكان X قد جمع A وB": the host named before the verb, right before its قد)
        const hostBefore = verbFirst && before.length && s.words[t.w0 - 1]?.norm === "قد" && before[before.length - 1].w1 >= t.w0 - 2 ? before[before.length - 1] : undefined;
        // ("جمع لقاء استضافه X، أمس، في باريس، A بـ B": the meeting's host, then those it gathered)
        const hosted = !verbFirst && hasForm(s.words[t.w1], meetingNouns()) && sponsorWords().has(s.words[t.w1 + 1]?.norm ?? "") &&
          after.length > 1 && after[0].w0 === t.w1 + 2 && onlyCircumstance(s, after[0].w1, after[1].w0) ? after[0] : undefined;
        // (a dual or plural pronoun on the verb gathered those named before it, no one after: "خلال
        // لقاء جمعهما في باليرمو، بحضور A وسعادة B")
        // (but the one who brought them together may follow: "كما جمعهما الرئيس X في باريس")
        const gatheredThem = /(هما|هم)$/.test(s.words[t.w0].norm);
        const bringer = gatheredThem && after.length && !presentOnly(s.words, after[0].w0) && wordsBetween(s.words, t.w1, after[0].w0) <= 1 ? [after[0]] : [];
        const members = gatheredThem ? bringer : hostBefore ? [hostBefore, ...side(after, s.words)] : hosted ? [after[1], ...side(after.slice(2), s.words)] : verbFirst && after.length > 1 ? [after[0], ...side(after.slice(1), s.words)] : side(after, s.words);
        // "اللقاء الذي جمع X بـY": the other side behind ب, right after the first
        // (with those joined to it by و, past a time or a place: "جمع X، أمس، بالرئيس Y والمشير Z")
        const rest = hosted ? after.slice(1) : after;
        if (members.length === 1 && rest[1] && markedByBa(s.words, rest[1]) && (rest[1].w0 - rest[0].w1 <= 1 || onlyCircumstance(s, rest[0].w1, rest[1].w0))) members.push(...side(rest.slice(1), s.words));
        if (hosted && members.length >= 2) members.unshift(hosted);
        // "لقاء ثلاثي يضم لافروف مع نظيريه الأميركي كيري والسعودي الجبير": the others after مع
        if (members.length === 1 && s.words[members[0].w1]?.norm === "مع") {
          const others = after.filter((m) => m.w0 > members[0].w1);
          if (others.length && others[0].w0 <= members[0].w1 + 2) members.push(...side(others, s.words));
        }
        // ("اجتماع جمعهما": the two named before it)
        // ("كما جمعهما الرئيس X في باريس": the two named before, and the one who brought them together)
        const dualPair = /هما$/.test(s.words[t.w0].norm) && members.length <= 1
          ? (before.length >= 2 ? before.slice(-2) : uniqueEntities(people.filter((m) => m.w1 <= t.w0 && m.type !== "org"), entityOf).slice(-2)) : [];
        // ("اتفق A وB وC …، في لقاء جمعهم": the people joined before it, all of them)
        const plural = /هم$/.test(s.words[t.w0].norm) && members.length <= 1 ? side(people.filter((m) => m.w1 <= t.w0 && m.type !== "org"), s.words) : [];
        if (dualPair.length === 2) members.unshift(...dualPair);
        else if (plural.length >= 2) members.unshift(...plural);
        else if (/(ه|ها|هما|ني|نا)$/.test(s.words[t.w0].norm) && before.length) members.unshift(before[before.length - 1]);
        // "خلال اللقاء الذي جمعه بـ X، أكد Y": the pronoun points on, to the main clause's subject
        else if (/(ه|ها)$/.test(s.words[t.w0].norm) && members.length === 1) members.unshift(...mainClauseSubject(s.words, people, members[0].w1, hi));
        // ("جمع لقاء A وB وC، بمشاركة D وE": those who took part met them too; not those present)
        const lastMember = members[members.length - 1];
        // (a sponsor too, whom the list of those present holds: "برعاية C")
        const partAt = lastMember ? afterAll.findIndex((m) => m.w0 > lastMember.w0 && m.type === "person" && takesPart(s.words, m)) : -1;
        if (partAt >= 0) for (const m of side(afterAll.slice(partAt), s.words)) if (!members.includes(m)) members.push(m);
        const participant = s.words.findIndex((w, k) => k < t.w0 && hasForm(w, participationWords()));
        if (participant >= 0) {
          // (or its subject before it: "وكان X قد استضاف … اجتماعا ثلاثيا ضم A وB")
          const who = people.find((m) => m.w0 > participant && m.w0 <= participant + 2) ??
            people.find((m) => m.type !== "org" && (m.w1 === participant || (m.w1 === participant - 1 && s.words[participant - 1].norm === "قد")));
          if (who && !members.includes(who)) members.unshift(who);
        }
        // ("في لقاء جمعهم، أمس، بمقر الجامعة في القاهرة، ترأسه X": the one who chaired it met them too)
        const chairAt = s.words.findIndex((w, k) => k >= t.w1 && k < hi && sponsorWords().has(w.norm));
        const chair = chairAt >= 0 && (gatheredThem || onlyCircumstance(s, t.w1, chairAt)) ? sponsoredBy(s.words, chairAt, people) : undefined;
        if (chair && !members.includes(chair)) members.push(chair);
        const ents = uniqueEntities(members, entityOf).map((m) => entityOf(m)!);
        // ("ففي لقاء جمعه بـ X، جرى بحث …": the pronoun is the one the sentence before was about)
        if (ents.length === 1 && /(ه|ها)$/.test(s.words[t.w0].norm) && previousTopic && previousTopic !== ents[0]) ents.unshift(previousTopic);
        if (ents.length < 2) continue;
        const status = statusAround(s.words, t);
        // (the meeting it gathers may be named by the trigger before, with its date: "عقد X، صباح
        // اليوم، اجتماعا ثلاثيا ضم A وB")
        const from = !verbFirst && ti > 0 ? triggers[ti - 1].w0 : lo;
        // (or the clause of the verb that holds the meeting it gathers: "عقد X، السبت الماضي، اجتماعا موسعا …، ضم A وB")
        const date = sameDay(s, lo, hi, dayBefore) ?? pickDate(s, t, from, hi) ?? (ti > 0 && triggers[ti - 1].rule.startsWith("light") ? pickDate(s, t, ti > 1 ? triggers[ti - 2].w1 : 0, hi) : null);
        // ("الاتصال الهاتفي الذي جمعه بـX": what gathered them was a call — it has no place)
        const gatheredByCall = s.words.slice(Math.max(lo, t.w0 - 4), t.w0).some((w) => hasForm(w, callMarkers()));
        const location = gatheredByCall ? null : pickPlace(s, t, lo, hi);
        for (let a = 0; a < ents.length; a++) for (let b = a + 1; b < ents.length; b++) {
          events.push({ type: gatheredByCall ? "call" : t.type, status, subject: [ents[a]], counterpart: [ents[b]], sentence: s.index, clause: [lo, hi],
            trigger: t, date, location, evidence: [s.span], rules: ents.length > 2 ? [t.rule, "multilateral"] : [t.rule], confidence: 0.85 });
        }
        lastSubject = [ents[0]];
        continue;
      }
      const passiveHost = receivedBy(s, t, people);
      if (passiveHost) {
        // "حيث جرى استقبالهما من قبل X": X received the ones the pronoun points to — the pair the
        // sentence joined, or the one it is about
        counter = [passiveHost];
        const pair = /هما$/.test(s.words[t.w0].norm) ? lastJoinedPair(s.words, people, 0, t.w0) : [];
        subject = pair.length === 2 ? pair : subjectBefore(before, s.words);
      } else if (t.frame === "between" || t.frame === "pair") {
        // "لقاء بين X و Y"، "اجتماع جمع X و Y"، "لقاء جمعه بـ Y" (the pronoun: the one named before)
        const pool = [...inner, ...after];
        if (t.frame === "pair" && /(ه|ها|هما|ني|نا)$/.test(s.words[t.w0].norm) && before.length) pool.unshift(before[before.length - 1]);
        // "وأكد A لـB، خلال لقائهما": the two named before it, a preposition's object included
        if (t.rule.endsWith(":theirs")) {
          pool.splice(0, pool.length, ...uniqueEntities(people.filter((m) => m.w1 <= t.w0 && m.w0 >= lo && m.type !== "org"), entityOf).slice(-2));
          // ("بحث X مع Y … خلال لقائهما في طرابلس الشهر الماضي": the two of the clause's own encounter)
          const told = events.filter((e) => e.sentence === s.index).pop();
          if (pool.length < 2 && told && told.subject.length === 1 && told.counterpart.length === 1) {
            const two = [told.subject[0], told.counterpart[0]].map((e) => people.find((m) => entityOf(m) === e));
            if (two[0] && two[1]) pool.splice(0, pool.length, two[0], two[1]);
          }
        }
        // "لقاء بوتين وكيري": two named people right after the noun, the second after و
        if (t.rule === NOUN_BEFORE_NAMES) pool.splice(0, pool.length, ...namedPairAfter(s.words, people, t.w1));
        // "اتفق X ونظيراه Y وZ، خلال قمة ثلاثية": the people joined right before the comma, all of them
        if (t.rule.endsWith(":during")) {
          const beforeComma = people.filter((m) => m.w0 >= lo && m.w1 <= t.w0 - 2 && m.type !== "org");
          let group = groupEndingAt(s.words, beforeComma, t.w0 - 2);
          // ("أطلع X Y على النتائج، خلال اجتماع جمعهما": the two the dual pronoun points to)
          if (group.length < 2 && /هما$/.test(s.words[t.w1]?.norm ?? "")) group = uniqueEntities(beforeComma, entityOf).slice(-2);
          // ("التقى A وB، أمس، في أبوظبي، في اجتماع رعاه وشارك فيه X": X met the two the sentence told of)
          const sponsor = sponsoredBy(s.words, t.w1, people);
          const prev = events.length && events[events.length - 1].sentence === s.index ? events[events.length - 1] : undefined;
          const sp = sponsor ? entityOf(sponsor) : undefined;
          if (group.length < 2 && sp && prev && ![...prev.subject, ...prev.counterpart].includes(sp)) {
            for (const e of [...prev.subject, ...prev.counterpart]) events.push({ ...prev, subject: [sp], counterpart: [e], roleOfSubject: undefined, rules: [...prev.rules, t.rule, "sponsor"] });
            continue;
          }
          if (group.length < 2) continue;
          // (the meeting the clause before already told: "اجتمع X بوزيري الدفاع والداخلية، A وB، في
          // لقاء خصص لـ…" — A and B are whom X met, one side)
          const toldHere = events.filter((e) => e.sentence === s.index);
          if (toldHere.some((e) => group.every((m) => e.counterpart.includes(entityOf(m)!)))) continue;
          subject = [group[0]];
          counter = group.slice(1);
          // "خلال لقاء جمعهما بالرئيس الفرنسي X": the one it brought them together with met them too
          const withAlso = /^جمع(ت)?(هما|هم)$/.test(s.words[t.w1]?.norm ?? "") ? people.find((m) => m.w0 === t.w1 + 1 && startsWithBa(s.words[m.w0]) && m.type !== "org") : undefined;
          if (withAlso) counter = [...counter, withAlso];
          // "في اجتماع رعاه وشارك فيه X": the one who sponsored or chaired it and took part met them too
          if (sponsor && !group.includes(sponsor)) counter = [...counter, sponsor];
        } else {
          const pair = pool.slice(0, 2);
          if (pair.length === 2) { subject = [pair[0]]; counter = [pair[1]]; }
        }
      } else if (t.frame === "from") {
        const fromAt = findWord(s.words, t.w1, hi, "من");
        if (fromAt >= 0) {
          counter = side(after.filter((m) => m.w0 > fromAt), s.words);
          subject = after.filter((m) => m.w0 < fromAt).slice(0, 1);
        }
        if (!subject.length) subject = inner.slice(0, 1);
        if (!subject.length) subject = subjectBefore(before, s.words);
        // "وفي اتصال هاتفي تلقاه من X، بحث Y ...": the receiver is the main clause's subject
        if (!subject.length && t.pronoun && counter.length) subject = mainClauseSubject(s.words, people, counter[counter.length - 1].w1, hi);
      } else if (t.rule === VISIT_TO_PERSON) {
        // "قام X بزيارة إلى المشير Y": the visitor before the noun; "خلال زيارته للمشير Y، بحث X"
        counter = [personVisited(s, t)!];
        subject = subjectBefore(before, s.words);
        if (!subject.length && t.pronoun) subject = mainClauseSubject(s.words, people, counter[0].w1, hi);
      } else if (t.frame === "guest_of") {
        // "حل X ضيفا على Y": the guest before ضيفا, the host right after على
        const at = guestAt(s.words, t);
        counter = after.filter((m) => m.w0 > at + 1 && m.w0 <= at + 3).slice(0, 1);
        subject = after.filter((m) => m.w0 < at).slice(0, 1);
        if (!subject.length) subject = subjectBefore(before, s.words);
      } else if (t.frame === "received") {
        // "حيث استقبله الرئيس X": X, right after the verb, received the one its pronoun points to
        // — the last person named before it in the sentence, or the story's subject — who goes
        // on as the subject ("كما التقى خلال الزيارة ذاتها …" is the visitor's)
        const host = after[0] && wordsBetween(s.words, t.w1, after[0].w0) <= 3 ? after[0] : undefined;
        if (host) {
          // (with whoever is joined to him: "حيث استقبله المشير X ونجله Y")
          counter = side(after.filter((m) => m.w0 >= host.w0), s.words);
          // ("التقى X Y، قبل أن يستقبله Z": him is X, the one the sentence is about, not Y he met)
          const movedOn = t.w0 >= 2 && movesOn(s.words, t.w0 - 2);
          const prevHere = movedOn ? events.filter((e) => e.sentence === s.index).pop() : undefined;
          const back = people.filter((m) => m.w1 <= t.w0 && !governedByPreposition(s.words, m)).pop();
          // ("استقبلهم"، "استقبلهما": all those the sentence named before, companions (برفقة) too —
          // not whoever was only present, بحضور)
          const attending = (m: PersonMention) => presentOnly(s.words, m.w0) && !accompanies(s.words, m.w0);
          // (but "اللاجئين الذين استقبلتهم المنظمة": a relative clause on whatever noun came before)
          const relative = t.w0 > 0 && glue().relative_pronouns.has(s.words[t.w0 - 1].norm);
          const plural = /(هم|هما)$/.test(s.words[t.w0].norm);
          const them = plural && !relative ? people.filter((m) => m.w1 <= t.w0 && m.type !== "org" && !m.group && !attending(m)) : [];
          if (them.length >= 2) subject = them;
          // (a plural pronoun with fewer than two people before it points to something else)
          else if (plural) counter = [];
          else if (prevHere) subjectOverride = prevHere.subject;
          else if (back) subject = [back];
          else if (lastSubject.length) subjectOverride = lastSubject;
        }
      } else if (t.frame === "visit") {
        const v = visitedPerson(s, t)!;
        counter = [v.host];
        subject = v.visitor ? [v.visitor] : subjectBefore(before, s.words);
      } else if (t.frame === "arrive") {
        continue; // visits are reported by the visit extractor; their meetings by their own triggers
      } else if (withAt >= 0) {
        // the counterpart follows مع directly (a quote or comma between at most)
        const next = after.filter((m) => m.w0 > withAt || (m.w0 === withAt && startsWithBa(s.words[m.w0])));
        const gap = next.length ? s.words.slice(withAt + 1, next[0].w0) : [];
        // (or the dual title of the two named after it: "مع وزيري الداخلية والخارجية الإيطاليين A وB")
        const tight = gap.length <= 1 || gap.every((w) => isPunct(w) || glue().with_fillers.has(w.norm)) || (!!next[0]?.source.startsWith("dual-title") && gap.length <= 6);
        counter = next.length && tight ? side(next, s.words) : [];
        // ("والعلاقات مع الاتحاد الأوروبي": the relations discussed, not a body met)
        if (counter[0]?.type === "org" && withAt > 0 && hasForm(s.words[withAt - 1], glue().relations)) counter = [];
        // "مع وفد من الاتحاد الأوروبي برئاسة المفوضة X": the head of the delegation is the principal
        const headed = counter.length ? headOfDelegation(s.words, counter[counter.length - 1], after) : null;
        if (headed) counter = [headed];
        // "مع وفد عسكري إيطالي برئاسة X": an unnamed delegation, and its head named
        // (or "مع وفد أوروبي ضم A، وB": the members it lists)
        if (!counter.length) counter = unnamedDelegation(s.words, withAt + 1, after);
        // "بحث X مع الوزيرين الفرنسي والألماني": the two of those countries the encounters told
        if (!counter.length && !counterOverride && definiteDual(s.words[withAt + 1])) {
          const two = dualOfTwoCountries(s.words, withAt + 1, events);
          if (two.length) { counterOverride = two; cameTogether = true; }
        }
        // (subjects joined by و all had it: "عقد المنفي ونائبه الكوني اجتماعا مع X")
        subject = side(after.filter((m) => m.w0 < withAt), s.words);
        // ("عقب مباحثات أجرتها وX مع Y": the relative verb's own subject — the main clause's,
        // named before — and X joined to it by و)
        const lead = subject[0];
        const relative = lead && lead.w0 > t.w0 ? s.words[lead.w0 - 1] : undefined;
        if (relative && s.words[lead.w0].conj === "و" && triggerLexicon().verbs.get(relative.norm)?.some((v) => v.afterNoun)) {
          const own = subjectsBetween(s, people, 0, t.w0, entityOf)[0];
          if (own && !subject.includes(own)) subject = [own, ...subject];
        }
        if (!subject.length) subject = side(inner, s.words);
        // "أجرى وفد من وزارة الدفاع الروسية برئاسة X مباحثات مع Z": the head of the body's
        // delegation is the principal, not the body
        const subjectHead = subject.length && subject[subject.length - 1].type === "org" ? headOfDelegation(s.words, subject[subject.length - 1], [...inner, ...after]) : null;
        if (subjectHead) subject = [subjectHead];
        // "عقد X، رفقة Y، جلسة محادثات مع Z": one who came with the subject met Z too
        if (subject.length) subject = [...subject, ...inner.filter((m) => !subject.includes(m) && m.type !== "org" && accompanies(s.words, m.w0))];
        // (a past verb in the feminine has no man for its subject: "التقت القائد العام …، حيث
        // اجتمعت بـ X" — she, carried in, not the man she met before)
        // "بعد اجتماعه مع X، يستقبل Y ...": the possessor is the subject of the main clause that follows
        const possessed = t.pronoun || /(ه|ها|هما)$/.test(s.words[t.w1 - 1].norm);
        // "يلتقي A وB … بعد مباحثاته مع C": one man's talks are not those of the pair just met — the
        // possessor is the sentence's subject, who met them
        const earlierHere = events.filter((e) => e.sentence === s.index && !e.rules.includes("multilateral")).pop();
        if (!subject.length && possessed && /ه$/.test(s.words[t.w1 - 1].norm) && earlierHere && earlierHere.subject.length === 1 && earlierHere.counterpart.length > 1 &&
          before.length && earlierHere.counterpart.includes(entityOf(before[before.length - 1])!)) {
          const own = people.find((m) => entityOf(m) === earlierHere.subject[0]);
          if (own) subject = [own];
        }
        // "A وB أجريا اتصالا مشتركا مع C": a dual verb's subject is the pair before it
        if (!subject.length && dualVerb(s.words[t.w0]) && before.length >= 2) {
          let k = before.length - 1;
          while (k > 0 && coordinated(s.words, before[k - 1], before[k])) k--;
          // (or the pair the sentence brought somewhere: "وصل A وB … إلى طرابلس، حيث عقدا اجتماعا مع C")
          const whereThey = t.w0 > 0 && glue().where.has(s.words[t.w0 - 1].norm);
          if (k < before.length - 1 && (t.w0 - reachOf(before[before.length - 1]) <= 1 || whereThey)) subject = before.slice(k);
        }
        if (!subject.length) subject = subjectBefore(pastFeminine(s.words[t.w0]) ? before.filter((m) => !isMale(entityOf(m)!)) : before, s.words);
        // "زار A وB الرباط، حيث أجرى كل منهما مباحثات مع X": each of those joined before had them
        if (subject.length === 1 && before.includes(subject[0]) && eachOfThem(s.words, Math.max(0, t.w0 - 2), withAt)) {
          // (the people may stand in the clause before: "قام بها … كل من A، وB، حيث أجرى كل منهما")
          const group = groupEndingAt(s.words, people.filter((m) => m.w1 <= reachOf(subject[0]) && m.type !== "org"), reachOf(subject[0]));
          if (group.length >= 2) subject = group;
        }
        if (!subject.length && possessed && ti + 1 < triggers.length) {
          const next = triggers[ti + 1];
          const main = people.find((m) => m.w0 >= next.w1 && m.w0 <= next.w1 + 3);
          if (main) subject = [main];
        }
        // "خلال لقائه مع X، أكد Y ...": with no other encounter after it, the subject of the
        // clause after the comma ("خلال اتصال هاتفي أجراه مع X، أكد Y")
        // (so in a frame the sentence opens with: "وفي اتصال هاتفي مع نظيره X، بحث Y ...")
        const framing = t.rule.startsWith("noun:") && t.w0 <= 2 && s.words.slice(0, t.w0).some((w) => glue().framing.has(w.norm));
        if (!subject.length && (possessed || framing) && counter.length) subject = mainClauseSubject(s.words, people, counter[counter.length - 1].w1, hi);
      } else if (t.frame === "object" && glue().during.has(s.words[t.w1]?.norm ?? "")) {
        // "أجرى X جولة ..., التقى خلالها A وB": X met A and B (in as many meetings), not A met B
        subject = subjectBefore(before, s.words);
        counter = side(after, s.words);
      } else if (t.firstPerson) {
        // "التقيت ...": the speaker, named before the quote, is the subject
        subject = subjectBefore(before, s.words);
        counter = side(after, s.words);
      } else if ((t.frame === "object" && t.rule.includes("reception") || (t.rule.startsWith("light") && t.frame === "object")) && afterAll.some((m) => m !== afterAll[0] && startsWithLam(s.words[m.w0]))) {
        // "استقبال X ... لـ Y": the guest is marked by ل, everyone before it is on the host side
        const guest = afterAll.findIndex((m, k) => k > 0 && startsWithLam(s.words[m.w0]));
        counter = [afterAll[guest]];
        subject = side(afterAll.slice(0, guest), s.words, true);
      } else if (t.rule === "noun:meeting:object") {
        // "اختتم جولته بلقاء X": X right after the noun; the subject is someone already named:
        // in a sentence that already told of an encounter, its subject ("التقت A X، قبل أن
        // تتوجه إلى بنغازي للقاء Y": A, not X)
        // (a time or a place may stand between: "خلال لقائه أمس في طرابلس وزيرة الخارجية ...")
        counter = after.length && (after[0].w0 <= t.w1 + 1 || onlyCircumstance(s, t.w1, after[0].w0)) ? side(after, s.words) : [];
        const earlier = events.filter((e) => e.sentence === s.index).pop();
        subject = earlier ? [] : subjectBefore(before, s.words);
        if (earlier) subjectOverride = earlier.subject;
        // "خلال لقائه بـ X، أكد Y": with no one before, the possessor is the main clause's subject
        if (!earlier && !subject.length && t.pronoun && counter.length) subject = mainClauseSubject(s.words, people, counter[counter.length - 1].w1, hi);
      } else if (t.frame === "object" && before.length && t.w0 - before[before.length - 1].w1 <= 1 && after.length) {
        // "السراج يستقبل ..." / "أن السراج، استقبل ...": the subject stands right before the verb
        subject = subjectBefore(before, s.words);
        counter = side(after, s.words);
      } else if ((t.frame === "with" || t.frame === "object") && withAt < 0 && after.length >= 2 && (after[0].w0 <= t.w1 + 1 || inTheMeeting(s.words, t, after[0].w0)) && !accompanying(s.words, after[0]) && !markedByBa(s.words, after[0]) && side(after, s.words).length >= 2 && !t.rule.startsWith("noun") &&
        // (a weak verb joins people in a meeting only where one is named: "شارك فيه A وB" after a
        // concert names performers, "شارك A وB في الاجتماع" two who met)
        !(t.weak && !s.words.slice(Math.max(0, t.w0 - 5), hi).some((w) => hasForm(w, meetingNouns()))) &&
        // (not a verb that goes on with و from a subject named before it: "فابيوس الذي زار إيران،
        // والتقى الرئيس X، ونظيره Y" — X and Y are whom he met)
        !goesOnFromRelative(s.words, t, before) &&
        // (nor a dual title in the accusative: "التقى وزيري الدفاع والأمن": the two he met)
        !(after[0].source.startsWith("dual-title") && accusativeDual(s.words, after[0].w0)) &&
        // (nor a man first after a feminine verb, which agrees with its first subject: "التقت A وB")
        !(feminineVerb(s.words[t.w0]) && isMale(entityOf(after[0])!))) {
        // "بحث المنفي ورئيسة الوزراء الإيطالية ..."، "ناقش الوزير ونظيره ...": a
        // coordinated subject of a verb of talking are the two sides
        const both = side(after, s.words);
        // "استقبل X ونائبه Y، اليوم، بمقر المجلس، Z": the pair received a third named further on
        const third = t.frame === "object" ? after[both.length] : undefined;
        if (third && objectGap(s.words, reachOf(both[both.length - 1]), third.w0) <= MAX_OBJECT_GAP) {
          subject = both;
          counter = side(after.slice(both.length), s.words);
        } else {
          subject = [both[0]];
          counter = both.slice(1);
          // (not after a verb that takes an object: "واستقبل A وB وC" names those received by a
          // subject the text leaves out, who did not meet each other)
          jointSubject = both.length >= 3 && t.frame === "with";
        }
      } else if (t.frame === "object" && after.length && thingObject(s, t.w1, after[0].w0)) {
        // "استقبلت الطوارئ المريض ..."، "استقبل المصابين ...": the verb took a thing or an
        // unnamed group; the person named further on is not its object
      } else if (t.frame === "object" && after.length && feminineVerb(s.words[t.w0]) && isMale(entityOf(after[0])!)) {
        // "التقت ... رئيس المجلس الرئاسي": a feminine verb's subject is not the man after it
        counter = side(after, s.words);
        subject = before.filter((m) => !isMale(entityOf(m)!)).slice(-1);
      } else if (t.frame === "object") {
        // "والتقى بالرئيس X ووزير Y"، "استقبل في برنامجه ... A وB": a person behind ب, or two
        // joined by و, are all the verb's objects; its subject stands before it (or is carried)
        // (not after a meeting noun — "لقاء عقده A وB": those who held it — nor a dual title's pair)
        const heldBy = t.w0 > 0 && hasForm(s.words[t.w0 - 1], meetingNouns());
        const pairObject = after.length === 1 ? dualObject(s.words, after[0], events) : [];
        const objectsOnly = after.length >= 2 && (markedByBa(s.words, after[0]) || goesOnFromRelative(s.words, t, before) ||
          (!heldBy && !after[0].source.startsWith("dual-title") && coordinated(s.words, after[0], after[1])) ||
          (after[0].source.startsWith("dual-title") && accusativeDual(s.words, after[0].w0)));
        if (objectsOnly) {
          if (wordsBetween(s.words, t.w1, after[0].w0) <= MAX_OBJECT_GAP) {
            counter = side(after, s.words);
            subject = subjectBefore(before, s.words);
          }
        } else if (after.length >= 2 && objectGap(s.words, t.w1, after[0].w0) <= (t.rule.startsWith("noun:") ? MAX_OBJECT_GAP : MAX_SUBJECT_GAP)) {
          // (a noun's subject is its genitive, right after it — a verb's may stand far on:
          // "باستقبال طلبات … للمشاركة في المؤتمر … برعاية A وB" names no host)
          // (not past another clause: "استقبلت لجنة … المرشحين، حيث … وسط متابعة A، وحضور B"; a
          // long title may stand before the subject's name: "استقبل معالي المستشار … المشرف العام على … الدكتور X")
          // (one who came with the subject is on his side: "استقبل X، رفقة Y، اليوم، بمقر …، Z")
          // (برفقة، يرافقه: whom the reading of those present left out; رفقة: still among the others)
          // (when only companions follow, the first of them is the one received after all)
          const companions = afterAll.filter((m) => m.w0 > after[0].w0 && m.type !== "org" && accompanies(s.words, m.w0) && !markedByBa(s.words, m));
          const guests = after.slice(1).filter((m) => !companions.includes(m));
          const rest = guests.length ? [after[0], ...guests] : after;
          // (those after the guest came with the guest: companionsOf, below)
          subject = guests.length ? [after[0], ...companions.filter((m) => m.w0 < guests[0].w0)] : [after[0]];
          // (from the subject's last mention: "القائد العام ... المشير خليفة حفتر، اليوم، بمقر ...، X")
          const subjectEnd = Math.max(...people.filter((m) => m.w0 >= t.w1 && m.w1 <= rest[1].w0).map((m) => m.w1), after[0].w1);
          // (one behind ل is no object of the verb: "والتقى X، في زيارة هي الأولى لرئيس حكومة أوروبية")
          if (objectGap(s.words, subjectEnd, rest[1].w0) <= MAX_OBJECT_GAP && !titleBehindLam(s.words[rest[1].w0])) counter = side(rest.slice(1), s.words);
          // "استقبل X، اليوم بمقر …، وفدا تركيا رفيع المستوى ضم A، وB": the members of the
          // delegation received, however far on
          if (!counter.length) {
            for (let k = subjectEnd; k < rest[1].w0; k++) {
              if (!glue().delegation.has(s.words[k].norm)) continue;
              counter = unnamedDelegation(s.words, k, after);
              break;
            }
          }
          // "وفدا من الاتحاد الأوروبي برئاسة المفوضة X": the head of the delegation is the principal
          const headed = counter.length ? headOfDelegation(s.words, counter[counter.length - 1], after) : null;
          if (headed) counter = [headed];
          // the second is far on, in another clause ("حيث التقى X، وذلك بعد شهر على توليه … في
          // حكومة Y"): X is the object, and the subject the one named before the verb
          if (!counter.length && before.length && wordsBetween(s.words, t.w1, after[0].w0) <= MAX_OBJECT_GAP) {
            counter = [after[0]];
            subject = subjectBefore(before, s.words);
          }
        } else if (pairObject.length === 2) {
          // "ثم استقبل الرئيس X الوزيرين": the two who met someone together just before
          subject = [after[0]];
          counterOverride = pairObject;
          cameTogether = true;
        } else if (after.length === 1 && receivesGroup(s.words, after[0], hi)) {
          // "استقبل رئيس الهيئة اليوم وفدا من الإعلاميين": the one person is the subject, and
          // whom he received is no one named — unless it is "the delegation" the article told of,
          // with its head named ("وفد عسكري إيطالي برئاسة X … واستقبل المشير الوفد الإيطالي")
          subject = [after[0]];
          if (lastDelegationHead && receivesGroup(s.words, after[0], hi, true)) counterOverride = [lastDelegationHead];
        } else if (after.length === 1 && subjectBeforeBaObject(s, t, after[0])) {
          // "والتقى المهندس X بزوار الحديقة"، "التقى الوزير بعدد من ...": the one named right after
          // the verb is its subject, and whom he met (after ب) is no one named
        } else if (after.length === 1 && wordsBetween(s.words, t.w1, after[0].w0) <= MAX_OBJECT_GAP) {
          // (far after the verb, the person is not its object: "استقبل الحارس قرار الحكم ... X")
          counter = [after[0]];
          subject = subjectBefore(before, s.words);
        }
      }
      // "وكان تاونسند ونورلاند، الذي شغل …، قد التقيا X": a dual verb's subject is the pair joined by و
      // before it, the object after it met both
      if (counter.length && subject.length === 1 && t.rule.startsWith("verb:") && dualVerb(s.words[t.w0])) {
        const pair = lastJoinedPair(s.words, people, lo, t.w0);
        if (pair.length === 2 && !pair.some((m) => counter.includes(m))) subject = pair;
        // ("عقد A وB جلسة مع X، ثم اجتمعا بـY": the two of the clause before, who went on together)
        else {
          const told = events.filter((e) => e.sentence === s.index).pop();
          if (told && told.subject.length === 2 && !counter.some((m) => told.subject.includes(entityOf(m)!))) subjectOverride = told.subject;
        }
      }
      // "زيارة قامت بها A، برفقة B وC، إلى تونس، حيث التقوا D": a plural verb's subject is all
      // those named before it (not one merely present), not the last of them
      if (counter.length && subject.length === 1 && t.rule.startsWith("verb:") && pluralVerb(s.words[t.w0]) && before.includes(subject[0])) {
        // (those who came with the first are of them: "برفقة B وC")
        const all = uniqueEntities(people.filter((m) => m.w0 >= lo && m.w1 <= t.w0 && m.type !== "org" && (!presentOnly(s.words, m.w0) || accompanies(s.words, m.w0)) && !counter.includes(m)), entityOf);
        if (all.length >= 2) subject = all;
      }
      // "كان A وB وC قد اجتمعوا في تونس": a plural verb after people joined by و — they all met
      if (!counter.length && t.rule.startsWith("verb:") && pluralVerb(s.words[t.w0])) {
        const end = s.words[t.w0 - 1]?.norm === "قد" ? t.w0 - 1 : t.w0;
        const group = groupEndingAt(s.words, people.filter((m) => m.w0 >= lo && m.w1 <= end && m.type !== "org"), end);
        if (group.length >= 2) { subject = [group[0]]; counter = group.slice(1); subjectOverride = undefined; }
      }
      // "المنفي وميلوني يبحثان ملف الهجرة": a dual verb after two people joined by و — they met
      // (one of the two named again after the verb is no third party: "… التقيا في X، في أول
      // لقاء بينهما منذ تولي الوزيرة منصبها")
      // (so does a dual light verb with its noun: "وكان A وB قد عقدا اجتماعا في ميلانو")
      const dualHere = (t.rule.startsWith("verb:") || (t.rule.startsWith("light") && !inner.length)) && dualVerb(s.words[t.w0]);
      const pairBefore = dualHere ? pairRightBefore(s.words, people, lo, t.w0) : [];
      const onlyThePair = pairBefore.length === 2 && counter.every((m) => pairBefore.some((x) => entityOf(x) === entityOf(m)));
      if ((!counter.length || onlyThePair) && dualHere) {
        const two = pairBefore;
        if (two.length === 2) { subject = [two[0]]; counter = [two[1]]; subjectOverride = undefined; }
        // "رفض A وB الاتفاق، …، وكانا قد التقيا في فاليتا": told of them again, with nobody after
        // the verb, the pair the sentence joined met each other
        else if (!after.length && dualAux(s.words, lo, t.w0)) {
          const pair = lastJoinedPair(s.words, people, 0, t.w0);
          if (pair.length === 2) { subject = [pair[0]]; counter = [pair[1]]; subjectOverride = undefined; }
        }
      }
      // light verbs hold their subject between verb and noun ("أقام X مأدبة عشاء على شرف Y");
      // two held it together when no one else is named ("عقد X وY مؤتمرا صحفيا مشتركا")
      if (t.rule.startsWith("light") && !subject.length && inner.length) {
        const held = side(inner, s.words);
        if (!counter.length && held.length >= 2) { subject = [held[0]]; counter = held.slice(1); jointSubject = held.length >= 3; }
        else subject = held;
      }
      // two people named by one dual title ("وزيرا خارجية مصر X ومالطا Y") met each other; after
      // a light verb they stand between verb and noun ("عقد وزيرا الداخلية الليبي X والإيطالي Y اجتماعا")
      if (!counter.length && subject.length <= 1) {
        // (a plural title names three or more: "وزراء داخلية ليبيا X وإيطاليا Y ومالطا Z" — all met)
        const pair = (inner.some((m) => m.source.startsWith("dual-title+name")) ? inner : after).filter((m) => m.source.startsWith("dual-title+name"));
        if (pair.length >= 2) { subject = [pair[0]]; counter = pair.slice(1); }
      }
      if (sides) { subject = [sides[0]]; counter = [sides[1]]; subjectOverride = undefined; }
      // "فالرجل الذي غادر موسكو … دون أن يوقع ما وقعه خصمه X، استقبل Y": "the man" is the one the
      // sentence before was about; those named in his relative clause are not the subject
      const theMan = manWhoAt(s.words, t.w0);
      if (theMan >= 0 && previousTopic && !subjectOverride && subject.every((m) => m.w0 > theMan) && !counter.some((m) => entityOf(m) === previousTopic)) {
        subject = [];
        subjectOverride = [previousTopic];
      }
      // ("وكان X قد استقبل كلا منهما على حدة": the two the article just told of, one by one)
      if (!counter.length && !counterOverride && t.frame === "object" && eachOfTwo(s.words, t.w1)) {
        const two = theTwo(events);
        if (two.length === 2) { counterOverride = two; subject = subjectBefore(before, s.words); }
      }
      if (!counter.length && !counterOverride) continue;
      // "عقدت X مؤتمرا عبر الفيديو مع Y، بمشاركة Z": Z took part on X's side (not one merely present)
      if (subject.length && counter.length && !subjectOverride) {
        const joins = afterAll.filter((m) => m.w0 > counter[counter.length - 1].w0 && m.type === "person" && takesPart(s.words, m));
        // (with all of a joint subject, who all met each other: "عقد A وB وC اجتماعا …، بدعوة من X وبحضوره")
        if (joins.length && jointSubject) counter = [...counter, ...joins];
        else if (joins.length) subject = [...subject, ...joins];
      }
      // "استقبل X المفوض Y، يرافقه وزير الداخلية الإيطالي Z، ووزير الهجرة اليوناني W": those who came
      // with the one he received met him too (whoever is only present — بحضور — did not)
      // (they came on his side: they did not meet each other)
      const company = counter.length && !counterOverride ? companionsOf(s, afterAll, counter[counter.length - 1]) : [];
      counter = [...counter, ...company];
      let subjectEntities = subjectOverride ?? subject.map(entityOf).filter((e): e is DocEntity => !!e);
      // "وكان الوفد الأوروبي قد عقد … اجتماعا مع X": the delegation's members the article listed
      // (with no members listed, the guests of the last reception: "استقبل X الوزيرين A وB … وعقد
      // الوفد الأوروبي بعد ذلك اجتماعا مع Y"; between a light verb and its noun too)
      const delegationSubject = !subjectEntities.length && s.words.slice(Math.max(lo, t.w0 - 5), t.rule.startsWith("light") ? t.w1 : t.w0).some((w) => glue().known_delegation.has(w.norm));
      if (delegationSubject) subjectEntities = lastDelegationMembers.length ? lastDelegationMembers : guestsOfLast(events);
      // "وكان الوزيران الإيطاليان قد التقيا X": the two of that country the article's last encounters had
      // (or between a light verb and its noun: "أجرى الوزيران اتصالا مرئيا مع X")
      let grouped = false;
      if (!subjectEntities.length) { subjectEntities = dualAnaphor(s.words, Math.max(lo, t.w0 - 12), t.rule.startsWith("light") ? t.w1 : t.w0, events, people); grouped = subjectEntities.length > 0; }
      // "ج: تحدثت هاتفيا مع X": the first person of an interview's answer is the one interviewed —
      // the person the headline names first
      // ("المشري للجزيرة نت: التقيت عقيلة صالح": a headline's speaker before its colon)
      if (!subjectEntities.length && t.firstPerson) {
        const speaker = speakerBeforeColon(s, t.w0);
        if (speaker && entityOf(speaker)) subjectEntities = [entityOf(speaker)!];
      }
      if (!subjectEntities.length && t.firstPerson && answerLine(s, asked)) {
        const interviewed = sentences[0]?.people.find((m) => m.type === "person" && entityOf(m));
        if (interviewed) subjectEntities = [entityOf(interviewed)!];
      }
      // "انتقل الوفد الأمريكي إلى بنغازي، حيث التقى X": a delegation of one country, said so, is the
      // people of that country the article's encounters had
      if (!subjectEntities.length) subjectEntities = nationalDelegation(s.words, lo, t.w0, events);
      if (!subjectEntities.length) {
        // "كما تستقبل مصر نائب رئيس وزراء المجر": a country or city right after the verb is its
        // subject, and no person of an earlier sentence is
        // (so is a name in quotes there, a newspaper's or a body's: "والتقت «الشرق الأوسط» …")
        if (!lastSubject.length || s.places.some((p) => p.w0 === t.w1 && !p.locative) || isPunct(s.words[t.w1], "«\"“")) continue;
        // (nor a man for "her" meeting: "أعضاء اللجنة، خلال اجتماعها مع X" — the committee's)
        if (t.rule.startsWith("noun") && /[^م]ها$/.test(s.words[t.w0].norm) && lastSubject.every(isMale)) continue;
        subjectEntities = lastSubject;
        carried = true;
      }
      const counterEntities = (counterOverride ?? counter.map(entityOf)).filter((e): e is DocEntity => !!e && !subjectEntities.includes(e));
      if (!counterEntities.length) continue;
      // several counterparts from different countries are principals of their own: a
      // multilateral meeting where everyone met everyone (ministers of one government
      // received together stay one side)
      const countries = new Set(counterEntities.map((e) => e.country).filter(Boolean));
      // (not on a tour: "التقى خلالها A وB" are as many meetings)
      // (nor "التقى كلا من A وB": each of them)
      const eachOf = counter.length > 0 && s.words.slice(Math.max(0, counter[0].w0 - 3), counter[0].w0).some((w, k, a) => (w.norm === "كلا" || w.norm === "كل") && a[k + 1]?.norm === "من");
      // (nor "أجرى اتصالين هاتفيين بـ A وB": two encounters, one each)
      // (nor "محادثات ثنائية مع A وB": two-sided talks, one with each)
      const several = s.words.slice(t.w0, t.w1).some((w) => hasForm(w, glue().several_encounters)) || (t.rule.startsWith("noun") || t.rule.startsWith("light")) && hasForm(s.words[t.w1], glue().apart);
      // (nor the two a dual title names, received together: "استقبل X سفيري إيطاليا واليونان")
      const oneDualTitle = counter.length === 2 && counter.every((m) => m.source.startsWith("dual-title"));
      // ("عقد X اجتماعا ثلاثيا مع A وB": a meeting of three or four sides, where all met all, of one country or not)
      // (or told of the meeting further on in the clause: "استقبل X A، وB، في لقاء ثلاثي تمخض عنه …")
      const ofSides = s.words.slice(t.w0, Math.min(hi, t.w1 + 2)).some((w) => hasForm(w, glue().multi_sided)) ||
        s.words.slice(t.w1, Math.min(s.words.length, hi + 2)).some((w, k, a) => k > 0 && hasForm(w, glue().multi_sided) && hasForm(a[k - 1], meetingNouns()));
      const multilateral = counterEntities.length - company.length > 1 && (countries.size === counterEntities.length || ofSides) && !oneDualTitle && !cameTogether && !glue().during.has(s.words[t.w1]?.norm ?? "") && !eachOf && !several;
      lastSubject = subjectEntities;
      // a delegation's head met here is who "the delegation" means later in the article
      const head = counterOverride ? undefined : counter.find((m) => s.words.slice(Math.max(0, m.w0 - 2), m.w0).some((w) => glue().headed_by.has(w.norm)));
      if (head) lastDelegationHead = entityOf(head) ?? null;

      const status = statusAround(s.words, t);
      // "بحث هاتفيا مع ..."، "في اتصال مرئي": the encounter was a call
      // (or a phrase in front frames it: "وفي اتصال هاتفي جمعهما، ناقش A وB ...")
      const type = t.frame === "visit" ? "meeting" : t.type === "meeting" && (s.words.slice(Math.max(lo, t.w0 - 3), Math.min(hi, t.w1 + 8)).some((w) => hasForm(w, callMarkers())) || framedAsCall(s.words, t.w0)) ? "call" : t.type;
      const roleOfSubject = t.role === "subject_host" ? "host" : t.role === "object_host" ? "guest" : undefined;
      // ("تم، أمس الخميس، بقصر الرئاسة، بحث …، وذلك خلال اجتماع عقده A مع B": the clauses
      // before were about this encounter when no encounter came of them — their day and place)
      const alone = ti > 0 && !events.some((e) => e.sentence === s.index) && s.words[lo - 1] !== undefined && s.words.slice(lo, t.w0).some((w) => hasForm(w, glue().that_was));
      // ("وأمس الأربعاء، جمع لقاء A بـB": a verb right before the noun that told nothing of its own
      // opens the clause — its day and place are the noun's)
      const joined = ti > 0 && triggers[ti - 1].w1 === t.w0 && !events.some((e) => e.sentence === s.index);
      const wideFrom = alone ? 0 : joined ? (ti > 1 ? triggers[ti - 2].w1 : 0) : -1;
      const date = sameDay(s, lo, hi, dayBefore) ?? pickDate(s, t, lo, hi) ?? (wideFrom >= 0 ? pickDate(s, t, wideFrom, hi) : null);
      const own = pickPlace(s, t, lo, hi);
      const wide = wideFrom >= 0 ? pickPlace(s, t, wideFrom, hi) : null;
      const location = own && own.kind !== "country" ? own : wide && wide.kind !== "country" ? wide : own ?? wide;
      events.push({
        type,
        status,
        subject: subjectEntities,
        counterpart: counterEntities,
        roleOfSubject,
        sentence: s.index,
        clause: [lo, hi],
        trigger: t,
        date,
        location,
        evidence: [s.span],
        rules: [t.rule, ...(carried ? ["subject:carried"] : []), ...(grouped ? ["subject:group"] : []), ...(t.weak ? ["weak"] : [])],
        confidence: (carried ? 0.7 : 0.9) * (t.weak ? 0.7 : 1) * (t.rule.startsWith("noun") ? 0.9 : 1),
      });
      // everyone of a side met everyone else of it too: one event per pair, like the one just pushed
      const eachPairOf = (side: DocEntity[]) => {
        const reported = events[events.length - 1];
        for (let a = 0; a < side.length; a++) for (let b = a + 1; b < side.length; b++) {
          events.push({ ...reported, subject: [side[a]], counterpart: [side[b]], roleOfSubject: undefined, rules: [t.rule, "multilateral"] });
        }
      };
      if (multilateral || (jointSubject && !several && !eachOf)) eachPairOf(counterEntities);
      // "عقد A، وB اجتماعا ثلاثيا مع C": a meeting of as many sides as the noun says — subjects of
      // different countries met each other too
      // (or the gathering they took part in with him: "شاركا مع C في الاجتماع التشاوري الثلاثي")
      const sided = s.words.slice(t.w0, Math.min(s.words.length, t.w1 + 2, hi)).some((w) => hasForm(w, glue().multi_sided)) ||
        (t.frame === "with" && t.weak === true && s.words.slice(t.w1, Math.min(hi, t.w1 + 14)).some((w) => hasForm(w, glue().multi_sided)));
      if (sided && subjectEntities.length > 1 && new Set(subjectEntities.map((e) => e.country ?? e.id)).size === subjectEntities.length) eachPairOf(subjectEntities);
    }
    // a trigger that gave no encounter ("جرى بحث ...") does not cut its neighbour's clause:
    // the clauses of this sentence's events run between the triggers that did
    const mine = events.filter((e) => e.sentence === s.index);
    const used = [...new Set(mine.map((e) => e.trigger))].sort((a, b) => a.w0 - b.w0);
    for (const e of mine) {
      const k = used.indexOf(e.trigger);
      e.clause = [k > 0 ? used[k - 1].w1 : 0, k + 1 < used.length ? used[k + 1].w0 : s.words.length];
    }
    // the subject of a sentence with people but no trigger can still carry into the next
    // ("وصل X إلى طرابلس. والتقى ..."): remember the first named person
    if (!triggers.length) {
      const first = s.people.find((m) => m.type === "person" && entityOf(m));
      if (first && first.w0 < 4) lastSubject = [entityOf(first)!];
    }
  }
  // credentials handed over: an envoy and the official he gave them to met (a sentence with no
  // encounter of its own)
  for (const s of sentences) if (!s.skip && !events.some((e) => e.sentence === s.index)) events.push(...credentialsHanded(s, entityOf));
  return events;
}

/**
 * "سلّم السفير X الوزير Y نسخة من أوراق اعتماده"، "تسلم الرئيس Y أوراق اعتماد سفير X": handing over
 * credentials (أوراق + اعتماد, events.yaml credentials) is an encounter of the two people named
 * around the verb of handing or receiving — the sentence's first two, not those only present.
 */
function credentialsHanded(s: SentenceView, entityOf: (m: PersonMention) => DocEntity | undefined): RawEvent[] {
  const L = credentialsLexicon();
  const at = s.words.findIndex((w, k) => hasForm(w, L.papers) && hasForm(s.words[k + 1], L.accreditation));
  if (at < 0) return [];
  const from = Math.max(0, at - 10);
  const verb = s.words.slice(from, at).findIndex((w) => hasForm(w, L.verbs));
  if (verb < 0) return [];
  const w0 = from + verb;
  const people = uniqueEntities(s.people.filter((m) => (m.type === "person" || m.type === "title") && !m.group && entityOf(m) && !presentOnly(s.words, m.w0) && !accompanies(s.words, m.w0)), entityOf);
  const two = people.slice(0, 2).map((m) => entityOf(m)!);
  if (two.length !== 2 || two[0] === two[1]) return [];
  const t: Trigger = { w0, w1: w0 + 1, type: "meeting", frame: "object", rule: "credentials:handed" };
  return [{ type: "meeting", status: statusAround(s.words, t), subject: [two[0]], counterpart: [two[1]], sentence: s.index, clause: [0, s.words.length],
    trigger: t, date: pickDate(s, t, 0, s.words.length), location: pickPlace(s, t, 0, s.words.length), evidence: [s.span], rules: ["credentials:handed"], confidence: 0.7 }];
}
let credentials: { papers: Set<string>; accreditation: Set<string>; verbs: Set<string> } | undefined;
const credentialsLexicon = () => (credentials ??= (() => {
  const c = readLexicon<{ credentials: { papers: string[]; accreditation: string[]; verbs: string[] } }>("events.yaml").credentials;
  return { papers: normSet(c.papers), accreditation: normSet(c.accreditation), verbs: normSet(c.verbs) };
})());

function orgInSlot(words: Word[], m: PersonMention, t: Trigger): boolean {
  if (m.w0 === t.w1 || m.w0 === t.w0 + 1) return true;
  if (t.rule.startsWith("light") && m.w0 > t.w0 && m.w1 <= t.w1) return true; // "عقد المجلس الرئاسي اجتماعا"
  const prev = words[m.w0 - 1];
  // "مع وفد من الاتحاد الأوروبي": a delegation of a body
  if (prev?.norm === "من" && glue().delegation.has(words[m.w0 - 2]?.norm ?? "")) return true;
  if (prev && (prev.norm === "مع" || (prev.norm === "من" && t.frame === "from") || (prev.norm === "بين" && t.frame === "between"))) return true;
  // ("مع بعثة صندوق النقد الدولي": a body's mission — its delegation, "مع وفد البرلمان الأوروبي",
  // is read as the delegation it is)
  if (prev && glue().with_fillers.has(prev.norm) && !glue().delegation.has(prev.norm) && words[m.w0 - 2]?.norm === "مع") return true;
  const first = words[m.w0];
  return m.w0 > t.w1 && t.frame === "with" && startsWithBa(first) && !first.norm.startsWith("بال");
}

/** past-tense feminine (التقت، استقبلت) or present feminine (تلتقي، تستقبل) verb forms */
function feminineVerb(w: Word): boolean {
  const f = w.forms[w.forms.length - 1];
  if (f.length < 4 || f.endsWith("ات")) return false;
  if (f.endsWith("ت")) return true;
  // (a ت that is the present's — تلتقي، تستقبل — not the stem's own: ترأس، تباحث، تناول are past
  // and masculine; a word the lexicon does not know is read as the present)
  return /^ت(?!م$)/.test(f) && (presentTa(f) || !triggerLexicon().verbs.has(f));
}
/** A past verb of the third person feminine: "اجتمعت"، "التقت" (not "تلقى"، "تباحث": ت of the stem). */
function pastFeminine(w: Word): boolean {
  const f = w.forms[w.forms.length - 1];
  return f.length >= 4 && f.endsWith("ت") && !f.endsWith("ات");
}
function isMale(e: DocEntity): boolean {
  if (e.gender) return e.gender === "m";
  return e.titles.some((t) => /^(ال)?(رئيس|وزير|سفير|مبعوث|قائد|مدير|نائب|الملك|الأمير|المشير|الفريق)(\s|$)/.test(t));
}

/** A definite meeting noun standing as a verb's subject: "اللقاء"، "الاجتماع"، "المباحثات" (no pronoun: "لقاؤه" may be a clause of its own). */
function encounterSubject(w: Word | undefined): boolean {
  return !!w && w.token.kind === "word" && !w.conj && w.norm.startsWith("ال") && meetingNouns().has(w.norm);
}

/** "وشارك في الاجتماع A، وB": a weak verb's subjects after the meeting it names (في + a meeting noun, or فيه). */
function inTheMeeting(words: Word[], t: Trigger, at: number): boolean {
  if (!t.weak) return false;
  const gap = words.slice(t.w1, at);
  return (gap.length === 2 && gap[0].norm === "في" && hasForm(gap[1], meetingNouns())) || (gap.length === 1 && /^في(ه|ها)$/.test(gap[0].norm));
}

/**
 * "الوفد الأمريكي" in the clause before the trigger: the participants of that country in the
 * encounters told so far (none when the article has none of it).
 */
function nationalDelegation(words: Word[], lo: number, at: number, events: RawEvent[]): DocEntity[] {
  const k = words.findIndex((w, j) => j >= lo && j + 1 < at && glue().known_delegation.has(w.norm) && countryLexicon().adjectives.has(words[j + 1].norm));
  if (k < 0) return [];
  const code = countryLexicon().adjectives.get(words[k + 1].norm);
  const out: DocEntity[] = [];
  for (const e of events) for (const p of [...e.subject, ...e.counterpart]) if (p.country === code && p.type === "person" && !out.includes(p)) out.push(p);
  return out;
}

/** "يرافقه X"، "برفقة X"، "بحضور X": people with someone, not the one who acts */
const accompanying = (words: Word[], m: PersonMention): boolean => presentOnly(words, m.w0);

/** Word k lies inside one of the sentence's dates or places. */
function inDateOrPlace(s: SentenceView, k: number): boolean {
  const at = s.words[k]?.token.start ?? -1;
  return s.dates.some((d) => d.span.start <= at && at < d.span.end) || s.places.some((p) => p.w0 <= k && k < p.w1);
}

/** Words [from, to) say only when and where: times, dates, places and the في/ب before a place. */
function onlyCircumstance(s: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = s.words[k];
    if (isPunct(w, "،,") || timeFillers().has(w.norm) || inDateOrPlace(s, k)) continue;
    // (a style of address, with its ب or not: "جمع سعادة الدكتور X، اليوم، بسعادة السيد Y")
    if (mentionLexicon().honorifics.has(w.norm) || baOnHonorific(w)) continue;
    if ((w.norm === "في" || w.norm === "ب") && s.places.some((p) => p.w0 <= k + 1 && k + 1 < p.w1)) continue;
    // ("يوم 12 يناير")
    if ((w.norm === "يوم" || w.norm === "في") && inDateOrPlace(s, k + 1)) continue;
    // ("بمدينة غدامس"، "في العاصمة طرابلس")
    if (/^(ب|في|ل)?(مدينه|العاصمه|بلده)$/.test(w.norm) && s.places.some((p) => p.w0 === k + 1)) continue;
    // ("في العاصمة الإيطالية": a capital said by its country's adjective)
    const capitalOf = (j: number) => /^(ب|ل)?العاصمه$/.test(s.words[j]?.norm ?? "") && countryLexicon().adjectives.has(s.words[j + 1]?.norm ?? "");
    if (capitalOf(k) || (k > 0 && capitalOf(k - 1)) || (w.norm === "في" && capitalOf(k + 1))) continue;
    return false;
  }
  return true;
}

/** Between a gathering verb and its first member: only a meeting noun, times, places and "كلا من". */
function gatheringGap(s: SentenceView, from: number, to: number): boolean {
  const L = mentionLexicon();
  for (let k = from; k < to; k++) {
    const w = s.words[k];
    if (glue().each_of.has(w.norm) || hasForm(w, meetingNouns())) continue;
    // (the meeting's own adjectives: "جمع لقاء تنسيقي ثلاثي، …")
    if (k > from && !w.conj && !w.norm.startsWith("ال") && /ي$/.test(w.norm) && meetingNounBefore(s.words, from, k)) continue;
    // (the building they met in, with its owner, to the comma: "، بمقر المركز الوطني لمكافحة الأمراض في طرابلس،")
    if (/^ب/.test(w.norm) && w.forms.length > 1 && L.officePlaces.has(w.forms[w.forms.length - 1])) {
      let j = k + 1;
      while (j < to && j - k <= 10 && !isPunct(s.words[j], "،,") && !s.people.some((p) => p.w0 <= j && j < p.w1)) j++;
      if (j < to && isPunct(s.words[j], "،,")) { k = j; continue; }
    }
    // (the meeting said to be another: "جمع لقاء منفصل، صباح اليوم، A وB")
    if (k > from && hasForm(w, glue().apart) && hasForm(s.words[k - 1], meetingNouns())) continue;
    // (the meeting held: "جمع لقاء عقد صباح اليوم في باليرمو A وB")
    if (k > from && hasForm(s.words[k - 1], meetingNouns()) && glue().held.has(w.norm)) continue;
    // (an occasion between commas: "…، على هامش المؤتمر الدولي من أجل ليبيا، A وB")
    const occasion = occasionEnd(s.words, k, from, to);
    if (occasion > 0) { k = occasion; continue; }
    // (a site the text does not know, in a city it does: "في فيلا إيجيا بمدينة باليرمو")
    if (w.norm === "في") {
      let j = k + 1;
      while (j < to && j <= k + 3 && !s.people.some((p) => p.w0 <= j && j < p.w1) && !/^ب/.test(s.words[j].token.prefix)) j++;
      if (j > k + 1 && j < to && /^ب/.test(s.words[j].token.prefix) && (s.places.some((p) => p.w0 === j) || (/^ب(مدينه|العاصمه)$/.test(s.words[j].norm) && s.places.some((p) => p.w0 === j + 1)))) { k = j - 1; continue; }
    }
    // (the plural or dual title whose people are named next: "رؤساء حكومات ليبيا X والجزائر Y")
    if ((hasForm(w, L.pluralHeads) || hasForm(w, L.dualHeads)) && to - k <= 4) return true;
    if (!onlyCircumstance(s, k, k + 1)) return false;
  }
  return true;
}

/**
 * "…، على هامش X، …"، "…، في إطار X، …": an occasion set off by commas, opening at word k —
 * the index of the comma that closes it (before `to`), else -1.
 */
function occasionEnd(words: Word[], k: number, from: number, to: number): number {
  const w = words[k];
  if ((w.norm !== "علي" && w.norm !== "في") || !glue().occasion.has(words[k + 1]?.norm ?? "") || k <= from || !isPunct(words[k - 1], "،,")) return -1;
  let j = k + 2;
  while (j < to && !isPunct(words[j], "،,")) j++;
  return j < to ? j : -1;
}

/** A meeting noun right before word k, past adjectives of it ending in ي ("لقاء تنسيقي ثلاثي"). */
function meetingNounBefore(words: Word[], from: number, k: number): boolean {
  let j = k - 1;
  while (j > from && !words[j].conj && /ي$/.test(words[j].norm) && !hasForm(words[j], meetingNouns())) j--;
  return j >= from && hasForm(words[j], meetingNouns());
}

/** The person right after the verb, then ب + a word no mention covers: subject, and an unnamed object. */
function subjectBeforeBaObject(s: SentenceView, t: Trigger, m: PersonMention): boolean {
  for (let k = t.w1; k < m.w0; k++) if (!timeFillers().has(s.words[k].norm) && !isPunct(s.words[k])) return false;
  const next = s.words[m.w1];
  if (!next || next.token.kind !== "word" || !/^ب/.test(next.token.prefix)) return false;
  // ("التقى X بمقر المجلس": where they met, not whom; "بحضور Y": who was there)
  const L = mentionLexicon();
  const stem = next.forms[next.forms.length - 1];
  if (L.officePlaces.has(stem) || L.facilities.has(stem) || L.presentWords.has(next.norm)) return false;
  return !s.people.some((p) => p.w0 <= m.w1 && m.w1 < p.w1) && !s.places.some((p) => p.w0 <= m.w1 && m.w1 < p.w1);
}

/**
 * The verb's object is a thing or an unnamed group, right after it ("استقبلت المريض"،
 * "استقبل المصابين"): the first word after the verb, past times, dates and places, is a bare
 * or definite noun that no mention covers. A person named further on is not the object then.
 */
function thingObject(s: SentenceView, from: number, to: number): boolean {
  // (a delegation headed by the person: "استقبل الوفد الإيطالي برئاسة الوزير X" met X; or one
  // that counted him: "استقبل الوفد التركي الذي ضم الوزيرين A وB")
  for (let k = from; k < to; k++) if (glue().headed_by.has(s.words[k].norm) || glue().gathers_also.has(s.words[k].norm)) return false;
  for (let k = from; k < to; k++) {
    const w = s.words[k];
    if (w.token.kind === "punct" || timeFillers().has(w.norm) || inDateOrPlace(s, k)) continue;
    // a body or person mentioned there is not a thing ("استقبل المجلس الرئاسي، ممثلا في رئيسه X، ...")
    if (s.people.some((m) => m.w0 <= k && k < m.w1)) return false;
    // an honorific or rank before the person's own mention ("استقبل السيد الرئيس X")
    if (mentionLexicon().rankFirst.has(w.norm) || hasForm(w, mentionLexicon().heads) || mentionLexicon().honorifics.has(w.norm)) return false;
    // (a preposition, a pronoun or another function word: the old reading stands)
    if (w.token.kind !== "word" || w.conj || (w.token.prefix !== "" && w.token.prefix !== "ال") || hasForm(w, mentionLexicon().stop)) return false;
    return w.token.prefix === "ال" && !hasForm(w, mentionLexicon().officePlaces);
  }
  return false;
}

/**
 * Words between subject and object that say neither who nor what: where ("في مكتب سموه بقصر
 * الحكم") and when ("أمس") do not count, so a long place phrase does not cut the object off.
 */
function objectGap(words: Word[], from: number, to: number): number {
  const places = mentionLexicon().officePlaces;
  let n = 0;
  for (let k = from; k < to; k++) {
    const w = words[k];
    // another clause opens: whoever follows belongs to it ("... عندما كان يعمل في مكتب رئيس البلدية")
    // (but "الوفد الذي ضم A وB" counts the ones received)
    if (hasForm(w, glue().clause_openers) && !glue().gathers_also.has(words[k + 1]?.norm ?? "")) return Infinity;
    // (a short aside in brackets is no word of the gap: "اللجنة العسكرية المشتركة (5+5)")
    const close = closingBracket(words, k, 5, to);
    if (close > 0) { k = close; continue; }
    // (an occasion set off by commas is no word of it: "…، على هامش معرض أبوظبي الدولي للبترول «أديبك 2021»، X")
    const occasion = occasionEnd(words, k, from, to);
    if (occasion > 0) { k = occasion; continue; }
    if (w.token.kind === "punct" || timeFillers().has(w.norm) || w.norm === "في") continue;
    // "على هامش ..."، "كلا من": framing words, not who or what
    if ((w.norm === "علي" && words[k + 1]?.norm === "هامش") || (w.norm === "كلا" && words[k + 1]?.norm === "من")) { k++; continue; }
    // the room or building, and its owner right after it ("مكتب سموه"، "بقصر الحكم")
    if (hasForm(w, places)) { if (k + 1 < to && !hasForm(words[k + 1], places)) k++; continue; }
    n++;
  }
  return n;
}

/** The subject of the main clause after a fronted phrase: the first person named right after
 *  the comma that closes it, behind one verb at most ("..., أكد Y"، "..., قال Y"). */
function mainClauseSubject(words: Word[], people: PersonMention[], from: number, hi: number): PersonMention[] {
  let comma = -1;
  // (past where it was: "خلال استقباله الوزير الإيطالي في مقر المجلس بقاعدة أبوستة، أكد Y")
  for (let k = from; k < Math.min(hi, from + 10); k++) if (isPunct(words[k], "،,")) { comma = k; break; }
  if (comma < 0 || people.some((p) => p.w0 >= from && p.w0 < comma)) return [];
  let m = people.find((p) => p.w0 > comma && p.w0 <= comma + 2);
  // (or past a when and where set off by commas of their own: "خلال لقائه X، مساء أمس بديوان
  // رئاسة الوزراء في طرابلس، أكد Y")
  if (!m) {
    let next = -1;
    for (let k = comma + 1; k < Math.min(hi, comma + 12); k++) if (isPunct(words[k], "،,")) { next = k; break; }
    if (next > 0 && !people.some((p) => p.w0 > comma && p.w0 < next)) m = people.find((p) => p.w0 > next && p.w0 <= next + 2);
  }
  return m && !presentOnly(words, m.w0) ? [m] : [];
}

/** كان/سبق and their forms, and قد itself ("وكان الطرفان قد التقيا"). */
let recalling: Set<string> | undefined;
const recallingWords = () => (recalling ??= normSet(readLexicon<{ recalling?: string[] }>("events.yaml").recalling ?? []));
const backgroundWord = (norm: string) => norm === "قد" || pluperfectWords().has(norm) || recallingWords().has(norm);
/** The sentence opens with "في/خلال اتصال ..." before the verb: the encounter it frames was a call. */
function framedAsCall(words: Word[], w0: number): boolean {
  for (let k = 0; k < Math.min(w0, 3); k++) if (glue().framing.has(words[k].norm) && hasForm(words[k + 1], callMarkers())) return true;
  return false;
}

/** Drop a body that the next mention represents ("المجلس الرئاسي، ممثلا في رئيسه X"، "ممثلة بوزيرها"). */
function withoutRepresentedBodies(ms: PersonMention[], words: Word[]): PersonMention[] {
  return ms.filter((m, k) => {
    const next = ms[k + 1];
    if (m.type !== "org" || !next) return true;
    const w1 = words[next.w0 - 1], w2 = words[next.w0 - 2];
    const represents = (w1 && glue().represented.has(w1.norm) && /^ب/.test(words[next.w0].norm)) || (w2 && glue().represented.has(w2.norm) && (w1.norm === "في" || w1.norm === "ب"));
    return !(represents && next.w0 - m.w1 <= 4);
  });
}

/**
 * "لقاء بوتين وكيري" (or "لقاء يجمع بوتين وكيري"، "لقاء حفتر بميلوني"): a named person at `at`, and
 * another right after him joined by و (or by ب); else none.
 */
function namedPairAfter(words: Word[], people: PersonMention[], at: number): PersonMention[] {
  if (words[at] && glue().gathers.has(words[at].norm)) at++;
  const first = people.find((m) => m.w0 === at && m.type === "person" && m.name);
  // (or the one met behind ب: "لقاء حفتر برئيسة الوزراء جورجيا ميلوني")
  const second = first && people.find((m) => m.w0 === first.w1 && m.type === "person" && m.name && (words[m.w0].conj === "و" || (!glue().gathers.has(words[at - 1]?.norm ?? "") && markedByBa(words, m))));
  return first && second ? [first, second] : [];
}

/**
 * "الوزيران الإيطاليان"، "الرئيسان": a definite dual title (with its nationality) standing for the
 * two people of that country who last took part in an encounter of the article; none otherwise.
 */
function dualAnaphor(words: Word[], from: number, to: number, events: RawEvent[], people: PersonMention[]): DocEntity[] {
  const C = countryLexicon();
  for (let k = from; k < to; k++) {
    // (after أن the dual subject is written with ين: "وأوضح البيان أن الوزيرين أجريا …")
    const afterAnna = k > 0 && /^[وبف]?ان$/.test(words[k - 1].norm) && words[k].norm.endsWith("ين");
    const size = groupSize(afterAnna ? words[k].norm.slice(0, -2) + "ان" : words[k].norm);
    // (the nearest subject before the verb: no one named between it and the verb)
    if (!size || people.some((m) => m.w0 > k && m.w1 <= to)) continue;
    const country = C.adjectives.get(words[k + 1]?.norm ?? "");
    // "المسؤولتان الأوروبيتان"، "الثلاثي الأوروبي": the adjective of the Union also means "of
    // Europe", so it picks no country: they are the guests — the counterparts of the last
    // encounters — one of them at least of the Union
    if (country && C.supranational.has(country)) {
      const guests: DocEntity[] = [];
      for (let i = events.length - 1; i >= 0 && guests.length < size; i--) for (const e of events[i].counterpart) if (!guests.includes(e) && guests.length < size) guests.push(e);
      return guests.length === size && guests.some((e) => e.country === country) ? guests : [];
    }
    // ("الوزيران": two who hold that office, when the last encounters had two: not the coast
    // guard's commander the minister met last)
    const office = words[k].norm.slice(2, -2);
    const pick = (holds: (e: DocEntity) => boolean): DocEntity[] => {
      const seen: DocEntity[] = [];
      for (let i = events.length - 1; i >= 0 && seen.length < size; i--) {
        for (const e of [...events[i].counterpart, ...events[i].subject]) if (!seen.includes(e) && (!country || e.country === country) && holds(e) && seen.length < size) seen.push(e);
      }
      return seen;
    };
    const holders = pick((e) => e.heads.has(office));
    if (holders.length === size) return holders;
    const seen = pick(() => true);
    return seen.length === size ? seen : [];
  }
  return [];
}

/**
 * "استقبل X الوزيرين": a definite dual of a title or official word right after the verb's subject
 * is the two who just met someone together — the counterparts of one subject, or the subjects
 * of one counterpart, in the last two encounters. Else none.
 */
function dualObject(words: Word[], subject: PersonMention, events: RawEvent[]): DocEntity[] {
  if (!eachOfTwo(words, subject.w1) && !definiteDual(words[subject.w1])) return [];
  const two = dualOfTwoCountries(words, subject.w1, events);
  return two.length ? two : theTwo(events);
}

/** A definite dual of a title or official word: "الوزيرين"، "المسؤولين" (not "الوزيرين" after أن: it is the verb's). */
function definiteDual(w: Word | undefined): boolean {
  const n = w?.norm ?? "";
  return n.startsWith("ال") && n.endsWith("ين") && groupSize(n.slice(0, -2) + "ان") === 2;
}

/**
 * "الوزيرين الإيطالي والمالطي" at word k: the two of those countries the encounters told (the
 * last of each), or none.
 */
function dualOfTwoCountries(words: Word[], k: number, events: RawEvent[]): DocEntity[] {
  const C = countryLexicon();
  const first = C.adjectives.get(words[k + 1]?.norm ?? "");
  const second = words[k + 2]?.conj === "و" ? C.adjectives.get(words[k + 2].forms[1] ?? "") : undefined;
  if (!first || !second || first === second) return [];
  const of = (country: string) => {
    for (let i = events.length - 1; i >= 0; i--) for (const e of [...events[i].counterpart, ...events[i].subject]) if (e.country === country) return e;
    return undefined;
  };
  const a = of(first), b = of(second);
  return a && b ? [a, b] : [];
}

/** "كل منهما"، "كل منهم"، "كلاهما" among words [from, to): each of them. */
function eachOfThem(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k].norm === "كلاهما" || eachOf(words, k, /^منه(ما|م|ن)$/)) return true;
  return false;
}

/** "كلا منهما" at word k: each of the two ("استقبل X كلا منهما على حدة"). */
function eachOfTwo(words: Word[], k: number): boolean {
  return eachOf(words, k, /^منهما$/);
}

/** "كل" or "كلا" at word k, then the pronoun of those it counts. */
function eachOf(words: Word[], k: number, them: RegExp): boolean {
  const w = words[k]?.norm;
  return (w === "كلا" || w === "كل") && them.test(words[k + 1]?.norm ?? "");
}

/** The two the last encounters had: a side of two in the last one, else the two one person just met. */
function theTwo(events: RawEvent[]): DocEntity[] {
  if (!events.length) return [];
  // (one encounter with two on a side: "أجرى A ونظيرته B مباحثات مع C")
  const last = events[events.length - 1];
  for (const side of [last.subject, last.counterpart]) if (side.length === 2 && side[0] !== side[1]) return [...side];
  const two = twoMetByOne(events);
  if (two.length) return two;
  // (or the two who met last: "جمع لقاء A وB … وكان X قد استقبل كلا منهما")
  return last.subject.length === 1 && last.counterpart.length === 1 ? [last.subject[0], last.counterpart[0]] : [];
}

/** The last two encounters share one side and differ on the other: those two (the counterparts of one subject, or the subjects of one counterpart). */
function twoMetByOne(events: RawEvent[]): DocEntity[] {
  if (events.length < 2) return [];
  const [a, b] = events.slice(-2);
  if (a.subject.length !== 1 || b.subject.length !== 1 || a.counterpart.length !== 1 || b.counterpart.length !== 1) return [];
  if (a.subject[0] === b.subject[0] && a.counterpart[0] !== b.counterpart[0]) return [a.counterpart[0], b.counterpart[0]];
  if (a.counterpart[0] === b.counterpart[0] && a.subject[0] !== b.subject[0]) return [a.subject[0], b.subject[0]];
  return [];
}

/** The counterparts of the last encounter's subject in its sentence: the guests he received (two or more), else none. */
function guestsOfLast(events: RawEvent[]): DocEntity[] {
  // (not the pairs among the guests a multilateral reading adds)
  const last = events.filter((e) => !e.rules.includes("multilateral")).pop();
  if (!last || last.subject.length !== 1) return [];
  const host = last.subject[0];
  const guests: DocEntity[] = [];
  for (const e of events) if (e.sentence === last.sentence && !e.rules.includes("multilateral") && e.subject.length === 1 && e.subject[0] === host) for (const c of e.counterpart) if (!guests.includes(c)) guests.push(c);
  return guests.length >= 2 ? guests : [];
}

/** How many people a definite group noun stands for: two for a dual title (الوزيران، المسؤولتان), three for "الثلاثي"; else 0. */
function groupSize(w: string): number {
  if (glue().trio.has(w)) return 3;
  if (!w.startsWith("ال") || !w.endsWith("ان")) return 0;
  const L = mentionLexicon();
  // (a title's head, or a word for an official or a guest: المسؤولان، الضيفان)
  const holds = (x: string) => L.heads.has(x) || L.guestWords.has("ال" + x);
  const stem = w.slice(2, -2);
  // (the feminine dual keeps its ta: المسؤولتان → مسؤولة)
  return holds(stem) || (stem.endsWith("ت") && holds(stem.slice(0, -1) + "ه")) ? 2 : 0;
}

/** The first person a sentence names, not behind a preposition. */
function firstPerson(s: SentenceView, entityOf: (m: PersonMention) => DocEntity | undefined): DocEntity | null {
  const m = s.people.find((p) => p.type === "person" && entityOf(p) && !governedByPreposition(s.words, p));
  return m ? entityOf(m)! : null;
}

/** "وضم الوفد A، وB، وC" (the delegation included): its members, as one side; else none. */
function delegationMembers(s: SentenceView, entityOf: (m: PersonMention) => DocEntity | undefined): DocEntity[] {
  const gathers = glue().gathers_also;
  for (let k = 0; k + 1 < s.words.length; k++) {
    const w = s.words[k];
    // ("وفد أوروبي يضم A، وB": an indefinite delegation, a word or two, then what it gathers)
    let at = -1;
    if (s.words[k + 1].norm === "الوفد" && gathers.has(w.conj ? w.forms[1] : w.norm)) at = k + 1;
    else if (glue().delegation.has(w.norm)) {
      for (let j = k + 1; j < Math.min(s.words.length, k + 4) && !isPunct(s.words[j]); j++) if (gathers.has(s.words[j].norm)) { at = j; break; }
    }
    if (at < 0) continue;
    const after = s.people.filter((m) => m.w0 > at && m.type === "person");
    if (!after.length || after[0].w0 - (at + 1) > 3) return [];
    // (each one after the last: a comma, و, or the dual title two of them share between —
    // "A، ووزيري الداخلية الإيطالي B والمالطي C")
    const listed = [after[0]];
    for (const m of after.slice(1)) {
      const gap = s.words.slice(listed[listed.length - 1].w1, m.w0);
      if (gap.length > 4 || !gap.every((x) => isPunct(x, "،,") || x.conj === "و" || x.norm === "و" || hasForm(x, mentionLexicon().dualHeads) || countryLexicon().adjectives.has(x.norm) || x.norm.startsWith("ال"))) break;
      listed.push(m);
    }
    return uniqueEntities(listed, entityOf).map(entityOf).filter((e): e is DocEntity => !!e);
  }
  return [];
}
/** A group noun right after the person (a time word or comma between at most): that person received the group. */
function receivesGroup(words: Word[], m: PersonMention, hi: number, known = false): boolean {
  for (let k = m.w1; k < Math.min(hi, m.w1 + 4); k++) {
    const w = words[k];
    if (known ? glue().known_delegation.has(w.norm) : hasForm(w, glue().group_objects)) return true;
    if (!isPunct(w) && !timeFillers().has(w.norm)) return false;
  }
  return false;
}
/** Words of time that say when, not who (events.yaml time_words, shared with the triggers). */
const timeFillers = (): Set<string> => triggerLexicon().timeWords;
let nouns: Set<string> | undefined;
const meetingNouns = () => (nouns ??= normSet(Object.values(readLexicon<{ nouns: Record<string, string[]> }>("events.yaml").nouns).flat()));

function governedByPreposition(words: Word[], m: PersonMention): boolean {
  // "وسبق للمشير حفتر أن زار …": after سبق, ل marks who did it, the subject of what follows
  const before = words[m.w0 - 1];
  if (before && glue().preceded.has(before.norm) && /^ل/.test(words[m.w0].norm)) return false;
  // the mention's own first word without proclitics: a title is stored stripped ("لرئيس" → "رئيس")
  if (/^و?[بلك]/.test(procliticOf(words, m))) return true;
  // ل + ال drops the alef: "للسراج" is ل + السراج (no name begins with لل)
  if (/^و?لل/.test(words[m.w0].norm)) return true;
  const prev = words[m.w0 - 1];
  return !!prev && glue().prepositions.has(prev.norm);
}

/** The first ".." or "…" in words [from, to), else `to`. */
function clauseBreak(words: Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (words[k].token.kind === "punct" && (words[k].token.text.startsWith("..") || words[k].token.text === "…")) return k;
  return to;
}

/** Index of the مع (or a ب-prefixed person) that opens the counterpart, or -1. */
function findWith(words: Word[], t: Trigger, hi: number, starts: Set<number>, subjectEnd?: number): number {
  for (let k = t.w1; k < hi; k++) {
    const w = words[k];
    // ("بالتنسيق مع"، "بالتعاون مع": who the work is done with, not whom they met)
    // (nor "الاتفاقية الموقعة مع شركة إيني": with whom a thing was signed)
    // (nor, after a verb, what a body is joint with: "تناول تشكيل اللجنة المشتركة مع مجلس النواب")
    const jointBody = k > 0 && t.rule.startsWith("verb:") && k - t.w1 > 2 && glue().joint_with.has(words[k - 1].norm);
    if ((w.norm === "مع" || w.norm === "ومع") && !jointBody && !(k > 0 && (glue().joint_work.has(words[k - 1].norm) || glue().done_then.has(words[k - 1].norm)))) return k;
    // "اجتمع X بكل من A وB": each of them
    if (w.norm === "بكل" && words[k + 1]?.norm === "من" && t.frame === "with") return k;
    if (isPunct(w, ".؟!")) break;
  }
  // "اجتمع بوزير ..."، "اجتمع X بالسفير ...": a ب-prefixed mention after the subject, or right
  // after the verb when the subject came before it ("حيث اجتمعت برئيس الحكومة X") (the
  // article too: only a mention's first word is asked, so "بالتعاون" is never one)
  // (counted from the end of a long-titled subject: "اجتمع كبير مستشاري الرئيس … X، اليوم، بالقائد العام …")
  const reach = Math.min(hi, Math.max(t.w1, subjectEnd ?? t.w1) + 10);
  for (let k = t.w1; k < reach; k++) {
    const w = words[k];
    // (right after the verb, ب must be on a title or a definite word: "اجتمع بورغ" is Borg, the subject)
    const byTitle = k > t.w1 || t.rule.startsWith("light") || /^بال/.test(w.norm) || (!!w.forms[1] && mentionLexicon().heads.has(w.forms[1]));
    if (byTitle && starts.has(k) && startsWithBa(w) && w.token.kind === "word" && /^ب/.test(w.norm) && w.norm.length > 3 && t.frame === "with") return k;
  }
  return -1;
}

function findWord(words: Word[], from: number, to: number, norm: string): number {
  for (let k = from; k < to; k++) if (words[k].norm === norm) return k;
  return -1;
}

let sponsored: Set<string> | undefined;
const sponsorWords = () => (sponsored ??= normSet(readLexicon<{ sponsor_relatives: string[] }>("events.yaml").sponsor_relatives));
/** "اجتماع رعاه وشارك فيه X"، "جلسة ترأسها X": the person named right after such a relative verb after the noun. */
function sponsoredBy(words: Word[], from: number, people: PersonMention[]): PersonMention | undefined {
  let k = from;
  while (k < words.length && k - from < 4 && sponsorWords().has(words[k].norm)) k++;
  if (k === from) return undefined;
  const m = people.find((x) => x.w0 === k && x.type !== "org");
  // (titles stacked on one person: "الممثل الخاص للأمين العام رئيس البعثة X")
  const next = m ? people.find((x) => x.w0 >= m.w1 && x.w0 <= m.w1 + 1) : undefined;
  return m && next && stackedTitles(m, next, words) ? next : m;
}

/** Where "الرجل الذي" (the man who …) opens the clause of the trigger at `at`; -1 if nowhere before it. */
function manWhoAt(words: Word[], at: number): number {
  for (let k = 0; k + 1 < at; k++) if (glue().the_man.has(words[k].norm) && glue().relative_pronouns.has(words[k + 1].norm)) return k;
  return -1;
}

/** "استقباله/استقبالهما من قبل X": the one named right after من قبل, who received them. */
function receivedBy(s: SentenceView, t: Trigger, people: PersonMention[]): PersonMention | undefined {
  if (!t.rule.startsWith("noun:") || !hasForm(s.words[t.w0], triggerLexicon().reception) || !/(ه|ها|هما|هم)$/.test(s.words[t.w0].norm)) return undefined;
  if (s.words[t.w1]?.norm !== "من" || s.words[t.w1 + 1]?.norm !== "قبل") return undefined;
  return people.find((m) => m.w0 === t.w1 + 2 && m.type !== "org");
}

/** The people named as coming with `host` right after him ("، يرافقه A، وB"), in order. */
function companionsOf(s: SentenceView, pool: PersonMention[], host: PersonMention): PersonMention[] {
  const words = s.words;
  const k = pool.findIndex((m) => m.w0 >= reachOf(host) && accompanies(words, m.w0));
  if (k < 0) return [];
  const from = reachOf(host);
  // (the place and day of the reception may come first: "استقبل X في قصر قرطاج في 16 يوليو، برفقة A وB")
  const companyWord = (w: Word) => isPunct(w) || w.norm === "له" || w.norm === "لها" || hasForm(w, mentionLexicon().accompany);
  let j = from;
  while (j < pool[k].w0 && !companyWord(words[j])) j++;
  if (j > from && !onlyCircumstance(s, from, j)) return [];
  const gap = words.slice(j, pool[k].w0);
  if (gap.length > 3 || !gap.every(companyWord)) return [];
  return side(pool.slice(k), words).filter((m) => m.type === "person" || m.type === "title");
}

/**
 * "X الذي زار إيران …، والتقى …": a verb with و after a relative clause on the one named before
 * goes on with that one as its subject; everyone after it is its object.
 */
function goesOnFromRelative(words: Word[], t: Trigger, before: PersonMention[]): boolean {
  const last = before[before.length - 1];
  // ("زار X طرابلس، حيث التقى A وB": the verb after حيث has the subject of the clause it opens from)
  if (last && t.w0 > 0 && glue().where.has(words[t.w0 - 1].norm)) return true;
  if (!last || words[t.w0].conj !== "و") return false;
  for (let k = last.w1; k < t.w0; k++) if (glue().relative_pronouns.has(words[k].norm)) return true;
  // ("وكان X قد زار طرابلس، والتقى A وB": after a visit of the one named before, و goes on with him)
  const L = triggerLexicon();
  // (or a visit whose verb comes first: "وصل X إلى طرابلس، والتقى A وB")
  for (let k = Math.max(0, last.w0 - 3); k < t.w0; k++) if (L.verbs.get(words[k].forms[words[k].forms.length - 1])?.some((v) => v.frame === "visit" || v.frame === "arrive")) return true;
  return false;
}
