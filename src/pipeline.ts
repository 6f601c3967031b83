// The extraction pipeline, in order. Each stage is a small module; this file only wires them.
//   clean (text/clean) → sentences, tokens (read/) → dates (read/dates)
//   → mentions (extract/mentions: titles, names, places, with the KB gazetteer)
//   → coreference (extract/coref) → events (extract/events, extract/pair-model → extract/assemble
//   → extract/confirm)
//   → figures (extract/figures)
import type { DateValue, Entity, ExtractedDoc, InputDoc, Mention, Token } from "./types.js";
import { clean } from "./text/clean.js";
import { splitSentences } from "./read/sentences.js";
import { tokenize } from "./read/tokens.js";
import { findDates } from "./read/dates.js";
import { findMentions, knownGiven, stripArticleHead, type PersonMention } from "./extract/mentions.js";
import { EntityResolver, type DocEntity } from "./extract/coref.js";
import { nameBodiesOfTitles } from "./extract/body-titles.js";
import { extractEvents, type PlaceMention, type SentenceView } from "./extract/events.js";
import { assembleEvents } from "./extract/assemble.js";
import { extractFigures } from "./extract/figures.js";
import { findVisits, findDateline, placeMentions, seatOf } from "./extract/places.js";
import { extractOtherEvents } from "./extract/other-events.js";
import { confirmPlanned } from "./extract/confirm.js";
import { toWords, type Word } from "./extract/words.js";
import { findTriggers, futureProseVerb, triggerLexicon, withoutFuturePrefix } from "./extract/triggers.js";
import { loadResources, type Resources } from "./resolve/resources.js";
import { normalize, normalizeWithMap } from "./text/normalize.js";
import { defaultPairModel, learnedEncounter, pairCandidates, pairProbability, type PairCandidate, type PairModel } from "./extract/pair-model.js";

export interface ExtractOptions {
  /** extra knowledge-base files given by the user (--kb) */
  kbFiles?: string[];
  /** use the learned NER tagger for mentions (default: when the model is present) */
  ner?: boolean;
  /** resources already loaded (tests, servers) */
  resources?: Resources;
  /**
   * the learned pair model (extract/pair-model): the shipped one by default; null reads with the
   * rules alone. `onPairCandidates` sees every candidate pair before the model does (training).
   */
  pairModel?: PairModel | null;
  onPairCandidates?: (candidates: PairCandidate[]) => void;
}

/** Read one article into events, figures and entities. */
export function extractDocument(input: InputDoc, options: ExtractOptions = {}): ExtractedDoc {
  const R = options.resources ?? loadResources({ kbFiles: options.kbFiles, ner: options.ner });
  const published = input.published ?? null;
  const cleaned = clean(input.text ?? "");
  const text = cleaned.text;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  // dates and figures both match on the normalized text: one view, mapped back to `text`
  const view = normalizeWithMap(text);
  const dates = published || /\d/.test(text) ? findDates(text, published, view) : [];
  const anchorDate = published && published.length >= 10 ? published : published ? published : null;

  // sentence views with their words, mentions and places
  const views: SentenceView[] = [];
  const allMentions: PersonMention[] = [];
  const namedBefore = new Map<string, readonly string[] | undefined>();
  /** the heads of the titles each surname's bearer was given (see rememberSurnames) */
  const titledBefore = new Map<string, Set<string>>();
  let ti = 0;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti].end <= s.start) ti++;
    const t0 = ti;
    while (ti < tokens.length && tokens[ti].start < s.end) ti++;
    const words = toWords(tokens, t0, ti);
    // the tagger runs where a name decides an event: sentences that report an encounter
    // (not for a trigger that is one only if the right people follow: "محادثات السلام"، "زيارة إلى روما")
    const triggers = findTriggers(words);
    const tagged = R.nerPersons && triggers.some((t) => !t.tentative) ? R.nerPersons : undefined;
    const people = findMentions(text, tokens, t0, ti, { gazetteer: R.gazetteer, nerPersons: tagged, isVerb, words, namedBefore, titledBefore });
    rememberSurnames(people, namedBefore, titledBefore);
    const places = placeMentions(words, people, R);
    allMentions.push(...people);
    views.push({ index: s.index, span: { start: s.start, end: s.end }, words, people: people.filter((m) => m.type === "person" || m.type === "title" || m.type === "org"), places, dates: dates.filter((d) => d.span.start >= s.start && d.span.end <= s.end), triggers });
  }

  // "رئيس المستشفى" after "مستشفى X": the head of the body just named
  const bodyTitles = nameBodiesOfTitles(views, isVerb);

  // coreference: one entity per person, in reading order
  // titles are resolved to office-holders only when the article is dated: an undated
  // "وزير الداخلية الإيطالي" could be any of them
  const countries = articleCountries(views, allMentions, R);
  const resolver = new EntityResolver(dateForTitles(dates, anchorDate), R.titles, countries);
  const entityOfMention = new Map<PersonMention, DocEntity>();
  const entitiesBySentence = new Map<number, Set<string>>();
  for (const v of views) {
    const ids = new Set<string>();
    for (const m of v.people) {
      const e = resolver.resolve(m, v.span.start + m.w0, v.index);
      if (e) { entityOfMention.set(m, e); ids.add(e.id); }
    }
    entitiesBySentence.set(v.index, ids);
  }
  // a surname the headline gave alone is the person the body names in full
  const joined = resolver.joinEarlySurnames();
  if (joined.size) {
    for (const [m, e] of entityOfMention) {
      const to = joined.get(e);
      if (to) { entityOfMention.set(m, to); m.entity = to.id; }
    }
    for (const ids of entitiesBySentence.values()) for (const [a, b] of joined) if (ids.delete(a.id)) ids.add(b.id);
  }
  // (the longest title is the one shown)
  for (const [m, full] of bodyTitles) {
    const e = entityOfMention.get(m);
    if (e && !e.name && !e.titles.includes(full)) e.titles.push(full);
  }

  const dateline = findDateline(views);
  // (a news outlet spoken to — "في اتصال هاتفي مع وكالة رويترز" — is an interview, no party to an encounter)
  const press = (e: DocEntity) => e.type === "org" && !!e.kb_id && R.kb.orgById.get(e.kb_id)?.kind === "media";
  const partyOf = (m: PersonMention): DocEntity | undefined => { const e = entityOfMention.get(m); return e && !press(e) ? e : undefined; };
  const raw = extractEvents(views, partyOf);
  // a sentence with an encounter trigger the rules read nobody from: the learned model reads
  // which of its officials met
  const model = options.pairModel === undefined ? defaultPairModel() : options.pairModel;
  if (model || options.onPairCandidates) {
    const candidates = pairCandidates(views, raw, partyOf);
    options.onPairCandidates?.(candidates);
    if (model) {
      for (const c of candidates) {
        const p = pairProbability(model, c.features);
        if (p >= model.threshold) raw.push(learnedEncounter(c, p));
      }
    }
  }
  const visits = findVisits(views, (m) => entityOfMention.get(m));
  const encounters = assembleEvents(raw, {
    sentences: views,
    entitiesBySentence,
    dateline,
    visits,
    transliterate: R.transliterate,
    published,
    seatOf: (title) => seatOf(title, R),
    cityOf: (place) => {
      const site = place.kb_id ? R.kb.placeById.get(place.kb_id) : undefined;
      return site?.in ? R.place(site.in)?.place ?? null : null;
    },
  });
  // an announced meeting reported later in the article as held ("لقاء بنغازي تناول …") happened
  confirmPlanned(encounters, views, published);
  const figures = extractFigures(text, { sentences, view, countries, home: dateline?.place.country });
  // visits, agreements, funding and statements: the rest of the record
  const others = extractOtherEvents({
    sentences: views, entityOf: (m) => entityOfMention.get(m), visits, entities: resolver.entities, figures,
    participant: (e) => ({ name: e.name || undefined, title: e.titles[0], name_en: e.name_en ?? (e.name ? R.transliterate(e.name) : undefined), country: e.country, entity: e.id, kb_id: e.kb_id }),
    published,
  }, encounters.length + 1);
  const events = [...encounters, ...others];
  for (const ev of events) for (const e of ev.evidence) e.text = text.slice(e.start, e.end);

  return {
    id: input.id,
    url: input.url ?? null,
    published,
    title: input.title ?? firstLine(text),
    text,
    offsets: cleaned.segments,
    removed: cleaned.removed,
    sentences,
    mentions: outputMentions(allMentions, views, text),
    entities: outputEntities(resolver.entities, R),
    events,
    figures,
    dates,
  };
}

/** A word that is one of the event lexicon's verbs (never part of a name). */
function isVerb(w: Word | undefined): boolean {
  if (!w) return false; // (past the sentence's end)
  // (asked of most words several times over: the answer is kept on the word's lexeme)
  const lx = w.token.lex;
  const L = triggerLexicon();
  if (lx !== undefined && lx.verbOwner === L) return lx.verb!;
  const answer = verbReading(w, L);
  if (lx !== undefined) { lx.verbOwner = L; lx.verb = answer; }
  return answer;
}

function verbReading(w: Word, L: ReturnType<typeof triggerLexicon>): boolean {
  const { verbs, lightVerbs } = L;
  // (the light verbs too: "رئيس الحكومة يتلقى اتصالا" — يتلقى is no name)
  if (verbs.has(w.norm) || lightVerbs.has(w.norm)) return true;
  // a clitic-stripped reading is a verb unless the word is a known given name ("فيصل" is not ف + يصل)
  if (knownGiven(w.norm)) return false;
  if (w.forms.some((f) => verbs.has(f))) return true;
  // the future prefix س on an imperfect: "سيزور"، "وستلتقي" (no name is س + a verb of the lexicon)
  const base = withoutFuturePrefix(w, true);
  if ((!!base && verbs.has(base)) || futureProseVerb(w)) return true;
  // the feminine past of the تفعّل / تفاعل forms, which no name takes: "تمحورت"، "تركزت"، "تزامنت"
  return /^و?ت[^\sت]{3,5}ت$/.test(w.norm) && !knownGiven(w.norm);
}

/** The countries an article names: its places, the nationalities of its titles, its known people. */
function articleCountries(views: SentenceView[], mentions: PersonMention[], R: Resources): Set<string> {
  const out = new Set<string>();
  for (const v of views) for (const p of v.places) if (p.place.country) out.add(p.place.country);
  for (const m of mentions) {
    if (m.country) out.add(m.country);
    for (const id of m.kbIds ?? []) {
      const c = R.titles?.person(id)?.country ?? R.titles?.org?.(id)?.country;
      if (c) out.add(c);
    }
  }
  return out;
}

/** The date titles are resolved on: the article's own date, else its first explicit full date. */
function dateForTitles(dates: DateValue[], published: string | null): string | null {
  if (published) return published;
  const d = dates.find((x) => x.kind === "explicit" && x.precision !== "year");
  return d?.value ?? null;
}

function firstLine(text: string): string | null {
  const l = text.split("\n", 1)[0]?.trim();
  return l ? l.slice(0, 300) : null;
}

/**
 * The last word of each full name the sentence gave, for the sentences after it ("ليون" alone is
 * then "برناردينو ليون"). Two people of one surname leave it without the base's ids: coreference
 * then picks the one last seen.
 */
function rememberSurnames(people: PersonMention[], namedBefore: Map<string, readonly string[] | undefined>, titledBefore: Map<string, Set<string>>): void {
  for (const m of people) {
    if (m.type !== "person" || !m.name) continue;
    const parts = normalize(m.name).split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    if (last.length < 3) continue;
    if (m.head) (titledBefore.get(last) ?? titledBefore.set(last, new Set()).get(last)!).add(stripArticleHead(normalize(m.head)));
    const had = namedBefore.get(last);
    namedBefore.set(last, namedBefore.has(last) && (had?.[0] ?? "") !== (m.kbIds?.[0] ?? "") ? undefined : m.kbIds);
  }
}

function outputMentions(people: PersonMention[], views: SentenceView[], text: string): Mention[] {
  const out: Mention[] = people.filter((m) => m.type !== "place").map((m) => ({
    type: m.type, start: m.start, end: m.end, text: m.text, name: m.name, title: m.title, country: m.country, entity: m.entity, source: m.source,
  }));
  for (const v of views) for (const p of v.places) {
    out.push({ type: "place", start: p.start, end: p.end, text: text.slice(p.start, p.end), name: p.place.name, country: p.place.country, entity: p.place.kb_id, source: "kb" });
  }
  return out.sort((a, b) => a.start - b.start);
}

function outputEntities(ents: DocEntity[], R: Resources): Entity[] {
  return ents.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    name_en: e.name_en ?? (e.name ? R.transliterate?.(e.name) : undefined),
    titles: e.titles,
    country: e.country,
    kb_id: e.kb_id,
  }));
}

export type { Token, PlaceMention };
