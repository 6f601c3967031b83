// Reader for CoNLL-style "token TAG" files (ANERcorp): one token per line,
// a blank line between sentences.
import { readFileSync } from "node:fs";

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** Parse CoNLL text; a line's last whitespace-separated field is the tag, the first is the token. */
export function parseConll(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const parts = line.split(/\s+/);
    if (parts.length < 2) continue; // a token with no tag is noise, not data
    cur.words.push(parts[0]);
    cur.tags.push(parts[parts.length - 1]);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

export function readConll(path: string): TaggedSentence[] {
  return parseConll(readFileSync(path, "utf8"));
}
