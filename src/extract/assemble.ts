// Article-level assembly of events: split multi-party encounters into cross-side pairs,
// merge the reports of one encounter within the article, attribute the sentences that
// go on talking about it (for topics and places), and fall back to the article's
// dateline or the visit it reports for a place.
import type { DateValue, EventStatus, ExtractedEvent, Participant, Place, Span } from "../types.js";
import type { DocEntity } from "./coref.js";
import type { PlaceMention, RawEvent, SentenceView } from "./events.js";
import { afterSince, afterUntil, inRelativeClause, quotedAt, scheduledDate } from "./encounter-when-where.js";
import { normSet, readLexicon } from "./lexicon.js";
import { frameWords as glue } from "./frame-words.js";
import { distanceKm } from "../store/geo.js";
import { topicsIn } from "./topics.js";
import { mentionLexicon } from "./mentions.js";
import { pluperfectWords } from "./triggers.js";
import { hasForm, type Word } from "./words.js";
import { durationUnitWords } from "../read/dates.js";
import { normalize } from "../text/normalize.js";

interface Pair {
  a: DocEntity;
  b: DocEntity;
  aRole?: "host" | "guest";
  raw: RawEvent[];
}

const anaphorSet = () => attributionLexicon().anaphors;

/** a relative date of a period gone by ("الأسبوع الماضي"، "الشهر المنصرم") */
const PAST_PERIOD = /(الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة)/;

const STATUS_ORDER: EventStatus[] = ["happened", "planned", "cancelled", "denied"];

export interface AssembleContext {
  sentences: SentenceView[];
  /** entity ids mentioned in each sentence */
  entitiesBySentence: Map<number, Set<string>>;
  dateline: PlaceMention | null;
  /** background: the date of a visit told as background ("وكان X قد زار …"), "" when it gives none */
  visits: { entity: string; place: PlaceMention; sentence: number; background?: string; date?: string; planned?: boolean }[];
  transliterate?: (name: string) => string;
  published?: string | null;
  /** the city a site lies in (a palace, a ministry, an airport): encounters there are reported at the city */
  cityOf?: (place: Place) => Place | null;
  /** the city whose seat a post is held at ("عميد بلدية مصراتة"), for a meeting the text places nowhere */
  seatOf?: (title: string) => Place | null;
}

/** within the week before publication (a story's own day), or any full date when undated */
function nearPublication(day: string, published: string | null | undefined): boolean {
  if (!published || published.length < 10) return true;
  const diff = (Date.parse(published) - Date.parse(day)) / 86_400_000;
  return diff >= 0 && diff <= 7;
}

export function assembleEvents(raw: RawEvent[], ctx: AssembleContext): ExtractedEvent[] {
  // where, in each sentence, a trigger that made an encounter starts (for the topics' reach)
  const starts = new Map<number, number[]>();
  for (const r of raw) (starts.get(r.sentence) ?? starts.set(r.sentence, []).get(r.sentence)!).push(r.clause[0]);
  EVENT_CLAUSES.set(ctx, starts);
  const triggersAt = new Map<number, number[]>();
  for (const r of raw) (triggersAt.get(r.sentence) ?? triggersAt.set(r.sentence, []).get(r.sentence)!).push(r.trigger.w0);
  EVENT_TRIGGERS.set(ctx, triggersAt);
  // 1. one pair per cross-side combination
  const pairs: Pair[] = [];
  for (const ev of raw) {
    for (const a of ev.subject) for (const b of ev.counterpart) {
      if (a === b || oneName(a, b)) continue;
      pairs.push({ a, b, aRole: ev.roleOfSubject, raw: [ev] });
    }
  }
  // 2. merge reports of the same encounter: same two entities, same kind, compatible dates
  // ("وكانت X قد التقت Y في نوفمبر 2022": told as background with a date far from the story's,
  // another encounter than the story's own, undated one)
  // (or at another place: "وكان حماد قد أجرى مباحثات مع صالح في مدينة القبة مطلع الشهر الجاري")
  const placeOf = (p: Pair) => p.raw.find((r) => r.location)?.location?.place.name;
  // (or "الأسبوع الماضي"، "الشهر الماضي": a period gone by, which the story's own day is not in —
  // "وكان المشري قد التقى سلامة … الأسبوع الماضي" is not today's meeting)
  const farBackground = (p: Pair, other: Pair) => p.raw.every((r) => toldAsBackground(r, ctx, true) && !!r.date &&
    // (a headline's place is its story's, not always its background encounter's: "… يلتقي الدبيبة في
    // طرابلس بعد مباحثاته مع حفتر في الرجمة")
    ((!!ctx.published && daysApart(r.date.value, ctx.published, 7)) || (!!placeOf(p) && !!placeOf(other) && placeOf(p) !== placeOf(other) && !other.raw.every((o) => inHeadline(o, ctx))) ||
      (r.date.kind === "relative" && r.date.precision !== "day" && PAST_PERIOD.test(r.date.text))));
  const merged: Pair[] = [];
  for (const p of pairs) {
    // (two reports in one sentence are one telling: "وكان X قد بحث مع Y، خلال لقائهما في الرياض،
    // …" — the background reading of the clause's opening reaches the noun after it all the same)
    const oneSentence = (m: Pair) => m.raw.some((r) => p.raw.some((o) => o.sentence === r.sentence));
    const same = merged.find((m) => samePair(m, p) && compatible(m.raw[0], p.raw[0], ctx) && datesAgree(m, p, ctx) && !toldApart(m, p, ctx) && !comingAgain(m, p, ctx) && !calledOffAndHeld(m, p) && (oneSentence(m) || farBackground(m, p) === farBackground(p, m)));
    if (same) same.raw.push(...p.raw);
    else merged.push(p);
  }
  // a headline's "X يستقبل A وB" sums up receptions the body tells one by one ("في لقاء منفصل"):
  // A and B met X, not each other, when the body never puts them together
  const metInBody = (e: DocEntity) => merged.some((q) => (q.a === e || q.b === e) && q.raw.some((r) => !inHeadline(r, ctx)));
  for (let i = merged.length - 1; i >= 0; i--) {
    const p = merged[i];
    if (p.raw.every((r) => inHeadline(r, ctx) && r.rules.includes("multilateral")) && metInBody(p.a) && metInBody(p.b)) merged.splice(i, 1);
  }
  // a trigger that names again an encounter an earlier sentence reported, after this sentence's
  // own encounter ("أجرى X اتصالا بـY، أطلعه خلاله على نتائج محادثاته مع Z، وتناول الاتصال …"),
  // is a reference: the clause and its topics stay with the sentence's own encounter
  const opensAt = new Map(merged.map((p) => [p, Math.min(...p.raw.map((r) => r.sentence))]));
  const references = new Set<RawEvent>();
  for (const p of merged) for (const r of p.raw) {
    if (r.sentence === opensAt.get(p)) continue;
    if (merged.some((q) => q !== p && opensAt.get(q) === r.sentence && q.raw.some((o) => o.sentence === r.sentence && o.clause[0] < r.clause[0]))) references.add(r);
  }
  if (references.size) for (const [si, list] of starts) starts.set(si, list.filter((k) => !raw.some((r) => references.has(r) && r.sentence === si && r.clause[0] === k)));
  REFERENCES.set(ctx, references);
  // 3. attribute following sentences to the encounters of the sentence before them
  const attributed = attributeSentences(merged, ctx);

  const events: ExtractedEvent[] = [];
  merged.forEach((p, i) => events.push(toEvent(p, i, attributed.get(p) ?? [], ctx, merged.slice(0, i).map((q, k) => ({ pair: q, event: events[k] })))));
  // an undated encounter reported right after a dated one ("كما التقى ..."، "اجتمع أيضا ...")
  // took place the same day: the article tells one story unless it gives another date
  // (not one the article sets apart in time: "ويأتي اللقاء بعد أسبوعين من زيارة … التقت خلالها X")
  const apart = merged.map((p) => p.raw.some((r) => { const s = ctx.sentences.find((v) => v.index === r.sentence); return !!s && apartFromStory(s); }));
  // (nor the date of an encounter told as background — "وكان X قد التقى Y في بروكسل يوم 15 مايو":
  // the story goes on from its own day after it)
  const background = merged.map((p) => p.raw.every((r) => toldAsBackground(r, ctx)));
  // the story's own day, when its opening sentences give one ("اليوم الثلاثاء")
  // (a bare weekday in the headline may be ahead — "وكوبلر: التوقيع الخميس" — so a day the
  // opening sentences give after it comes first)
  const leads = ctx.sentences.slice(0, 6).filter((s) => !plansAhead(s)).flatMap((s) => s.dates.filter((d) => !(d.kind === "relative" && quotedAt(s, d.span.start))).map((d) => ({ d, s: s.index })))
    .filter(({ d }) => d.precision === "day" && nearPublication(d.value, ctx.published));
  const firstSentence = ctx.sentences[0]?.index;
  // (but "أمس" of a first line that is the lead itself, a paragraph and no headline, is the story's
  // day — a short first line may be a site's name: "ليبيا اليوم")
  const leadFirst = (ctx.sentences[0]?.words.length ?? 0) >= 15;
  const bareWeekdayUp = (x: { d: DateValue; s: number }) => x.s === firstSentence && x.d.kind === "relative" && !/\s/.test(x.d.text.trim()) && !(leadFirst && glue().story_days.has(normalize(x.d.text.trim())));
  // (a dispatch's own date opening its first line — "باريس 30 مايو 2018 (وال) - … أمس الثلاثاء" — is
  // the day it was filed: the day the lead names comes first)
  const dispatchDate = (x: { d: DateValue; s: number }) => x.d.kind === "explicit" && x.d.value === ctx.published && opensSentence(ctx.sentences.find((v) => v.index === x.s)!, x.d.span.start);
  const lead = (leads.find((x) => !bareWeekdayUp(x) && !dispatchDate(x)) ?? leads.find((x) => !bareWeekdayUp(x)) ?? leads[0])?.d;
  for (let i = 1; i < events.length; i++) {
    const ev = events[i];
    if (ev.date || ev.status !== "happened" || apart[i]) continue;
    // (nor one days away from the story's own day: "إذ زارت في السابع من مايو الماضي طرابلس، حيث
    // التقت X" is background however it is told — but the same trip goes on in its sentence)
    const mySentence = Math.min(...merged[i].raw.map((r) => r.sentence));
    // (a background encounter dates only the next one of its own sentence: the same trip, told as background too)
    const prev = events.slice(0, i).reverse().find((e) => e.date && e.status === "happened" && (!background[events.indexOf(e)] || merged[events.indexOf(e)].raw.some((r) => r.sentence === mySentence)) &&
      (!lead || !daysApart(e.date.value, lead.value, 3) || merged[events.indexOf(e)].raw.some((r) => r.sentence === mySentence)));
    const prevSentence = prev ? Math.max(...merged[events.indexOf(prev)].raw.map((r) => r.sentence)) : -1;
    // (in one sentence, the same person's next encounter of a trip: "زار موسكو في سبتمبر 2023، حيث
    // التقى بوتين، كما أجرى محادثات مع شويغو" — whatever the precision)
    const q = prev ? merged[events.indexOf(prev)] : undefined;
    const sameTrip = !!q && mySentence === prevSentence && (q.a === merged[i].a || q.b === merged[i].a || q.a === merged[i].b || q.b === merged[i].b);
    if (prev && prev.date && ((mySentence > prevSentence && prev.date.precision === "day") || sameTrip)) {
      ev.date = { ...prev.date, implied: true };
      ev.rules.push("date:story");
    }
  }
  // a live page's items, stamped with their hour ("09:10 — طرابلس: …"), and the sentences that go
  // on from them are of the day the page was published
  const stamped = ctx.sentences.filter((v) => stampedWithHour(v)).map((v) => v.index);
  const live = stamped.length >= 3;
  if (live && ctx.published && ctx.published.length >= 10) for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (ev.date || ev.status !== "happened" || apart[i] || background[i]) continue;
    if (!merged[i].raw.every((r) => r.sentence >= stamped[0])) continue;
    ev.date = { value: ctx.published.slice(0, 10), precision: "day", text: "", implied: true };
    ev.rules.push("date:live");
  }
  // still undated: the story's own day
  if (lead) for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    if (ev.date || ev.status !== "happened" || apart[i]) continue;
    if (Math.min(...merged[i].raw.map((r) => r.sentence)) > 12) continue;
    ev.date = { value: lead.value, precision: lead.precision, text: lead.text, implied: true };
    ev.rules.push("date:lead");
  }
  return events;
}

/** The sentence opens with an hour of the day and a dash, as a live page's items do ("09:10 —"، "14:05 -"). */
function stampedWithHour(s: SentenceView | undefined): boolean {
  if (!s) return false;
  const opening = s.words.slice(0, 4).map((w) => w.token.text).join("");
  return /^[0-2]?\d[:：][0-5]\d[-–—|]/.test(opening);
}

/**
 * Two entities that are one person under two spellings of his name: the same words once the
 * patronymic is left out ("عادل بن أحمد الجبير" and "عادل الجبير"). Nobody meets himself.
 */
function oneName(a: DocEntity, b: DocEntity): boolean {
  const core = (e: DocEntity) => {
    const w = e.nameWords;
    const out: string[] = [];
    for (let k = 0; k < w.length; k++) { if (w[k] === "بن" || w[k] === "ابن") { k++; continue; } out.push(w[k]); }
    return out.join(" ");
  };
  return a.type === "person" && b.type === "person" && a.nameWords.length >= 2 && b.nameWords.length >= 2 && core(a) === core(b);
}

/** The encounter is reported in the article's headline: its first sentence, with no full stop. */
// (or a later line above the body, under a site's name or a dateline of its own: "منصة X • …"،
// "طرابلس | 17 أبريل 2025", then the headline)
function inHeadline(r: RawEvent, ctx: AssembleContext): boolean {
  if (r.sentence === ctx.sentences[0]?.index) return !endsWithStop(ctx.sentences[0]);
  return beforeTheBody(r, ctx);
}

/** The sentence ends with a full stop (a headline has none). */
function endsWithStop(s: SentenceView): boolean {
  const last = s.words[s.words.length - 1];
  return !!last && last.token.kind === "punct" && ".؟?!".includes(last.token.text);
}

/** Some word of the sentence is in the set. */
function anyWordIn(s: SentenceView, set: Set<string>): boolean {
  for (const w of s.words) if (hasForm(w, set)) return true;
  return false;
}

/** The encounter is told in the pluperfect or as what came before: "وكان X قد التقى"، "سبق أن التقى". */
function toldAsBackground(r: RawEvent, ctx: AssembleContext, sentenceWide = false): boolean {
  const s = ctx.sentences.find((v) => v.index === r.sentence);
  if (!s) return false;
  const pluperfect = (w: Word) => pluperfectWords().has(w.norm);
  if (s.words.slice(Math.max(r.clause[0], r.trigger.w0 - 8), r.trigger.w0).some(pluperfect)) return true;
  // "وكانت فكرة هذا الإطار قد طرحت خلال لقاء ثلاثي جمع A وB": a sentence opened in the pluperfect
  // tells its encounter as background, farther on too, unless it goes on to another clause (كما، ثم)
  // (asked only to keep such an encounter apart from the story's: the story's next sentence may go
  // on from its day — "وكان X قد بدأ جولته الثلاثاء، حيث التقى Y. ثم انتقل …")
  if (sentenceWide && opensInPluperfect(s) && r.trigger.w0 <= 20 && !s.words.slice(3, r.trigger.w0).some((w) => glue().clause_goes_on.has(w.norm))) return true;
  // "إذ كان X قد زار العاصمة Z في يناير الماضي، والتقى Y": a verb joined by و goes on in the pluperfect
  return s.words[r.trigger.w0]?.conj === "و" && s.words.slice(Math.max(0, r.trigger.w0 - 20), r.trigger.w0).some(pluperfect);
}

/** "ومن المقرر أن …"، "ومن المنتظر أن …": a sentence that opens on what is planned. */
function plansAhead(s: SentenceView): boolean {
  const opening = s.words.slice(0, 4);
  return opening.some((w) => plannedOpenerWords().has(w.norm)) && opening.some((w) => w.norm === "ان");
}
let plannedOpeners: Set<string> | undefined;
const plannedOpenerWords = () => (plannedOpeners ??= normSet(readLexicon<{ plans_ahead: string[] }>("events.yaml").plans_ahead));

/** "وكان X قد أعلن …": a sentence told as background from its first words. */
function opensInPluperfect(s: SentenceView): boolean {
  return s.words.slice(0, 3).some((w) => pluperfectWords().has(w.norm));
}

/** Two dates (YYYY-MM-DD or YYYY-MM) more than `days` days apart; months compare as months. */
function daysApart(a: string, b: string, days: number): boolean {
  if (a.length >= 10 && b.length >= 10) return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) > days * 86_400_000;
  return a.length >= 7 && b.length >= 7 && a.slice(0, 7) !== b.slice(0, 7);
}

/**
 * "بعد أسبوعين من زيارة …"، "قبل ثلاثة أيام"، "منذ أشهر": the sentence puts what it tells at a
 * distance from the story's day, so an encounter in it without a date of its own has none.
 */
function apartFromStory(s: SentenceView): boolean {
  const w = s.words;
  const units = durationUnitWords();
  for (let k = 0; k + 1 < w.length; k++) {
    if (!glue().distance_cues.has(w[k].conj ? w[k].forms[1] : w[k].norm)) continue;
    for (let j = k + 1; j <= k + 2 && j < w.length; j++) if (hasForm(w[j], units)) return true;
  }
  return false;
}

/**
 * The later report says it is another encounter than the earlier one, a meeting of several
 * countries told in another sentence ("اجتماع رباعي …" then "وعلى هامشه، عقد A لقاء ثنائيا مع B").
 * (After a report of one side meeting two people — "السراج يلتقي جنتيلوني ومينيتي" — "في لقاء
 * منفصل" sets one meeting apart from the other, not from that report.)
 */
function toldApart(earlier: Pair, later: Pair, ctx: AssembleContext): boolean {
  const r = later.raw[0];
  if (earlier.raw.some((x) => x.sentence === r.sentence)) return false;
  // (a headline sums up: "X يستقبل سفيري A وB" tells of two receptions as well as of one)
  const ofSeveralCountries = (x: RawEvent) => x.rules.includes("multilateral") || (!inHeadline(x, ctx) && new Set([...x.subject, ...x.counterpart].map((e) => e.country ?? e.id)).size >= 3);
  if (!earlier.raw.some(ofSeveralCountries)) return false;
  const s = ctx.sentences.find((v) => v.index === r.sentence);
  if (!s) return false;
  const [lo, hi] = r.clause;
  for (let k = lo; k < hi && k < s.words.length; k++) if (hasForm(s.words[k], glue().apart)) return true;
  return false;
}

/**
 * "التقى X Y …" then "ومن المقرر أن يستقبل X Y مجددا اليوم": the planned encounter is another, to
 * come, and must not lend its day to the one that happened.
 */
function comingAgain(earlier: Pair, later: Pair, ctx: AssembleContext): boolean {
  const r = later.raw[0];
  if (r.status !== "planned" || !earlier.raw.every((x) => x.status === "happened")) return false;
  const s = ctx.sentences.find((v) => v.index === r.sentence);
  if (!s) return false;
  for (let k = r.clause[0]; k < r.clause[1] && k < s.words.length; k++) if (hasForm(s.words[k], glue().again)) return true;
  return false;
}

/**
 * One report says the encounter did not take place (cancelled, postponed, denied) and the other
 * that it did: two encounters of the same pair ("أرجئ لقاء كان مقررا اليوم بين A وB، علما بأن
 * الطرفين التقيا مطلع الشهر").
 */
function calledOffAndHeld(x: Pair, y: Pair): boolean {
  const off = (p: Pair) => p.raw.every((r) => r.status === "cancelled" || r.status === "denied");
  const held = (p: Pair) => p.raw.every((r) => r.status === "happened");
  return (off(x) && held(y)) || (held(x) && off(y));
}

function samePair(x: Pair, y: Pair): boolean {
  return (x.a === y.a && x.b === y.b) || (x.a === y.b && x.b === y.a);
}
function compatible(x: RawEvent, y: RawEvent, ctx: AssembleContext): boolean {
  return x.type === y.type || (x.type !== "call" && y.type !== "call") || (x.type === "call" ? onlyDiscussed(y, ctx) : onlyDiscussed(x, ctx));
}
/**
 * "المنقوش تبحث مع تاياني …" in a headline, then "بحثت … في اتصال هاتفي مع تاياني": a verb that
 * only says they discussed tells no meeting apart from the call the article reports.
 */
function onlyDiscussed(r: RawEvent, ctx: AssembleContext): boolean {
  if (r.type !== "meeting" || !r.rules[0]?.startsWith("verb:")) return false;
  const w = ctx.sentences.find((v) => v.index === r.sentence)?.words[r.trigger.w0];
  return !!w && hasForm(w, discussionVerbs());
}
let discussed: Set<string> | undefined;
const discussionVerbs = () => (discussed ??= normSet(readLexicon<{ discussion_verbs: string[] }>("events.yaml").discussion_verbs));
function datesAgree(x: Pair, y: Pair, ctx: AssembleContext): boolean {
  const dx = firstDate(x, ctx);
  const dy = firstDate(y, ctx);
  if (!dx || !dy) return true;
  const n = Math.min(dx.length, dy.length);
  return dx.slice(0, n) === dy.slice(0, n);
}
// (a day a headline line seems to give — "ليبيا اليوم: …" is a page's name — never sets a
// headline's report apart from the body's)
const firstDate = (p: Pair, ctx: AssembleContext) => p.raw.find((r) => r.date && !beforeTheBody(r, ctx))?.date?.value ?? null;

/** The report stands in the lines above the body: before the first sentence that ends with a full stop. */
function beforeTheBody(r: RawEvent, ctx: AssembleContext): boolean {
  // (asked in the merge loop and in sorts: the body's first sentence is found once per article)
  let first = BODY_START.get(ctx);
  if (first === undefined) BODY_START.set(ctx, (first = ctx.sentences.find(endsWithStop)?.index ?? -1));
  return first >= 0 && r.sentence < first;
}
const BODY_START = new WeakMap<AssembleContext, number>();

interface AttributionLexicon { anaphors: Set<string>; strong: Set<string>; encounter: Set<string>; discussion: Set<string>; commentary: Set<string> }
let attrLex: AttributionLexicon | undefined;
const attributionLexicon = (): AttributionLexicon => {
  if (attrLex) return attrLex;
  const L = readLexicon<{ anaphors: string[]; strong_anaphors: string[]; encounter_anaphors?: string[]; discussion: string[]; commentary: string[] }>("events.yaml");
  return (attrLex = {
    anaphors: normSet(L.anaphors), strong: normSet(L.strong_anaphors), encounter: normSet(L.encounter_anaphors),
    discussion: normSet(L.discussion), commentary: normSet(L.commentary),
  });
};

/**
 * Sentences after an encounter's sentence that go on about it and report no encounter of
 * their own: they name one of its people, refer to "the meeting" / "the two sides", or go on
 * with what was discussed or said ("كما تم التطرق"، "وأضاف"). After a digression, a sentence
 * that names both people, or says "the two sides", returns to the last encounter. A sentence
 * that names one person goes with that person's pairs, unless it names the encounter itself.
 * Commentary by others ("ويصف مراقبون") is neither.
 */
function attributeSentences(pairs: Pair[], ctx: AssembleContext): Map<Pair, number[]> {
  const L = attributionLexicon();
  const out = new Map<Pair, number[]>();
  const eventSentences = new Set(pairs.flatMap((p) => p.raw.map((r) => r.sentence)));
  const bySentence = new Map<number, Pair[]>();
  for (const p of pairs) for (const r of p.raw) {
    const list = bySentence.get(r.sentence) ?? [];
    if (!list.includes(p)) list.push(p);
    bySentence.set(r.sentence, list);
  }
  let current: Pair[] = [];
  let last: { pairs: Pair[]; sentence: number } | null = null;
  for (const s of ctx.sentences) {
    if (s.skip) continue;
    if (eventSentences.has(s.index)) {
      current = bySentence.get(s.index) ?? [];
      last = { pairs: current, sentence: s.index };
      continue;
    }
    if (s.words.some((w) => hasForm(w, L.commentary))) continue;
    const ents = ctx.entitiesBySentence.get(s.index) ?? new Set<string>();
    // both people of an earlier encounter named again: back to that encounter
    const both = pairs.filter((p) => ents.has(p.a.id) && ents.has(p.b.id));
    if (both.length) { for (const p of both) push(out, p, s.index); current = both; continue; }
    if (!current.length && last && anyWordIn(s, L.strong) && s.index - last.sentence <= 6) current = last.pairs;
    if (!current.length) continue;
    const refersTo = current.filter((p) => ents.has(p.a.id) || ents.has(p.b.id));
    // "وعقب اللقاء، أعلنت X ...": the encounter named again — all of it, whoever the sentence names
    if (refersTo.length && anyWordIn(s, L.encounter)) for (const p of current) push(out, p, s.index);
    else if (refersTo.length) for (const p of refersTo) push(out, p, s.index);
    else if (anyWordIn(s, L.anaphors) || anyWordIn(s, L.discussion)) for (const p of current) push(out, p, s.index);
    else current = []; // the article has moved on
  }
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const l = m.get(k) ?? [];
  l.push(v);
  m.set(k, l);
}

function toEvent(p: Pair, i: number, extra: number[], ctx: AssembleContext, earlier: { pair: Pair; event: ExtractedEvent }[]): ExtractedEvent {
  const raws = p.raw;
  // (a call told once more by a verb of discussion stays a call)
  const type = raws.some((r) => r.type === "meeting" && !onlyDiscussed(r, ctx)) ? "meeting" : raws.some((r) => r.type === "call") ? "call" : raws[0].type;
  const status = raws.map((r) => r.status).sort((x, y) => STATUS_ORDER.indexOf(x) - STATUS_ORDER.indexOf(y))[0];
  const dated = raws.filter((r) => r.date).sort((x, y) => precisionRank(x.date!.precision) - precisionRank(y.date!.precision) || +beforeTheBody(x, ctx) - +beforeTheBody(y, ctx));
  let date = dated[0]?.date ?? null;
  let dateRule: string | null = null;
  // a timeline's item under its own heading line ("▪️ 20 فبراير 2014 - طرابلس"): that day and place
  // (before the sentences after the item, the next of which may be the next item's heading)
  const heading = headingOf(Math.min(...raws.map((r) => r.sentence)), ctx);
  if (!date && heading?.date) { date = heading.date; dateRule = "date:heading"; }
  // "وصل X أمس الأول إلى المدينة … وعقد فور وصوله اجتماعا مع Y": upon arrival, the arrival's day
  if (!date) {
    const first = Math.min(...raws.map((r) => r.sentence));
    const upon = raws.some((r) => ctx.sentences.find((x) => x.index === r.sentence)?.words.slice(r.clause[0], r.clause[1]).some((w) => hasForm(w, arrivalWords())));
    const arrival = upon ? [...ctx.visits].reverse().find((v) => (v.entity === p.a.id || v.entity === p.b.id) && !v.planned && v.sentence <= first && first - v.sentence <= 3) : undefined;
    const day = arrival ? ctx.sentences.find((x) => x.index === arrival.sentence)?.dates.find((d) => d.precision === "day") : undefined;
    if (day) { date = day; dateRule = "date:arrival"; }
  }
  // "الاجتماع الذي جرى الأحد ...": a day named in a sentence that goes on about the encounter
  // (not a relative day inside a quotation: «اليوم في طرابلس» is the day the words were said)
  if (!date) for (const si of extra) {
    const s = ctx.sentences.find((x) => x.index === si);
    // (nor since when something lasts: "الهدنة السارية منذ 12 يناير")
    // (nor a day far back that a background sentence gives something else: "وكان X قد أعلن في 21
    // أغسطس …" — "وكان الاجتماع قد تأجل قبل ثلاثة أيام" still tells of the encounter, "وكان X وصل
    // أمس" of the story's own days)
    // (nor a heading line: it heads the item after it)
    if (!s || headingLine(s) || datedTitleLine(s)) continue;
    const elsewhere = opensInPluperfect(s) && !s.words.some((w) => hasForm(w, mentionLexicon().encounterNouns));
    // (nor the day of something scheduled — "في موعدها المحدد في 24 ديسمبر" — nor of a sentence
    // that tells what is planned: "ومن المقرر أن يتفقد الوزير، الأحد، …")
    if (plansAhead(s)) continue;
    const d = s.dates.find((x) => x.precision === "day" && !(x.kind === "relative" && quotedAt(s, x.span.start)) && !afterSince(s, x.span.start) && !inRelativeClause(s, x.span.start) && !afterUntil(s, x.span.start) &&
      !scheduledDate(s, x) && !(elsewhere && !!ctx.published && daysApart(x.value, ctx.published, 7)));
    if (d) { date = d; dateRule = "date:attributed"; break; }
  }


  const sentences = new Map(ctx.sentences.map((s) => [s.index, s]));
  // topics: the trigger's clause in each reporting sentence, plus attributed sentences
  const topics = new Set<string>();
  for (const r of raws) {
    if (REFERENCES.get(ctx)?.has(r)) continue;
    const s = sentences.get(r.sentence)!;
    const from = clauseStart(s, r, ctx);
    const to = clauseEnd(s, r, ctx);
    for (const t of topicsIn(s.words, from, to, inMention(s)).keys()) topics.add(t);
  }
  for (const si of extra) { const x = sentences.get(si)!; for (const t of topicsIn(x.words, 0, x.words.length, inMention(x)).keys()) topics.add(t); }

  // place: the encounter's own clause, then attributed sentences, then a visit by one of
  // its people, then the dateline
  // a city or site named in any report beats a country ("في ليبيA" is often the topic, not the venue)
  // (a headline's place is often what the talks were about — "ترتيبات العبور بمعبر رأس جدير" —
  // so the body's reports, the visits and the dateline come first)
  // (the first line's only: a headline under a site's name is weighed as the body's reports are)
  const headline = (r: RawEvent) => r.sentence === ctx.sentences[0]?.index && inHeadline(r, ctx);
  const own = raws.filter((r) => !headline(r)).map((r) => r.location).filter((l): l is PlaceMention => !!l);
  const fromHeadline = raws.filter(headline).map((r) => r.location).filter((l): l is PlaceMention => !!l);
  // (a timeline item's heading names the venue; its text's places are often what was discussed)
  let location: PlaceMention | null = heading?.place ?? own.find((l) => l.kind !== "country" || l.itemDateline) ?? null;
  // a country said where they met that is neither one's own is where they met ("التقت X الأسبوع
  // الماضي في تونس السفير الفرنسي"); their own country is as often what they talked about
  // (said right after the verb, before whom they met: further on a country is the talks' subject)
  if (!location) {
    // (or right after whom the verb met, however long his title: "التقى محافظ مصرف ليبيا المركزي
    // الصديق الكبير في تونس")
    const afterWhom = (r: RawEvent) => !!ctx.sentences.find((v) => v.index === r.sentence)?.people.some((m) => m.w1 === r.location!.w0 - 1 && m.w0 > r.trigger.w0 && m.w0 - r.trigger.w1 <= 1);
    const said = raws.filter((r) => !headline(r) && r.location && r.location.kind === "country" && r.location.locative && r.location.w0 > r.trigger.w0 && (r.location.w0 - r.trigger.w1 <= 6 || afterWhom(r)))
      .map((r) => r.location!).find((l) => l.place.country !== p.a.country && l.place.country !== p.b.country);
    location = said ?? null;
  }
  // "اختتم X برنامجه بزيارة قاعدة تارانتو، حيث كان في استقباله Y": a visit the encounter's own
  // sentence tells, to a city or a site in one, is where it took place
  if (!location) {
    const here = ctx.visits.find((x) => (x.entity === p.a.id || x.entity === p.b.id) && !x.planned && x.place.kind !== "country" && raws.some((r) => r.sentence === x.sentence));
    if (here) location = here.place;
  }
  // "كما التقى ...": the same person's next encounter in the story took place where the last did
  let inherited: Place | null = null;
  if (!location) {
    const prev = [...earlier].reverse().find(({ pair: e }) => e.a === p.a || e.b === p.a || e.a === p.b || e.b === p.b);
    const gap = prev ? Math.min(...p.raw.map((r) => r.sentence)) - Math.min(...prev.pair.raw.map((r) => r.sentence)) : Infinity;
    // (not from an encounter of another day: "… الزيارة التي أجراها إلى روما الشهر الماضي، والتي التقى
    // خلالها Y. كما التقى، في وقت لاحق من اليوم نفسه، Z")
    const otherDay = !!date && !!prev?.event.date && daysApart(date.value, prev.event.date.value, 3);
    if (prev?.event.location && gap <= 3 && prev.event.type !== "call" && !otherDay) inherited = prev.event.location;
  }
  // (not where a sentence says someone is to go — "وكان من المقرر أن تتوجه X إلى الكفرة للقاء …" —
  // nor one dated after the story: "واتفق الوزيران على أن يلتقيا مجددا في فاليتا خلال سبتمبر المقبل")
  const ahead = (s: SentenceView) => !!ctx.published && s.dates.some((d) => d.value.slice(0, 7) > ctx.published!.slice(0, 7));
  if (!location && !inherited) location = placeNearEncounterWord(extra.map((si) => sentences.get(si)!).filter((s) => !plansAhead(s) && !ahead(s)));
  // a visit to a city, then the dateline's city, then a visit to a country
  // (a visit on a day days away from the encounter's is another trip; so is one told as
  // background, for an undated encounter — the story's own)
  const visit = ctx.visits.filter((x) => (x.entity === p.a.id || x.entity === p.b.id) && !x.planned &&
    (raws.some((r) => r.sentence === x.sentence) ||
      ((x.background === undefined || (!!date && !!x.background)) && !(date && x.date && daysApart(x.date, date.value, 3)))));
  if (!location && !inherited) location = visit.find((v) => v.place.kind !== "country")?.place ?? null;
  // (a mayor or a governor receives at his city's seat: "استقبل عميد بلدية مصراتة السفير الإيطالي")
  if (!location && !inherited && type !== "call" && ctx.seatOf) {
    for (const e of [p.a, p.b]) { const seat = e.titles.map((t) => ctx.seatOf!(t)).find((x) => !!x); if (seat) { inherited = seat; break; } }
  }
  if (!location && !inherited && ctx.dateline && ctx.dateline.kind !== "country") location = ctx.dateline;
  // the city of the story's last encounter a few sentences before ("وكان برفقة X وزيرا ... فعقدا ...")
  let storyPlace = false;
  if (!location && !inherited) {
    const first = Math.min(...p.raw.map((r) => r.sentence));
    const near = [...earlier].reverse().find(({ pair: q, event }) =>
      event.location && event.type !== "call" && CITY_LEVEL.get(event) && first - Math.max(...q.raw.map((r) => r.sentence)) <= 6 &&
      !q.raw.every((r) => toldAsBackground(r, ctx)));
    if (near) { inherited = near.event.location; storyPlace = true; }
  }
  if (!location && !inherited && visit.length) location = visit[0].place;
  if (!location && !inherited && ctx.dateline) location = ctx.dateline;
  if (!location && !inherited) location = own[0] ?? fromHeadline.find((l) => l.kind !== "country") ?? fromHeadline[0] ?? headlineCity(p, ctx);
  // (an island or a region the encounter was on, when the dateline names a city of it: "باليرمو - …
  // وصل إلى صقلية، حيث استقبله X" — the city is the finer answer)
  if (location && (location.kind === "island" || location.kind === "region") && !!ctx.dateline && (ctx.dateline.kind === "city" || ctx.dateline.kind === "capital") && ctx.dateline.place.country === location.place.country &&
    kmBetween(ctx.dateline.place, location.place) <= 250) location = ctx.dateline;
  let place: Place | null = location ? { ...(ctx.cityOf?.(location.place) ?? location.place) } : inherited;
  if (type === "call") place = null;

  const evidence: (Span & { text: string })[] = [];
  const seen = new Set<number>();
  for (const r of raws) if (!seen.has(r.sentence)) {
    seen.add(r.sentence);
    const s = sentences.get(r.sentence)!;
    evidence.push({ start: s.span.start, end: s.span.end, text: "" });
  }
  const rules = [...new Set([...raws.flatMap((r) => r.rules), ...(dateRule ? [dateRule] : []), ...(storyPlace && place ? ["place:story"] : [])])];
  // an encounter dated after the article was published has not happened yet ("يلتقي ... غدا")
  let finalStatus = status;
  if (status === "happened" && date && date.precision === "day" && ctx.published && ctx.published.length >= 10 && date.value > ctx.published) {
    finalStatus = "planned";
    rules.push("status:after-publication");
  }
  const event: ExtractedEvent = {
    id: `ev${i + 1}`,
    type,
    status: finalStatus,
    participants: [participant(p.a, p.aRole, ctx), participant(p.b, p.aRole === "host" ? "guest" : p.aRole === "guest" ? "host" : undefined, ctx)],
    date: date ? { value: date.value, precision: date.precision, text: date.text, implied: date.implied } : null,
    location: place,
    topics: [...topics].sort(),
    evidence,
    confidence: Math.min(0.99, Math.max(...raws.map((r) => r.confidence)) + 0.03 * (raws.length - 1)),
    rules,
  };
  CITY_LEVEL.set(event, storyPlace || (!!location && location.kind !== "country"));
  return event;
}

/** Great-circle distance in km between two places with coordinates (Infinity without them). */
function kmBetween(a: Place, b: Place): number {
  return a.lat == null || a.lon == null || b.lat == null || b.lon == null ? Infinity : distanceKm(a.lat, a.lon, b.lat, b.lon);
}

/** whether an event's place is a city or a site, not a whole country (for the story-place fallback) */
const CITY_LEVEL = new WeakMap<ExtractedEvent, boolean>();

/**
 * In the sentences that go on about an encounter, the place closest to a word of meeting,
 * receiving or visiting ("استقبله الوزير في مكتبه بالعاصمة"), within a few words of it.
 */
function placeNearEncounterWord(list: SentenceView[]): PlaceMention | null {
  let best: { p: PlaceMention; d: number } | null = null;
  for (const s of list) {
    // (not a visit told as background: "إذ كان X قد زار طرابلس في يناير" is another trip)
    const anchors = s.words.map((w, k) => (hasForm(w, anaphorSet()) || hasForm(w, encounterWords()) ? k : -1))
      .filter((k) => k >= 0 && !s.words.slice(Math.max(0, k - 4), k).some((w) => pluperfectWords().has(w.norm)));
    for (const pl of s.places) {
      if (!pl.locative || pl.kind === "country") continue;
      const d = Math.min(...anchors.map((k) => Math.abs(k - pl.w0)));
      if (d <= 8 && (!best || d < best.d)) best = { p: pl, d };
    }
  }
  return best?.p ?? null;
}
let arrival: Set<string> | undefined;
const arrivalWords = () => (arrival ??= normSet(readLexicon<{ upon_arrival?: string[] }>("events.yaml").upon_arrival ?? []));
let encounter: Set<string> | undefined;
const encounterWords = () => (encounter ??= normSet(["استقبل", "استقبله", "استقبلها", "استقبلهم", "التقى", "التقاه", "التقاها", "اجتمع", "زيارة", "زيارته", "زيارتها", "زار", "وصل", "مكتبه", "مكتبها", "بمكتبه", "مقر", "بمقر", "قصر", "بقصر"]));

/**
 * The heading line right above an item of a timeline or a log: a line that holds a date and at
 * most a place, bullets and dashes ("▪️ 20 فبراير 2014 - طرابلس"، "يوليو 2019 - اتصال هاتفي"),
 * with no full stop and nobody named in it.
 */
function headingOf(sentence: number, ctx: AssembleContext): { date: DateValue | null; place: PlaceMention | null } | null {
  const k = ctx.sentences.findIndex((v) => v.index === sentence);
  const h = k > 0 ? ctx.sentences[k - 1] : undefined;
  if (!h) return null;
  const strict = headingLine(h);
  if (!strict && !datedTitleLine(h)) return null;
  const date = h.dates.length === 1 ? h.dates[0] : null;
  // (a titled heading's place may be what it is about; the item's own place is said in it)
  const place = strict ? h.places.find((p) => p.kind !== "region" && p.kind !== "sea") ?? null : null;
  return { date, place };
}

/** A line that opens with its one date, then a short title, with no full stop: "الثلاثاء | A في B". */
function datedTitleLine(h: SentenceView): boolean {
  if (h.dates.length !== 1 || endsWithStop(h) || h.words.length > 12) return false;
  const first = h.words.find((w) => w.token.kind !== "punct" && w.token.kind !== "other");
  return !!first && first.token.start >= h.dates[0].span.start && first.token.end <= h.dates[0].span.end;
}

/** A line that holds a date and at most a place and two other words, with no full stop and nobody named in it. */
function headingLine(h: SentenceView): boolean {
  if (!h.dates.length || h.people.length || endsWithStop(h) || h.words.length > 12) return false;
  const inDate = (w: Word) => h.dates.some((d) => w.token.start >= d.span.start && w.token.end <= d.span.end);
  const inPlace = (i: number) => h.places.some((p) => i >= p.w0 && i < p.w1);
  let other = 0;
  h.words.forEach((w, i) => { if (w.token.kind !== "punct" && w.token.kind !== "other" && !inDate(w) && !inPlace(i)) other++; });
  return other <= 2;
}

/**
 * "X يختتم جولته بلقاء Y في روما": the one city a headline without a full stop says
 * something happened in, when it names one of the encounter's people.
 */
function headlineCity(p: Pair, ctx: AssembleContext): PlaceMention | null {
  const h = ctx.sentences[0];
  if (!h || endsWithStop(h)) return null;
  const ids = ctx.entitiesBySentence.get(h.index);
  if (!ids || !(ids.has(p.a.id) || ids.has(p.b.id))) return null;
  const cities = h.places.filter((x) => x.locative && x.kind !== "country" && x.kind !== "region" && x.kind !== "sea");
  return cities.length === 1 ? cities[0] : null;
}

/** Does the text at `at` stand among the sentence's first three words (a dateline's place and date)? */
function opensSentence(s: SentenceView, at: number): boolean {
  let k = 0;
  for (const w of s.words) {
    if (w.token.start >= at) return true;
    if (w.token.kind === "word" && ++k > 3) return false;
  }
  return false;
}

/**
 * The words of a person's name or title say who someone is, not what was discussed: "وزير خارجية
 * النيجر" is no talk of the Sahel, "رئيس جهاز مكافحة الهجرة" no talk of migration by itself. (A
 * body's name is left to count: "بعثة إيريني" is its mission's subject.)
 */
const inMention = (s: SentenceView) => {
  const named = new Uint8Array(s.words.length);
  for (const m of s.people) if (m.type !== "org") named.fill(1, m.w0, m.w1);
  return (i: number): boolean => named[i] === 1;
};

const precisionRank = (p: string) => (p === "day" ? 0 : p === "month" ? 1 : 2);

// the clause of a trigger runs from the previous trigger's end to the next trigger
// (but after another encounter's trigger in the sentence, the words before this one's are still
// about that one: "التقى A B في لقاء تناول X، فيما عقد C اجتماعا مع D ركز على Y" — X is not C's)
const clauseStart = (_s: SentenceView, r: RawEvent, ctx: AssembleContext): number => {
  if ((EVENT_TRIGGERS.get(ctx)?.get(r.sentence) ?? []).some((k) => k < r.trigger.w0)) return Math.max(r.clause[0], r.trigger.w0);
  return r.clause[0];
};
/**
 * The topics of a trigger reach past the next triggers that made no encounter: "أجرى X محادثات مع
 * Y، تناولت التحضير لاجتماع اللجنة …، وملف …" — تناولت and لاجتماع go on about this one.
 */
const clauseEnd = (s: SentenceView, r: RawEvent, ctx: AssembleContext): number => {
  const next = (EVENT_CLAUSES.get(ctx)?.get(r.sentence) ?? []).filter((k) => k > r.clause[0]);
  return next.length ? Math.max(r.clause[1], Math.min(...next)) : s.words.length;
};
const EVENT_CLAUSES = new WeakMap<AssembleContext, Map<number, number[]>>();
const EVENT_TRIGGERS = new WeakMap<AssembleContext, Map<number, number[]>>();
const REFERENCES = new WeakMap<AssembleContext, Set<RawEvent>>();

function participant(e: DocEntity, role: "host" | "guest" | undefined, ctx: AssembleContext): Participant {
  const title = e.titles.slice().sort((a, b) => b.length - a.length)[0];
  const p: Participant = {
    name: e.name || undefined,
    title,
    name_en: e.name_en ?? (e.name && ctx.transliterate ? ctx.transliterate(e.name) : undefined),
    country: e.country,
    entity: e.id,
    kb_id: e.kb_id,
  };
  if (role) p.role = role;
  return p;
}

export type { Place };
