// Places in a sentence (from the knowledge base's gazetteer), whether the text puts them as
// where something happened (في طرابلس، بروما، إلى العاصمة الليبية طرابلس), the article's
// dateline ("طرابلس - ..."), and the visits it reports (زار / وصل إلى / زيارة ... إلى X),
// which place an encounter when its own sentence does not.
import type { DocEntity } from "./coref.js";
import type { PlaceMention, SentenceView } from "./events.js";
import { normSet, readLexicon } from "./lexicon.js";
import { mentionLexicon, type PersonMention } from "./mentions.js";
import { countryLexicon } from "./countries.js";
import { pluperfectWords, statusAround, withoutFuturePrefix, type Trigger } from "./triggers.js";
import { hasForm, isPunct, type Word } from "./words.js";
import type { Resources } from "../resolve/resources.js";
import type { Place } from "../types.js";
import { tokenize } from "../read/tokens.js";
import { toWords } from "./words.js";

let locatives: Set<string> | undefined;
const locativeSet = () => (locatives ??= normSet(readLexicon<{ locatives: string[] }>("events.yaml").locatives));

const CITY_WORDS = normSet(["العاصمة", "مدينة", "عاصمة", "منطقة", "بلدة", "قرية"]);
/** "زار X طرابلس": the verb takes the place as its object */
const VISIT_VERBS = normSet(["زار", "زارت", "يزور", "تزور", "سيزور", "ستزور"]);
const TRIP_QUALIFIERS = normSet(["الأخيرة", "الأخير", "السابقة", "السابق", "الماضية", "المقبلة", "المقبل", "المرتقبة", "القادمة", "المرتقب"]);
const VISIT_WORDS = normSet(["الزيارة", "الزياره", "زار", "يزور", "زارت", "تزور", "زيارة", "زيارته", "زيارتها", "وصل", "وصلت", "يصل", "تصل", "وصوله", "وصولها", "توجه", "توجهت", "قدم", "قادما", "حل", "حلت"]);

export function placeMentions(words: Word[], people: PersonMention[], R: Resources): PlaceMention[] {
  const out: PlaceMention[] = [];
  if (!R.gazetteer) return out;
  const covered = new Uint8Array(words.length);
  for (const m of people) if (m.type === "person" || m.type === "title") for (let k = m.w0; k < m.w1; k++) covered[k] = 1;
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const capital = capitalByAdjective(words, i, R);
    if (capital) { out.push(capital); i++; continue; }
    const g = R.gazetteer.match(words, i, "place");
    if (!g) continue;
    if (g.kind !== "place") { i = g.end - 1; continue; }
    // of several places of that name, one that needs no context ("تونس": the city is
    // ambiguous, the country is not); a name of several words is never ambiguous ("تونس العاصمة")
    const places = g.ids.map((id) => R.place(id)).filter((p): p is NonNullable<typeof p> => !!p);
    const place = places.find((p) => !p.ambiguous) ?? places[0];
    if (!place) continue;
    // a name that is also an ordinary word (الخمس، البيضاء) needs "مدينة" before it, or a dateline
    // (or "في" before it at the end of a clause: "… عقيلة صالح في القبة.")
    if (place.ambiguous && g.end - i === 1 && !hasForm(words[i - 1], CITY_WORDS) && !(i === 0 && isPunct(words[g.end], "-–—:(")) &&
      !(words[i - 1]?.norm === "في" && (g.end === words.length || isPunct(words[g.end], ".،,؛;")))) { i = g.end - 1; continue; }
    out.push({
      w0: i, w1: g.end,
      start: words[i].token.start, end: words[g.end - 1].token.end,
      place: place.place, kind: place.kind,
      locative: isLocative(words, i, R),
    });
    i = g.end - 1;
  }
  return out;
}

let seatPosts: string[][] | undefined;
const seats = new WeakMap<Resources, Map<string, Place | null>>();
/**
 * The city a mayor's or governor's post is of ("عميد بلدية مصراتة" → مصراتة): where the holder
 * receives. Null for any other post, or a post of a country or a region.
 */
export function seatOf(title: string, R: Resources): Place | null {
  // (asked of every title of every unplaced meeting's people: the same few titles come back)
  let known = seats.get(R);
  if (!known) seats.set(R, (known = new Map()));
  if (known.has(title)) return known.get(title)!;
  const seat = readSeat(title, R);
  if (known.size < 10_000) known.set(title, seat);
  return seat;
}

function readSeat(title: string, R: Resources): Place | null {
  seatPosts ??= (readLexicon<{ seat_posts?: string[] }>("titles.yaml").seat_posts ?? []).map((x) => [...normSet(x.split(/\s+/))]);
  const toks = tokenize(title);
  const words = toWords(toks, 0, toks.length);
  const bare = (w: Word) => w.norm.replace(/^ال/, "");
  const post = seatPosts.find((p) => p.every((x, k) => words[k] && bare(words[k]) === x.replace(/^ال/, "")));
  if (!post || !R.gazetteer) return null;
  for (let i = post.length; i < words.length; i++) {
    const g = R.gazetteer.match(words, i, "place");
    if (!g || g.kind !== "place") continue;
    const p = g.ids.map((id) => R.place(id)).find((x) => !!x && (x.kind === "city" || x.kind === "town" || x.kind === "capital"));
    return p ? p.place : null;
  }
  return null;
}

/**
 * "في العاصمة الإيطالية"، "بالعاصمة المصرية": the capital of the adjective's country, when its
 * name does not follow (then the name is the place: "العاصمة الليبية طرابلس").
 */
function capitalByAdjective(words: Word[], i: number, R: Resources): PlaceMention | null {
  const w = words[i];
  // (asked of every word: the cheap test first)
  if (!w.norm.endsWith("العاصمه") || !/^(و?[بل])?العاصمه$/.test(w.norm)) return null;
  const C = countryLexicon();
  const code = C.adjectives.get(words[i + 1]?.norm ?? "");
  const id = code ? C.capitals.get(code) : undefined;
  const capital = id ? R.place(id) : null;
  if (!capital || R.gazetteer?.match(words, i + 2, "place")) return null;
  return { w0: i, w1: i + 2, start: w.token.start, end: words[i + 1].token.end, place: capital.place, kind: capital.kind, locative: isLocative(words, i, R) || /^و?[بل]/.test(w.norm) };
}

/** The person named after place `at` is the object of another verb of meeting between them. */
function takenAfter(v: SentenceView, at: number, m: PersonMention): boolean {
  return m.w0 > at && (v.triggers ?? []).some((t) => t.w0 > at && t.w0 < m.w0);
}

/** في X، بX، إلى X، بمدينة X، في العاصمة الليبية X */
function isLocative(words: Word[], i: number, R: Resources): boolean {
  const w = words[i];
  // "زيارته الأخيرة إلى واشنطن": a past or coming trip elsewhere, not where this happens
  for (let k = Math.max(0, i - 4); k < i; k++) if (hasForm(words[k], TRIP_QUALIFIERS)) return false;
  // the place word itself carries ب / ل: "بروما", "بتونس العاصمة" (but "برلين" is a name of its own)
  if (w.forms.length > 1 && /^(و?[بل])/.test(w.norm) && !R.gazetteer?.isWholeName(w.conj ? w.forms[1] : w.norm)) return true;
  const adj = countryLexicon().adjectives;
  let k = i - 1;
  while (k >= 0 && isPunct(words[k], "\"«“'‘《")) k--; // في "قصر كيجي"

  // skip "العاصمة الليبية", "مدينة"
  while (k >= 0 && i - k <= 3 && (adj.has(words[k].norm) || hasForm(words[k], CITY_WORDS))) {
    if (hasForm(words[k], locativeSet())) return true;
    k--;
  }
  if (k >= 1 && hasForm(words[k], gatheringNames()) && (words[k - 1].norm === "هامش" || (k >= 2 && hasForm(words[k - 1], proceedings()) && words[k - 2].norm === "هامش"))) return true;
  return k >= 0 && hasForm(words[k], locativeSet());
}
let gatherings: Set<string> | undefined;
const gatheringNames = () => (gatherings ??= normSet(readLexicon<{ gathering_names: string[] }>("events.yaml").gathering_names));
let proceedingWords: Set<string> | undefined;
const proceedings = () => (proceedingWords ??= normSet(readLexicon<{ gathering_proceedings: string[] }>("events.yaml").gathering_proceedings));

const INVITATION = normSet(["دعوة", "دعوه", "الدعوة", "دعا", "دعاه", "يدعو"]);
const TO = normSet(["إلى", "الى", "لمدينة", "للعاصمة", "العاصمة", "مدينة"]);
/** "بزيارة قاعدة تارانتو"، "زار ميناء مصراتة": the place names the site visited, right after the visit word. */
function siteOf(words: Word[], k: number, p: number): boolean {
  return p === k + 2 && !words[k + 1].conj && hasForm(words[k + 1], mentionLexicon().facilities);
}

function isDestination(words: Word[], i: number): boolean {
  const w = words[i];
  if (w.forms.length > 1 && /^(و?ل)/.test(w.norm)) return true; // "لطرابلس"
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && (isPunct(words[k]) || countryLexicon().adjectives.has(words[k].norm) || hasForm(words[k], TO))) {
    if (hasForm(words[k], TO) && (words[k].norm === "الي" || words[k].norm === "إلى" || words[k].forms.some((f) => f === "الي"))) return true;
    if (/^ل/.test(words[k].norm) && hasForm(words[k], TO)) return true;
    k--;
  }
  return false;
}

let hostVerbs: Set<string> | undefined;
const hostVerbSet = () => (hostVerbs ??= normSet(readLexicon<{ host_verbs: string[] }>("events.yaml").host_verbs));

/**
 * A dateline: a paragraph opening with a place and a dash ("طرابلس - ", "روما – "). Without one,
 * the city the opening sentences say hosted the story ("استضافت طرابلس، أمس، منتدى ...").
 */
export function findDateline(views: SentenceView[]): PlaceMention | null {
  return dashDateline(views) ?? hostCity(views) ?? gatheringCity(views);
}

/**
 * "مباشر | مؤتمر روما الوزاري …: لقاءات على الهامش": a gathering named by its city in the headline,
 * when the article tells of encounters on its margins (على هامش), is where the story is.
 */
function gatheringCity(views: SentenceView[]): PlaceMention | null {
  const head = views.find((v) => !v.skip);
  if (!head || !views.some((v) => !v.skip && v.words.some((w) => w.norm === "هامش" || w.norm === "الهامش"))) return null;
  return head.places.find((p) => p.kind !== "country" && p.kind !== "region" && p.kind !== "sea" && p.w0 > 0 && hasForm(head.words[p.w0 - 1], gatheringNames())) ?? null;
}

function hostCity(views: SentenceView[]): PlaceMention | null {
  // (the first sentences of the body: a headline, a date line and a dateline may come first)
  for (const v of views.slice(0, 5)) {
    if (v.skip) continue;
    for (let k = 0; k < v.words.length; k++) {
      if (!hasForm(v.words[k], hostVerbSet())) continue;
      // the host is the verb's subject, right after it: "استضافت العاصمة الليبية طرابلس"
      const p = v.places.find((x) => x.w0 > k && x.w0 <= k + 3 && x.kind !== "country" && x.kind !== "region" && x.kind !== "sea");
      if (p && v.words.slice(k + 1, p.w0).every((w) => hasForm(w, CITY_WORDS) || /^ال/.test(w.norm))) return p;
    }
  }
  return null;
}

function dashDateline(views: SentenceView[]): PlaceMention | null {
  for (const v of views.slice(0, 6)) {
    for (const p of v.places) {
      // the first word of the line (after a bracket at most): "صدى برقة -" is an outlet's name
      if (p.w0 > 1 || (p.w0 === 1 && v.words[0].token.kind === "word")) continue;
      // "طرابلس - "، "طرابلس (ليبيا) - "، "بنغازي، 28 يناير/كانون الثاني (رويترز) - ": a dash within a few tokens
      // ("|" or "/" right after the place only — "إسطنبول/ الأناضول"; "ليبيا المستقبل | صوت
      // الليبيين" is an outlet's name)
      // ("فاليتا 29 مايو 2020 (شينخوا) …": or an agency's name in brackets, closing it)
      // ("الدوحة في 25 أكتوبر /قنا/ استقبل …": or between slashes, closing them)
      const dash = v.words.slice(p.w1, p.w1 + 12).findIndex((w, k) => isPunct(w, "-–—:") || (k === 0 && isPunct(w, "|/")) ||
        (isPunct(w, ")") && k >= 2 && isPunct(v.words[p.w1 + k - 2], "(")) || agencyInSlashes(v.words, p.w1 + k, p.w1));
      if (dash >= 0 && v.words.slice(p.w1, p.w1 + dash).every((w) => w.token.kind !== "word" || w.token.text.length <= 12)) return p;
    }
  }
  return null;
}

/**
 * Does word k close an agency's name between slashes ("/قنا/"، "/أ ش أ/"), opened after `from`?
 * Egyptian and Gulf agencies end their dateline so, with no dash.
 */
export function agencyInSlashes(words: Word[], k: number, from: number): boolean {
  if (!isPunct(words[k], "/")) return false;
  for (let j = k - 2; j >= Math.max(from, k - 5); j--) {
    if (isPunct(words[j], "/")) return words.slice(j + 1, k).every((w) => w.token.kind === "word" && w.token.text.length <= 6);
  }
  return false;
}

/**
 * Visits reported in the article: who went where. "زار X طرابلس"، "وصل X إلى روما"،
 * "خلال الزيارة التي قام بها X إلى العاصمة الإيطالية روما". The visitor is the person named
 * nearest the visit word; the place follows it within a few words.
 */
export function findVisits(views: SentenceView[], entityOf: (m: PersonMention) => DocEntity | undefined) {
  const out: { entity: string; place: PlaceMention; sentence: number; background?: string; date?: string; planned?: boolean }[] = [];
  for (const v of views) {
    if (v.skip) continue;
    v.words.forEach((w, k) => {
      if (!hasForm(w, VISIT_WORDS)) return;
      if (v.words.slice(k + 1, k + 3).some((x) => hasForm(x, TRIP_QUALIFIERS))) return;
      // "دعوة ... لزيارة فرنسا": an invitation, not a visit that took place
      if (v.words.slice(Math.max(0, k - 5), k).some((x) => hasForm(x, INVITATION))) return;
      // the destination: after إلى / ل, or right after the verb ("زار طرابلس")
      const place = v.places
        .filter((p) => p.w0 > k && p.w0 - k <= 16 && (p.w0 === k + 1 || siteOf(v.words, k, p.w0) || p.locative || isDestination(v.words, p.w0) || (hasForm(w, VISIT_VERBS) && p.w0 - k <= 8)))
        .map((p) => ({ p, rank: (p.w0 === k + 1 || siteOf(v.words, k, p.w0) || isDestination(v.words, p.w0) ? 0 : 2) + (p.kind === "country" ? 1 : 0) }))
        .sort((a, b) => a.rank - b.rank || a.p.w0 - b.p.w0)[0]?.p;
      if (!place) return;
      // someone named after the destination with another verb of meeting between is that
      // verb's object, not the visitor ("وصل إلى موسكو والتقى بالرئيس X"; but "زار طرابلس أمس X")
      const visitor = v.people
        .filter((m) => entityOf(m) && Math.min(Math.abs(m.w0 - k), Math.abs(m.w1 - k)) <= 6 && !takenAfter(v, place.w0, m))
        .sort((a, b) => Math.abs(a.w0 - k) - Math.abs(b.w0 - k))[0];
      // (told as background with a date of its own — "إذ كان X قد زار طرابلس في العاشر من يناير" —
      // it is another trip: see assemble)
      const told = v.words.slice(Math.max(0, k - 4), k).some((x) => pluperfectWords().has(x.norm));
      const when = v.dates.find((d) => d.span.start > w.token.start)?.value;
      const background = told ? when ?? "" : undefined;
      // (a visit to come — "ومن المقرر أن يزور X لندن الأسبوع المقبل" — says nothing of where they are now)
      const asTrigger = { w0: k, w1: k + 1, type: "meeting", frame: "visit", rule: "visit", future: !!withoutFuturePrefix(w) } as Trigger;
      const planned = statusAround(v.words, asTrigger) !== "happened";
      if (visitor) out.push({ entity: entityOf(visitor)!.id, place, sentence: v.index, background, date: when, planned });
    });
  }
  return out;
}
