// The BIO tag set of the tagger and the conversion from tag sequences to spans.
// ANERcorp has four entity types; MISC is learned (it keeps the model from forcing
// nationalities and events into PERS/LOC/ORG) even though evaluation ignores it.

export type EntityType = "PERS" | "LOC" | "ORG" | "MISC";
export const ENTITY_TYPES: readonly EntityType[] = ["PERS", "LOC", "ORG", "MISC"];

/** Fixed tag order: index 0 is O, then B-/I- for each type. Models store tags by this index. */
export const TAGS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

export interface EntitySpan {
  /** first token index */
  start: number;
  /** one past the last token index */
  end: number;
  type: EntityType;
}

function isEntityType(s: string): s is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(s);
}

/**
 * Spans of a BIO sequence. Convention (conlleval): an I-X that does not follow a B-X or I-X
 * starts a new entity of type X; a B-X always starts one. Unknown tags count as O.
 */
export function bioToSpans(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let cur: EntitySpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const dash = tag.indexOf("-");
    const prefix = dash > 0 ? tag.slice(0, dash) : tag;
    const type = dash > 0 ? tag.slice(dash + 1) : "";
    const valid = (prefix === "B" || prefix === "I") && isEntityType(type);
    if (valid && prefix === "I" && cur && cur.type === type) {
      cur.end = i + 1;
      continue;
    }
    if (cur) spans.push(cur);
    cur = valid ? { start: i, end: i + 1, type: type as EntityType } : null;
  }
  if (cur) spans.push(cur);
  return spans;
}

/** BIO tags for `n` tokens carrying `spans` (later spans win on overlap). */
export function spansToBio(n: number, spans: readonly EntitySpan[]): string[] {
  const tags = new Array<string>(n).fill("O");
  for (const s of spans) {
    for (let i = s.start; i < s.end && i < n; i++) tags[i] = (i === s.start ? "B-" : "I-") + s.type;
  }
  return tags;
}
