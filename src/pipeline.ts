// The extraction pipeline, in order. Each stage is a small module; this file only wires them.
//   clean (text/clean) → sentences, tokens (read/) → dates, numbers (read/)
//   → mentions (extract/mentions) → entities + KB linking (resolve/) → events (extract/events)
//   → figures (extract/figures)
import type { ExtractedDoc, InputDoc } from "./types.js";

export interface ExtractOptions {
  /** extra knowledge-base files given by the user (--kb) */
  kbFiles?: string[];
  /** use the learned NER tagger for mentions (default true when the model is present) */
  ner?: boolean;
}

/** Read one article into events, figures and entities. (Stub until the stages land.) */
export function extractDocument(input: InputDoc, _options: ExtractOptions = {}): ExtractedDoc {
  return {
    id: input.id,
    url: input.url ?? null,
    published: input.published ?? null,
    title: input.title ?? null,
    text: input.text,
    offsets: [{ cleanStart: 0, rawStart: 0, length: input.text.length }],
    removed: [],
    sentences: [],
    mentions: [],
    entities: [],
    events: [],
    figures: [],
    dates: [],
  };
}
