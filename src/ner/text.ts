// Entities of a whole text: sentences and tokens from src/read, BIO tags from the tagger
// (one document, so stage 2 sees the whole article), combination with KB and lexicons,
// and spans mapped back to character offsets of the text.
import { splitSentences } from "../read/sentences.js";
import { tokenize } from "../read/tokens.js";
import { combine } from "./combine.js";
import type { EntityType } from "./tags.js";
import type { Tagger } from "./tagger.js";

export interface TextEntity {
  /** character offsets [start, end) in the text */
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /** "model" or the combination rules that shaped the span */
  source: string[];
}

/** Named entities of a text, model spans combined with the KB and lexicons (combine.ts). */
export function entitiesInText(text: string, tagger: Tagger, opts: { combined?: boolean } = {}): TextEntity[] {
  const sentences = splitSentences(text).map((s) => tokenize(text.slice(s.start, s.end)).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start })));
  const words = sentences.map((toks) => toks.map((t) => t.text));
  const spans = tagger.documentSpans(words);
  const out: TextEntity[] = [];
  sentences.forEach((toks, s) => {
    const sp = opts.combined === false ? spans[s].map((x) => ({ ...x, source: ["model"] })) : combine(words[s], spans[s], tagger.lookups);
    for (const e of sp) {
      const start = toks[e.start].start, end = toks[e.end - 1].end;
      out.push({ start, end, type: e.type, text: text.slice(start, end), source: e.source });
    }
  });
  return out;
}
