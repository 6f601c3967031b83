// Shared checks for cleaned text: every segment is a verbatim copy of raw, and whatever the
// segments do not cover is a synthesized separator.
import assert from "node:assert/strict";
import type { CleanText } from "../../src/types.js";

export function assertSegmentsExact(raw: string, c: CleanText, label = ""): void {
  let covered = 0;
  let prevClean = -1;
  let prevRaw = -1;
  for (const s of c.segments) {
    assert.ok(s.length > 0, `${label}: empty segment`);
    assert.ok(s.cleanStart > prevClean && s.rawStart > prevRaw, `${label}: segments out of order`);
    assert.equal(c.text.slice(s.cleanStart, s.cleanStart + s.length), raw.slice(s.rawStart, s.rawStart + s.length), `${label}: segment text`);
    // a gap in clean text is exactly one synthesized separator
    if (s.cleanStart > covered) {
      const gap = c.text.slice(covered, s.cleanStart);
      assert.ok(gap === " " || gap === "\n", `${label}: unmapped clean text ${JSON.stringify(gap)}`);
    }
    covered = s.cleanStart + s.length;
    prevClean = s.cleanStart;
    prevRaw = s.rawStart;
  }
  assert.equal(covered, c.text.length, `${label}: text after the last segment`);
  for (const r of c.removed) {
    assert.ok(r.start >= 0 && r.end <= raw.length && r.end > r.start, `${label}: removed span out of range`);
    assert.ok(r.rule.length > 0, `${label}: removed span without a rule`);
  }
}
