// The HTTP API: a Hono app over a Store. Routes validate their input (params.ts), call the
// store (which alone builds SQL, always parameterized) and return JSON; bad input is a 4xx
// {error} that names the parameter. Views over filtered events (network, trends, map) are
// counted by the store over every matching event (events_counted == events_total). The built
// dashboard (web/dist) is served for every non-API path.
import { createHash, timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Store } from "../store/types.js";
import type { Extractor } from "../ingest/run.js";
import { ingestDocuments } from "../ingest/run.js";
import { toInputDoc } from "../ingest/jsonl.js";
import { EVENT_PARAMS, FILTER_PARAMS, hasNul, intParam, parseEventFilter, parseFigureQuery, parseTextQuery, unknownParam, type Query } from "./params.js";
import { trimNetwork, type Interval } from "./aggregate.js";
import { loadTopicLabels, type TopicLabel } from "./topics.js";
import { staticFile, WEB_DIST } from "./static.js";
import { openApiDocument } from "./openapi.js";
import { TtlCache } from "./cache.js";

export interface AppOptions {
  store: Store;
  /** accept POST /api/articles (needs `token` as well) */
  allowIngest?: boolean;
  /** the bearer token POST /api/articles must present */
  token?: string;
  /** how posted articles are read (default: the extraction pipeline, loaded on first use) */
  extract?: Extractor;
  /** directory of the built dashboard (default web/dist); null serves the API only */
  webRoot?: string | null;
  topics?: TopicLabel[];
  /** how long network/trends/places answers are reused (default 30 s; 0 = always recompute) */
  cacheTtlMs?: number;
}

/** Request bodies above this size are refused with 413 before they are read in full. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_NETWORK_NODES = 500;

const queryOf = (c: Context): Query => c.req.query();
const bad = (c: Context, error: string) => c.json({ error }, 400);
const notFound = (c: Context, what: string) => c.json({ error: `${what} not found` }, 404);

function sameSecret(a: string, b: string): boolean {
  // compare digests so the comparison takes the same time whatever the lengths
  const h = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(h(a), h(b));
}

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const topics = opts.topics ?? loadTopicLabels();
  const topicIds = topics.map((t) => t.id);
  const webRoot = opts.webRoot === undefined ? WEB_DIST : opts.webRoot;
  let extract = opts.extract;
  const views = new TtlCache<object>(opts.cacheTtlMs ?? 30_000);
  const cached = (c: Context, compute: () => Promise<object>) => views.get(c.req.url.replace(/^[^?]*\/api\//, ""), compute);
  const app = new Hono();

  // ids in paths go to the store as text: refuse what no id can contain
  app.use("/api/:kind/:id", async (c, next) => {
    const id = c.req.param("id");
    if (hasNul(id) || id.length > 300) return bad(c, `bad id in path (NUL character or longer than 300)`);
    await next();
  });
  app.onError((err, c) => {
    console.error(`marsad serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    return c.json({ error: "internal error" }, 500);
  });
  app.use("/api/*", async (c, next) => {
    await next();
    // the API answers data, never a page: keep browsers from sniffing it into HTML
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Cache-Control", "no-store");
  });

  app.get("/api/openapi.json", (c) => c.json(openApiDocument({ topics: topicIds })));
  app.get("/api/meta", async (c) => c.json({ topics, stats: await store.stats(), ingest: !!(opts.allowIngest && opts.token), backend: store.backend }));

  app.get("/api/events", async (c) => {
    const f = parseEventFilter(queryOf(c), topicIds);
    if (!f.ok) return bad(c, f.error);
    const res = await store.events(f.value);
    return c.json({ total: res.total, limit: f.value.limit, offset: f.value.offset, items: res.items });
  });

  app.get("/api/events/:id", async (c) => {
    const ev = await store.event(c.req.param("id"));
    return ev ? c.json(ev) : notFound(c, `event '${c.req.param("id").slice(0, 80)}'`);
  });

  app.get("/api/actors", async (c) => {
    const p = parseTextQuery(queryOf(c), false, 500, 50);
    if (!p.ok) return bad(c, p.error);
    const items = await store.actors(p.value.q || undefined, p.value.limit);
    return c.json({ items });
  });

  app.get("/api/actors/:id", async (c) => {
    const profile = await store.actor(c.req.param("id"));
    return profile ? c.json(profile) : notFound(c, `actor '${c.req.param("id").slice(0, 80)}'`);
  });

  app.get("/api/network", async (c) => {
    const q = queryOf(c);
    const { nodes: nodesRaw, ...rest } = q;
    const f = parseEventFilter(rest, topicIds, FILTER_PARAMS);
    if (!f.ok) return bad(c, f.error.replace(/\(allowed: /, "(allowed: nodes, "));
    const maxNodes = intParam(q, "nodes", 1, MAX_NETWORK_NODES);
    if (!maxNodes.ok) return bad(c, maxNodes.error);
    const limit = maxNodes.value ?? 150;
    const { limit: _l, offset: _o, sort: _s, ...filter } = f.value;
    return c.json(await cached(c, async () => {
      if (!Object.keys(filter).length) {
        // unfiltered: the store's own network (meetings and calls that happened)
        const net = await store.network({ maxNodes: limit });
        const nodes = net.nodes.map((n) => ({ id: n.id, name: n.name, ...(n.name_en ? { name_en: n.name_en } : {}), ...(n.country ? { country: n.country } : {}), kind: n.kind, count: n.events }));
        return { ...trimNetwork(nodes, net.edges, limit), events_total: null, events_counted: null };
      }
      const { events, ...net } = await store.eventNetwork(filter, limit);
      return { ...net, events_total: events, events_counted: events };
    }));
  });

  app.get("/api/topics", (c) => c.json({ items: topics }));

  app.get("/api/topics/trends", async (c) => {
    const q = queryOf(c);
    const { interval: intervalRaw, ...rest } = q;
    if (intervalRaw !== undefined && intervalRaw !== "month" && intervalRaw !== "year") return bad(c, `'interval' is month or year (got '${intervalRaw.slice(0, 40)}')`);
    const f = parseEventFilter(rest, topicIds, FILTER_PARAMS);
    if (!f.ok) return bad(c, f.error.replace(/\(allowed: /, "(allowed: interval, "));
    const { limit: _l, offset: _o, sort: _s, ...filter } = f.value;
    return c.json(await cached(c, async () => {
      const { events, ...trends } = await store.topicTrends(filter, (intervalRaw ?? "month") as Interval);
      return { ...trends, events_total: events, events_counted: events };
    }));
  });

  app.get("/api/places", async (c) => {
    const f = parseEventFilter(queryOf(c), topicIds, FILTER_PARAMS);
    if (!f.ok) return bad(c, f.error);
    const { limit: _l, offset: _o, sort: _s, ...filter } = f.value;
    return c.json(await cached(c, async () => {
      const { events, ...places } = await store.eventPlaces(filter);
      return { ...places, events_total: events, events_counted: events };
    }));
  });

  app.get("/api/figures", async (c) => {
    const p = parseFigureQuery(queryOf(c), topicIds);
    if (!p.ok) return bad(c, p.error);
    const items = await store.figures(p.value);
    return c.json({ limit: p.value.limit, offset: p.value.offset, items });
  });

  app.get("/api/articles/:id", async (c) => {
    const doc = await store.article(c.req.param("id"));
    return doc ? c.json(doc) : notFound(c, `article '${c.req.param("id").slice(0, 80)}'`);
  });

  app.get("/api/search", async (c) => {
    const p = parseTextQuery(queryOf(c), true, 100, 20);
    if (!p.ok) return bad(c, p.error);
    return c.json({ q: p.value.q, items: await store.search(p.value.q, p.value.limit) });
  });

  app.post(
    "/api/articles",
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: `body is larger than ${MAX_BODY_BYTES} bytes` }, 413) }),
    async (c) => {
      if (!opts.allowIngest || !opts.token) return c.json({ error: "ingest is disabled: start the server with --allow-ingest --token T" }, 403);
      const auth = c.req.header("authorization") ?? "";
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      if (!m) return c.json({ error: "missing 'Authorization: Bearer <token>' header" }, 401);
      if (!sameSecret(m[1], opts.token)) return c.json({ error: "wrong token in 'Authorization' header" }, 401);
      if (!/^application\/json\b/i.test(c.req.header("content-type") ?? "")) return c.json({ error: "'Content-Type' must be application/json" }, 415);
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return bad(c, "body is not valid JSON");
      }
      if (!body || typeof body !== "object" || Array.isArray(body)) return bad(c, "body must be a JSON object {id?, text, published?, url?, title?}");
      const o = { ...(body as Record<string, unknown>) };
      const unknown = unknownParam(Object.fromEntries(Object.keys(o).map((k) => [k, ""])), ["id", "text", "published", "url", "title", "outlet"]);
      if (unknown) return bad(c, unknown.replace("parameter", "field"));
      if (typeof o.text !== "string" || !o.text.trim()) return bad(c, "'text' is required (the article text)");
      for (const [k, v] of Object.entries(o)) if (typeof v === "string" && hasNul(v)) return bad(c, `'${k}' contains a NUL character`);
      if (o.id === undefined) o.id = "api-" + createHash("sha1").update(o.text).digest("hex").slice(0, 16);
      if (o.published !== undefined && o.published !== null && (typeof o.published !== "string" || !/^\d{4}-\d{2}(-\d{2})?$/.test(o.published)))
        return bad(c, "'published' must be YYYY-MM-DD or YYYY-MM");
      for (const k of ["id", "url", "title", "outlet"]) if (o[k] != null && typeof o[k] !== "string") return bad(c, `'${k}' must be a string`);
      const doc = toInputDoc(o, "POST /api/articles");
      if (typeof doc === "string") return bad(c, doc.replace(/"/g, "'"));
      if (!extract) {
        const { extractDocument } = await import("../pipeline.js");
        const { loadResources } = await import("../resolve/resources.js");
        const resources = loadResources();
        extract = (d) => extractDocument(d, { resources });
      }
      let result: unknown = null;
      let failure: string | null = null;
      await ingestDocuments(store, [doc], {
        extract,
        onDocument: (r) => { result = r; },
        onError: (e) => { failure = e.message; },
      });
      if (failure) return c.json({ error: `article '${doc.id}' not stored: ${failure}` }, 422);
      const r = result as { status: string } | null;
      views.clear(); // the views now miss this article's events
      return c.json(r ?? { article_id: doc.id, status: "unknown" }, r && r.status === "new" ? 201 : 200);
    },
  );

  app.all("/api/*", (c) => c.json({ error: `no route ${c.req.method} ${c.req.path} (see /api/openapi.json)` }, 404));

  app.get("*", (c) => {
    if (!webRoot) return c.json({ error: "the dashboard is not served here; the API is under /api" }, 404);
    const file = staticFile(webRoot, c.req.path);
    if (!file) return c.text("dashboard not built: run `npm run build:web`", 503);
    c.header("Content-Type", file.type);
    c.header("Cache-Control", file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    c.header("X-Content-Type-Options", "nosniff");
    return c.body(new Uint8Array(file.body));
  });

  return app;
}

export { EVENT_PARAMS };
