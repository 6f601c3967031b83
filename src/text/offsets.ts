// Offsets between cleaned and raw text. Cleaned text is assembled from verbatim copies of
// raw runs (segments) plus a few synthesized separators (a collapsed space, a paragraph
// "\n") that have no raw counterpart; those fall in the gaps between segments.
import type { CleanText, Segment, Span } from "../types.js";

/** Builds a cleaned string and its segments piece by piece, merging adjacent runs. */
export class CleanBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  constructor(private readonly raw: string) {}

  get size(): number {
    return this.length;
  }

  /** Append raw[start, end) verbatim. */
  copy(start: number, end: number): void {
    if (end <= start) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.cleanStart + last.length === this.length && last.rawStart + last.length === start) {
      last.length += end - start;
    } else {
      this.segments.push({ cleanStart: this.length, rawStart: start, length: end - start });
    }
    this.parts.push(this.raw.slice(start, end));
    this.length += end - start;
  }

  /**
   * Append a separator. When the raw text holds the same character at `rawAt`, it is copied
   * (so a single space or newline keeps its raw offset); otherwise it is synthesized.
   */
  separator(ch: string, rawAt: number): void {
    if (rawAt >= 0 && this.raw[rawAt] === ch) {
      this.copy(rawAt, rawAt + 1);
      return;
    }
    this.parts.push(ch);
    this.length += ch.length;
  }

  build(removed: CleanText["removed"]): CleanText {
    return { text: this.parts.join(""), segments: this.segments, removed };
  }
}

/** Index of the last segment whose cleanStart ≤ offset, or -1. */
function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].cleanStart <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Raw offset of cleaned offset `offset`. Inside a segment the mapping is exact; a synthesized
 * character (or the end of the text) maps to the raw end of the preceding segment.
 */
export function toRaw(clean: CleanText, offset: number): number {
  const segs = clean.segments;
  const i = segmentAt(segs, offset);
  if (i < 0) return segs.length ? segs[0].rawStart : offset;
  const s = segs[i];
  if (offset < s.cleanStart + s.length) return s.rawStart + (offset - s.cleanStart);
  return s.rawStart + s.length;
}

/** Raw span of the cleaned span [start, end): the end maps from the last character it covers. */
export function spanToRaw(clean: CleanText, start: number, end: number): Span {
  const rawStart = toRaw(clean, start);
  if (end <= start) return { start: rawStart, end: rawStart };
  const rawEnd = toRaw(clean, end - 1) + 1;
  return { start: rawStart, end: Math.max(rawEnd, rawStart) };
}
