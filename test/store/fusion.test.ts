// The fusion rule as a table: pairs of events that are / are not the same encounter.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { blockingKeys, dayWindow, sameEvent, sameParticipant, type FusionEvent, type FusionParticipant } from "../../src/store/fusion.js";

const haftar: FusionParticipant = { name: "خليفة حفتر", name_en: "Khalifa Haftar" };
const haftarShort: FusionParticipant = { name: "حفتر" };
const saddam: FusionParticipant = { name: "صدام حفتر" };
const meloni: FusionParticipant = { name: "جورجيا ميلوني" };
const meloniAlef: FusionParticipant = { name: "ميلونى" };
const piantedosi: FusionParticipant = { name: "بيانتيدوزي", name_en: "Matteo Piantedosi" };
const piantedosiS: FusionParticipant = { name: "بيانتيدوسي", name_en: "Piantedosi" };
const minister: FusionParticipant = { title: "وزير الداخلية الإيطالي" };
const ministerShort: FusionParticipant = { title: "وزير الداخلية" };
const kbA: FusionParticipant = { name: "المنفي", kb_id: "ly-1" };
const kbB: FusionParticipant = { name: "المنفي", kb_id: "ly-2" };

const ev = (participants: FusionParticipant[], date: string | null, more: Partial<FusionEvent> = {}): FusionEvent => ({
  type: "meeting",
  date,
  precision: date == null ? null : date.length === 10 ? "day" : date.length === 7 ? "month" : "year",
  participants,
  ...more,
});

describe("fusion", () => {
  it("matches participants by kb id, name words, English name or office", () => {
    const cases: [FusionParticipant, FusionParticipant, boolean][] = [
      [haftar, haftarShort, true],
      [haftarShort, saddam, true], // a bare surname is ambiguous: accepted, the set and date must agree too
      [haftar, saddam, false],
      [meloni, meloniAlef, true],
      [piantedosi, piantedosiS, true], // spelling differs, English name agrees
      [minister, ministerShort, true],
      [minister, { title: "وزير الداخلية الليبي" }, false],
      [{ name: "ماتيو بيانتيدوزي", title: "وزير الداخلية" }, ministerShort, true], // named on one side, by office on the other
      [kbA, kbB, false],
      [kbA, { name: "محمد المنفي", kb_id: "ly-1" }, true],
      [kbA, { name: "محمد المنفي" }, true],
      [{}, {}, false],
    ];
    for (const [a, b, expected] of cases) {
      assert.equal(sameParticipant(a, b), expected, `${JSON.stringify(a)} ~ ${JSON.stringify(b)}`);
      assert.equal(sameParticipant(b, a), expected, "symmetric");
    }
  });

  it("decides whether two events are one encounter", () => {
    const base = ev([haftar, meloni], "2023-05-04");
    const cases: [string, FusionEvent, boolean][] = [
      ["same day, other spellings", ev([meloniAlef, haftarShort], "2023-05-04"), true],
      ["next day, stated", ev([haftar, meloni], "2023-05-05"), false],
      ["next day, implied", ev([haftar, meloni], "2023-05-05", { implied: true }), true],
      ["two days later, implied", ev([haftar, meloni], "2023-05-06", { implied: true }), false],
      ["same month", ev([haftar, meloni], "2023-05"), true],
      ["other month", ev([haftar, meloni], "2023-06"), false],
      ["same year", ev([haftar, meloni], "2023"), true],
      ["undated, published next day", ev([haftar, meloni], null, { published: "2023-05-05" }), true],
      ["undated, published a week later", ev([haftar, meloni], null, { published: "2023-05-11" }), false],
      ["undated, no publication date", ev([haftar, meloni], null), false],
      ["a call is not a meeting", ev([haftar, meloni], "2023-05-04", { type: "call" }), false],
      ["other counterpart", ev([haftar, piantedosi], "2023-05-04"), false],
      ["one more participant", ev([haftar, meloni, piantedosi], "2023-05-04"), true],
      ["one of the two only", ev([haftar], "2023-05-04"), false],
    ];
    for (const [label, other, expected] of cases) {
      assert.equal(sameEvent(base, other), expected, label);
      assert.equal(sameEvent(other, base), expected, `${label} (symmetric)`);
    }
  });

  it("fuses one-person events only at the same place", () => {
    const a = ev([haftar], "2023-05-04", { type: "visit", location: "روما" });
    assert.equal(sameEvent(a, ev([haftarShort], "2023-05-04", { type: "visit", location: "روما" })), true);
    assert.equal(sameEvent(a, ev([haftarShort], "2023-05-04", { type: "visit", location: "باريس" })), false);
  });

  it("gives day windows for each precision", () => {
    const cases: [Parameters<typeof dayWindow>[0], ReturnType<typeof dayWindow>][] = [
      [{ date: "2024-02-10", precision: "day" }, { lo: "2024-02-10", hi: "2024-02-10", loose: false }],
      [{ date: "2024-02-10", precision: "day", implied: true }, { lo: "2024-02-10", hi: "2024-02-10", loose: true }],
      [{ date: "2024-02", precision: "month" }, { lo: "2024-02-01", hi: "2024-02-29", loose: true }],
      [{ date: "2023", precision: "year" }, { lo: "2023-01-01", hi: "2023-12-31", loose: true }],
      [{ date: null, precision: null, published: "2024-03-01" }, { lo: "2024-03-01", hi: "2024-03-01", loose: true }],
      [{ date: null, precision: null }, null],
    ];
    for (const [input, expected] of cases) assert.deepEqual(dayWindow(input), expected, JSON.stringify(input));
  });

  it("gives blocking keys shared by any two events that could fuse", () => {
    assert.deepEqual(blockingKeys(ev([haftar, minister], null)).sort(), ["en:haftar", "n:حفتر", "t:وزير داخليه ايطالي"]);
    const pairs: [FusionEvent, FusionEvent][] = [
      [ev([haftar, meloni], "2023-05-04"), ev([haftarShort, meloniAlef], "2023-05-04")],
      [ev([piantedosi, kbA], "2023-05-04"), ev([piantedosiS, { kb_id: "ly-1" }], "2023-05-04")],
    ];
    for (const [a, b] of pairs) {
      assert.ok(sameEvent(a, b));
      const kb = new Set(blockingKeys(b));
      assert.ok(blockingKeys(a).some((k) => kb.has(k)), "share a key");
    }
  });
});
