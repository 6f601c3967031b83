// The shapes that flow through the pipeline: ingest → text → read → extract → resolve → store.
// Every span is [start, end) in the *cleaned* text of its document; `CleanText.segments`
// maps cleaned offsets back to the raw input (see text/offsets.ts).

/** One article as it arrives (spec/annotation.md "Input"), plus optional metadata from ingest. */
export interface InputDoc {
  id: string;
  url?: string | null;
  /** YYYY-MM-DD (or YYYY-MM), the anchor for relative dates; null when unknown. */
  published?: string | null;
  text: string;
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
}

export interface Span {
  start: number;
  end: number;
}

/** A run of cleaned text copied verbatim from raw: clean[cleanStart, cleanStart+length) = raw[rawStart, rawStart+length). */
export interface Segment {
  cleanStart: number;
  rawStart: number;
  length: number;
}

export interface CleanText {
  text: string;
  segments: Segment[];
  /** What was removed and why (rule id), in raw offsets: the reader can show it greyed out. */
  removed: { start: number; end: number; rule: string }[];
}

export interface Token extends Span {
  /** surface form as in the text */
  text: string;
  /** normalized form (no diacritics/tatweel, unified alef/ya/ta marbuta, Western digits) */
  norm: string;
  /** normalized form with proclitics (و ف ب ل ك ال) and attached pronouns stripped */
  stem: string;
  /** the proclitics stripped from the front, e.g. "وال" */
  prefix: string;
  kind: "word" | "number" | "punct" | "latin" | "other";
  /** what is known of this written word, shared by all its tokens (Arabic words only; see read/tokens) */
  lex?: Lexeme;
}

/**
 * One written word, shared by every token of it in every article. Stages that ask the same
 * question of a word many times keep the answer here, so each word costs one look-up in one
 * big table instead of one per stage: at a few hundred thousand words those tables miss the
 * CPU cache, and the misses are most of what a table look-up costs. An answer that depends on
 * an instance (a gazetteer built from one knowledge base) is kept with that instance as owner.
 */
export class Lexeme {
  /** lexicon forms without proclitics (extract/words) */
  forms?: string[];
  conj?: string;
  /** the gazetteer that answered `nameStart` / computed `nameKeys` */
  nameOwner?: object;
  /** can a known name start at this word */
  nameStart?: boolean;
  /** sound-alike keys of `forms` */
  nameKeys?: string[];
  /** the trigger lexicon that answered `trigger`, and its answer (extract/triggers) */
  triggerOwner?: object;
  trigger?: unknown;
  /** the trigger lexicon that answered `verb`: is it one of its verbs, never part of a name (pipeline) */
  verbOwner?: object;
  verb?: boolean;
  /** which lexicon sets were asked about (one bit per set) and which hold one of `forms` (extract/words hasForm) */
  setsAsked = 0;
  setsIn = 0;
  setsAsked2 = 0;
  setsIn2 = 0;
  /** the word as written, which tokens of it share */
  constructor(readonly norm: string, readonly stem: string, readonly prefix: string, readonly surface: string) {}
}

export interface Sentence extends Span {
  index: number;
}

export type DatePrecision = "day" | "month" | "year";

export interface DateValue {
  /** YYYY-MM-DD, YYYY-MM or YYYY depending on precision */
  value: string;
  precision: DatePrecision;
  /** the words that gave the date */
  text: string;
  span: Span;
  /** true when part of the value (year, month) was implied from `published` rather than stated */
  implied: boolean;
  /** "explicit" | "relative" */
  kind: "explicit" | "relative";
}

export type MentionType = "person" | "org" | "place" | "title";

export interface Mention extends Span {
  type: MentionType;
  text: string;
  /** the personal name part (for people), e.g. "ماتيو بيانتيدوزي" */
  name?: string;
  /** the title / office phrase attached to the name, e.g. "وزير الداخلية الإيطالي" */
  title?: string;
  /** ISO 3166 alpha-2 country of the person/org/place when known (from nationality adjective or KB) */
  country?: string;
  /** id of the linked entity in the document's entity list */
  entity?: string;
  /** which rule/source produced it (e.g. "title+name", "kb", "ner") */
  source: string;
}

export interface Entity {
  id: string;
  type: "person" | "org" | "place";
  name: string;
  name_en?: string;
  titles: string[];
  country?: string;
  /** knowledge-base id when linked to the base */
  kb_id?: string;
}

export type EventType = "meeting" | "call" | "visit" | "agreement" | "funding" | "statement";
export type EventStatus = "happened" | "planned" | "cancelled" | "denied";

export interface Participant {
  name?: string;
  title?: string;
  name_en?: string;
  country?: string;
  role?: "host" | "guest";
  entity?: string;
  kb_id?: string;
}

export interface Place {
  name: string;
  name_en?: string;
  country?: string;
  lat?: number;
  lon?: number;
  kb_id?: string;
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  status: EventStatus;
  participants: Participant[];
  date: { value: string; precision: DatePrecision; text: string; implied?: boolean } | null;
  location: Place | null;
  topics: string[];
  evidence: (Span & { text: string })[];
  confidence: number;
  /** ids of the rules that produced and shaped the event, so a reader can see why */
  rules: string[];
}

export type FigureUnit = "person" | "EUR" | "USD" | "LYD" | "TND" | "GBP" | "km" | "count" | "percent";

export interface Figure {
  value: number;
  unit: FigureUnit;
  qualifier: "about" | "more_than" | "less_than" | null;
  /** the quantified thing, e.g. "مهاجر", "زوارق" */
  thing?: string;
  text: string;
  evidence: Span;
}

export interface ExtractedDoc {
  id: string;
  url?: string | null;
  published?: string | null;
  title?: string | null;
  text: string;
  offsets: Segment[];
  removed: CleanText["removed"];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  events: ExtractedEvent[];
  figures: Figure[];
  dates: DateValue[];
}
