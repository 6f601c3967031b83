// Word-level view of a sentence for the extractors: each token's normalized forms with and
// without the proclitics that Arabic writes attached (و ف ب ل ك, and ل+ال → لل), so that
// lexicon lookups see "ووزير" as وزير and "للقوات" as القوات.
import type { Token } from "../types.js";

export interface Word {
  /** index in the document's token array */
  index: number;
  token: Token;
  /** normalized surface */
  norm: string;
  /** normalized forms to look up, most specific first */
  forms: string[];
  /** the conjunction و/ف stripped from the front, if any */
  conj: string;
  /** the gazetteer's answer for a name starting at this word (memo: asked many times) */
  gz?: { end: number; hits: unknown[] } | null;
}

const cache = new Map<string, { forms: string[]; conj: string }>();

/** Candidate lexicon forms of a normalized word: itself, without و/ف, without ب/ل/ك, لل→ال (and ل + ل…). */
export function wordForms(norm: string): { forms: string[]; conj: string } {
  const hit = cache.get(norm);
  if (hit) return hit;
  const forms = [norm];
  let conj = "";
  let base = norm;
  if ((base[0] === "و" || base[0] === "ف") && base.length > 3) {
    conj = base[0];
    base = base.slice(1);
    forms.push(base);
  }
  // "للقوات" is ل + القوات; "للقاء", "لليبيا" are ل + لقاء / ليبيا: both readings
  if (base.startsWith("لل") && base.length > 4) forms.push("ال" + base.slice(2), base.slice(1));
  else if ((base[0] === "ب" || base[0] === "ل" || base[0] === "ك") && base.length > 3) {
    forms.push(base.slice(1));
  }
  const result = { forms, conj };
  if (cache.size < 200_000) cache.set(norm, result);
  return result;
}

export function toWords(tokens: Token[], from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // the word's forms, kept on its lexeme after the first time (see Lexeme)
    const lx = t.lex;
    if (lx !== undefined && lx.forms === undefined) {
      const f = wordForms(t.norm);
      lx.forms = f.forms;
      lx.conj = f.conj;
    }
    const { forms, conj } = lx !== undefined ? (lx as { forms: string[]; conj: string }) : wordForms(t.norm);
    // (gz set here, unfilled: every word keeps one shape when the gazetteer fills it later)
    out.push({ index: i, token: t, norm: t.norm, forms, conj, gz: undefined });
  }
  return out;
}

/**
 * Whether one of the word's forms is in the lexicon set. Every extractor asks this of most words,
 * several times over, so the answer is kept on the word's lexeme: the first 62 sets asked about
 * get a bit each (later ones are asked plainly). Lexicon sets are built once and never change,
 * which is what makes a kept answer right.
 */
export function hasForm(w: Word | undefined, set: ReadonlySet<string>): boolean {
  if (!w) return false;
  const lx = w.token.lex;
  if (lx === undefined || w.forms !== lx.forms) return anyForm(w.forms, set);
  const bit = bitOf(set);
  if (bit < 0) return anyForm(w.forms, set);
  if (bit < 31) {
    const m = 1 << bit;
    if (lx.setsAsked & m) return (lx.setsIn & m) !== 0;
    const yes = anyForm(w.forms, set);
    lx.setsAsked |= m;
    if (yes) lx.setsIn |= m;
    return yes;
  }
  const m = 1 << (bit - 31);
  if (lx.setsAsked2 & m) return (lx.setsIn2 & m) !== 0;
  const yes = anyForm(w.forms, set);
  lx.setsAsked2 |= m;
  if (yes) lx.setsIn2 |= m;
  return yes;
}

function anyForm(forms: readonly string[], set: ReadonlySet<string>): boolean {
  for (const f of forms) if (set.has(f)) return true;
  return false;
}

const SET_BIT = Symbol("hasForm bit");
let bitsGiven = 0;
/** The set's bit, given on first use (-1 once all 62 are taken). */
function bitOf(set: ReadonlySet<string>): number {
  const tagged = set as ReadonlySet<string> & { [SET_BIT]?: number };
  let bit = tagged[SET_BIT];
  if (bit === undefined) {
    bit = bitsGiven < 62 ? bitsGiven++ : -1;
    tagged[SET_BIT] = bit;
  }
  return bit;
}

export function formIn(w: Word | undefined, set: ReadonlySet<string>): string | undefined {
  if (!w) return undefined;
  for (const f of w.forms) if (set.has(f)) return f;
  return undefined;
}

export const isPunct = (w: Word | undefined, chars?: string): boolean =>
  !!w && w.token.kind === "punct" && (chars === undefined || chars.includes(w.token.text));

/**
 * The ")" that closes a bracket opened at `open`, with at most `inside` words between and before
 * `to` ("(الناتو)"، "(5+5)"، "(53 عاما)"); -1 when there is none that near.
 */
export function closingBracket(words: readonly Word[], open: number, inside: number, to = words.length): number {
  if (!isPunct(words[open], "(")) return -1;
  for (let k = open + 1; k < to && k <= open + inside + 1; k++) if (isPunct(words[k], ")")) return k;
  return -1;
}
