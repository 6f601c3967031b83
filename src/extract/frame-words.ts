// The glue words of event frames (data/lexicon/frames.yaml), normalized, one set per key.
// Loaded once; a key missing from the file is an error that names it, so a typo in the data
// cannot silently empty a rule.
import { normSet, readLexicon } from "./lexicon.js";

const KEYS = [
  "with_fillers", "alongside", "another", "each_of", "taking_part", "invited_by", "there_too", "represented",
  "delegation", "known_delegation", "headed_by", "group_objects", "gathers", "held", "occasion", "gathers_also", "guest",
  "several_encounters", "during", "clause_goes_on", "clause_openers", "framing", "anaphoric_subject",
  "the_man", "relative_pronouns", "trio", "where", "ordinal_places", "joint_work", "prepositions", "preceded",
  "same", "since", "until", "until_parts", "compared", "done_then", "crossings", "distance_cues", "apart", "again", "means", "period_words", "relations", "trips", "the_latter",
  "multi_sided", "things_of", "list_openers", "that_was", "aside_openers", "answer_markers", "story_days", "ahead", "during_trip", "titled", "own_between", "said_that", "joint_with", "done_during", "during_it", "put_out",
] as const;

export type FrameWords = Record<(typeof KEYS)[number], Set<string>>;

let words: FrameWords | undefined;

export function frameWords(): FrameWords {
  return (words ??= parseFrameWords(readLexicon<Record<string, unknown>>("frames.yaml")));
}

/** The sets of a parsed frames.yaml; throws naming the first key that is missing, empty or not a list. */
export function parseFrameWords(raw: Record<string, unknown>): FrameWords {
  const out = {} as FrameWords;
  for (const k of KEYS) {
    const list = raw[k];
    if (!Array.isArray(list) || list.length === 0) throw new Error(`data/lexicon/frames.yaml: key "${k}" is missing or empty`);
    out[k] = normSet(list.map(String));
  }
  return out;
}
