// The OpenAPI 3 description of every /api route, served at /api/openapi.json. A test checks
// that each route the app answers is described here and that each described parameter exists.
import { EVENT_STATUSES, EVENT_TYPES, FIGURE_UNITS, MAX_PAGE } from "./params.js";

type Schema = Record<string, unknown>;
const str = (description: string, extra: Schema = {}): Schema => ({ type: "string", description, ...extra });
const q = (name: string, schema: Schema, required = false) => ({ name, in: "query", required, schema });
const path = (name: string, description: string) => ({ name, in: "path", required: true, schema: str(description) });
const json = (schema: Schema, description: string) => ({ description, content: { "application/json": { schema } } });
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const error = json(ref("Error"), "bad input: the message names the parameter");

function filterParams(topics: string[]) {
  return [
    q("actor", str("participant: name in any spelling, English name, actor id or knowledge-base id")),
    q("country", str("ISO 3166 alpha-2 code of a participant", { pattern: "^[A-Za-z]{2}$" })),
    q("topic", str("topic id", { enum: topics })),
    q("type", str("event type", { enum: EVENT_TYPES })),
    q("status", str("event status", { enum: EVENT_STATUSES })),
    q("from", str("first day (inclusive); YYYY or YYYY-MM means its first day", { pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" })),
    q("to", str("last day (inclusive); YYYY or YYYY-MM means its last day", { pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" })),
    q("near", str("place name: events within `radius` km of it")),
    q("radius", { type: "integer", minimum: 1, maximum: 5000, default: 50, description: "km around `near`" }),
  ];
}
const page = [
  q("limit", { type: "integer", minimum: 0, maximum: MAX_PAGE, default: 50 }),
  q("offset", { type: "integer", minimum: 0, default: 0 }),
];

export function openApiDocument(opts: { topics: string[] }) {
  const filters = filterParams(opts.topics);
  return {
    openapi: "3.0.3",
    info: {
      title: "Marsad API",
      version: "0.1.0",
      description: "Who met whom, when, where, about what, and with which figures — read from Arabic news, each fact with its sources. Read-only except POST /api/articles (off unless the server runs with --allow-ingest --token).",
    },
    paths: {
      "/api/events": { get: { summary: "Events, filtered and paginated", parameters: [...filters, ...page, q("sort", str("date order", { enum: ["date", "-date"], default: "-date" }))], responses: { 200: json({ type: "object", required: ["total", "items"], properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: ref("Event") } } }, "one page of events"), 400: error } } },
      "/api/events/{id}": { get: { summary: "One event with its sources and evidence spans", parameters: [path("id", "event id")], responses: { 200: json(ref("Event"), "the event"), 404: error } } },
      "/api/actors": { get: { summary: "Actors whose name, English name, title or KB id contains q, most active first", parameters: [q("q", str("words to look for")), q("limit", { type: "integer", minimum: 1, maximum: 500, default: 50 })], responses: { 200: json({ type: "object", properties: { items: { type: "array", items: ref("Actor") } } }, "actors"), 400: error } } },
      "/api/actors/{id}": { get: { summary: "Actor profile: offices, counterparts, topics, activity per month, places", parameters: [path("id", "actor id, KB id or name")], responses: { 200: json(ref("ActorProfile"), "profile"), 404: error } } },
      "/api/network": { get: { summary: "Who meets whom. Without filters: meetings and calls that happened; with filters: every matching event", parameters: [...filters, q("nodes", { type: "integer", minimum: 1, maximum: 500, default: 150, description: "most active actors kept" })], responses: { 200: json(ref("Network"), "nodes and weighted edges"), 400: error } } },
      "/api/topics": { get: { summary: "Topic ids with Arabic and English labels", responses: { 200: json({ type: "object", properties: { items: { type: "array", items: ref("Topic") } } }, "topics") } } },
      "/api/topics/trends": { get: { summary: "Topic counts per month or year over every matching event", parameters: [...filters, q("interval", str("bucket size", { enum: ["month", "year"], default: "month" }))], responses: { 200: json(ref("Trends"), "series per topic"), 400: error } } },
      "/api/places": { get: { summary: "Where the matching events happened (places with coordinates)", parameters: filters, responses: { 200: json({ type: "object", properties: { places: { type: "array", items: { type: "object", properties: { name: { type: "string" }, name_en: { type: "string" }, country: { type: "string" }, lat: { type: "number" }, lon: { type: "number" }, count: { type: "integer" }, last: { type: "string", nullable: true } } } }, unplaced: { type: "integer" }, events_total: { type: "integer" }, events_counted: { type: "integer" } } }, "places"), 400: error } } },
      "/api/figures": { get: { summary: "Figures (people, money, distances…) reported in the articles", parameters: [q("unit", str("unit", { enum: FIGURE_UNITS })), q("topic", str("topic of the article's events", { enum: opts.topics })), ...page], responses: { 200: json({ type: "object", properties: { limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: ref("Figure") } } }, "figures"), 400: error } } },
      "/api/articles/{id}": { get: { summary: "One article with its annotations: cleaned text, mentions, entities, events, figures, dates (spans are offsets in `text`)", parameters: [path("id", "article id")], responses: { 200: json({ type: "object", description: "ExtractedDoc (schema/extracted-document.schema.json)" }, "the article"), 404: error } } },
      "/api/articles": {
        post: {
          summary: "Ingest one article (only with --allow-ingest and a bearer token)",
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["text"], properties: { id: { type: "string" }, text: { type: "string" }, published: { type: "string", pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" }, url: { type: "string" }, title: { type: "string" }, outlet: { type: "string" } } } } } },
          responses: { 201: json(ref("IngestResult"), "stored"), 200: json(ref("IngestResult"), "already stored (duplicate)"), 400: error, 401: error, 403: error, 413: error, 415: error, 422: error },
        },
      },
      "/api/search": { get: { summary: "Full-text search over articles, with snippets (matches wrapped in «…»)", parameters: [q("q", str("words to search for"), true), q("limit", { type: "integer", minimum: 1, maximum: 100, default: 20 })], responses: { 200: json({ type: "object", properties: { q: { type: "string" }, items: { type: "array", items: ref("SearchHit") } } }, "hits"), 400: error } } },
      "/api/meta": { get: { summary: "Topic labels, store counts, whether ingest is on", responses: { 200: json({ type: "object" }, "meta") } } },
      "/api/openapi.json": { get: { summary: "This document", responses: { 200: json({ type: "object" }, "OpenAPI 3") } } },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "string" } } },
        Topic: { type: "object", properties: { id: { type: "string" }, ar: { type: "string" }, en: { type: "string" } } },
        Event: {
          type: "object",
          required: ["id", "type", "status", "date", "location", "topics", "participants", "sources", "confidence"],
          properties: {
            id: { type: "string" }, type: { type: "string", enum: EVENT_TYPES }, status: { type: "string" }, date: { type: "string", nullable: true }, date_precision: { type: "string", nullable: true },
            location: { type: "object", nullable: true }, topics: { type: "array", items: { type: "string" } },
            participants: { type: "array", items: { type: "object", properties: { actor_id: { type: "string" }, name: { type: "string" }, name_en: { type: "string" }, title: { type: "string" }, country: { type: "string" }, role: { type: "string" }, kb_id: { type: "string" } } } },
            sources: { type: "array", items: { type: "object", properties: { article_id: { type: "string" }, url: { type: "string", nullable: true }, outlet: { type: "string", nullable: true }, published: { type: "string", nullable: true }, evidence: { type: "array", items: { type: "object", properties: { start: { type: "integer" }, end: { type: "integer" }, text: { type: "string" } } } }, rules: { type: "array", items: { type: "string" } } } } },
            confidence: { type: "number" },
          },
        },
        Actor: { type: "object", required: ["id", "kind", "name", "titles", "event_count"], properties: { id: { type: "string" }, kind: { type: "string" }, name: { type: "string" }, name_en: { type: "string" }, country: { type: "string" }, titles: { type: "array", items: { type: "string" } }, kb_id: { type: "string" }, event_count: { type: "integer" } } },
        ActorProfile: { type: "object", required: ["actor", "titles", "counterparts", "topics", "per_month", "places"], properties: { actor: ref("Actor"), titles: { type: "array", items: { type: "object" } }, counterparts: { type: "array", items: { type: "object" } }, topics: { type: "array", items: { type: "object" } }, per_month: { type: "array", items: { type: "object" } }, places: { type: "array", items: { type: "object" } } } },
        Network: { type: "object", required: ["nodes", "edges"], properties: { nodes: { type: "array", items: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, name_en: { type: "string" }, country: { type: "string" }, count: { type: "integer" } } } }, edges: { type: "array", items: { type: "object", properties: { source: { type: "string" }, target: { type: "string" }, weight: { type: "integer" } } } } } },
        Trends: { type: "object", required: ["interval", "periods", "series"], properties: { interval: { type: "string" }, periods: { type: "array", items: { type: "string" } }, series: { type: "array", items: { type: "object", properties: { topic: { type: "string" }, total: { type: "integer" }, counts: { type: "array", items: { type: "integer" } } } } }, undated: { type: "integer" } } },
        Figure: { type: "object", required: ["article_id", "value", "unit", "text", "start", "end"], properties: { article_id: { type: "string" }, value: { type: "number" }, unit: { type: "string" }, qualifier: { type: "string", nullable: true }, thing: { type: "string" }, text: { type: "string" }, start: { type: "integer" }, end: { type: "integer" }, topics: { type: "array", items: { type: "string" } }, published: { type: "string", nullable: true } } },
        SearchHit: { type: "object", required: ["article_id", "snippet"], properties: { article_id: { type: "string" }, title: { type: "string", nullable: true }, url: { type: "string", nullable: true }, outlet: { type: "string", nullable: true }, published: { type: "string", nullable: true }, duplicate_of: { type: "string", nullable: true }, snippet: { type: "string" } } },
        IngestResult: { type: "object", properties: { article_id: { type: "string" }, status: { type: "string", enum: ["new", "duplicate", "near_duplicate", "already_stored"] }, duplicate_of: { type: "string" }, events: { type: "integer" }, fused: { type: "integer" } } },
      },
    },
  };
}
