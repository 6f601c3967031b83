import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { actorKey, contentHash, latinWords, searchKey } from "../../src/store/keys.js";
import { makeSnippet, queryTerms, indexText } from "../../src/store/snippet.js";
import { distanceKm, boundingBox } from "../../src/store/geo.js";
import { placeLookupFrom } from "../../src/store/places.js";

describe("keys", () => {
  it("keys actors by kb id, else name, else title, else English name", () => {
    const cases: [Parameters<typeof actorKey>[0], string][] = [
      [{ kb_id: "it-1", name: "ميلوني" }, "kb:it-1"],
      [{ name: "جورجيا ميلونى" }, "n:جورجيا ميلوني"],
      [{ name: "جورجيا ميلوني", title: "رئيسة الوزراء" }, "n:جورجيا ميلوني"],
      [{ name: "المنفي" }, "n:منفي"],
      [{ title: "وزير الدفاع الإيطالي" }, "t:وزير دفاع ايطالي"],
      [{ name_en: "Guido  Crosetto" }, "en:guido crosetto"],
      [{}, ""],
    ];
    for (const [input, expected] of cases) assert.equal(actorKey(input), expected, JSON.stringify(input));
  });

  it("normalizes search text and Latin names", () => {
    assert.equal(searchKey("الأمن  البحري"), "امن بحري");
    assert.deepEqual(latinWords("Di Maïo, Luigi"), ["di", "maio", "luigi"]);
    assert.equal(contentHash("الأمنُ البحريّ"), contentHash(" الامن\nالبحري "));
    assert.notEqual(contentHash("الأمن البحري"), contentHash("الأمن البري"));
  });
});

describe("snippets", () => {
  const text = "وناقش الجانبان ملفَ الهجرة، وأكد الوزير أن الإنقاذ في البحر أولوية. ثم تحدث عن الاقتصاد.";
  it("marks matches in the original spelling, whatever the query's spelling", () => {
    const cases: [string, string][] = [
      ["الانقاذ", "«الإنقاذ»"],
      ["هجرة", "«الهجرة»"],
      ["الهجره", "«الهجرة»"],
      ["اقتصاد", "«الاقتصاد»"],
    ];
    for (const [q, mark] of cases) assert.ok(makeSnippet(text, queryTerms(q)).includes(mark), q);
  });
  it("cuts a window around the first match without breaking words", () => {
    const long = "كلمة ".repeat(100) + "الهدف " + "كلمة ".repeat(100);
    const s = makeSnippet(long, queryTerms("الهدف"), 60);
    assert.match(s, /^…كلمة .*«الهدف».* كلمة…$/);
    assert.ok(s.length < 90);
  });
  it("indexes the same words the query uses", () => {
    assert.equal(indexText("والأمن البحريّ"), "امن بحري");
    assert.deepEqual(queryTerms("الأمن الأمن"), ["امن"]);
  });
});

describe("geo", () => {
  it("measures distances and boxes", () => {
    const romeTivoli = distanceKm(41.9028, 12.4964, 41.9639, 12.7981);
    assert.ok(romeTivoli > 20 && romeTivoli < 30, String(romeTivoli));
    const b = boundingBox(41.9, 12.5, 50);
    assert.ok(b.latMin < 41.5 && b.latMax > 42.3 && b.lonMin < 11.95 && b.lonMax > 13.05);
  });
  it("looks places up by Arabic or English name", () => {
    const look = placeLookupFrom([{ name: "طرابلس", name_en: "Tripoli", aliases: ["طرابلس الغرب"], lat: 32.9, lon: 13.2 }, { name: "بلا إحداثيات" }])!;
    assert.deepEqual(look("طرابلس"), { lat: 32.9, lon: 13.2 });
    assert.deepEqual(look("tripoli"), { lat: 32.9, lon: 13.2 });
    assert.equal(look("بلا إحداثيات"), null);
    assert.equal(placeLookupFrom([]), null);
  });
});

describe("knowledge-base places", () => {
  it("loads coordinates from the project's KB data when present", async (t) => {
    const { loadPlaceLookup, lazyPlaceLookup } = await import("../../src/store/places.js");
    if (!(await loadPlaceLookup())) return t.skip("no KB place data with coordinates in data/kb");
    const look = lazyPlaceLookup();
    const rome = look("روما") ?? look("Rome");
    assert.ok(rome && Math.abs(rome.lat - 41.9) < 0.3 && Math.abs(rome.lon - 12.5) < 0.3, JSON.stringify(rome));
    const tripoli = look("طرابلس");
    assert.ok(tripoli && Math.abs(tripoli.lat - 32.9) < 0.3, `Tripoli of Libya: ${JSON.stringify(tripoli)}`);
  });
});
