// Loads the extraction lexicons (data/lexicon/*.yaml) once, normalizes every form with
// the same rules as the text, and exposes them as sets and phrase tries. The engine
// (mentions, events, topics) takes these as data; nothing language-specific is hard-coded there.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { normalize } from "../text/normalize.js";

const DATA_DIR = fileURLToPath(new URL("../../data/lexicon/", import.meta.url));

export function readLexicon<T = unknown>(name: string): T {
  return parse(readFileSync(DATA_DIR + name, "utf8")) as T;
}

/** A word list (one normalized word a line, # comments), as a set; empty when the file is absent. */
export function readWordList(name: string): Set<string> {
  if (!existsSync(DATA_DIR + name)) return new Set();
  return new Set(
    readFileSync(DATA_DIR + name, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((w) => normalize(w)),
  );
}

export function lexiconExists(name: string): boolean {
  return existsSync(DATA_DIR + name);
}

/** Normalized words of a phrase (split on spaces). */
export function phraseWords(phrase: string): string[] {
  return normalize(phrase).split(/\s+/).filter(Boolean);
}

export const normSet = (list: string[] | undefined): Set<string> => new Set((list ?? []).map((w) => normalize(w).trim()));

/**
 * A trie over word sequences: finds the longest lexicon phrase starting at a token.
 * Values are whatever the lexicon attaches (a topic id, an event type, ...).
 */
export class PhraseTrie<V> {
  private root: TrieNode<V> = { next: new Map() };

  add(words: string[], value: V): void {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /**
   * Longest match starting at index `i` of `words`. `forms(i)` gives the candidate forms of
   * word i (e.g. with and without a proclitic) so that "والهجرة" can match "الهجرة".
   */
  /** true when some phrase starts with one of these words (cheap pre-check, no allocation) */
  startsWith(forms: readonly string[]): boolean {
    for (let k = 0; k < forms.length; k++) if (this.root.next.has(forms[k])) return true;
    return false;
  }

  longest(i: number, count: number, forms: (i: number) => readonly string[]): { end: number; values: V[] } | null {
    if (i >= count) return null;
    if (!this.startsWith(forms(i))) return null;
    // iterative depth-first walk over (node, next word) pairs; most words start no phrase
    let bestEnd = -1;
    let bestValues: V[] | undefined;
    let frontier: TrieNode<V>[] = [this.root];
    for (let j = i; j < count && frontier.length; j++) {
      const fs = forms(j);
      const next: TrieNode<V>[] = [];
      for (const node of frontier) {
        for (let k = 0; k < fs.length; k++) {
          const child = node.next.get(fs[k]);
          if (!child) continue;
          if (child.values && j + 1 > bestEnd) { bestEnd = j + 1; bestValues = child.values; }
          if (child.next.size && !next.includes(child)) next.push(child);
        }
      }
      frontier = next;
    }
    return bestValues ? { end: bestEnd, values: bestValues } : null;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values?: V[];
}
