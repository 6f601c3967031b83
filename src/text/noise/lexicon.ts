// Loads data/lexicon/noise.yaml once and compiles it into the lookups the line rules use.
// Every phrase is reduced to the same "line key" form as the lines it is compared with.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { normalize } from "../normalize.js";

export const NOISE_LEXICON_PATH = new URL("../../../data/lexicon/noise.yaml", import.meta.url);

export interface NoiseLexiconData {
  related_headers: string[];
  button_words: string[];
  line_prefixes: string[];
  counter_words: string[];
  masthead_labels: string[];
  date_words: string[];
}

export interface NoiseLexicon {
  relatedHeaders: Set<string>;
  mastheadLabels: Set<string>;
  /** matches a key made only of button words */
  buttonLine: RegExp;
  /** matches a key starting with a signature/contact prefix */
  signaturePrefix: RegExp;
  counterWords: Set<string>;
  dateWords: Set<string>;
}

/** Normalized words joined by single spaces: punctuation, symbols and spacing squeezed out. */
export function lineKey(s: string): string {
  return normalize(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Alternation of keys, longest first, so a multi-word phrase wins over its first word. */
function alternation(phrases: string[]): string {
  const keys = [...new Set(phrases.map(lineKey).filter(Boolean))];
  keys.sort((a, b) => b.length - a.length);
  return keys.map(escapeRegex).join("|");
}

export function compileNoiseLexicon(data: NoiseLexiconData): NoiseLexicon {
  const keySet = (xs: string[]) => new Set(xs.map(lineKey).filter(Boolean));
  return {
    relatedHeaders: keySet(data.related_headers),
    mastheadLabels: keySet(data.masthead_labels),
    buttonLine: new RegExp(`^(?:(?:${alternation(data.button_words)})(?: |$))+$`, "u"),
    signaturePrefix: new RegExp(`^(?:${alternation(data.line_prefixes)})(?: |$)`, "u"),
    counterWords: keySet(data.counter_words),
    dateWords: keySet(data.date_words),
  };
}

export function readNoiseLexiconData(path: URL | string = NOISE_LEXICON_PATH): NoiseLexiconData {
  const doc = parse(readFileSync(path, "utf8")) as Partial<NoiseLexiconData> | null;
  const list = (k: keyof NoiseLexiconData): string[] => {
    const v = doc?.[k];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
      throw new Error(`noise lexicon: "${k}" must be a list of strings`);
    }
    return v;
  };
  return {
    related_headers: list("related_headers"),
    button_words: list("button_words"),
    line_prefixes: list("line_prefixes"),
    counter_words: list("counter_words"),
    masthead_labels: list("masthead_labels"),
    date_words: list("date_words"),
  };
}

let cached: NoiseLexicon | undefined;

/** The default lexicon, loaded on first use. */
export function noiseLexicon(): NoiseLexicon {
  cached ??= compileNoiseLexicon(readNoiseLexiconData());
  return cached;
}
