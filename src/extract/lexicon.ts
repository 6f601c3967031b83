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
  longest(i: number, count: number, forms: (i: number) => readonly string[]): { end: number; values: V[] } | null {
    if (i >= count) return null;
    // fast path: most words start no phrase at all
    const first = forms(i);
    let any = false;
    for (const f of first) if (this.root.next.has(f)) { any = true; break; }
    if (!any) return null;
    let bestEnd = -1;
    let bestValues: V[] | undefined;
    const walk = (node: TrieNode<V>, j: number) => {
      if (node.values && j > i && j > bestEnd) { bestEnd = j; bestValues = node.values; }
      if (j >= count || node.next.size === 0) return;
      for (const f of forms(j)) {
        const child = node.next.get(f);
        if (child) walk(child, j + 1);
      }
    };
    walk(this.root, i);
    return bestValues ? { end: bestEnd, values: bestValues } : null;
  }
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values?: V[];
}
