// When and where an encounter was: the date and the place a trigger's clause gives it (not the
// date of what was signed then, nor since when something lasts, nor the region the talks were
// about), "في اليوم ذاته" for the day told before, and a bulletin item's own dateline.
import type { DateValue } from "../types.js";
import type { PlaceMention, SentenceView } from "./events.js";
import type { Trigger } from "./triggers.js";
import { frameWords as glue } from "./frame-words.js";
import { normSet, readLexicon } from "./lexicon.js";
import { hasForm, isPunct, type Word } from "./words.js";
import { mentionLexicon } from "./mentions.js";
import { agencyInSlashes } from "./places.js";

/** How well a place of the clause says where the trigger's encounter was (lower is better). */
function placeRank(p: PlaceMention, t: Trigger): number {
  return (p.locative ? 0 : 10) + (p.kind === "country" ? 5 : 0) + (p.w0 < t.w0 ? 1 : 0) + Math.abs(p.w0 - t.w0) / 1000 -
    (p.locative && p.w0 >= t.w1 && p.w0 - t.w1 <= 3 ? 6 : 0);
}

/**
 * "واستقبل كونتي حفتر في اليوم ذاته" (نفسه، في نفس اليوم، في ذات اليوم): the clause dates its
 * encounter by the day the article gave last, in an earlier sentence.
 */
export function sameDay(s: SentenceView, lo: number, hi: number, dayBefore: DateValue | null): DateValue | null {
  for (let k = lo; k + 1 < hi; k++) {
    const w = s.words[k], x = s.words[k + 1];
    // (the day given last before the phrase: earlier in this sentence, or in one before it)
    let last = dayBefore;
    for (const d of s.dates) if (d.precision === "day" && d.span.end <= w.token.start && !scheduledDate(s, d)) last = d;
    if (!last) continue;
    const day = (v: Word) => v.forms.some((f) => f === "اليوم");
    if ((day(w) && glue().same.has(x.norm)) || (glue().same.has(w.norm) && day(x))) return { ...last, text: `${w.token.text} ${x.token.text}` };
    // "في اليوم التالي" / "السابق": the day after or before it
    // ("وقبل ذلك بيوم"، "بعد ذلك بيومين": counted from it; "وجاء ذلك بعد يوم من لقاء جمع A
    // وB": the encounter named was that many days before the one told last)
    const fromThat = x.norm === "ذلك";
    // (only an encounter after من: "قبل يومين من انعقاد مؤتمر برلين" dates nothing told here)
    const days = fromThat ? DAYS_BY.get(s.words[k + 2]?.norm ?? "") : s.words[k + 2]?.norm === "من" && k + 3 < hi && hasForm(s.words[k + 3], mentionLexicon().encounterNouns) ? DAYS_OF.get(x.norm) : undefined;
    const direction = w.forms.includes("قبل") ? -1 : w.forms.includes("بعد") ? 1 : 0;
    // ("وبعد يومين التقى …": counted on from the day told last; "قبل يومين" alone counts back
    // from the publication day, which dates.ts reads)
    const later = direction === 1 && !fromThat && s.words[k + 2]?.norm !== "من" ? DAYS_OF.get(x.norm) : undefined;
    const shift = day(w) ? DAY_AFTER.get(x.norm) : days ? (fromThat ? direction : -direction) * days || undefined : later;
    if (shift && last.precision === "day" && /^\d{4}-\d{2}-\d{2}$/.test(last.value)) {
      const d = new Date(`${last.value}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + shift);
      return { ...last, value: d.toISOString().slice(0, 10), text: `${w.token.text} ${x.token.text}` };
    }
  }
  return null;
}
const DAY_AFTER = new Map([["التالي", 1], ["الموالي", 1], ["السابق", -1]]);
/** "بيوم"، "بيومين" after "قبل ذلك"/"بعد ذلك": how many days (normalized) */
const DAYS_BY = new Map([["بيوم", 1], ["بيومين", 2]]);
/** "يوم"، "يومين" in "بعد يوم من …" */
const DAYS_OF = new Map([["يوم", 1], ["يومين", 2]]);

/**
 * Where the dateline of a sentence that opens with one ends (its dash: "روما، 5 فبراير 2025 -"),
 * as a text offset; -1 without one.
 */
function datelineEnd(s: SentenceView): number {
  // (a town whose name is also a word — القبة، البيضاء — is known for a place only in a locative:
  // a full date right after the opening word makes a dateline all the same)
  const datedOpening = s.dates.some((d) => d.kind === "explicit" && s.words.length > 2 && d.span.start >= s.words[1].token.start && d.span.start <= s.words[2].token.start);
  if (!s.places.some((p) => p.w0 <= 1) && !datedOpening) return -1;
  for (let k = 1; k < Math.min(s.words.length, 14); k++) if (isPunct(s.words[k], "-–—|")) return s.words[k].token.end;
  // ("فاليتا 29 مايو 2020 (شينخوا) …": with no dash, an agency's name in brackets closes it)
  for (let k = 2; k < Math.min(s.words.length, 14); k++) if (isPunct(s.words[k], ")") && isPunct(s.words[k - 2], "(")) return s.words[k].token.end;
  // ("الدوحة في 25 أكتوبر /قنا/ …": or an agency's name between slashes)
  for (let k = 3; k < Math.min(s.words.length, 14); k++) if (agencyInSlashes(s.words, k, 1)) return s.words[k].token.end;
  return -1;
}

/** The index of the last word of the sentence that ends at or before text offset `start` (-1 if none). */
function wordBefore(s: SentenceView, start: number): number {
  let k = s.words.length - 1;
  while (k >= 0 && s.words[k].token.end > start) k--;
  return k;
}

/** A منذ between word `from` and the date at offset `start`, with no stop between it and the date. */
function sinceAfter(s: SentenceView, from: number, start: number): boolean {
  for (let k = wordBefore(s, start); k >= from; k--) {
    if (isPunct(s.words[k], "،,.:؛;")) return false;
    if (glue().since.has(s.words[k].norm)) return true;
  }
  return false;
}

/** The date at offset `start` follows منذ ("منذ العام الماضي"، "منذ مطلع العام"). */
export function afterSince(s: SentenceView, start: number): boolean {
  let k = wordBefore(s, start);
  if (k >= 0 && s.words[k].norm === "مطلع") k--;
  return k >= 0 && glue().since.has(s.words[k].norm);
}

/** A word of `set` among the `reach` words before the date at `start`, no comma or stop between. */
function shortlyBefore(s: SentenceView, start: number, set: ReadonlySet<string>, reach: number): boolean {
  const k = wordBefore(s, start);
  for (let j = k; j >= 0 && j > k - reach; j--) {
    if (isPunct(s.words[j], "،,.:؛;")) return false;
    if (set.has(s.words[j].norm)) return true;
  }
  return false;
}

/** "مقارنة بالفترة ذاتها من العام الماضي": a comparison word a few words before the date. */
export const comparedWith = (s: SentenceView, start: number): boolean => shortlyBefore(s, start, glue().compared, 5);

/** "في بيان نشرته مساء أمس": the day a statement was put out on, a verb of it just before the date. */
export const putOutOn = (s: SentenceView, start: number): boolean => shortlyBefore(s, start, glue().put_out, 2);

/** "منذ تعيينه خلفا لـ X في 16 أكتوبر" (or right before it, "منذ مطلع العام"): a منذ a few words before the date. */
export const sinceClause = (s: SentenceView, start: number): boolean => shortlyBefore(s, start, glue().since, 7);

/** "حتى صباح اليوم"، "بحلول نهاية الشهر": the date at `start` is a deadline. */
export function afterUntil(s: SentenceView, start: number): boolean {
  let k = wordBefore(s, start);
  if (k >= 0 && glue().until_parts.has(s.words[k].norm)) k--;
  return k >= 0 && glue().until.has(s.words[k].norm);
}

let scheduled: Set<string> | undefined;
const scheduledWords = () => (scheduled ??= normSet(readLexicon<{ scheduled: string[] }>("events.yaml").scheduled));
/**
 * A date something is due on ("الانتخابات المقررة في 24 ديسمبر المقبل"): a participle of what is
 * scheduled within three words before it. No day the story happened on.
 */
export function scheduledDate(s: SentenceView, d: DateValue): boolean {
  const k = wordBefore(s, d.span.start);
  for (let j = k; j >= 0 && j > k - 3; j--) if (scheduledWords().has(s.words[j].norm)) return true;
  return false;
}
/**
 * A participle of something done then stands within four words before the date at `start`; or
 * one of something scheduled that qualifies another noun than the trigger's ("الانتخابات المقررة
 * في 24 ديسمبر": when the elections are due, not when they met; "اللقاء المقرر في 5 مارس" and
 * "لقاء X مع Y المقرر في 5 مارس" give the encounter's own date).
 */
function afterParticiple(s: SentenceView, start: number, t: Trigger): boolean {
  const k = wordBefore(s, start);
  for (let j = k; j >= 0 && j > k - 4; j--) {
    if (glue().done_then.has(s.words[j].norm)) return true;
    if (scheduledWords().has(s.words[j].norm) && !(j - 1 >= t.w0 && j - 1 < t.w1) && !s.people.some((p) => p.w1 === j)) return true;
  }
  return false;
}

/**
 * The date stands in a relative clause on a thing the encounter was about: "ناقش مذكرتي التفاهم
 * اللتين وقعتهما الحكومة مع تركيا الشهر الماضي" — when they were signed. (On the encounter
 * itself, "اللقاء الذي عقد أمس", or the trip it was part of, the clause dates it.)
 */
export function inRelativeClause(s: SentenceView, start: number, t?: Trigger): boolean {
  const k = wordBefore(s, start);
  // (the clause still open: no punctuation, nor the trigger, between the pronoun and the date —
  // "رفض المبلغ الذي أعلن الاتحاد صرفه الشهر الماضي، … خلال لقائه X")
  for (let j = k; j >= 0 && j > k - 10; j--) {
    if (isPunct(s.words[j], "،,.:؛;") || (t && j >= t.w0 && j < t.w1)) return false;
    if (!glue().relative_pronouns.has(s.words[j].norm)) continue;
    // (a clause that tells an encounter or a trip — "X الذي زار إيران أول من أمس، والتقى Y" — dates it)
    if (s.triggers?.some((x) => x.w0 === j + 1 || x.w0 === j + 2)) return false;
    // (the antecedent phrase names a meeting or a trip, its qualifiers between: "الاجتماع الثالث
    // لمجموعة الاتصال حول ليبيا، الذي استضافته أبوظبي أمس")
    const phrase = s.words.slice(Math.max(0, j - 8), j);
    return !phrase.some((w) => hasForm(w, mentionLexicon().encounterNouns) || hasForm(w, glue().trips));
  }
  return false;
}

/** "قبل أن" / "بعد أن" at word k: a clause of what was done before or after opens there. */
export function movesOn(words: Word[], k: number): boolean {
  const w = words[k];
  return !!w && (w.forms.includes("قبل") || w.forms.includes("بعد")) && words[k + 1]?.norm === "ان";
}

/** "…، جرى خلاله الاتفاق على …": the content of the encounter opens at k, what was done during it. */
function doneDuring(words: Word[], k: number): boolean {
  return k > 0 && glue().done_during.has(words[k].norm) && glue().during_it.has(words[k + 1]?.norm ?? "") && isPunct(words[k - 1], "،,");
}

/** The date of an encounter: the nearest date expression within the trigger's clause [lo, hi). */
export function pickDate(s: SentenceView, t: Trigger, lo: number, hi: number): DateValue | null {
  const tStart = s.words[t.w0].token.start;
  const loChar = lo > 0 ? s.words[lo - 1].token.end : s.span.start;
  const hiChar = hi < s.words.length ? s.words[hi].token.start : s.span.end;
  let best: DateValue | null = null;
  let bestDist = Infinity;
  const dateline = datelineEnd(s);
  for (const d of s.dates) {
    if (d.span.start < loChar || d.span.end > hiChar) continue;
    // ("منذ العام الماضي": since when something lasts, not when they met; "مذكرة التفاهم
    // الموقعة بين البلدين في فبراير الماضي": when the memorandum was signed)
    // ("بزيادة 200 في المئة مقارنة بالفترة ذاتها من العام الماضي": a period compared with)
    if (afterSince(s, d.span.start) || afterParticiple(s, d.span.start, t) || inRelativeClause(s, d.span.start, t) || comparedWith(s, d.span.start)) continue;
    // ("أول لقاء يجمعهما منذ منح مجلس النواب الثقة للحكومة في مارس الماضي": since when, however far
    // the منذ stands after the trigger, no stop between)
    if (d.span.start > tStart && sinceAfter(s, t.w1, d.span.start)) continue;
    // (nor a date of what was said at the encounter: "وقال X، خلال لقائه Y، إن الوزارة وثقت
    // 62 ألف عقد خلال العام الماضي")
    if (d.span.start > s.words[t.w1 - 1].token.end && s.words.some((w) => w.token.start >= s.words[t.w1 - 1].token.end && w.token.end <= d.span.start && glue().said_that.has(w.norm))) continue;
    // (a date before "كما"/"ثم" is the clause before's: "بعد لقائهما في مايو 2017، كما جمعهما X في مايو 2018")
    // ("ثم" only after a comma: "زارت طرابلس ثم بنغازي" joins two places)
    if (d.span.end <= tStart && s.words.some((w, k) => w.token.start >= d.span.end && w.token.end <= tStart && glue().clause_goes_on.has(w.norm) &&
      (w.norm === "كما" || isPunct(s.words[k - 1], "،,")))) continue;
    // (the dateline's day is when the story was filed: another date of the clause says when it happened,
    // and so does a day the sentence gives further on — "القاهرة في 12 يناير - بحث X مع Y، خلال لقائهما أمس")
    if (d.span.end <= dateline && dateline <= tStart && s.dates.some((x) => x.span.start >= dateline && x.precision === "day")) continue;
    const dist = Math.abs(d.span.start - tStart) + (d.precision === "year" ? 200 : 0) + (d.span.end <= dateline && dateline <= tStart ? 1000 : 0);
    if (dist < bestDist) { best = d; bestDist = dist; }
  }
  return best;
}

/** true when offset `at` of the sentence lies inside «…» or “…” */
export function quotedAt(s: SentenceView, at: number): boolean {
  let depth = 0;
  let straight = 0;
  let i = 0;
  for (; i < s.words.length; i++) {
    const t = s.words[i].token.text;
    if (s.words[i].token.start >= at) break;
    if (t === "«" || t === "“") depth++;
    else if ((t === "»" || t === "”") && depth > 0) depth--;
    else if (t === '"') straight++;
  }
  if (depth > 0 || straight % 2 === 1) return true;
  // (a quotation opened in an earlier sentence — the splitter cut it at a full stop — that this
  // one closes: "… رأيتها اليوم تمنحني الأمل»." or with straight marks, the last one at its end)
  let lastStraight = -1;
  for (let k = i; k < s.words.length; k++) {
    const t = s.words[k].token.text;
    if (t === "«" || t === "“") return false;
    if (t === "»" || t === "”") return true;
    if (t === '"') { straight++; lastStraight = k; }
  }
  return straight % 2 === 1 && s.words.slice(lastStraight + 1).every((w) => w.token.kind === "punct");
}

/** The place of an encounter: a locative place mention in the trigger's clause, most specific first. */

export function pickPlace(s: SentenceView, t: Trigger, lo: number, hi: number): PlaceMention | null {
  // (a region or a sea is what the talks were about — "مكافحة الإرهاب في الجنوب الليبي"، "الهجرة
  // في المتوسط" — not where they were held)
  // (nor a border crossing named in what they discussed — "حركة العبور في منفذ رأس اجدير" —
  // unless said right after the verb)
  // (nor a place past "قبل أن"/"بعد أن": where he went before or after — "التقى X، قبل أن يتوجه
  // إلى بنغازي")
  // "زيارة X إلى المدينة، حيث التقى Y": حيث right before the trigger points back to the place said
  // just before it, whatever places the rest of the sentence names — unless the clause says its
  // own ("إلى المدينة حيث استقبله X بمقره في الضاحية"), or that place is one of several ("زارت
  // مدينة ثم أخرى، حيث التقت A في الأولى وB في الثانية")
  const where = s.words.findIndex((w, k) => k >= t.w0 - 2 && k < t.w0 && (w.norm === "حيث" || w.norm === "وحيث"));
  if (where > 0) {
    const back = isPunct(s.words[where - 1]) ? where - 1 : where;
    let there = s.places.find((p) => p.w1 === back && p.kind !== "region" && p.kind !== "sea");
    // ("إلى منطقة X شرق المدينة Y، حيث": the place the direction is given from is the landmark)
    const from = there && s.places.find((p) => p.w1 === there!.w0 - 1 && mentionLexicon().directions.has(s.words[p.w1].norm));
    if (from) there = from;
    const own = s.places.some((p) => p.locative && p.w0 >= t.w1 && p.w0 < hi && p.w0 - t.w1 <= 8);
    const several = !!there && (s.words[there.w0].conj === "و" || s.words[there.w0 - 1]?.norm === "ثم") && s.places.some((p) => p !== there && p.w1 >= there.w0 - 2 && p.w1 <= there.w0);
    if (there && !own && !several) return there;
  }
  // "خلال زيارته الأخيرة إلى بنغازي التقى X": the trip the encounter happened during went there
  const during = s.places.find((p) => p.w0 >= lo && p.w1 <= t.w0 && t.w0 - p.w1 <= 3 && duringTripTo(s.words, p.w0));
  if (during) return { ...during, locative: true };
  // (nor a place past what was done during it: "…، جرى خلاله الاتفاق على تدريب الأطقم في صقلية")
  const movedOn = s.words.findIndex((_, k) => k >= t.w1 && k < hi && (movesOn(s.words, k) || doneDuring(s.words, k)));
  const end = movedOn >= 0 ? movedOn : hi;
  // (a crossing right after who met and when is where: "اجتمع بالطرابلسي مطلع الشهر الجاري بمعبر رأس جدير")
  const saidOfEncounter = (c: number) => c <= t.w1 || s.people.some((m) => m.w1 === c) ||
    s.dates.some((d) => d.span.end === s.words[c - 1]?.token.end);
  const crossingAt = (p: PlaceMention) => hasForm(s.words[p.w0], glue().crossings) ? p.w0 : p.w0 > 0 && hasForm(s.words[p.w0 - 1], glue().crossings) ? p.w0 - 1 : -1;
  // (nor a place in a quotation the trigger is outside of: "تركز على «نقل مقاتلين إلى طرابلس»" is
  // what was said; "«التقيت X اليوم في بنغازي»" is where)
  const quotedTrigger = quotedAt(s, s.words[t.w0].token.start);
  const inClause = s.places.filter((p) => p.w0 >= lo && p.w0 < end && p.kind !== "region" && p.kind !== "sea" && (quotedTrigger || !quotedAt(s, p.start)) &&
    !(p.w0 - t.w1 > 3 && crossingAt(p) >= 0 && !saidOfEncounter(crossingAt(p))));
  // after the trigger first: where an encounter was follows its report ("لقائه بX في روما"); a
  // place before it is often another clause's ("زيارة بيانتيدوزي إلى طرابلس بعد ... لقائه")
  // (a place said right after the trigger is where, country or not: "لقاءه المقرر في الجزائر مع
  // X، رئيس برلمان طرابلس"; elsewhere a city says more than its country)
  inClause.sort((a, b) => placeRank(a, t) - placeRank(b, t));
  let best = inClause[0];
  // "بمقر الأمم المتحدة في جنيف": a site's city said right after it is where the site is (a body
  // has seats in several cities; the base knows one)
  const cityAfter = best?.kind === "site" ? s.places.find((p) => p.kind === "city" &&
    ((p.w0 === best!.w1 + 1 && s.words[best!.w1].norm === "في") || (p.w0 === best!.w1 && /^ب/.test(s.words[p.w0].norm) && s.words[p.w0].forms.length > 1))) : undefined;
  if (cityAfter) best = { ...cityAfter, locative: true };
  // a bulletin's item opens with its own dateline: "— روما: استقبل …" (a city: more than a
  // country the clause names — "• فاليتا: اجتمع أبيلا بالمنفي، الذي يقوم بزيارة إلى مالطا")
  const item = itemDateline(s);
  // (a palace named after a place of another country than the item's city is in that city: "روما: …
  // في قصر ماداما" — Palazzo Madama, not Madama in Niger)
  const namedSite = !!best && !!item && best.place.country !== item.place.country && best.w0 > 0 && hasForm(s.words[best.w0 - 1], mentionLexicon().facilities);
  if (best && best.locative && (best.kind !== "country" || !item) && !namedSite) return best;
  return item;
}

/** "خلال زيارته (الأخيرة) إلى X": the place at `at` is where a trip, during which, went. */
function duringTripTo(words: Word[], at: number): boolean {
  if (at < 3 || words[at - 1].norm !== "الي") return false;
  for (let j = at - 2; j >= Math.max(1, at - 4); j--) if (hasForm(words[j], glue().trips)) return glue().during_trip.has(words[j - 1].norm);
  return false;
}

/** A bullet, a dash, or an item's number and its ")" / "-" / ".". */
function isItemMark(w: Word): boolean {
  const k = w.token.kind;
  return k === "number" || (k === "other" && !/\p{L}/u.test(w.token.text)) || isPunct(w, "-–—•*▪●◆■).");
}

/** The city a sentence opens with, behind a dash, bullet or item number at most and before ":" ("— روما: …"). */
function itemDateline(s: SentenceView): PlaceMention | null {
  // (behind a bullet or an item's number: "• فاليتا: …"، "1) روما: …"، "2- طرابلس: …")
  // (or a live page's hour: "09:30 — الرجمة: …")
  const w = s.words;
  let first = w.length > 3 && w[0].token.kind === "number" && isPunct(w[1], ":") && w[2].token.kind === "number" ? 3 : 0;
  if (first === 0 && w.length > 1 && w[0].token.kind === "number" && /^\d{1,2}:\d{2}$/.test(w[0].token.text)) first = 1;
  const marks = first + 3;
  while (first < marks && first < w.length && isItemMark(w[first])) first++;
  const p = s.places.find((x) => x.w0 === first && x.kind !== "region" && x.kind !== "sea");
  if (!p) return null;
  // (":" only: "طرابلس - …" is the article's dateline, which the assembly weighs against the story's places)
  return isPunct(s.words[p.w1], ":") ? { ...p, itemDateline: true } : null;
}
