// A learned second look at sentences that report an encounter the rules could not read: of the
// officials such a sentence names, which two met? Gatherings and unusual wordings are where the
// rules fall short ("ترأس A، رفقة B وC، أشغال الاجتماع …"، "الاجتماع الذي جمعها … بـB وC"): each
// outlet words them its own way, and rules made from one wording have not carried to the next
// (the written sets' first reads). A small logistic model over the words around and between the
// two (names masked), the trigger, and whether the two stand in one list learns that shape from
// the written set's gold instead (scripts/train-pairs.ts); its weights are data
// (data/pairs/model.json). Where the rules did read an encounter, their reading stands: they know
// companions, relative clauses, two meetings in one sentence and rounds of separate talks, and
// the model, asked there, mostly erred.
import { existsSync, readFileSync } from "node:fs";
import type { DocEntity } from "./coref.js";
import type { RawEvent, SentenceView } from "./events.js";
import { mentionLexicon, type PersonMention } from "./mentions.js";
import { hasForm, type Word } from "./words.js";
import { statementVerbs } from "./other-events.js";
import { statusAround, type Trigger } from "./triggers.js";
import { pickDate, pickPlace } from "./encounter-when-where.js";
import { fileURLToPath } from "node:url";
import { frameWords as glue } from "./frame-words.js";

export interface PairModel {
  /** the probability above which a pair is read as having met */
  threshold: number;
  weights: Record<string, number>;
}

export interface PairCandidate {
  /** the two entities, in the order the sentence names them */
  a: DocEntity;
  b: DocEntity;
  sentence: number;
  features: string[];
  /** the sentence's trigger read as an encounter of nobody yet: the pair's type, day and place */
  base: RawEvent;
}

export const DEFAULT_PAIR_MODEL_PATH = fileURLToPath(new URL("../../data/pairs/model.json", import.meta.url));

let loaded: PairModel | null | undefined;
/** The shipped model, or null when the repository has none. */
export function defaultPairModel(): PairModel | null {
  if (loaded === undefined) loaded = existsSync(DEFAULT_PAIR_MODEL_PATH) ? (JSON.parse(readFileSync(DEFAULT_PAIR_MODEL_PATH, "utf8")) as PairModel) : null;
  return loaded;
}

const pairKey = (a: DocEntity, b: DocEntity) => (a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`);

/**
 * The pairs the model is asked about: two officials named in a sentence with an encounter
 * trigger from which the rules read no encounter, that no encounter of the article already joins.
 */
export function pairCandidates(views: SentenceView[], raw: RawEvent[], entityOf: (m: PersonMention) => DocEntity | undefined): PairCandidate[] {
  const joined = new Set<string>();
  for (const e of raw) {
    const all = [...e.subject, ...e.counterpart];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) joined.add(pairKey(all[i], all[j]));
  }
  const out: PairCandidate[] = [];
  for (const s of views) {
    if (s.skip || raw.some((e) => e.sentence === s.index)) continue;
    // (not a verb that takes its object straight: the rules found no person there — "استقبل
    // قرار المحكمة" — and the model would take one from further on)
    const t = s.triggers?.find((x) => !x.tentative && x.frame !== "object" && (x.type === "meeting" || x.type === "call"));
    if (!t) continue;
    const base = bareEncounter(s, t);
    // (an encounter not held is not the model's to read)
    if (base.status !== "happened") continue;
    // each official at the first mention in the sentence; one merely present ("بحضور X") is
    // nobody's counterpart
    const first: { m: PersonMention; e: DocEntity }[] = [];
    for (const m of s.people) {
      const e = entityOf(m);
      if (e && official(e) && !present(s, m) && !first.some((x) => x.e === e)) first.push({ m, e });
    }
    // bodies are principals only where no person is named (spec/annotation.md): beside people,
    // "خفر السواحل اليوناني" is the body its chief speaks for, not another party
    const people = first.filter((x) => x.e.type === "person");
    if (people.length) first.splice(0, first.length, ...people);
    for (let i = 0; i < first.length; i++) {
      for (let j = i + 1; j < first.length; j++) {
        const x = first[i], y = first[j];
        if (!joined.has(pairKey(x.e, y.e)) && !spokeApart(s, t, x.m, y.m) && !bothMetWith(s, t, x.m)) out.push({ a: x.e, b: y.e, sentence: s.index, base, features: pairFeatures(s, x, y, t, first.length) });
      }
    }
  }
  return out;
}

/**
 * A verb of speech between the trigger and the two: they are the speakers of what follows, not
 * the parties of the encounter ("… وجمع الكلمة، وهو ما شدد عليه A وB").
 */
function spokeApart(s: SentenceView, t: Trigger, m1: PersonMention, m2: PersonMention): boolean {
  const [from, to] = t.w1 <= m1.w0 ? [t.w1, m1.w0] : t.w0 >= m2.w1 ? [m2.w1, t.w0] : [0, 0];
  for (let k = from; k < to; k++) if (hasForm(s.words[k], statementVerbs())) return true;
  return false;
}

/**
 * Both named behind the مع of the trigger's own report: they are the side someone met, not two
 * who met each other ("أعضاء اللجنة، خلال اجتماعها مع A، وB، وC"). (`m1` is the first of the two.)
 */
function bothMetWith(s: SentenceView, t: Trigger, m1: PersonMention): boolean {
  if (t.frame !== "with" || m1.w0 < t.w1) return false;
  // (but around a meeting of three or four sides they all met: "اجتماعا رباعيا مع نظرائه A وB وC")
  for (let k = t.w0; k < m1.w0; k++) {
    if (hasForm(s.words[k], glue().multi_sided)) return false;
    if (s.words[k].norm === "مع") return !s.words.slice(k, m1.w0).some((w) => hasForm(w, glue().multi_sided));
  }
  return false;
}

/**
 * One of those present: "بحضور" (or its kin) before the person with nothing between but the
 * list it opens ("بحضور وزيري الخارجية A، والداخلية B، والمستشار C"). A trigger or the end of a
 * clause closes the list.
 */
function present(s: SentenceView, m: PersonMention): boolean {
  const L = mentionLexicon();
  for (let k = m.w0 - 1; k >= Math.max(0, m.w0 - 16); k--) {
    const w = s.words[k];
    if (L.presentWords.has(w.norm)) return true;
    if (w.token.kind === "punct" && /^[.؛:!?؟]$/.test(w.token.text)) return false;
    if ((s.triggers ?? []).some((t) => t.w0 <= k && k < t.w1)) return false;
  }
  return false;
}

/**
 * Someone whose encounters the record is for: a person with a title or in the knowledge base, or
 * a body. (A list of bare names is a cast, a team or a line of former heads, not a gathering:
 * "شارك فيه الفنانون: A، B، C".)
 */
export function official(e: Pick<DocEntity, "type" | "titles" | "kb_id">): boolean {
  return e.type !== "person" || e.titles.length > 0 || !!e.kb_id;
}

/** An encounter of nobody yet on a trigger's day and place, for the model's pairs to take. */
function bareEncounter(s: SentenceView, t: Trigger): RawEvent {
  const n = s.words.length;
  return {
    type: t.type === "call" ? "call" : "meeting",
    status: statusAround(s.words, t),
    subject: [],
    counterpart: [],
    sentence: s.index,
    clause: [0, n],
    trigger: t,
    date: pickDate(s, t, 0, n),
    location: t.type === "call" ? null : pickPlace(s, t, 0, n),
    evidence: [s.span],
    rules: [t.rule],
    confidence: 0.6,
  };
}

function bucket(n: number): string {
  return n <= 2 ? String(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : "21+";
}

/** A word without the conjunction in front. */
const bare = (w: Word | undefined) => (w ? (w.conj ? w.forms[1] ?? w.norm : w.norm) : "^");

/**
 * What the pair's words and the trigger say, as feature names. Names and places stand as
 * <person> and <place>, digits as <num>: what is learned is the wording around people, not who
 * they were in the articles it was learned from.
 */
export function pairFeatures(s: SentenceView, x: { m: PersonMention; e: DocEntity }, y: { m: PersonMention; e: DocEntity }, t: Trigger, people: number): string[] {
  const { words } = s;
  const m1 = x.m, m2 = y.m;
  const masked = new Map<number, string>();
  for (const p of s.places) for (let k = p.w0; k < p.w1; k++) masked.set(k, "<place>");
  for (const m of s.people) for (let k = m.w0; k < m.w1; k++) masked.set(k, "<person>");
  const word = (k: number) => (k < 0 ? "^" : k >= words.length ? "$" : masked.get(k) ?? (/\d/.test(words[k].norm) ? "<num>" : bare(words[k])));
  const where = t.w1 <= m1.w0 ? "before" : t.w0 >= m2.w1 ? "after" : t.w0 >= m1.w1 && t.w1 <= m2.w0 ? "between" : "overlap";
  const country = !x.e.country || !y.e.country ? "unknown" : x.e.country === y.e.country ? "same" : "other";
  const listed = coordinated(s, m1, m2);
  const f = [
    "bias",
    `gap:${bucket(Math.max(0, m2.w0 - m1.w1))}`,
    `where:${where}`,
    `trigger:${t.rule}`,
    `types:${m1.type}_${m2.type}`,
    `country:${country}`,
    `people:${bucket(people)}`,
    `before1:${word(m1.w0 - 1)}`,
    `before2:${word(m2.w0 - 1)}`,
    `after2:${word(m2.w1)}`,
    `joined2:${words[m2.w0]?.conj || words[m2.w0 - 1]?.norm === "و" ? "and" : "-"}`,
    `list:${listed}`,
    `list:${listed}|where:${where}`,
    // another trigger between them: two encounters told in one sentence
    `otherTriggerBetween:${(s.triggers ?? []).some((o) => o !== t && o.w0 >= m1.w1 && o.w1 <= m2.w0)}`,
    // what the trigger governs: a person or a thing
    `afterTrigger:${word(t.w1)}`,
    `afterTrigger2:${word(t.w1)} ${word(t.w1 + 1)}`,
    `beforeTrigger:${word(t.w0 - 1)}`,
    `peopleBetween:${bucket(s.people.filter((m) => m.w0 >= m1.w1 && m.w1 <= m2.w0).length)}`,
  ];
  // how far the trigger stands from the nearer of the two, and whether a comma parts them: a
  // trigger governs the names near it ("ترأس A، رفقة B") more than names a clause later
  const [from, to] = where === "before" ? [t.w1, m1.w0] : where === "after" ? [m2.w1, t.w0] : [0, 0];
  let commas = 0;
  for (let k = from; k < to; k++) if (words[k].token.kind === "punct") commas++;
  f.push(`triggerGap:${bucket(to - from)}`, `triggerPunct:${commas > 0}`, `triggerGap:${bucket(to - from)}|punct:${commas > 0}`);
  if (s.index === 0) f.push("headline");
  for (let k = t.w0; k < t.w1; k++) f.push(`trigword:${word(k)}`);
  for (let k = Math.max(0, m1.w0 - 3); k < m1.w0; k++) f.push(`near1:${word(k)}`);
  for (let k = Math.max(m1.w1, m2.w0 - 3); k < m2.w0; k++) f.push(`near2:${word(k)}`);
  // the words between the two (a long gap keeps its ends only)
  const between: number[] = [];
  for (let k = m1.w1; k < m2.w0; k++) if (words[k].token.kind === "word" && !masked.has(k)) between.push(k);
  for (const k of between.length <= 8 ? between : [...between.slice(0, 4), ...between.slice(-4)]) f.push(`between:${word(k)}`);
  return f;
}

/**
 * The two stand in one list of people ("A، وB، وC"): nothing but names, commas and و between
 * them. Its size, when they do ("3+" for a gathering's list), else "no".
 */
function coordinated(s: SentenceView, m1: PersonMention, m2: PersonMention): string {
  const joiner = (k: number) => s.words[k].norm === "و" || isComma(s.words[k]);
  const inList = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!joiner(k) && !s.people.some((m) => m.w0 <= k && k < m.w1)) return false;
    return true;
  };
  if (!inList(m1.w1, m2.w0)) return "no";
  const sorted = s.people.filter((m) => m.type !== "place").sort((a, b) => a.w0 - b.w0);
  let i = sorted.indexOf(m1), j = sorted.indexOf(m2);
  if (i < 0 || j < 0) return "no";
  while (i > 0 && sorted[i - 1].w1 <= sorted[i].w0 && inList(sorted[i - 1].w1, sorted[i].w0) && (sorted[i].w0 > sorted[i - 1].w1 || !!s.words[sorted[i].w0].conj)) i--;
  while (j + 1 < sorted.length && inList(sorted[j].w1, sorted[j + 1].w0) && (sorted[j + 1].w0 > sorted[j].w1 || !!s.words[sorted[j + 1].w0].conj)) j++;
  return j - i + 1 >= 3 ? "3+" : "2";
}

const isComma = (w: Word) => w.token.kind === "punct" && (w.token.text === "،" || w.token.text === ",");

/** The model's probability that the candidate's two met. */
export function pairProbability(model: PairModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** An encounter of the pair, on the trigger's day and place. */
export function learnedEncounter(c: PairCandidate, p: number): RawEvent {
  return {
    ...c.base,
    subject: [c.a],
    counterpart: [c.b],
    roleOfSubject: undefined,
    rules: [c.base.trigger.rule, "pair-model"],
    confidence: Math.round(p * c.base.confidence * 100) / 100,
  };
}

