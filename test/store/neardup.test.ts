// Near-duplicate detection on composed texts: a republished story is caught, another story is not.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { decodeSignature, encodeSignature, lshKeys, minhash, similarity, BANDS, NEAR_DUP_THRESHOLD } from "../../src/store/neardup.js";
import { STORY_A, STORY_A_REPUBLISHED, STORY_B } from "./fixtures.js";

describe("near-duplicates", () => {
  const a = minhash(STORY_A)!;

  it("scores a republished story above the threshold and another story far below", () => {
    const cases: [string, string, (s: number) => boolean][] = [
      ["identical", STORY_A, (s) => s === 1],
      ["diacritics and hamza differ", STORY_A.replace(/أ/g, "ا").replace(/ة/g, "ه"), (s) => s === 1],
      ["republished with a new opening", STORY_A_REPUBLISHED, (s) => s >= NEAR_DUP_THRESHOLD],
      ["another story", STORY_B, (s) => s < 0.2],
    ];
    for (const [label, text, ok] of cases) {
      const s = similarity(a, minhash(text)!);
      assert.ok(ok(s), `${label}: ${s}`);
    }
  });

  it("puts near-duplicates in a shared LSH bucket", () => {
    const ka = new Set(lshKeys(a));
    assert.equal(ka.size, BANDS);
    assert.ok(lshKeys(minhash(STORY_A_REPUBLISHED)!).some((k) => ka.has(k)));
    assert.ok(!lshKeys(minhash(STORY_B)!).some((k) => ka.has(k)));
  });

  it("gives no signature for texts too short to compare", () => {
    assert.equal(minhash("التقى الوزير نظيره"), null);
    assert.equal(minhash(""), null);
  });

  it("round-trips signatures through bytes", () => {
    assert.deepEqual(decodeSignature(encodeSignature(a)), a);
  });
});
