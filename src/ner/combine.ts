// The combination of issue 6: the model proposes spans; lexicons and the knowledge base
// confirm, type and extend them. A pure function over (words, model spans, look-ups),
// so the same code runs in evaluation and in the extractor. Each rule is named so that
// evaluation can switch it off and the extractor can say why a span looks the way it does.
import { normalize } from "../text/normalize.js";
import { looseStem, stripClitics } from "./features.js";
import type { Gazetteer, GazetteerMatch } from "./gazetteer.js";
import type { EntitySpan } from "./tags.js";
import type { TriggerLexicon } from "./triggers.js";

export interface CombineLookups {
  triggers: TriggerLexicon;
  /** curated names (knowledge base, country list); see the rules below for when they override the model */
  known: readonly Gazetteer[];
}

// Only person names override the model: place and organisation names are metonymic in news
// (a city for its football club, a country for its government) and their extent varies
// between annotation conventions (قطاع غزة or غزة), so for them the model's reading stands,
// except for a known place the model missed right after a place noun (مدينة، العاصمة).
export type CombineRule =
  | "title-trim" // title words at the start of a PERS span are not part of the name
  | "known-type" // a span that is exactly a known person's name becomes PERS
  | "known-extend" // a known person's name that contains a model span replaces it
  | "known-add-loc" // a known place the model missed, right after a place noun, becomes LOC
  | "known-add-name"; // a known multi-word person name the model missed becomes PERS

export const ALL_RULES: readonly CombineRule[] = ["title-trim", "known-type", "known-extend", "known-add-loc", "known-add-name"];

export interface CombinedSpan extends EntitySpan {
  /** "model" when untouched, else the rules that shaped it */
  source: string[];
}

/** Known-name matches of the sentence, from every curated gazetteer, longest first on overlap. */
export function knownMatches(words: readonly string[], known: readonly Gazetteer[]): GazetteerMatch[] {
  const norms = words.map((w) => normalize(w));
  const stems = norms.map((n) => stripClitics(n).stem);
  const loose = norms.map((n) => looseStem(n));
  const all = known.flatMap((g) => g.matchAll(stems, loose));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(words.length);
  const out: GazetteerMatch[] = [];
  for (const m of all) {
    let free = true;
    for (let i = m.start; i < m.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = m.start; i < m.end; i++) taken[i] = 1;
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Apply the combination rules; returns spans sorted by start, non-overlapping. */
export function combine(
  words: readonly string[],
  modelSpans: readonly EntitySpan[],
  lookups: CombineLookups,
  rules: readonly CombineRule[] = ALL_RULES,
): CombinedSpan[] {
  const on = new Set(rules);
  const norms = words.map((w) => normalize(w));
  // the listed form only: a title listed with its article (الأمين، السيد، الشيخ) is, without it, often a given name
  let spans: CombinedSpan[] = modelSpans.map((s) => ({ start: s.start, end: s.end, type: s.type, source: ["model"] }));
  const matches = knownMatches(words, lookups.known);

  for (const m of matches) {
    const exact = spans.find((s) => s.start === m.start && s.end === m.end);
    if (exact) {
      if (on.has("known-type") && m.type === "PERS" && exact.type !== m.type) {
        exact.type = m.type;
        exact.source.push("known-type");
      }
      continue;
    }
    const overlapping = spans.filter((s) => s.start < m.end && m.start < s.end);
    if (overlapping.length) {
      // extend only when the known name covers every overlapping span entirely
      const inside = overlapping.every((s) => s.start >= m.start && s.end <= m.end);
      if (on.has("known-extend") && inside && m.type === "PERS") {
        spans = spans.filter((s) => !overlapping.includes(s));
        spans.push({ start: m.start, end: m.end, type: m.type, source: ["known-extend"] });
      }
      continue;
    }
    // a preposition (في الزاوية) is not enough: many place names are also common words
    const afterPlaceNoun = m.start > 0 && lookups.triggers.has(norms[m.start - 1], "location");
    // "العاصمة الليبية": a nationality adjective after a place noun describes it, it is not a place name
    const adjective = m.end - m.start === 1 && lookups.triggers.has(norms[m.start], "nationality");
    if (on.has("known-add-loc") && m.type === "LOC" && afterPlaceNoun && !adjective) {
      spans.push({ start: m.start, end: m.end, type: "LOC", source: ["known-add-loc"] });
    } else if (on.has("known-add-name") && m.type === "PERS" && m.end - m.start > 1) {
      spans.push({ start: m.start, end: m.end, type: m.type, source: ["known-add-name"] });
    }
  }

  if (on.has("title-trim")) {
    const kept: CombinedSpan[] = [];
    for (const s of spans) {
      if (s.type === "PERS") {
        let start = s.start;
        while (start < s.end && lookups.triggers.hasForm(norms[start], "person_title")) start++;
        if (start === s.end) continue; // a title alone is not a name
        if (start !== s.start) {
          kept.push({ ...s, start, source: [...s.source, "title-trim"] });
          continue;
        }
      }
      kept.push(s);
    }
    spans = kept;
  }
  return spans.sort((a, b) => a.start - b.start);
}
