// The tokenizer's memory of written words: surface form → its Lexeme (normalized form, stem,
// proclitic, and the memos later stages keep on it).
//
// Why not a Map<string, Lexeme>: a Map needs the word as a string before it can look it up,
// so every token of every article would be sliced out of the text and hashed, and most of
// them are words seen thousands of times before. This table hashes the characters in place,
// while the tokenizer scans them, and compares a candidate's surface with the text directly:
// a known word costs no string at all (the token reuses the lexeme's surface).
import { Lexeme } from "../types.js";

/** FNV-1a step over one UTF-16 code unit: feed it while scanning, start from HASH_SEED. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619);

export class WordTable {
  /** slot → index + 1 in `entries` (0: empty); open addressing, linear probing */
  private slots: Int32Array;
  /** slot → the full hash of the word there (most probes are rejected on it) */
  private hashes: Int32Array;
  private entries: Lexeme[] = [];
  private readonly mask: number;

  /** `max` words at most: when full, the table starts afresh (memory stays flat over any run). */
  constructor(private readonly max: number, private readonly read: (surface: string) => Lexeme) {
    let size = 1;
    while (size < max * 2) size <<= 1; // at most half full: probes stay short
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The lexeme of text[start, end), whose characters hash to `h`; read and kept the first time. */
  lookup(text: string, start: number, end: number, h: number): Lexeme {
    const len = end - start;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = this.slots[s];
      if (at === 0) return this.add(s, h, text.slice(start, end));
      if (this.hashes[s] !== h) continue;
      const lx = this.entries[at - 1];
      const w = lx.surface;
      if (w.length !== len) continue;
      let k = 0;
      while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return lx;
    }
  }

  private add(slot: number, h: number, surface: string): Lexeme {
    if (this.entries.length >= this.max) {
      this.slots.fill(0);
      this.entries = [];
      slot = h & this.mask;
    }
    const lx = this.read(surface);
    this.entries.push(lx);
    this.slots[slot] = this.entries.length;
    this.hashes[slot] = h;
    return lx;
  }
}
