// Events other than encounters: visits (زار، وصل إلى)، agreements (وقع ... مذكرة تفاهم)،
// funding (خصص ... مليون يورو) and statements (قال، أكد). They are not scored by the
// contract but are part of the record: who went where, who signed what, who paid how much,
// who said something — each with its sentence as evidence and the rule that found it.
import type { DateValue, EventType, ExtractedEvent, Figure, Span } from "../types.js";
import type { DocEntity } from "./coref.js";
import type { PlaceMention, SentenceView } from "./events.js";
import type { PersonMention } from "./mentions.js";
import { normSet, phraseWords, PhraseTrie, readLexicon } from "./lexicon.js";
import { hasForm, type Word } from "./words.js";

interface OtherLexicon {
  other_events: {
    agreement_verbs: string[];
    agreement_nouns: string[];
    funding_verbs: string[];
    statement_verbs: string[];
    visit_planned: string[];
  };
}

class Lex {
  agreementVerbs: Set<string>;
  agreementNouns = new PhraseTrie<string>();
  fundingVerbs: Set<string>;
  statementVerbs: Set<string>;
  planned: Set<string>;
  constructor() {
    const L = readLexicon<OtherLexicon>("events.yaml").other_events;
    this.agreementVerbs = normSet(L.agreement_verbs);
    for (const n of L.agreement_nouns) this.agreementNouns.add(phraseWords(n), n);
    this.fundingVerbs = normSet(L.funding_verbs);
    this.statementVerbs = normSet(L.statement_verbs);
    this.planned = normSet(L.visit_planned);
  }
}
let lex: Lex | undefined;
const lexicon = () => (lex ??= new Lex());
/** the verbs that report speech ("قال"، "أكد"): a statement's speaker is named after one */
export const statementVerbs = (): Set<string> => lexicon().statementVerbs;

type Maker = (type: EventType, who: DocEntity[], s: SentenceView, rule: string, extra?: Partial<ExtractedEvent>) => void;

export interface OtherEventsInput {
  sentences: SentenceView[];
  entityOf: (m: PersonMention) => DocEntity | undefined;
  visits: { entity: string; place: PlaceMention; sentence: number }[];
  entities: DocEntity[];
  figures: Figure[];
  participant: (e: DocEntity) => ExtractedEvent["participants"][number];
  /** the article's date (YYYY-MM-DD): an event dated after it has not happened yet */
  published?: string | null;
}

export function extractOtherEvents(input: OtherEventsInput, firstId: number): ExtractedEvent[] {
  const L = lexicon();
  const out: ExtractedEvent[] = [];
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const make: Maker = (type, who, s, rule, extra = {}) => {
    if (!who.length) return;
    const d = sentenceDate(s);
    // ("يزور … طرابلس غدا": a day after publication is still to come, as for encounters)
    const later = !!d && d.precision === "day" && !!input.published && input.published.length >= 10 && d.value > input.published;
    out.push({
      id: `ev${firstId + out.length}`,
      type,
      status: s.words.some((w) => hasForm(w, L.planned)) || later ? "planned" : "happened",
      participants: who.map(input.participant),
      date: d ? { value: d.value, precision: d.precision, text: d.text, implied: d.implied } : null,
      location: null,
      topics: [],
      evidence: [{ start: s.span.start, end: s.span.end, text: "" }],
      confidence: 0.6,
      rules: [rule],
      ...extra,
    });
  };

  // visits: one per visitor and sentence
  const seen = new Set<string>();
  for (const v of input.visits) {
    const key = `${v.entity}|${v.sentence}`;
    const e = byId.get(v.entity);
    if (!e || seen.has(key)) continue;
    seen.add(key);
    const s = input.sentences.find((x) => x.index === v.sentence)!;
    make("visit", [e], s, "visit:destination", { location: { ...v.place.place } });
  }

  for (const s of input.sentences) {
    if (s.skip) continue;
    const people = s.people.filter((m) => input.entityOf(m) && !m.group);
    s.words.forEach((w, k) => {
      // agreements: "وقع X وY مذكرة تفاهم"، "توقيع اتفاقية بين X وY"
      if (hasForm(w, L.agreementVerbs) && hasNounAhead(s.words, k, L.agreementNouns)) {
        const who = uniq(people.filter((m) => Math.abs(m.w0 - k) <= 14).map((m) => input.entityOf(m)!));
        make("agreement", who, s, "agreement:signing");
      }
      // funding: a funding verb with a sum of money in the same sentence
      if (hasForm(w, L.fundingVerbs)) {
        const money = input.figures.find((f) => ["EUR", "USD", "LYD", "TND", "GBP"].includes(f.unit) && f.evidence.start >= s.span.start && f.evidence.end <= s.span.end);
        if (money) {
          const giver = people.filter((m) => m.w1 <= k + 1 && k - m.w1 <= 2).slice(-1).concat(peopleAfter(people, k, 3)).slice(0, 1);
          const who = giver.map((m) => input.participant(input.entityOf(m)!));
          // "وخصصت إيطاليا 20 مليون يورو": a country gives
          const country = who.length ? null : s.places.find((p) => p.kind === "country" && p.w0 > k && p.w0 <= k + 2);
          if (country) who.push({ name: country.place.name, name_en: country.place.name_en, country: country.place.country });
          if (who.length) out.push({
            id: `ev${firstId + out.length}`, type: "funding", status: "happened", participants: who,
            date: sentenceDate(s) ? { value: sentenceDate(s)!.value, precision: sentenceDate(s)!.precision, text: sentenceDate(s)!.text } : null,
            location: null, topics: [], evidence: [{ start: s.span.start, end: s.span.end, text: "" }, { start: money.evidence.start, end: money.evidence.end, text: "" }],
            confidence: 0.5, rules: ["funding:sum"],
          });
        }
      }
      // statements: "قال X"، "وأكد X أن ..."
      if (hasForm(w, L.statementVerbs)) {
        const speaker = peopleAfter(people, k, 2)[0];
        if (speaker) make("statement", [input.entityOf(speaker)!], s, "statement:speech-verb", { confidence: 0.5 });
      }
    });
  }
  return out;
}

function hasNounAhead(words: Word[], k: number, nouns: PhraseTrie<string>): boolean {
  for (let j = k + 1; j < Math.min(words.length, k + 16); j++) if (nouns.longest(j, words.length, (x) => words[x].forms)) return true;
  return false;
}

function sentenceDate(s: SentenceView): DateValue | null {
  return s.dates.find((d) => d.precision === "day") ?? s.dates[0] ?? null;
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

export type { Span };

/** The people named within `span` words after word k. */
function peopleAfter(people: PersonMention[], k: number, span: number): PersonMention[] {
  return people.filter((m) => m.w0 > k && m.w0 <= k + span);
}
