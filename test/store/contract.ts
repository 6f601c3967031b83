// One storage contract, run against every backend (sqlite.test.ts, postgres.test.ts), the way
// hono runs one router suite against every router. Each test opens a fresh, empty store.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../src/store/types.js";
import { doc, event, figure, participant, ROME, TIVOLI, NAPLES, TRIPOLI, STORY_A, STORY_A_REPUBLISHED, STORY_B } from "./fixtures.js";
import { networkFromEvents, placesFromEvents, trendsFromEvents } from "../../src/serve/aggregate.js";
import { seededRandom } from "../../src/ner/perceptron.js";
import type { EventFilter } from "../../src/store/types.js";
import type { ExtractedEvent, Participant, Place } from "../../src/types.js";

const HAFTAR = participant("خليفة حفتر", { name_en: "Khalifa Haftar", country: "LY", title: "قائد الجيش" });
const HAFTAR_SHORT = participant("حفتر", { country: "LY" });
const MELONI = participant("جورجيا ميلوني", { name_en: "Giorgia Meloni", country: "IT", title: "رئيسة الوزراء الإيطالية" });
const MELONI_HAMZA = participant("جورجيا ميلونى", { country: "IT" }); // ى for ي, as some outlets write it
const PIANTEDOSI = participant("ماتيو بيانتيدوزي", { name_en: "Matteo Piantedosi", country: "IT", title: "وزير الداخلية" });
const PIANTEDOSI_VARIANT = participant("بيانتيدوسي", { name_en: "Piantedosi", country: "IT" });
const MENFI = participant("محمد المنفي", { name_en: "Mohamed al-Menfi", country: "LY", title: "رئيس المجلس الرئاسي", kb_id: "ly-menfi" });
const MENFI_KB = participant("المنفى", { kb_id: "ly-menfi" });

export function storeContract(backend: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${backend}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores an article and gives the extracted document back", async () => {
      const d = doc("a1", STORY_A, { published: "2024-03-08", title: "لقاء في روما", events: [event("meeting", [PIANTEDOSI, MENFI], "2024-03-07", { location: ROME, topics: ["migration"] })], figures: [figure(300, "person", "300 مهاجر")] });
      const r = await store.putDocument(d, { outlet: "outlet-one" });
      assert.deepEqual([r.status, r.events, r.fused], ["new", 1, 0]);
      assert.equal(await store.hasArticle("a1"), true);
      assert.equal(await store.hasArticle("zz"), false);
      assert.deepEqual(await store.article("a1"), d);
      assert.equal(await store.article("zz"), null);
      const s = await store.stats();
      assert.deepEqual([s.articles, s.stories, s.events, s.actors, s.figures, s.event_sources], [1, 1, 1, 2, 1, 1]);
    });

    it("stores the same article once: same id, or same content under another id", async () => {
      const d = doc("a1", STORY_A, { events: [event("meeting", [PIANTEDOSI, MENFI], "2024-03-07")] });
      await store.putDocument(d);
      const again = await store.putDocument(d);
      assert.deepEqual([again.status, again.duplicate_of], ["duplicate", "a1"]);
      // the same words with other diacritics / spacing hash the same
      const copy = await store.putDocument(doc("a2", "  " + STORY_A.replace("الإيطالي", "الإيطاليّ") + "\n", { events: d.events }));
      assert.deepEqual([copy.status, copy.duplicate_of], ["duplicate", "a1"]);
      assert.equal(await store.hasArticle("a2"), false);
      const s = await store.stats();
      assert.deepEqual([s.articles, s.events, s.event_sources], [1, 1, 1]);
    });

    it("links a near-duplicate to the first telling and fuses its events", async () => {
      const e1 = event("meeting", [PIANTEDOSI, MENFI], "2024-03-07", { location: ROME, topics: ["migration"] });
      await store.putDocument(doc("first", STORY_A, { published: "2024-03-08", events: [e1], figures: [figure(300, "person", "300 مهاجر")] }), { outlet: "one" });
      const e2 = event("meeting", [PIANTEDOSI_VARIANT, MENFI_KB], "2024-03-07", { topics: ["border_security"], evidence: [{ start: 5, end: 20, text: "second evidence" }] });
      const r = await store.putDocument(doc("second", STORY_A_REPUBLISHED, { published: "2024-03-08", events: [e2], figures: [figure(300, "person", "300 مهاجر")] }), { outlet: "two" });
      assert.deepEqual([r.status, r.duplicate_of, r.events, r.fused], ["near_duplicate", "first", 0, 1]);
      // a third copy links to the first, not to the second
      const r3 = await store.putDocument(doc("third", STORY_A_REPUBLISHED.replace("عاجل", "خبر")));
      assert.equal(r3.duplicate_of, "first");
      const s = await store.stats();
      assert.deepEqual([s.articles, s.stories, s.near_duplicates, s.events], [3, 1, 2, 1]);
      const { items } = await store.events({});
      assert.equal(items.length, 1);
      assert.deepEqual(items[0].sources.map((x) => x.article_id).sort(), ["first", "second"]);
      assert.deepEqual(items[0].topics, ["border_security", "migration"]);
      assert.ok(items[0].sources.find((x) => x.article_id === "second")!.evidence.some((ev) => ev.text === "second evidence"));
      // figures of a near-duplicate are not counted again
      assert.equal((await store.figures({})).length, 1);
    });

    it("stores a batch in one go: each document all or nothing, a failing one alone rolled back", async () => {
      const e1 = event("meeting", [HAFTAR, MELONI], "2023-05-04", { location: ROME });
      const e2 = event("meeting", [MELONI_HAMZA, HAFTAR_SHORT], "2023-05-04");
      // a figure without its evidence span fails inside the write, after the article row went in
      const broken = doc("bad", "نص لا يخزن لأن رقمه بلا موضع", { events: [event("call", [HAFTAR, PIANTEDOSI], "2023-05-04")] });
      (broken.figures as unknown[]).push({ value: 3, unit: "person", text: "3" });
      const results = await store.putDocuments([
        { doc: doc("b1", "نص أول عن اللقاء في روما بين الطرفين", { published: "2023-05-05", events: [e1] }), meta: { outlet: "one" } },
        { doc: broken },
        { doc: doc("b2", "نص ثان مختلف عن اللقاء ذاته", { published: "2023-05-05", events: [e2] }) },
        { doc: doc("b1", "نص أول عن اللقاء في روما بين الطرفين") },
        { doc: doc("empty", "  ") },
      ]);
      assert.deepEqual(results.map((r) => (r instanceof Error ? "error" : r.status)), ["new", "error", "new", "duplicate", "error"]);
      // the second article's meeting fused with the first one's, written earlier in the same batch
      assert.deepEqual(results.map((r) => (r instanceof Error ? null : r.fused)), [0, null, 1, 0, null]);
      assert.equal(await store.hasArticle("bad"), false);
      const s = await store.stats();
      assert.deepEqual([s.articles, s.events, s.event_sources, s.figures], [2, 1, 2, 0]);
      // the store goes on working after a rolled-back document
      assert.equal((await store.putDocument(doc("b3", "نص ثالث لا علاقة له بما سبق"))).status, "new");
    });

    it("does not treat different stories as near-duplicates", async () => {
      await store.putDocument(doc("a", STORY_A));
      const r = await store.putDocument(doc("b", STORY_B));
      assert.equal(r.status, "new");
    });

    it("fuses one meeting reported by several articles, and keeps distinct encounters apart", async () => {
      const put = (id: string, text: string, ...events: ReturnType<typeof event>[]) => store.putDocument(doc(id, text, { published: "2023-05-06", events }));
      await put("o1", "نص أول عن اللقاء في روما بين الطرفين", event("meeting", [HAFTAR, MELONI], "2023-05-04", { location: ROME, topics: ["migration"] }));
      // same meeting, shorter names and another spelling, date implied from "أمس" one day off
      const r2 = await put("o2", "نص ثان مختلف عن اللقاء ذاته", event("meeting", [MELONI_HAMZA, HAFTAR_SHORT], "2023-05-05", { implied: true, topics: ["energy"] }));
      assert.equal(r2.fused, 1);
      // only the month known
      const r3 = await put("o3", "نص ثالث يذكر الشهر فقط", event("meeting", [HAFTAR, MELONI], "2023-05"));
      assert.equal(r3.fused, 1);
      // a call between the same people is another encounter
      const r4 = await put("o4", "نص رابع عن اتصال هاتفي", event("call", [HAFTAR, MELONI], "2023-05-04"));
      assert.equal(r4.events, 1);
      // the same people a week later is another meeting
      const r5 = await put("o5", "نص خامس عن لقاء لاحق", event("meeting", [HAFTAR, MELONI], "2023-05-11"));
      assert.equal(r5.events, 1);
      // Haftar with someone else the same day is another meeting
      const r6 = await put("o6", "نص سادس عن لقاء آخر", event("meeting", [HAFTAR, PIANTEDOSI], "2023-05-04"));
      assert.equal(r6.events, 1);
      const all = await store.events({ sort: "date" });
      assert.equal(all.total, 4);
      const fused = all.items.find((e) => e.type === "meeting" && e.sources.length === 3)!;
      assert.ok(fused, "one meeting with three sources");
      assert.equal(fused.date, "2023-05-04"); // the stated day wins over implied and month dates
      assert.deepEqual(fused.topics, ["energy", "migration"]);
      assert.equal(fused.location?.name, "روما");
    });

    it("does not fuse two stated days, nor different kb ids", async () => {
      await store.putDocument(doc("x1", "نص اول", { events: [event("meeting", [HAFTAR, MELONI], "2023-05-04")] }));
      const r = await store.putDocument(doc("x2", "نص ثان", { events: [event("meeting", [HAFTAR, MELONI], "2023-05-05")] }));
      assert.equal(r.events, 1);
      await store.putDocument(doc("x3", "نص ثالث", { events: [event("meeting", [MENFI, MELONI], "2023-06-01")] }));
      const r4 = await store.putDocument(doc("x4", "نص رابع", { events: [event("meeting", [{ ...MENFI, kb_id: "ly-other" }, MELONI], "2023-06-01")] }));
      assert.equal(r4.events, 1);
    });

    describe("queries", () => {
      beforeEach(async () => {
        await store.putDocument(doc("q1", STORY_A, { published: "2024-03-08", title: "وزير الداخلية الإيطالي يستقبل المنفي",
          events: [event("meeting", [PIANTEDOSI, MENFI], "2024-03-07", { location: ROME, topics: ["migration", "border_security"] })],
          figures: [figure(300, "person", "300 مهاجر"), figure(20000000, "EUR", "20 مليون يورو")] }), { outlet: "one" });
        await store.putDocument(doc("q2", STORY_B, { published: "2024-01-15",
          events: [event("call", [MELONI, MENFI], "2024-01-14", { topics: ["energy"] }), event("meeting", [HAFTAR, MELONI], "2024-01-10", { location: TIVOLI, topics: ["migration"] })],
          figures: [figure(12, "count", "12 زورقا")] }));
        await store.putDocument(doc("q3", "لقاء في نابولي بين قائد الجيش ووزير الداخلية لبحث مكافحة الإرهاب", { published: "2023-11-02",
          events: [event("meeting", [HAFTAR, PIANTEDOSI], "2023-11-01", { location: NAPLES, topics: ["counter_terrorism"] })] }));
        await store.putDocument(doc("q4", "اجتماع في طرابلس بشأن الانتخابات", { published: "2023-06-02",
          events: [event("meeting", [MENFI, participant("عبد الله باتيلي", { name_en: "Abdoulaye Bathily" })], "2023-06", { location: TRIPOLI, topics: ["political_process"], status: "planned" })] }));
      });

      const ids = (r: { items: { sources: { article_id: string }[] }[] }) => r.items.map((e) => e.sources[0].article_id);

      it("filters events by actor in any spelling, English name or kb id", async () => {
        const cases: [string, string[]][] = [
          ["المنفي", ["q1", "q2", "q4"]],
          ["المنفى", ["q1", "q2", "q4"]],
          ["محمد المنفي", ["q1", "q2", "q4"]],
          ["ly-menfi", ["q1", "q2", "q4"]],
          ["Menfi", ["q1", "q2", "q4"]],
          ["ميلونى", ["q2", "q2"]],
          ["meloni", ["q2", "q2"]],
          ["حفتر", ["q2", "q3"]],
          ["Piantedosi", ["q1", "q3"]],
          ["نيمو", []],
        ];
        for (const [actor, expected] of cases) {
          const r = await store.events({ actor, sort: "-date" });
          assert.deepEqual(ids(r), expected, actor);
          assert.equal(r.total, expected.length, actor);
        }
      });

      it("filters by country, topic, type, status and dates, pages and sorts", async () => {
        const cases: [Parameters<Store["events"]>[0], string[]][] = [
          [{ country: "it" }, ["q1", "q2", "q2", "q3"]],
          [{ topic: "migration" }, ["q1", "q2"]],
          [{ type: "call" }, ["q2"]],
          [{ status: "planned" }, ["q4"]],
          [{ from: "2024-01-01" }, ["q1", "q2", "q2"]],
          [{ from: "2023-07-01", to: "2024-01-12" }, ["q2", "q3"]],
          [{ from: "2023-06-15", to: "2023-06-20" }, ["q4"]], // a month overlaps part of it
          [{ to: "2023-06-01" }, ["q4"]], // a month-precision date overlaps the range
          [{ sort: "date" }, ["q4", "q3", "q2", "q2", "q1"]],
          [{ sort: "-date", limit: 2, offset: 1 }, ["q2", "q2"]],
          [{ topic: "migration", actor: "حفتر" }, ["q2"]],
        ];
        for (const [f, expected] of cases) assert.deepEqual(ids(await store.events(f)), expected, JSON.stringify(f));
        assert.equal((await store.events({ limit: 1 })).total, 5);
      });

      it("finds events near a place by coordinates (~50 km), or by name", async () => {
        assert.deepEqual(ids(await store.events({ near: "روما" })).sort(), ["q1", "q2"]); // Rome and Tivoli (~27 km)
        assert.deepEqual(ids(await store.events({ near: "Rome" })).sort(), ["q1", "q2"]);
        assert.deepEqual(ids(await store.events({ near: "روما", radiusKm: 10 })), ["q1"]);
        assert.deepEqual(ids(await store.events({ near: "نابولي" })), ["q3"]);
        assert.deepEqual(ids(await store.events({ near: "مكان مجهول" })), []);
      });

      it("returns hydrated events with participants, topics and sources", async () => {
        const { items } = await store.events({ actor: "Piantedosi", from: "2024-01-01" });
        assert.equal(items.length, 1);
        const e = items[0];
        assert.deepEqual([e.type, e.status, e.date, e.date_precision], ["meeting", "happened", "2024-03-07", "day"]);
        assert.deepEqual(e.location, { name: "روما", name_en: "Rome", country: "IT", lat: 41.9028, lon: 12.4964 });
        assert.deepEqual(e.participants.map((p) => p.name).sort(), ["ماتيو بيانتيدوزي", "محمد المنفي"]);
        assert.equal(e.participants.find((p) => p.kb_id === "ly-menfi")?.title, "رئيس المجلس الرئاسي");
        assert.deepEqual(e.sources.map((s) => [s.article_id, s.outlet, s.url]), [["q1", "one", "https://example.test/q1"]]);
        assert.deepEqual(await store.event(e.id), e);
        // eachEvent pages through everything once
        const seen: string[] = [];
        for await (const batch of store.eachEvent(2)) {
          assert.ok(batch.length <= 2);
          seen.push(...batch.map((x) => x.id));
        }
        assert.equal(seen.length, 5);
        assert.equal(new Set(seen).size, 5);
        assert.ok(seen.includes(e.id));
        assert.equal(await store.event("nope"), null);
      });

      it("lists actors and profiles one", async () => {
        const all = await store.actors();
        assert.equal(all[0].name, "محمد المنفي"); // most events first
        assert.equal(all[0].event_count, 3);
        assert.deepEqual((await store.actors("بيانتيدوزي")).map((a) => a.name_en), ["Matteo Piantedosi"]);
        assert.deepEqual((await store.actors("giorgia")).map((a) => a.name), ["جورجيا ميلوني"]);
        assert.deepEqual((await store.actors("المجلس الرئاسي")).map((a) => a.kb_id), ["ly-menfi"]); // by title
        assert.deepEqual(await store.actors("لا أحد"), []);
        const p = (await store.actor("المنفي"))!;
        assert.equal(p.actor.kb_id, "ly-menfi");
        assert.deepEqual(p.titles.map((t) => [t.title, t.count]), [["رئيس المجلس الرئاسي", 3]]);
        assert.deepEqual(p.counterparts.map((c) => [c.name_en ?? c.name, c.count]).sort(), [["Abdoulaye Bathily", 1], ["Giorgia Meloni", 1], ["Matteo Piantedosi", 1]]);
        assert.deepEqual(p.per_month, [{ month: "2023-06", count: 1 }, { month: "2024-01", count: 1 }, { month: "2024-03", count: 1 }]);
        assert.deepEqual(p.topics.find((t) => t.topic === "migration"), { topic: "migration", count: 1 });
        assert.equal(await store.actor("لا أحد"), null);
      });

      it("lists figures by unit and topic", async () => {
        assert.equal((await store.figures({})).length, 3);
        assert.deepEqual((await store.figures({ unit: "EUR" })).map((f) => f.value), [20000000]);
        assert.deepEqual((await store.figures({ topic: "energy" })).map((f) => f.text), ["12 زورقا"]);
        const f = (await store.figures({ unit: "person" }))[0];
        assert.deepEqual([f.article_id, f.published, f.topics], ["q1", "2024-03-08", ["border_security", "migration"]]);
      });

      it("pages figures newest first, by topic and unit together", async () => {
        const all = await store.figures({});
        assert.deepEqual(all.map((f) => f.published), ["2024-03-08", "2024-03-08", "2024-01-15"]);
        const paged = [];
        for (let offset = 0; offset < 4; offset++) paged.push(...(await store.figures({ limit: 1, offset })));
        assert.deepEqual(paged, all);
        const cases: [Parameters<Store["figures"]>[0], number[]][] = [
          [{ topic: "migration" }, [300, 20000000, 12]], // q2 reports a migration meeting too
          [{ topic: "migration", unit: "person" }, [300]],
          [{ topic: "migration", limit: 1, offset: 2 }, [12]],
          [{ topic: "border_security", unit: "count" }, []],
          [{ topic: "political_process" }, []], // q4 has the topic but no figures
        ];
        for (const [f, values] of cases) assert.deepEqual((await store.figures(f)).map((x) => x.value).sort((a, b) => a - b), values.sort((a, b) => a - b), JSON.stringify(f));
      });

      it("searches normalized Arabic and English names, with marked snippets", async () => {
        const cases: [string, string[]][] = [
          ["الهجرة", ["q1"]], // finds "الهجرة" written with ة
          ["الهجره غير النظاميه", ["q1"]],
          ["الانقاذ", ["q1"]], // typed without hamza, text has الإنقاذ
          ["مالطي", ["q2"]],
          ["Meloni", ["q2"]],
          ["نابولي الارهاب", ["q3"]],
          ["كلمة لا توجد", []],
          ["   ", []],
        ];
        for (const [q, expected] of cases) assert.deepEqual((await store.search(q)).map((h) => h.article_id), expected, q);
        const [hit] = await store.search("الانقاذ");
        assert.match(hit.snippet, /«الإنقاذ»/);
        assert.equal(hit.title, "وزير الداخلية الإيطالي يستقبل المنفي");
        // every hit marks its match; the limit bounds the hits
        const both = await store.search("روما");
        assert.ok(both.length >= 1 && both.every((h) => /«[^»]*روما[^»]*»/.test(h.snippet)), JSON.stringify(both));
        const many = await store.search("في", 50);
        assert.ok(many.length >= 3, "a common word is in several articles");
        assert.equal((await store.search("في", 2)).length, 2);
        assert.ok(many.every((h) => h.snippet.includes("«")));
        // a query with FTS / tsquery syntax characters is just text
        assert.deepEqual(await store.search(`"(AND) OR* : ' &`), []);
      });

      it("builds the meeting network with weighted edges", async () => {
        await store.putDocument(doc("q5", "لقاء آخر بين حفتر وميلوني في روما", { events: [event("meeting", [HAFTAR, MELONI], "2024-02-20", { location: ROME })] }));
        const net = await store.network();
        const name = new Map(net.nodes.map((n) => [n.id, n.name_en ?? n.name]));
        const edges = net.edges.map((e) => [[name.get(e.source), name.get(e.target)].sort().join("—"), e.weight]);
        assert.deepEqual(edges.sort(), [
          ["Giorgia Meloni—Khalifa Haftar", 2],
          ["Giorgia Meloni—Mohamed al-Menfi", 1],
          ["Khalifa Haftar—Matteo Piantedosi", 1],
          ["Matteo Piantedosi—Mohamed al-Menfi", 1],
        ]); // the planned meeting (q4) is not an edge
      });
    });

    describe("views counted in SQL equal a fold over the same events", () => {
      // a varied record: day, month, year and no dates; places with and without coordinates or
      // none; two to three participants; several types and statuses; two actors sharing a surname
      const PEOPLE: Participant[] = [HAFTAR, HAFTAR_SHORT, MELONI, PIANTEDOSI, MENFI,
        participant("سالم الورفلي", { name_en: "Salem al-Warfalli", country: "LY" }),
        participant("نبيل الورفلي", { country: "LY" }),
        participant("جوزيف بورغ", { name_en: "Joseph Borg", country: "MT" }),
        participant("لجنة الحدود المشتركة")];
      const PLACES: (Place | null)[] = [ROME, TIVOLI, NAPLES, TRIPOLI, { name: "قرية بلا إحداثيات" }, null];
      const TOPICS = ["migration", "border_security", "energy", "counter_terrorism"];
      const TYPES: ExtractedEvent["type"][] = ["meeting", "meeting", "call", "visit"];
      const STATUSES: ExtractedEvent["status"][] = ["happened", "happened", "happened", "planned"];
      beforeEach(async () => {
        const rand = seededRandom(5);
        const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
        for (let i = 0; i < 70; i++) {
          const events = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => {
            const people = new Set<Participant>();
            while (people.size < 2 + Math.floor(rand() * 2)) people.add(pick(PEOPLE));
            const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
            const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
            const year = pick(["2022", "2023", "2024"]);
            const date = pick([`${year}-${month}-${day}`, `${year}-${month}-${day}`, `${year}-${month}`, year, null]);
            const topics = TOPICS.filter(() => rand() < 0.4);
            return event(pick(TYPES), [...people], date, { location: pick(PLACES), topics, status: pick(STATUSES) });
          });
          // unrelated words per article, so that no two are near-duplicates
          const text = `نص رقم ${i} ` + Array.from({ length: 20 }, () => pick(["كلمة", "جملة", "خبر", "تقرير", "بيان", "لقاء", "ملف", "حديث"]) + Math.floor(rand() * 1000)).join(" ");
          await store.putDocument(doc(`v${i}`, text, { published: `2024-${String(1 + (i % 12)).padStart(2, "0")}-15`, events }));
        }
      });

      const FILTERS: EventFilter[] = [
        {}, { actor: "حفتر" }, { actor: "الورفلي" }, { actor: "Meloni" }, { country: "IT" }, { country: "mt" }, { topic: "migration" },
        { type: "call" }, { status: "planned" }, { type: "meeting", status: "happened" }, { from: "2023-03-01", to: "2023-12-31" }, { to: "2022-06-30" },
        { actor: "حفتر", topic: "energy", from: "2023-01-01" }, { country: "LY", type: "meeting", status: "happened" },
        { near: "روما" }, { near: "قرية بلا إحداثيات" }, { actor: "لا أحد" },
      ];
      const everything = async (f: EventFilter) => (await store.events({ ...f, limit: 100_000 })).items;
      // the JS fold leaves out an actor's kind, which the SQL view adds
      const withoutKind = <T extends { nodes: { kind?: string }[] }>(net: T) => ({ ...net, nodes: net.nodes.map(({ kind: _k, ...n }) => n) });

      it("network: nodes, counts and edges over all matching events, trimmed alike", async () => {
        for (const f of FILTERS) {
          const all = await everything(f);
          for (const maxNodes of [500, 3]) {
            const { events, ...net } = await store.eventNetwork(f, maxNodes);
            assert.equal(events, all.length, JSON.stringify(f));
            assert.deepEqual(withoutKind(net), networkFromEvents(all, maxNodes), `${JSON.stringify(f)} nodes ${maxNodes}`);
          }
        }
        // the record is big enough to tell the filters apart, and a surname matches two actors
        assert.ok((await everything({})).length > 80);
        assert.ok((await store.actors("الورفلي")).length === 2);
        assert.ok((await everything({ actor: "الورفلي" })).length > 10);
        const { nodes } = await store.eventNetwork({}, 500);
        assert.ok(nodes.length >= 8 && nodes.every((n) => n.kind === "person" || n.kind === "org"));
      });

      it("the unfiltered network: edges of meetings and calls that happened, kept per pair", async () => {
        const happened = [...(await everything({ type: "meeting", status: "happened" })), ...(await everything({ type: "call", status: "happened" }))];
        const net = await store.network();
        assert.ok(net.edges.length > 10);
        assert.deepEqual(net.edges, networkFromEvents(happened, 500).edges);
        const top = await store.network({ maxNodes: 4 });
        const ids = new Set(top.nodes.map((n) => n.id));
        assert.deepEqual(top.nodes, net.nodes.slice(0, 4));
        assert.deepEqual(top.edges, net.edges.filter((e) => ids.has(e.source) && ids.has(e.target)));
      });

      it("topic trends per month and per year, undated counted apart", async () => {
        let undatedSeen = 0;
        for (const f of FILTERS)
          for (const interval of ["month", "year"] as const) {
            const all = await everything(f);
            const { events, ...trends } = await store.topicTrends(f, interval);
            assert.equal(events, all.length, JSON.stringify(f));
            assert.deepEqual(trends, trendsFromEvents(all, interval), `${JSON.stringify(f)} ${interval}`);
            undatedSeen += trends.undated;
          }
        assert.ok(undatedSeen > 0, "the record has undated events");
      });

      it("places with coordinates, counts and latest date; unplaced counted", async () => {
        for (const f of FILTERS) {
          const all = await everything(f);
          const { events, ...places } = await store.eventPlaces(f);
          assert.equal(events, all.length, JSON.stringify(f));
          assert.deepEqual(places, placesFromEvents(all), JSON.stringify(f));
        }
        const { places, unplaced } = await store.eventPlaces({});
        assert.deepEqual(places.map((p) => p.name).sort(), ["تيفولي", "روما", "طرابلس", "نابولي"]);
        assert.ok(unplaced > 0);
      });
    });

    it("counts one office however it is spelled", async () => {
      const a = participant("ماركو روسي", { title: "وزير الداخلية الإيطالي" });
      await store.putDocument(doc("t1", "نص أول", { events: [event("meeting", [a, HAFTAR], "2024-01-01")] }));
      await store.putDocument(doc("t2", "نص ثان", { events: [event("meeting", [{ ...a, title: "وزير الداخلية الإيطالى" }, HAFTAR], "2024-02-01")] }));
      const p = (await store.actor("ماركو روسي"))!;
      assert.deepEqual(p.titles, [{ title: "وزير الداخلية الإيطالي", count: 2, first: "2024-01-01", last: "2024-02-01" }]);
    });

    it("stores nothing of an article that fails half-way", async () => {
      const bad = doc("bad", STORY_A, { events: [event("meeting", [HAFTAR, MELONI], "2024-01-01")], figures: [{ ...figure(1, "count", "x"), unit: null as never }] });
      await assert.rejects(store.putDocument(bad));
      assert.equal(await store.hasArticle("bad"), false);
      const s = await store.stats();
      assert.deepEqual([s.articles, s.events, s.actors, s.figures], [0, 0, 0, 0]);
      // and the store still works afterwards
      assert.equal((await store.putDocument(doc("good", STORY_A))).status, "new");
    });

    it("rejects a document without text", async () => {
      await assert.rejects(store.putDocument(doc("empty", "   ")), /no text/);
      assert.equal((await store.stats()).articles, 0);
    });
  });
}
