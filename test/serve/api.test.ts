// The HTTP API in-process (app.request) over a temp SQLite store filled with composed fixtures:
// every route answers with data, bad input is a 4xx naming the parameter, ingest is guarded.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createApp, MAX_BODY_BYTES } from "../../src/serve/app.js";
import type { Store } from "../../src/store/types.js";
import type { ExtractedDoc, InputDoc } from "../../src/types.js";
import { fixtureStore, fillStore, FIXTURE_DOCS, MARCO, SALEM } from "./fixtures.js";
import { freshSchema, skipPg } from "../helpers/pg.js";

// One suite, run on every backend the store has (PostgreSQL when MARSAD_TEST_PG is set).
function apiSuite(makeStore: () => Promise<{ store: Store; done: () => Promise<void> }>) {
  let store: Store;
  let done: () => Promise<void>;
  let app: ReturnType<typeof createApp>;

  before(async () => {
    ({ store, done } = await makeStore());
    app = createApp({ store, webRoot: null });
  });
  after(async () => done());

  async function get(path: string): Promise<{ status: number; body: any }> {
    const r = await app.request(path);
    assert.match(r.headers.get("content-type") ?? "", /application\/json/, `${path} answers JSON`);
    return { status: r.status, body: await r.json() };
  }
  const enc = encodeURIComponent;

  describe("GET /api/events", () => {
    const cases: [string, number][] = [
      ["/api/events", 3],
      ["/api/events?topic=energy", 1],
      ["/api/events?type=meeting", 2],
      ["/api/events?type=call", 1],
      ["/api/events?country=MT", 1],
      ["/api/events?country=it", 2],
      [`/api/events?actor=${enc(MARCO.name)}`, 2],
      ["/api/events?actor=Salem", 2],
      ["/api/events?from=2024-04-01", 2],
      ["/api/events?from=2024&to=2024", 2],
      ["/api/events?to=2024-03", 1],
      ["/api/events?status=happened", 3],
      ["/api/events?status=planned", 0],
      [`/api/events?near=${enc("روما")}`, 1],
    ];
    for (const [path, total] of cases)
      it(`${decodeURIComponent(path)} → ${total}`, async () => {
        const { status, body } = await get(path);
        assert.equal(status, 200);
        assert.equal(body.total, total);
        assert.equal(body.items.length, total);
      });

    it("pages and sorts", async () => {
      const newest = (await get("/api/events?limit=1")).body;
      assert.equal(newest.total, 3);
      assert.deepEqual(newest.items.map((e: any) => e.date), ["2025-01-20"]);
      const oldest = (await get("/api/events?limit=2&offset=0&sort=date")).body;
      assert.deepEqual(oldest.items.map((e: any) => e.date), ["2024-03-12", "2024-05-02"]);
      const second = (await get("/api/events?limit=2&offset=2&sort=date")).body;
      assert.deepEqual(second.items.map((e: any) => e.date), ["2025-01-20"]);
    });

    const badCases: [string, RegExp][] = [
      ["/api/events?limit=100000", /'limit'/],
      ["/api/events?limit=-1", /'limit'/],
      ["/api/events?offset=abc", /'offset'/],
      ["/api/events?from=2024-02-30", /'from'/],
      ["/api/events?from=2024-13", /'from'/],
      ["/api/events?to=yesterday", /'to'/],
      ["/api/events?from=2025-01-01&to=2024-01-01", /'from'.*'to'/],
      ["/api/events?type=party", /type 'party'/],
      ["/api/events?status=rumoured", /status/],
      ["/api/events?topic=cooking", /topic 'cooking'/],
      ["/api/events?country=Libya", /'country'/],
      ["/api/events?sort=name", /sort/],
      ["/api/events?radius=10", /'radius' needs 'near'/],
      ["/api/events?colour=red", /unknown parameter 'colour'/],
      [`/api/events?actor=${"ا".repeat(300)}`, /'actor'/],
    ];
    for (const [path, msg] of badCases)
      it(`400 for ${path.slice(0, 60)}`, async () => {
        const { status, body } = await get(path);
        assert.equal(status, 400);
        assert.match(body.error, msg);
      });
  });

  describe("GET /api/events/:id", () => {
    it("returns one event with its sources and evidence spans", async () => {
      const id = (await get("/api/events?topic=energy")).body.items[0].id;
      const { status, body } = await get(`/api/events/${id}`);
      assert.equal(status, 200);
      assert.equal(body.type, "call");
      assert.equal(body.sources[0].article_id, "t-valletta-3");
      const ev = body.sources[0].evidence[0];
      const text = FIXTURE_DOCS.find((d) => d.id === "t-valletta-3")!.text;
      assert.equal(text.slice(ev.start, ev.end), ev.text);
    });
    it("404 for a missing event", async () => {
      const { status, body } = await get("/api/events/ev_nothing");
      assert.equal(status, 404);
      assert.match(body.error, /ev_nothing/);
    });
  });

  describe("GET /api/actors and /api/actors/:id", () => {
    it("lists actors, most active first, and finds them by name", async () => {
      const all = (await get("/api/actors")).body.items;
      assert.equal(all.length, 4);
      assert.ok(all[0].event_count >= all[all.length - 1].event_count);
      const found = (await get(`/api/actors?q=${enc("بيانكي")}`)).body.items;
      assert.deepEqual(found.map((a: any) => a.name_en), [MARCO.name_en]);
      assert.equal((await get("/api/actors?limit=1")).body.items.length, 1);
    });
    it("profiles an actor by KB id, actor id or name", async () => {
      const byKb = (await get(`/api/actors/${SALEM.kb_id}`)).body;
      assert.equal(byKb.actor.name, SALEM.name);
      assert.deepEqual(byKb.counterparts.map((c: any) => c.name_en).sort(), ["Elena Conti", "Marco Bianchi"]);
      assert.deepEqual(byKb.per_month.map((m: any) => m.month), ["2024-03", "2025-01"]);
      const byId = (await get(`/api/actors/${byKb.actor.id}`)).body;
      assert.equal(byId.actor.id, byKb.actor.id);
      const byName = await get(`/api/actors/${enc(SALEM.name)}`);
      assert.equal(byName.body.actor.id, byKb.actor.id);
    });
    it("rejects bad input and missing actors", async () => {
      assert.equal((await get("/api/actors?limit=501")).status, 400);
      assert.match((await get("/api/actors?name=x")).body.error, /unknown parameter 'name'/);
      assert.equal((await get("/api/actors/nobody-at-all")).status, 404);
    });
  });

  describe("GET /api/network", () => {
    it("unfiltered: meetings and calls as weighted edges", async () => {
      const { body } = await get("/api/network");
      assert.equal(body.nodes.length, 4);
      assert.equal(body.edges.length, 3);
      const ids = new Set(body.nodes.map((n: any) => n.id));
      for (const e of body.edges) assert.ok(ids.has(e.source) && ids.has(e.target) && e.weight === 1);
      assert.ok(body.nodes.every((n: any) => typeof n.count === "number" && n.name));
    });
    it("filtered by topic and trimmed by nodes", async () => {
      const { body } = await get("/api/network?topic=maritime_security");
      assert.deepEqual(body.nodes.map((n: any) => n.name_en).sort(), ["Marco Bianchi", "Nabil al-Gamati", "Salem al-Warfalli"]);
      assert.equal(body.edges.length, 2);
      assert.equal(body.events_total, 2);
      const top = (await get("/api/network?topic=maritime_security&nodes=1")).body;
      assert.deepEqual(top.nodes.map((n: any) => n.name_en), ["Marco Bianchi"]);
      assert.equal(top.edges.length, 0);
    });
    it("400 on bad filters", async () => {
      assert.match((await get("/api/network?nodes=0")).body.error, /'nodes'/);
      assert.match((await get("/api/network?limit=5")).body.error, /unknown parameter 'limit'/);
    });
  });

  describe("GET /api/topics/trends", () => {
    it("counts topics per month with no gaps", async () => {
      const { body } = await get("/api/topics/trends");
      assert.equal(body.periods[0], "2024-03");
      assert.equal(body.periods.at(-1), "2025-01");
      assert.equal(body.periods.length, 11);
      const maritime = body.series.find((s: any) => s.topic === "maritime_security");
      assert.equal(maritime.total, 2);
      assert.equal(maritime.counts[0] + maritime.counts[2], 2);
    });
    it("per year, filtered", async () => {
      const { body } = await get("/api/topics/trends?interval=year&country=MT");
      assert.deepEqual(body.periods, ["2025"]);
      assert.deepEqual(body.series.map((s: any) => [s.topic, s.counts]), [["energy", [1]]]);
    });
    it("400 on a bad interval", async () => {
      assert.match((await get("/api/topics/trends?interval=week")).body.error, /'interval'/);
    });
  });

  describe("GET /api/places", () => {
    it("places with coordinates and counts", async () => {
      const { body } = await get("/api/places?type=meeting");
      assert.deepEqual(body.places.map((p: any) => p.name_en).sort(), ["Rome", "Tripoli"]);
      assert.ok(body.places.every((p: any) => typeof p.lat === "number" && typeof p.lon === "number" && p.count === 1));
    });
  });

  describe("views count every matching event", () => {
    // [path, events matching] — the views say how many events they counted, and it is all of them
    const cases: [string, number][] = [
      ["/api/network?country=IT", 2],
      [`/api/network?actor=${enc(SALEM.name)}`, 2],
      ["/api/network?type=call", 1],
      ["/api/topics/trends?topic=maritime_security", 2],
      ["/api/topics/trends", 3],
      ["/api/topics/trends?from=2025-01-01", 1],
      ["/api/places?country=LY", 3],
      ["/api/places?status=planned", 0],
    ];
    for (const [path, n] of cases)
      it(`${decodeURIComponent(path)} → ${n} events`, async () => {
        const { status, body } = await get(path);
        assert.equal(status, 200);
        assert.deepEqual([body.events_total, body.events_counted], [n, n]);
      });
    it("places count events per place, with the latest date", async () => {
      const { body } = await get("/api/places?country=LY");
      assert.deepEqual(body.places.map((p: any) => [p.name_en, p.count, p.last]).sort(), [["Rome", 1, "2024-03-12"], ["Tripoli", 1, "2024-05-02"], ["Valletta", 1, "2025-01-20"]]);
      assert.equal(body.unplaced, 0);
    });
    it("a filtered network names its nodes' kind", async () => {
      const { body } = await get("/api/network?country=MT");
      assert.deepEqual(body.nodes.map((n: any) => [n.name_en, n.kind, n.count]).sort(), [["Elena Conti", "person", 1], ["Salem al-Warfalli", "person", 1]]);
      assert.deepEqual(body.edges.map((e: any) => e.weight), [1]);
    });
  });

  describe("GET /api/figures", () => {
    const cases: [string, number[]][] = [
      ["/api/figures", [5_000_000, 4, 1200]],
      ["/api/figures?unit=person", [1200]],
      ["/api/figures?unit=EUR", [5_000_000]],
      ["/api/figures?topic=training", [4]],
    ];
    for (const [path, values] of cases)
      it(path, async () => {
        const { status, body } = await get(path);
        assert.equal(status, 200);
        assert.deepEqual(body.items.map((f: any) => f.value).sort((a: number, b: number) => a - b), [...values].sort((a, b) => a - b));
      });
    it("pages newest first", async () => {
      const all = (await get("/api/figures")).body.items.map((f: any) => f.value);
      assert.deepEqual(all, [5_000_000, 4, 1200]);
      const second = (await get("/api/figures?limit=1&offset=1")).body;
      assert.deepEqual([second.limit, second.offset, second.items.map((f: any) => f.value)], [1, 1, [4]]);
      assert.deepEqual((await get("/api/figures?topic=maritime_security&limit=1&offset=1")).body.items.map((f: any) => f.value), [1200]);
    });
    it("400 on unknown unit and huge limit", async () => {
      assert.match((await get("/api/figures?unit=camels")).body.error, /unit 'camels'/);
      assert.match((await get("/api/figures?limit=1000000")).body.error, /'limit'/);
    });
  });

  describe("GET /api/articles/:id and /api/search", () => {
    it("returns the article with its annotations", async () => {
      const { status, body } = await get("/api/articles/t-rome-1");
      assert.equal(status, 200);
      const doc = body as ExtractedDoc;
      const person = doc.mentions.find((m) => m.type === "person")!;
      assert.equal(doc.text.slice(person.start, person.end), SALEM.name);
      assert.equal(doc.events.length, 1);
      assert.equal(doc.figures[0].value, 1200);
    });
    it("404 for a missing article", async () => {
      const { status, body } = await get("/api/articles/no-such-article");
      assert.equal(status, 404);
      assert.match(body.error, /no-such-article/);
    });
    it("searches with snippets", async () => {
      const { body } = await get(`/api/search?q=${enc("زوارق")}`);
      assert.deepEqual(body.items.map((h: any) => h.article_id), ["t-tripoli-2"]);
      assert.match(body.items[0].snippet, /«زوارق»/);
    });
    it("400 without q", async () => {
      assert.match((await get("/api/search")).body.error, /'q' is required/);
      assert.match((await get("/api/search?q=x&limit=1000")).body.error, /'limit'/);
    });
  });

  describe("other routes", () => {
    it("unknown API routes are JSON 404s", async () => {
      const { status, body } = await get("/api/nothing");
      assert.equal(status, 404);
      assert.match(body.error, /no route/);
    });
    it("meta gives topic labels and counts", async () => {
      const { body } = await get("/api/meta");
      assert.equal(body.stats.articles, 3);
      assert.ok(body.topics.some((t: any) => t.id === "migration" && t.ar && t.en));
      assert.equal(body.ingest, false);
    });
    it("the OpenAPI document describes every route", async () => {
      const { body } = await get("/api/openapi.json");
      assert.equal(body.openapi.slice(0, 2), "3.");
      const routes = ["/api/events", "/api/events/{id}", "/api/actors", "/api/actors/{id}", "/api/network", "/api/topics", "/api/topics/trends", "/api/places", "/api/figures", "/api/articles/{id}", "/api/articles", "/api/search", "/api/meta", "/api/openapi.json"];
      assert.deepEqual(Object.keys(body.paths).sort(), [...routes].sort());
      const eventParams = body.paths["/api/events"].get.parameters.map((p: any) => p.name).sort();
      assert.deepEqual(eventParams, ["actor", "country", "from", "limit", "near", "offset", "radius", "sort", "status", "to", "topic", "type"]);
    });
  });

  describe("POST /api/articles", () => {
    const TOKEN = "test-token-123456";
    const article = { id: "t-post-1", published: "2025-02-10", text: "التقى وزير الداخلية الإيطالي ماركو بيانكي في روما نظيره الليبي سالم الورفلي." };
    // the extractor is replaced: these tests are about the route, not extraction quality
    const fakeExtract = (d: InputDoc): ExtractedDoc => ({ ...FIXTURE_DOCS[0], id: d.id, text: d.text, published: d.published ?? null, url: d.url ?? null, events: [], figures: [], mentions: [], entities: [], dates: [], offsets: [{ cleanStart: 0, rawStart: 0, length: d.text.length }] });
    const post = (a: ReturnType<typeof createApp>, body: string, headers: Record<string, string> = {}) =>
      a.request("/api/articles", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

    it("403 when ingest is off", async () => {
      const r = await post(app, JSON.stringify(article), { authorization: `Bearer ${TOKEN}` });
      assert.equal(r.status, 403);
      assert.match((await r.json()).error, /--allow-ingest/);
    });
    it("401 without or with a wrong token", async () => {
      const open = createApp({ store, webRoot: null, allowIngest: true, token: TOKEN, extract: fakeExtract });
      assert.equal((await post(open, JSON.stringify(article))).status, 401);
      assert.equal((await post(open, JSON.stringify(article), { authorization: "Bearer wrong" })).status, 401);
      assert.equal((await post(open, JSON.stringify(article), { authorization: TOKEN })).status, 401);
    });
    it("stores a posted article once", async () => {
      const open = createApp({ store, webRoot: null, allowIngest: true, token: TOKEN, extract: fakeExtract });
      const auth = { authorization: `Bearer ${TOKEN}` };
      const r = await post(open, JSON.stringify(article), auth);
      assert.equal(r.status, 201);
      assert.deepEqual(await r.json(), { article_id: "t-post-1", status: "new", events: 0, fused: 0 });
      const again = await post(open, JSON.stringify(article), auth);
      assert.equal(again.status, 200);
      assert.equal((await again.json()).status, "already_stored");
      assert.equal((await get("/api/articles/t-post-1")).body.published, "2025-02-10");
    });
    it("validates the body", async () => {
      const open = createApp({ store, webRoot: null, allowIngest: true, token: TOKEN, extract: fakeExtract });
      const auth = { authorization: `Bearer ${TOKEN}` };
      const cases: [string, number, RegExp][] = [
        ["not json", 400, /not valid JSON/],
        ["[1,2]", 400, /JSON object/],
        [JSON.stringify({ id: "x" }), 400, /'text'/],
        [JSON.stringify({ text: "نص", published: "10/02/2025" }), 400, /'published'/],
        [JSON.stringify({ text: "نص", colour: "red" }), 400, /unknown field 'colour'/],
        [JSON.stringify({ text: "نص", url: 5 }), 400, /'url'/],
      ];
      for (const [body, status, msg] of cases) {
        const r = await post(open, body, auth);
        assert.equal(r.status, status, body);
        assert.match((await r.json()).error, msg);
      }
      const wrongType = await open.request("/api/articles", { method: "POST", body: "{}", headers: { "content-type": "text/plain", ...auth } });
      assert.equal(wrongType.status, 415);
    });
    it("413 for a body over the limit", async () => {
      const open = createApp({ store, webRoot: null, allowIngest: true, token: TOKEN, extract: fakeExtract });
      const huge = JSON.stringify({ text: "ا".repeat(MAX_BODY_BYTES) });
      const r = await post(open, huge, { authorization: `Bearer ${TOKEN}`, "content-length": String(Buffer.byteLength(huge)) });
      assert.equal(r.status, 413);
      assert.match((await r.json()).error, /larger than/);
    });
  });

  describe("startServer", () => {
    it("listens on 127.0.0.1 by default and answers over HTTP", async () => {
      const { startServer } = await import("../../src/serve/server.js");
      const srv = await startServer({ store, port: 0, webRoot: null });
      try {
        assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
        const r = await fetch(`${srv.url}api/events?limit=1`);
        assert.equal(r.status, 200);
        assert.equal(r.headers.get("x-content-type-options"), "nosniff");
        assert.equal(((await r.json()) as { items: unknown[] }).items.length, 1);
        const page = await fetch(srv.url);
        assert.equal(page.status, 404, "no dashboard when webRoot is null");
      } finally {
        await srv.close();
      }
    });
  });

  describe("responses match the OpenAPI document", () => {
    it("each GET route's 200 body validates against its schema", async () => {
      const { default: AjvModule } = await import("ajv");
      // ajv is CommonJS: under NodeNext its class is the default export's `default`
      const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
      const doc = (await get("/api/openapi.json")).body;
      // OpenAPI refs point into the document: register its components under an id
      const withIds = JSON.parse(JSON.stringify(doc).replaceAll('"#/components/', '"openapi#/components/'));
      const ajv = new Ajv({ strict: false, allErrors: true });
      ajv.addSchema({ $id: "openapi", components: withIds.components });
      const eventId = (await get("/api/events?limit=1")).body.items[0].id;
      const actorId = (await get("/api/actors?limit=1")).body.items[0].id;
      const cases: [string, string][] = [
        ["/api/events", "/api/events?limit=5"],
        ["/api/events/{id}", `/api/events/${eventId}`],
        ["/api/actors", "/api/actors"],
        ["/api/actors/{id}", `/api/actors/${actorId}`],
        ["/api/network", "/api/network?type=meeting"],
        ["/api/topics", "/api/topics"],
        ["/api/topics/trends", "/api/topics/trends"],
        ["/api/places", "/api/places"],
        ["/api/figures", "/api/figures"],
        ["/api/search", `/api/search?q=${enc("الهجرة")}`],
      ];
      for (const [route, url] of cases) {
        const schema = withIds.paths[route].get.responses["200"].content["application/json"].schema;
        const validate = ajv.compile(schema);
        const { body } = await get(url);
        assert.ok(validate(body), `${url}: ${ajv.errorsText(validate.errors)}`);
      }
    });
  });

  describe("odd text never breaks a route", () => {
    // query syntax of full-text engines, SQL, LIKE wildcards, control characters, emoji
    const inputs = ['"', "*", "NEAR(", "a OR b", "'; DROP TABLE articles; --", "%", "_", "\\", "(", "^", "الهجرة*", "\u0000", "🙂"];
    const routes = ["search?q=", "actors?q=", "events?actor=", "events?near=", "network?actor=", "actors/", "events/", "articles/"];
    it("answers 2xx or 4xx JSON for each", async () => {
      for (const q of inputs)
        for (const r of routes) {
          const res = await app.request("/api/" + r + enc(q));
          assert.ok(res.status < 500, `${r}${JSON.stringify(q)} → ${res.status}`);
          await res.json();
        }
      assert.equal((await get("/api/meta")).body.stats.articles >= 3, true, "nothing was dropped");
    });
  });
}

describe("API on SQLite", () => apiSuite(fixtureStore));
describe("API on PostgreSQL", { skip: skipPg }, () =>
  apiSuite(async () => {
    const { openPostgresStore } = await import("../../src/store/postgres.js");
    const schema = await freshSchema();
    const store = await openPostgresStore(schema.url, { placeLookup: null });
    await fillStore(store);
    return { store, done: async () => { await store.close(); await schema.drop(); } };
  }));
