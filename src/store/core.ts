// The Store, written once over the small SqlDb surface (sql.ts): writes (dedup, near-dup,
// actors, fusion) and queries. sqlite.ts and postgres.ts only provide the connection and the
// few dialect differences (full-text search, NULL ordering).
import type { EventType, ExtractedDoc, ExtractedEvent, Participant } from "../types.js";
import { blockingKeys, dayWindow, addDays, sameEvent, sameParticipant, type FusionEvent, type FusionParticipant } from "./fusion.js";
import { actorKey, contentHashOfWords, latinWords, searchKey, stableId } from "./keys.js";
import { decodeSignature, encodeSignature, lshKeys, minhashOfWords, NEAR_DUP_THRESHOLD, similarity } from "./neardup.js";
import { normWords, stripArticle } from "../text/normalize.js";
import { indexText, makeSnippet, queryTerms } from "./snippet.js";
import { boundingBox, type PlaceLookup } from "./geo.js";
import { marks, type Param, type SqlDb } from "./sql.js";
import { figureTopicRowsSql } from "./schema.js";
import { byCountThenId, cmp, fillPeriods, placeKey, sortPlaces, trimNetwork, type Counted, type Interval, type NetworkEdge, type NetworkNode, type PlacePoint, type Trends } from "./views.js";
import type {
  Actor, ActorProfile, DocumentMeta, EventFilter, IngestResult, Network, SearchHit, Store, StoreStats, StoredEvent, StoredFigure,
} from "./types.js";

/** What differs between backends beyond plain SQL. */
export interface Dialect {
  /** write the full-text row of an article (inside the article's transaction) */
  indexArticle(tx: SqlDb, id: string, title: string, body: string, names: string): Promise<void>;
  /** article ids matching all terms (prefix match), best first */
  searchIds(db: SqlDb, terms: string[], limit: number): Promise<string[]>;
  /** ORDER BY day, id — newest first or oldest first, undated last */
  orderBy(dayCol: string, idCol: string, desc: boolean): string;
  /** what to write after DESC so that NULLs come last ("" where they already do) */
  nullsLast: string;
  /** `events e` as the views read it by id: the columns they need (actors, date, location) */
  eventsView: string;
}

export interface CoreOptions {
  dialect: Dialect;
  /** coordinates of a named place from the knowledge base (for --near and for locations without coordinates) */
  placeLookup?: PlaceLookup | null;
}

type Row = Record<string, unknown>;

/** Participants of a set of events, counted per actor and per pair (see StoreCore.foldParticipants). */
interface ParticipantFold {
  /** how many events were folded */
  events: number;
  counts(): { id: string; count: number }[];
  /** the pairs (source < target), only those among `keep` when given */
  edges(keep?: Set<string>): NetworkEdge[];
}

/** The events a filter matches, as SQL parts (see StoreCore.match). */
interface Match {
  /** tables: `event_facets f` (a facet drives) or `events e`, maybe joined */
  from: string;
  where: string[];
  params: Param[];
  /** the column holding the event id, and the day to sort by */
  idCol: string;
  dayCol: string;
  facet: boolean;
  /** an event may come up in several rows (several driving keys) */
  distinct: boolean;
  /** no condition at all: every stored event */
  all: boolean;
}

const num = (v: unknown): number => (v == null ? 0 : Number(v));
const str = (v: unknown): string | undefined => (v == null ? undefined : String(v));

/** How much a date says, to keep the most precise one when sources disagree. */
function dateRank(date: string | null, precision: string | null, implied: boolean): number {
  if (!date) return 0;
  if (precision === "day") return implied ? 3 : 4;
  if (precision === "month") return 2;
  return 1;
}

/** One multi-row INSERT instead of one statement per row (a round trip each on PostgreSQL). */
async function insertRows(tx: SqlDb, head: string, width: number, rows: Param[][], tail = ""): Promise<void> {
  if (!rows.length) return;
  const one = `(${marks(width)})`;
  await tx.run(`${head} ${new Array(rows.length).fill(one).join(", ")}${tail}`, rows.flat());
}

/** The month of an event date as facet_months counts it: YYYY-MM, YYYY for a year-only date, "" undated. */
export function monthOf(date: string | null | undefined): string {
  if (!date) return "";
  return date.length >= 7 ? date.slice(0, 7) : date;
}

/** Trend series from counts per (topic, period), most frequent topic first. */
function seriesOf(periods: string[], rows: { topic: string; p: string; n: number }[]): Trends["series"] {
  const at = new Map(periods.map((p, i) => [p, i]));
  const byTopic = new Map<string, number[]>();
  for (const r of rows) {
    const counts = byTopic.get(r.topic) ?? new Array<number>(periods.length).fill(0);
    counts[at.get(r.p)!] += r.n;
    byTopic.set(r.topic, counts);
  }
  return [...byTopic].map(([topic, counts]) => ({ topic, total: counts.reduce((a, b) => a + b, 0), counts }))
    .sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic));
}

/** Rows grouped by one column's value, in their order (one pass, where filtering per key is quadratic). */
export function groupBy(rows: Row[], col: string): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const k = String(r[col]);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

interface PreparedDoc {
  doc: ExtractedDoc;
  meta: DocumentMeta;
  hash: string;
  sig: Uint32Array | null;
  bands: string[];
  index: { title: string; body: string; names: string };
}

const STATUS_RANK: Record<string, number> = { happened: 3, planned: 2, cancelled: 1, denied: 1 };

/** Events counted per period (null: undated): the total, the undated, and the span of periods they cover. */
class PeriodTally {
  events = 0;
  undated = 0;
  private lo: string | null = null;
  private hi: string | null = null;

  add(p: string | null, n: number): void {
    this.events += n;
    if (p === null) this.undated += n;
    else {
      if (this.lo === null || p < this.lo) this.lo = p;
      if (this.hi === null || p > this.hi) this.hi = p;
    }
  }

  periods(interval: Interval): string[] {
    return this.lo === null ? [] : fillPeriods([this.lo, this.hi!], interval);
  }
}

export class StoreCore implements Store {
  readonly backend: "sqlite" | "postgres";
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: SqlDb, private readonly opts: CoreOptions) {
    this.backend = db.dialect;
  }

  // Writes are serialized per Store: fusion reads what the previous article wrote.
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async hasArticle(id: string): Promise<boolean> {
    return !!(await this.db.get(`SELECT 1 AS x FROM articles WHERE id = ?`, [id]));
  }

  putDocument(doc: ExtractedDoc, meta: DocumentMeta = {}): Promise<IngestResult> {
    let prepared: PreparedDoc;
    try {
      prepared = this.prepare(doc, meta);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.serial(() => this.db.transaction((tx) => this.write(tx, prepared)));
  }

  putDocuments(items: { doc: ExtractedDoc; meta?: DocumentMeta }[]): Promise<(IngestResult | Error)[]> {
    const prepared = items.map(({ doc, meta }) => {
      try {
        return this.prepare(doc, meta ?? {});
      } catch (err) {
        return err instanceof Error ? err : new Error(String(err));
      }
    });
    // One transaction for the batch, one savepoint per document: committing (and, in SQLite, flushing
    // the full-text index) once per batch instead of once per article, while a document that fails
    // is rolled back alone and the others are still stored.
    return this.serial(() =>
      this.db.transaction(async (tx) => {
        const out: (IngestResult | Error)[] = [];
        for (const p of prepared) {
          if (p instanceof Error) {
            out.push(p);
            continue;
          }
          // (run, not exec: the two statements are prepared once, not parsed for every document)
          await tx.run("SAVEPOINT marsad_doc");
          try {
            out.push(await this.write(tx, p));
            await tx.run("RELEASE SAVEPOINT marsad_doc");
          } catch (err) {
            await tx.exec("ROLLBACK TO SAVEPOINT marsad_doc");
            await tx.exec("RELEASE SAVEPOINT marsad_doc");
            out.push(err instanceof Error ? err : new Error(String(err)));
          }
        }
        return out;
      }),
    );
  }

  /** Everything about a document that does not need the database, computed outside the transaction. */
  private prepare(doc: ExtractedDoc, meta: DocumentMeta): PreparedDoc {
    if (!doc.id) throw new Error("document without id");
    if (!doc.text || !doc.text.trim()) throw new Error(`document ${doc.id} has no text`);
    const words = normWords(doc.text);
    const stripped = words.map(stripArticle);
    const hash = contentHashOfWords(words);
    const sig = minhashOfWords(stripped);
    const bands = sig ? lshKeys(sig) : [];
    const names = new Set<string>();
    for (const e of doc.entities) for (const n of [e.name, e.name_en]) if (n) names.add(n);
    for (const ev of doc.events) for (const p of ev.participants) for (const n of [p.name, p.name_en, p.title]) if (n) names.add(n);
    const index = { title: indexText(doc.title ?? ""), body: stripped.join(" "), names: indexText([...names].join(" ")) };
    return { doc, meta, hash, sig, bands, index };
  }

  private async write(tx: SqlDb, { doc, meta, hash, sig, bands, index }: PreparedDoc): Promise<IngestResult> {
    const same = await tx.get<Row>(`SELECT id FROM articles WHERE id = ? OR content_hash = ?`, [doc.id, hash]);
    if (same) return { article_id: doc.id, status: "duplicate", duplicate_of: String(same.id), events: 0, fused: 0 };

    let duplicateOf: string | null = null;
    if (sig && bands.length) {
      const cands = await tx.all<Row>(
        `SELECT DISTINCT a.id, a.signature, a.duplicate_of FROM article_lsh l JOIN articles a ON a.id = l.article_id WHERE l.band IN (${marks(bands.length)})`,
        bands,
      );
      let best = 0;
      for (const c of cands) {
        if (!c.signature) continue;
        const s = similarity(sig, decodeSignature(c.signature as Uint8Array));
        if (s >= NEAR_DUP_THRESHOLD && s > best) {
          best = s;
          duplicateOf = String(c.duplicate_of ?? c.id); // link to the first telling of the story
        }
      }
    }

    await tx.run(
      `INSERT INTO articles (id, url, canonical_url, outlet, title, author, published, source, raw_text, clean_text, content_hash, signature, duplicate_of, ingested_at, extracted)
       VALUES (${marks(15)})`,
      [
        doc.id, doc.url ?? null, meta.canonical_url ?? null, meta.outlet ?? null, doc.title ?? null, meta.author ?? null,
        doc.published ?? null, meta.source ?? null, meta.raw ?? doc.text, doc.text, hash, sig ? encodeSignature(sig) : null,
        duplicateOf, new Date().toISOString(), JSON.stringify(doc),
      ],
    );
    await insertRows(tx, `INSERT INTO article_lsh (band, article_id) VALUES`, 2, bands.map((b) => [b, doc.id]), " ON CONFLICT DO NOTHING");
    await this.opts.dialect.indexArticle(tx, doc.id, index.title, index.body, index.names);

    if (!duplicateOf) {
      await insertRows(tx, `INSERT INTO figures (article_id, value, unit, qualifier, thing, text, span_start, span_end, published) VALUES`, 9,
        doc.figures.map((f) => [doc.id, f.value, f.unit, f.qualifier ?? null, f.thing ?? null, f.text, f.evidence.start, f.evidence.end, doc.published ?? null]));
    }

    let created = 0;
    let fused = 0;
    for (let i = 0; i < doc.events.length; i++) {
      const r = await this.putEvent(tx, doc, doc.events[i], i);
      if (r === "new") created++;
      else if (r === "fused") fused++;
    }
    return duplicateOf
      ? { article_id: doc.id, status: "near_duplicate", duplicate_of: duplicateOf, events: created, fused }
      : { article_id: doc.id, status: "new", events: created, fused };
  }

  /** The participant as the store knows it: entity fields fill what the event left out. */
  private participantOf(doc: ExtractedDoc, p: Participant): Participant & { kind: "person" | "org" } {
    const ent = p.entity ? doc.entities.find((e) => e.id === p.entity) : undefined;
    return {
      ...p,
      name: p.name ?? (ent && ent.type !== "place" ? ent.name : undefined),
      name_en: p.name_en ?? ent?.name_en,
      country: p.country ?? ent?.country,
      kb_id: p.kb_id ?? ent?.kb_id,
      title: p.title ?? ent?.titles?.[0],
      kind: ent?.type === "org" ? "org" : "person",
    };
  }

  private async putEvent(tx: SqlDb, doc: ExtractedDoc, ev: ExtractedEvent, index: number): Promise<"new" | "fused" | "skipped"> {
    const parts = ev.participants.map((p) => this.participantOf(doc, p)).filter((p) => actorKey(p) !== "");
    const fe: FusionEvent = {
      type: ev.type,
      date: ev.date?.value ?? null,
      precision: ev.date?.precision ?? null,
      implied: !!ev.date?.implied,
      published: doc.published ?? null,
      participants: parts,
      location: ev.location?.name ?? null,
    };
    const win = dayWindow(fe);
    const keys = blockingKeys(fe);

    let target: string | null = null;
    let targetParts: (FusionParticipant & { actor_id: string })[] = [];
    if (win && keys.length && parts.length) {
      const cands = await tx.all<Row>(
        // k.day_lo >= lo - 1 - 366: no stored window is longer than a year, so this bounds the index range
        `SELECT DISTINCT e.id, e.type, e.date, e.date_precision, e.date_implied, e.day_lo, e.location_name FROM event_keys k JOIN events e ON e.id = k.event_id
         WHERE k.key IN (${marks(keys.length)}) AND k.day_lo <= ? AND k.day_lo >= ? AND k.day_hi >= ? AND e.type = ?`,
        [...keys, addDays(win.hi, 1), addDays(win.lo, -367), addDays(win.lo, -1), ev.type],
      );
      for (const c of cands) {
        const cp = await tx.all<Row>(
          `SELECT ep.actor_id, a.name, a.name_en, a.kb_id, ep.title FROM event_participants ep JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id = ?`,
          [String(c.id)],
        );
        const other: FusionEvent = {
          type: String(c.type),
          date: str(c.date) ?? null,
          precision: (str(c.date_precision) ?? null) as FusionEvent["precision"],
          implied: num(c.date_implied) === 1,
          published: c.date ? null : str(c.day_lo) ?? null,
          participants: cp.map((r) => ({ actor_id: String(r.actor_id), name: str(r.name), name_en: str(r.name_en), kb_id: str(r.kb_id), title: str(r.title) })),
          location: str(c.location_name) ?? null,
        };
        if (sameEvent(fe, other)) {
          target = String(c.id);
          targetParts = other.participants as typeof targetParts;
          break;
        }
      }
    }

    const placeId = ev.location ? await this.putPlace(tx, ev.location) : null;
    let eventId: string;
    let before = new Set<string>();
    let oldDay: string | null = null;
    let was: Row | undefined;
    if (target) {
      was = await tx.get<Row>(`SELECT type, status, actors, date FROM events WHERE id = ?`, [target]);
      before = new Set((await tx.all<Row>(`SELECT key, day_lo FROM event_facets WHERE event_id = ?`, [target])).map((r) => {
        oldDay = str(r.day_lo) ?? null;
        return String(r.key);
      }));
      eventId = target;
      await this.mergeEvent(tx, eventId, ev, win, placeId);
    } else {
      eventId = stableId("ev_", `${doc.id}#${index}#${ev.id}`);
      const loc = placeId ? await tx.get<Row>(`SELECT lat, lon FROM places WHERE id = ?`, [placeId]) : undefined;
      await tx.run(
        `INSERT INTO events (id, type, status, date, date_precision, date_implied, day_lo, day_hi, place_id, location_name, location_name_en, location_country, lat, lon, confidence, created_at)
         VALUES (${marks(16)})`,
        [
          eventId, ev.type, ev.status, ev.date?.value ?? null, ev.date?.precision ?? null, ev.date?.implied ? 1 : 0,
          win?.lo ?? null, win?.hi ?? null, placeId, ev.location?.name ?? null, ev.location?.name_en ?? null,
          ev.location?.country ?? null, (loc?.lat as number | null) ?? null, (loc?.lon as number | null) ?? null, ev.confidence, new Date().toISOString(),
        ],
      );
      await tx.run(`UPDATE counters SET value = value + 1 WHERE name = 'events'`);
    }
    const span = await tx.get<Row>(`SELECT day_lo, day_hi, date, place_id FROM events WHERE id = ?`, [eventId]);
    await insertRows(tx, `INSERT INTO event_keys (key, event_id, day_lo, day_hi) VALUES`, 4,
      keys.map((k) => [k, eventId, str(span?.day_lo) ?? null, str(span?.day_hi) ?? null]), " ON CONFLICT DO NOTHING");
    await insertRows(tx, `INSERT INTO event_topics (event_id, topic) VALUES`, 2, [...new Set(ev.topics)].map((t) => [eventId, t]), " ON CONFLICT DO NOTHING");
    // a participant already on the fused event (another spelling of the same person) is that actor, not a new one
    const facets = new Set([`type:${ev.type}`, ...ev.topics.map((t) => `topic:${t}`)]);
    if (span?.place_id) facets.add(`place:${span.place_id}`);
    for (const p of parts) {
      const known = targetParts.find((q) => sameParticipant(p, q));
      const a = await this.putParticipant(tx, eventId, p, win?.lo ?? null, known?.actor_id);
      facets.add(`actor:${a.id}`);
      if (a.country) facets.add(`country:${a.country}`);
    }
    const now = await tx.get<Row>(`SELECT type, status, actors, date FROM events WHERE id = ?`, [eventId]);
    const actors = str(now?.actors) ?? null;
    const topicsOf = (keys: Iterable<string>) => [...keys].filter((k) => k.startsWith("topic:")).map((k) => k.slice(6)).sort().join(",") || null;
    const topics = topicsOf(new Set([...before, ...facets]));
    // facets only grow when reports are fused (the same rows facetRowsSql would rebuild; tested);
    // each row carries the event's actor ids and topics, so that a view filtered by a facet
    // reads no event row
    if (was && ((str(was.actors) ?? null) !== actors || topicsOf(before) !== topics))
      await tx.run(`UPDATE event_facets SET actors = ?, topics = ? WHERE event_id = ?`, [actors, topics, eventId]);
    await insertRows(tx, `INSERT INTO event_facets (key, event_id, day_lo, day_hi, date, actors, topics) VALUES`, 7,
      [...facets].map((k) => [k, eventId, str(span?.day_lo) ?? null, str(span?.day_hi) ?? null, str(span?.date) ?? null, actors, topics]), " ON CONFLICT DO NOTHING");
    await this.updateActorStats(tx, before, facets, oldDay, str(span?.day_lo) ?? null);
    await this.updateViewCounts(tx, before, facets, was, now);

    const prev = await tx.get<Row>(`SELECT evidence, rules FROM event_sources WHERE event_id = ? AND article_id = ?`, [eventId, doc.id]);
    const evidence = [...(prev ? (JSON.parse(String(prev.evidence)) as unknown[]) : []), ...ev.evidence];
    const rules = [...new Set([...(prev ? (JSON.parse(String(prev.rules)) as string[]) : []), ...ev.rules])];
    await tx.run(
      `INSERT INTO event_sources (event_id, article_id, evidence, rules) VALUES (?, ?, ?, ?)
       ON CONFLICT (event_id, article_id) DO UPDATE SET evidence = excluded.evidence, rules = excluded.rules`,
      [eventId, doc.id, JSON.stringify(evidence), JSON.stringify(rules)],
    );
    // this report's figures take the event's topics, and the event's new topics reach the
    // figures of every article that reported it
    await tx.run(`INSERT INTO figure_topics (topic, figure_id, published) ${figureTopicRowsSql("s.event_id = ?")} ON CONFLICT DO NOTHING`, [eventId]);
    return target ? "fused" : "new";
  }

  /**
   * Keep actor_stats equal to what ACTOR_STATS_ROWS would rebuild: every (actor, other facet) pair
   * of the event that is new with this report counts once, and the event's month moves with its date.
   */
  private async updateActorStats(tx: SqlDb, before: Set<string>, added: Set<string>, oldDay: string | null, newDay: string | null): Promise<void> {
    const after = new Set([...before, ...added]);
    const delta = new Map<string, number>();
    const bump = (actor: string, key: string, d: number) => {
      const k = `${actor}\u0000${key}`;
      delta.set(k, (delta.get(k) ?? 0) + d);
    };
    const oldMonth = oldDay ? `month:${oldDay.slice(0, 7)}` : null;
    const newMonth = newDay ? `month:${newDay.slice(0, 7)}` : null;
    for (const a of after) {
      if (!a.startsWith("actor:")) continue;
      const id = a.slice(6);
      const had = before.has(a);
      for (const k of after) if (k !== a && !(had && before.has(k))) bump(id, k, 1);
      if (had && oldMonth !== newMonth) {
        if (oldMonth) bump(id, oldMonth, -1);
        if (newMonth) bump(id, newMonth, 1);
      } else if (!had && newMonth) bump(id, newMonth, 1);
    }
    const rows = [...delta].filter(([, d]) => d !== 0).map(([k, d]) => [...k.split("\u0000"), d] as Param[]);
    for (let i = 0; i < rows.length; i += 200) {
      await insertRows(tx, `INSERT INTO actor_stats (actor_id, key, n) VALUES`, 3, rows.slice(i, i + 200), ` ON CONFLICT (actor_id, key) DO UPDATE SET n = actor_stats.n + excluded.n`);
    }
  }

  /**
   * Keep event_sets and facet_months equal to what EVENT_SETS_ROWS / FACET_MONTHS_ROWS would
   * rebuild: the event leaves its old (type, status, actors) and month counts and joins the new.
   */
  private async updateViewCounts(tx: SqlDb, before: Set<string>, added: Set<string>, was: Row | undefined, now: Row | undefined): Promise<void> {
    if (!now) return;
    const set = (r: Row) => [String(r.type), String(r.status), str(r.actors) ?? ""];
    const a = set(now);
    const b = was ? set(was) : null;
    if (!b || b.join("\u0000") !== a.join("\u0000")) {
      const rows: Param[][] = [[...a, 1]];
      if (b) rows.push([...b, -1]);
      await insertRows(tx, `INSERT INTO event_sets (type, status, actors, n) VALUES`, 4, rows, ` ON CONFLICT (type, status, actors) DO UPDATE SET n = event_sets.n + excluded.n`);
      // the same move for each pair of participants (event_pairs)
      const pairs = new Map<string, number>();
      const each = (t: string[], d: number) => {
        const ids = t[2] ? t[2].split(",").sort(cmp) : [];
        for (let i = 0; i < ids.length; i++)
          for (let j = i + 1; j < ids.length; j++) pairs.set([t[0], t[1], ids[i], ids[j]].join("\u0000"), (pairs.get([t[0], t[1], ids[i], ids[j]].join("\u0000")) ?? 0) + d);
      };
      each(a, 1);
      if (b) each(b, -1);
      const pairRows = [...pairs].filter(([, d]) => d !== 0).map(([k, d]) => [...k.split("\u0000"), d] as Param[]);
      for (let i = 0; i < pairRows.length; i += 200) {
        await insertRows(tx, `INSERT INTO event_pairs (type, status, a, b, n) VALUES`, 5, pairRows.slice(i, i + 200), ` ON CONFLICT (type, status, a, b) DO UPDATE SET n = event_pairs.n + excluded.n`);
      }
    }
    const oldMonth = was ? monthOf(str(was.date)) : null;
    const newMonth = monthOf(str(now.date));
    const delta = new Map<string, number>();
    const bump = (key: string, month: string, d: number) => delta.set(`${key}\u0000${month}`, (delta.get(`${key}\u0000${month}`) ?? 0) + d);
    for (const k of before) if (oldMonth !== null && oldMonth !== newMonth) (bump(k, oldMonth, -1), bump(k, newMonth, 1));
    for (const k of added) if (!before.has(k)) bump(k, newMonth, 1);
    const rows = [...delta].filter(([, d]) => d !== 0).map(([k, d]) => [...k.split("\u0000"), d] as Param[]);
    for (let i = 0; i < rows.length; i += 200) {
      await insertRows(tx, `INSERT INTO facet_months (key, month, n) VALUES`, 3, rows.slice(i, i + 200), ` ON CONFLICT (key, month) DO UPDATE SET n = facet_months.n + excluded.n`);
    }
  }

  /** A second report of a stored event: keep the most precise date, the strongest status, fill a missing place. */
  private async mergeEvent(tx: SqlDb, id: string, ev: ExtractedEvent, win: ReturnType<typeof dayWindow>, placeId: string | null): Promise<void> {
    const cur = await tx.get<Row>(`SELECT * FROM events WHERE id = ?`, [id]);
    if (!cur) return;
    const sets: string[] = [];
    const params: Param[] = [];
    const curRank = dateRank(str(cur.date) ?? null, str(cur.date_precision) ?? null, num(cur.date_implied) === 1);
    const newRank = dateRank(ev.date?.value ?? null, ev.date?.precision ?? null, !!ev.date?.implied);
    if (ev.date && win && newRank > curRank) {
      sets.push("date = ?", "date_precision = ?", "date_implied = ?", "day_lo = ?", "day_hi = ?");
      params.push(ev.date.value, ev.date.precision, ev.date.implied ? 1 : 0, win.lo, win.hi);
      await tx.run(`UPDATE event_keys SET day_lo = ?, day_hi = ? WHERE event_id = ?`, [win.lo, win.hi, id]);
      await tx.run(`UPDATE event_facets SET day_lo = ?, day_hi = ?, date = ? WHERE event_id = ?`, [win.lo, win.hi, ev.date.value, id]);
    }
    if ((STATUS_RANK[ev.status] ?? 0) > (STATUS_RANK[String(cur.status)] ?? 0)) {
      sets.push("status = ?");
      params.push(ev.status);
    }
    if (!cur.place_id && placeId && ev.location) {
      const loc = await tx.get<Row>(`SELECT lat, lon FROM places WHERE id = ?`, [placeId]);
      sets.push("place_id = ?", "location_name = ?", "location_name_en = ?", "location_country = ?", "lat = ?", "lon = ?");
      params.push(placeId, ev.location.name, ev.location.name_en ?? null, ev.location.country ?? null, (loc?.lat as number | null) ?? null, (loc?.lon as number | null) ?? null);
    }
    if (ev.confidence > num(cur.confidence)) {
      sets.push("confidence = ?");
      params.push(ev.confidence);
    }
    if (sets.length) await tx.run(`UPDATE events SET ${sets.join(", ")} WHERE id = ?`, [...params, id]);
  }

  private async putPlace(tx: SqlDb, loc: NonNullable<ExtractedEvent["location"]>): Promise<string | null> {
    const key = loc.kb_id ? `kb:${loc.kb_id}` : searchKey(loc.name) ? `n:${searchKey(loc.name)}` : "";
    if (!key) return null;
    const id = stableId("pl_", key);
    let lat = loc.lat ?? null;
    let lon = loc.lon ?? null;
    if (lat == null || lon == null) {
      const c = this.opts.placeLookup?.(loc.name) ?? (loc.name_en ? this.opts.placeLookup?.(loc.name_en) : null) ?? null;
      if (c) ({ lat, lon } = c);
    }
    await tx.run(
      `INSERT INTO places (id, key, name, name_en, search_en, country, lat, lon, kb_id) VALUES (${marks(9)})
       ON CONFLICT (key) DO UPDATE SET name_en = COALESCE(places.name_en, excluded.name_en), search_en = COALESCE(places.search_en, excluded.search_en),
         country = COALESCE(places.country, excluded.country), lat = COALESCE(places.lat, excluded.lat), lon = COALESCE(places.lon, excluded.lon)`,
      [id, key, loc.name, loc.name_en ?? null, loc.name_en ? latinWords(loc.name_en).join(" ") : null, loc.country ?? null, lat, lon, loc.kb_id ?? null],
    );
    return id;
  }

  /** Link an actor to an event (creating the actor unless knownId); gives the actor id and stored country. */
  private async putParticipant(
    tx: SqlDb, eventId: string, p: Participant & { kind: "person" | "org" }, day: string | null, knownId?: string,
  ): Promise<{ id: string; country: string | null }> {
    const id = knownId ?? stableId("ac_", actorKey(p));
    const name = p.name ?? p.title ?? p.name_en ?? "";
    const stored = knownId
      ? await tx.get<Row>(`SELECT country FROM actors WHERE id = ?`, [id])
      : await tx.get<Row>(
          `INSERT INTO actors (id, key, kind, name, name_en, country, kb_id, search_name, search_en) VALUES (${marks(9)})
           ON CONFLICT (key) DO UPDATE SET name_en = COALESCE(actors.name_en, excluded.name_en), search_en = COALESCE(actors.search_en, excluded.search_en),
             country = COALESCE(actors.country, excluded.country)
           RETURNING country`,
          [id, actorKey(p), p.kind, name, p.name_en ?? null, p.country ?? null, p.kb_id ?? null, searchKey(name), p.name_en ? latinWords(p.name_en).join(" ") : null],
        );
    const added = await tx.run(
      `INSERT INTO event_participants (event_id, actor_id, title, role, name) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [eventId, id, p.title ?? null, p.role ?? null, p.name ?? null],
    );
    if (added) {
      await tx.run(`UPDATE actors SET event_count = event_count + 1 WHERE id = ?`, [id]);
      // the event's actor ids in one column: network views fold one row per event
      await tx.run(`UPDATE events SET actors = CASE WHEN actors IS NULL THEN ? ELSE actors || ',' || ? END WHERE id = ?`, [id, id, eventId]);
    }
    if (p.title) {
      // one row per office however it is spelled (ى/ي, hamza, diacritics): the first spelling names it
      const sk = searchKey(p.title);
      const known = await tx.get<Row>(`SELECT title FROM actor_titles WHERE actor_id = ? AND search_title = ?`, [id, sk]);
      const title = known ? String(known.title) : p.title;
      await tx.run(
        `INSERT INTO actor_titles (actor_id, title, search_title, count, first_seen, last_seen) VALUES (?, ?, ?, 1, ?, ?)
         ON CONFLICT (actor_id, title) DO UPDATE SET count = actor_titles.count + 1,
           first_seen = CASE WHEN actor_titles.first_seen IS NULL OR excluded.first_seen < actor_titles.first_seen THEN excluded.first_seen ELSE actor_titles.first_seen END,
           last_seen = CASE WHEN actor_titles.last_seen IS NULL OR excluded.last_seen > actor_titles.last_seen THEN excluded.last_seen ELSE actor_titles.last_seen END`,
        [id, title, sk, day, day],
      );
    }
    return { id, country: str(stored?.country) ?? null };
  }

  // ---------------------------------------------------------------- queries

  /** Actor ids a user's text may mean: id, kb id, identity key, or the name words (Arabic or English) in order. */
  private async actorIds(q: string): Promise<string[]> {
    const sk = searchKey(q);
    const en = latinWords(q).join(" ");
    const conds = [`id = ?`, `kb_id = ?`, `key = ?`];
    const params: Param[] = [q, q, actorKey({ name: q })];
    if (sk) {
      conds.push(`(' ' || search_name || ' ') LIKE ?`);
      params.push(`% ${sk} %`);
    }
    if (en) {
      conds.push(`(' ' || search_en || ' ') LIKE ?`);
      params.push(`% ${en} %`);
    }
    const rows = await this.db.all<Row>(`SELECT id FROM actors WHERE ${conds.join(" OR ")} ORDER BY event_count DESC`, params);
    return rows.map((r) => String(r.id));
  }

  private async placeCoords(name: string): Promise<{ lat: number; lon: number } | null> {
    const kb = this.opts.placeLookup?.(name);
    if (kb) return kb;
    const row = await this.db.get<Row>(
      `SELECT lat, lon FROM places WHERE (key = ? OR search_en = ?) AND lat IS NOT NULL AND lon IS NOT NULL`,
      [`n:${searchKey(name)}`, latinWords(name).join(" ")],
    );
    return row ? { lat: Number(row.lat), lon: Number(row.lon) } : null;
  }

  /**
   * The events a filter matches, as SQL to build on (events pages and counts, and the views
   * counted over all matching events). Filters on actor, place (--near), topic, country and type
   * are facet keys (event_facets): the first present drives the query from its (key, day) index,
   * the others are checked per event; dates are ranges on the same index. Null: nothing matches.
   */
  private async match(filter: EventFilter): Promise<Match | null> {
    const groups: string[][] = []; // each group: any of these keys
    if (filter.actor) {
      const ids = await this.actorIds(filter.actor);
      if (!ids.length) return null;
      groups.push(ids.map((id) => `actor:${id}`));
    }
    let nearByName: string[] | null = null;
    if (filter.near) {
      const places = await this.placesNear(filter.near, filter.radiusKm ?? 50);
      if (places) {
        if (!places.length) return null;
        groups.push(places.map((id) => `place:${id}`));
      } else {
        nearByName = [`n:${searchKey(filter.near)}`, latinWords(filter.near).join(" ")];
      }
    }
    if (filter.topic) groups.push([`topic:${filter.topic}`]);
    if (filter.country) groups.push([`country:${filter.country.toUpperCase()}`]);
    if (filter.type) groups.push([`type:${filter.type}`]);

    const where: string[] = [];
    const params: Param[] = [];
    let m: Match;
    if (groups.length) {
      const [driver, ...rest] = groups;
      where.push(driver.length === 1 ? `f.key = ?` : `f.key IN (${marks(driver.length)})`);
      params.push(...driver);
      // no event's window is longer than a year: day_lo >= from − 367 bounds the index range below
      if (filter.from) (where.push(`f.day_hi >= ?`, `f.day_lo >= ?`), params.push(filter.from, addDays(filter.from, -367)));
      if (filter.to) (where.push(`f.day_lo <= ?`), params.push(filter.to));
      for (const g of rest) {
        where.push(`EXISTS (SELECT 1 FROM event_facets g WHERE g.key IN (${marks(g.length)}) AND g.event_id = f.event_id)`);
        params.push(...g);
      }
      // several actors of one name (or places near one) may share an event: each event once
      m = { from: `event_facets f`, where, params, idCol: "f.event_id", dayCol: "f.day_lo", facet: true, distinct: driver.length > 1, all: false };
    } else {
      if (filter.from) (where.push(`e.day_hi >= ?`, `e.day_lo >= ?`), params.push(filter.from, addDays(filter.from, -367)));
      if (filter.to) (where.push(`e.day_lo <= ?`), params.push(filter.to));
      m = { from: `events e`, where, params, idCol: "e.id", dayCol: "e.day_lo", facet: false, distinct: false, all: false };
    }
    if (m.facet && (filter.status || nearByName)) m.from += ` JOIN events e ON e.id = f.event_id`;
    if (filter.status) (where.push(`e.status = ?`), params.push(filter.status));
    if (nearByName) {
      // no coordinates known for the place: match it by name
      where.push(`e.place_id IN (SELECT id FROM places WHERE key = ? OR search_en = ?)`);
      params.push(...nearByName);
    }
    m.all = !where.length;
    return m;
  }

  /** `FROM … WHERE …` of a match */
  private static base(m: Match): string {
    return `FROM ${m.from}${m.where.length ? ` WHERE ${m.where.join(" AND ")}` : ""}`;
  }

  /** How many events a match holds. */
  private async count(m: Match): Promise<number> {
    if (m.all) return num((await this.db.get<Row>(`SELECT value AS n FROM counters WHERE name = 'events'`))?.n);
    return num((await this.db.get<Row>(`SELECT COUNT(${m.distinct ? `DISTINCT ${m.idCol}` : "*"}) AS n ${StoreCore.base(m)}`, m.params))?.n);
  }

  /** SELECT of the matching event ids, one row each (column `id`), to use as a subquery. */
  private static ids(m: Match): string {
    return `SELECT ${m.distinct ? "DISTINCT " : ""}${m.idCol} AS id ${StoreCore.base(m)}`;
  }

  /** Events matching a filter, newest first (see match). */
  async events(filter: EventFilter): Promise<{ total: number; items: StoredEvent[] }> {
    const m = await this.match(filter);
    if (!m) return { total: 0, items: [] };
    const desc = filter.sort !== "date";
    const limit = Math.max(0, Math.min(filter.limit ?? 50, 100_000));
    const offset = filter.offset ?? 0;
    const total = await this.count(m);
    const base = StoreCore.base(m);
    const idRows = m.distinct
      ? await this.db.all<Row>(`SELECT ${m.idCol} AS id, MAX(${m.dayCol}) AS d ${base} GROUP BY ${m.idCol} ${this.opts.dialect.orderBy("MAX(" + m.dayCol + ")", m.idCol, desc)} LIMIT ? OFFSET ?`, [...m.params, limit, offset])
      : await this.db.all<Row>(`SELECT ${m.idCol} AS id ${base} ${this.opts.dialect.orderBy(m.dayCol, m.idCol, desc)} LIMIT ? OFFSET ?`, [...m.params, limit, offset]);
    const ids = idRows.map((r) => String(r.id));
    const items: StoredEvent[] = [];
    // in chunks: a statement takes at most 32,766 parameters on SQLite
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const rows = await this.db.all<Row>(`SELECT * FROM events WHERE id IN (${marks(chunk.length)})`, chunk);
      const byId = new Map(rows.map((r) => [String(r.id), r]));
      items.push(...(await this.hydrate(chunk.map((id) => byId.get(id)!).filter(Boolean))));
    }
    return { total, items };
  }

  /**
   * Tables and conditions where `e` is the events row of each matching event, once. Joined
   * from facets, `e` is read through the dialect's view of the columns the views need.
   */
  private withEvents(m: Match): { from: string; where: string[] } {
    const ev = this.opts.dialect.eventsView;
    if (!m.facet) return { from: m.from, where: m.where };
    if (m.distinct) return { from: `(${StoreCore.ids(m)}) m JOIN ${ev} ON e.id = m.id`, where: [] };
    return { from: m.from.includes(" JOIN events e ") ? m.from : `${m.from} JOIN ${ev} ON e.id = f.event_id`, where: m.where };
  }

  /** `FROM tables [joins] WHERE …` */
  private static sql(from: string, where: string[], joins = ""): string {
    return `FROM ${from}${joins}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`;
  }

  /**
   * Who met whom among all events matching the filter (any type and status): the `maxNodes`
   * actors in most of them, and the pairs among those sharing events.
   */
  async eventNetwork(filter: EventFilter, maxNodes: number): Promise<Counted<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>> {
    const m = await this.match(filter);
    if (!m) return { nodes: [], edges: [], events: 0 };
    let fold: ParticipantFold;
    const byTypeOnly = Object.entries(filter).every(([k, v]) => v === undefined || ["type", "status", "limit", "offset", "sort"].includes(k));
    if (byTypeOnly) {
      // no filter but type and status: the counts kept per set of participants
      const where = [`n > 0`];
      const params: Param[] = [];
      if (filter.type) (where.push(`type = ?`), params.push(filter.type));
      if (filter.status) (where.push(`status = ?`), params.push(filter.status));
      // the fold adds up rows of the same set (other types or statuses): no GROUP BY, no sort
      fold = await this.foldParticipants(`SELECT actors AS a, n FROM event_sets WHERE ${where.join(" AND ")}`, params);
    } else if (m.facet) {
      // the facet rows carry the actor ids: grouped from the (key, actors) index, no event row
      // read; events with the same participants come as one row with their number
      const sql = m.distinct
        ? `SELECT m.actors AS a, COUNT(*) AS n FROM (SELECT DISTINCT f.event_id, f.actors ${StoreCore.base(m)}) m GROUP BY m.actors`
        : `SELECT f.actors AS a, COUNT(*) AS n ${StoreCore.base(m)} GROUP BY f.actors`;
      fold = await this.foldParticipants(sql, m.params);
    } else {
      fold = await this.foldParticipants(`SELECT e.actors AS a, COUNT(*) AS n ${StoreCore.base(m)} GROUP BY e.actors`, m.params);
    }
    const top = fold.counts().sort(byCountThenId).slice(0, maxNodes);
    const nodes = await this.actorNodes(top);
    return { ...trimNetwork(nodes, fold.edges(new Set(top.map((t) => t.id))), maxNodes), events: fold.events };
  }

  /** Nodes for actors with their counts, named from the actors table. */
  private async actorNodes(counted: { id: string; count: number }[]): Promise<NetworkNode[]> {
    if (!counted.length) return [];
    const ids = counted.map((t) => t.id);
    const actors = new Map((await this.db.all<Row>(`SELECT id, name, name_en, country, kind FROM actors WHERE id IN (${marks(ids.length)})`, ids)).map((r) => [String(r.id), r]));
    return counted.map((t) => {
      const a = actors.get(t.id);
      const n: NetworkNode = { id: t.id, name: str(a?.name) ?? "", count: t.count };
      if (a?.name_en != null) n.name_en = String(a.name_en);
      if (a?.country != null) n.country = String(a.country);
      if (a?.kind != null) n.kind = String(a.kind);
      return n;
    });
  }

  /**
   * Participants of events, folded into counts per actor and per pair. `sql` gives rows (a, n):
   * a set of actor ids joined by commas (events.actors, "" or NULL for none) and how many events
   * have it — rather than one row per participant and a GROUP BY per pair; the pairs are counted
   * on small integers.
   */
  private async foldParticipants(sql: string, params: Param[]): Promise<ParticipantFold> {
    const rows = await this.db.all<Row>(sql, params);
    const index = new Map<string, number>();
    const names: string[] = [];
    const counts: number[] = [];
    const pairs = new Map<number, number>();
    const idOf = (a: string) => {
      let i = index.get(a);
      if (i === undefined) (i = names.length), index.set(a, i), names.push(a), counts.push(0);
      return i;
    };
    // pair keys as one number: fine below 2^26 actors
    const W = 1 << 26;
    let events = 0;
    for (const r of rows) {
      const n = num(r.n);
      events += n;
      if (r.a == null || r.a === "") continue;
      const ids = String(r.a).split(",").map(idOf); // an actor is linked to an event once (primary key)
      for (const i of ids) counts[i] += n;
      for (let x = 0; x < ids.length; x++)
        for (let y = x + 1; y < ids.length; y++) {
          const k = ids[x] < ids[y] ? ids[x] * W + ids[y] : ids[y] * W + ids[x];
          pairs.set(k, (pairs.get(k) ?? 0) + n);
        }
    }
    return {
      events,
      counts: () => names.map((id, i) => ({ id, count: counts[i] })),
      edges: (keep) => {
        const out: NetworkEdge[] = [];
        for (const [k, w] of pairs) {
          const a = names[Math.floor(k / W)];
          const b = names[k % W];
          if (keep && !(keep.has(a) && keep.has(b))) continue;
          out.push(a < b ? { source: a, target: b, weight: w } : { source: b, target: a, weight: w });
        }
        return out;
      },
    };
  }

  /** Topic counts per month or year over all events matching the filter (an event counts once per topic). */
  async topicTrends(filter: EventFilter, interval: Interval): Promise<Counted<Trends>> {
    const m = await this.match(filter);
    if (!m) return { interval, periods: [], series: [], undated: 0, events: 0 };
    if (m.all) return this.trendsOfAll(interval);
    // the period of a date; NULL when there is none or (per month) only a year
    const period = (date: string) => (interval === "month" ? `CASE WHEN length(${date}) >= 7 THEN substr(${date}, 1, 7) END` : `substr(${date}, 1, 4)`);
    // cells: n events (or, with events false, n topic mentions) with these topics in period p
    let cells: { topics: string[]; p: string | null; n: number; events: boolean }[];
    if (m.facet && !filter.from && !filter.to) {
      // the facet rows carry each event's date and topics: one grouped read of the (key, topics,
      // date) index, no event row — the way for a broad filter (a country: most events)
      const sql = m.distinct
        ? `SELECT m.topics AS t, ${period("m.date")} AS p, COUNT(*) AS n FROM (SELECT DISTINCT f.event_id, f.date, f.topics ${StoreCore.base(m)}) m GROUP BY m.topics, ${period("m.date")}`
        : `SELECT f.topics AS t, ${period("f.date")} AS p, COUNT(*) AS n ${StoreCore.base(m)} GROUP BY f.topics, ${period("f.date")}`;
      cells = (await this.db.all<Row>(sql, m.params)).map((r) => ({ topics: r.t ? String(r.t).split(",") : [], p: str(r.p) ?? null, n: num(r.n), events: true }));
    } else {
      // a date range: the matching rows of the range with their date, and their topics joined
      let from: string;
      let where: string[];
      let id: string;
      let date: string;
      if (!m.facet) ({ from, where, id, date } = { from: m.from, where: m.where, id: "e.id", date: "e.date" });
      else if (m.distinct) ({ from, where, id, date } = { from: `(SELECT DISTINCT f.event_id AS id, f.date AS date ${StoreCore.base(m)}) m`, where: [], id: "m.id", date: "m.date" });
      else ({ from, where, id, date } = { from: m.from, where: m.where, id: "f.event_id", date: "f.date" });
      const p = period(date);
      const perPeriod = await this.db.all<Row>(`SELECT ${p} AS p, COUNT(*) AS n ${StoreCore.sql(from, where)} GROUP BY ${p}`, m.params);
      const perTopic = await this.db.all<Row>(
        `SELECT t.topic, ${p} AS p, COUNT(*) AS n ${StoreCore.sql(from, where, ` JOIN event_topics t ON t.event_id = ${id}`)} GROUP BY t.topic, ${p}`, m.params);
      cells = [
        ...perPeriod.map((r) => ({ topics: [], p: str(r.p) ?? null, n: num(r.n), events: true })),
        ...perTopic.map((r) => ({ topics: [String(r.topic)], p: str(r.p) ?? null, n: num(r.n), events: false })),
      ];
    }
    const tally = new PeriodTally();
    const counted: { topic: string; p: string; n: number }[] = [];
    for (const c of cells) {
      if (c.events) tally.add(c.p, c.n);
      if (c.p !== null) for (const topic of c.topics) counted.push({ topic, p: c.p, n: c.n });
    }
    const periods = tally.periods(interval);
    return { interval, periods, series: seriesOf(periods, counted), undated: tally.undated, events: tally.events };
  }

  /** Topic trends over every event, from the counts kept per facet and month (facet_months). */
  private async trendsOfAll(interval: Interval): Promise<Counted<Trends>> {
    const rows = await this.db.all<Row>(
      `SELECT key, month, n FROM facet_months WHERE ((key >= 'type:' AND key < 'type;') OR (key >= 'topic:' AND key < 'topic;')) AND n > 0`);
    // a month key is YYYY-MM, YYYY (a year-only date) or "" (undated)
    const periodOfMonth = (mo: string) => (mo === "" ? null : interval === "month" ? (mo.length >= 7 ? mo : null) : mo.slice(0, 4));
    const tally = new PeriodTally();
    const topicRows: { topic: string; p: string; n: number }[] = [];
    for (const r of rows) {
      const key = String(r.key);
      const n = num(r.n);
      const p = periodOfMonth(String(r.month));
      // one type facet per event: these count the events
      if (key.startsWith("type:")) tally.add(p, n);
      else if (p !== null) topicRows.push({ topic: key.slice(6), p, n });
    }
    const periods = tally.periods(interval);
    return { interval, periods, series: seriesOf(periods, topicRows), undated: tally.undated, events: tally.events };
  }

  /** Where the events matching the filter happened: places with coordinates, events and latest date each. */
  async eventPlaces(filter: EventFilter): Promise<Counted<{ places: PlacePoint[]; unplaced: number }>> {
    const m = await this.match(filter);
    if (!m) return { places: [], unplaced: 0, events: 0 };
    const w = this.withEvents(m);
    // events without a place (or its coordinates) come as groups too: one query counts everything
    const rows = await this.db.all<Row>(
      `SELECT e.location_name AS name, e.location_name_en AS name_en, e.location_country AS country, e.lat, e.lon, COUNT(*) AS n, MAX(e.date) AS last
       ${StoreCore.sql(w.from, w.where)}
       GROUP BY e.location_name, e.location_name_en, e.location_country, e.lat, e.lon ORDER BY n DESC`,
      m.params,
    );
    // one point per name and rounded coordinates; the most reported spelling names it
    const byKey = new Map<string, PlacePoint>();
    let events = 0;
    let unplaced = 0;
    for (const r of rows) {
      const n = num(r.n);
      events += n;
      if (r.name == null || r.name === "" || r.lat == null || r.lon == null) {
        unplaced += n;
        continue;
      }
      const lat = Number(r.lat);
      const lon = Number(r.lon);
      const k = placeKey(String(r.name), lat, lon);
      const last = str(r.last) ?? null;
      const p = byKey.get(k);
      if (p) {
        p.count += n;
        if (last && (!p.last || last > p.last)) p.last = last;
        continue;
      }
      const point: PlacePoint = { name: String(r.name), lat, lon, count: n, last };
      if (r.name_en != null) point.name_en = String(r.name_en);
      if (r.country != null) point.country = String(r.country);
      byKey.set(k, point);
    }
    return { places: sortPlaces([...byKey.values()]), unplaced, events };
  }

  /** Ids of stored places within km of the named place; null when the place's coordinates are unknown. */
  private async placesNear(name: string, km: number): Promise<string[] | null> {
    const c = await this.placeCoords(name);
    if (!c) return null;
    const b = boundingBox(c.lat, c.lon, km);
    const rows = await this.db.all<Row>(
      `SELECT id FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND dist_km(?, ?, lat, lon) <= ?`,
      [b.latMin, b.latMax, b.lonMin, b.lonMax, c.lat, c.lon, km],
    );
    return rows.map((r) => String(r.id));
  }

  async *eachEvent(batchSize = 1000): AsyncGenerator<StoredEvent[]> {
    let after = "";
    for (;;) {
      const rows = await this.db.all<Row>(`SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?`, [after, batchSize]);
      if (!rows.length) return;
      yield await this.hydrate(rows);
      after = String(rows[rows.length - 1].id);
    }
  }

  async event(id: string): Promise<StoredEvent | null> {
    const row = await this.db.get<Row>(`SELECT * FROM events WHERE id = ?`, [id]);
    return row ? (await this.hydrate([row]))[0] : null;
  }

  private async hydrate(rows: Row[]): Promise<StoredEvent[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => String(r.id));
    const m = marks(ids.length);
    // rows grouped by event once: a page of 500 events is then linear, not 500 scans of every row
    const parts = groupBy(await this.db.all<Row>(
      `SELECT ep.event_id, ep.actor_id, ep.title, ep.role, a.name, a.name_en, a.country, a.kb_id FROM event_participants ep JOIN actors a ON a.id = ep.actor_id WHERE ep.event_id IN (${m})`,
      ids,
    ), "event_id");
    const topics = groupBy(await this.db.all<Row>(`SELECT event_id, topic FROM event_topics WHERE event_id IN (${m}) ORDER BY topic`, ids), "event_id");
    const sources = groupBy(await this.db.all<Row>(
      `SELECT s.event_id, s.article_id, s.evidence, s.rules, a.url, a.outlet, a.published FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id IN (${m}) ORDER BY a.published, s.article_id`,
      ids,
    ), "event_id");
    const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null)) as T;
    return rows.map((r) => {
      const id = String(r.id);
      return {
        id,
        type: String(r.type) as EventType,
        status: String(r.status),
        date: str(r.date) ?? null,
        date_precision: str(r.date_precision) ?? null,
        location: r.location_name
          ? clean({ name: String(r.location_name), name_en: str(r.location_name_en), country: str(r.location_country), lat: r.lat == null ? undefined : Number(r.lat), lon: r.lon == null ? undefined : Number(r.lon) })
          : null,
        topics: (topics.get(id) ?? []).map((t) => String(t.topic)),
        participants: (parts.get(id) ?? [])
          .map((p) => clean({ actor_id: String(p.actor_id), name: String(p.name), name_en: str(p.name_en), title: str(p.title), country: str(p.country), role: str(p.role), kb_id: str(p.kb_id) })),
        sources: (sources.get(id) ?? [])
          .map((s) => ({
            article_id: String(s.article_id), url: str(s.url) ?? null, outlet: str(s.outlet) ?? null, published: str(s.published) ?? null,
            evidence: JSON.parse(String(s.evidence)), rules: JSON.parse(String(s.rules)),
          })),
        confidence: Number(r.confidence),
      };
    });
  }

  private async toActors(rows: Row[]): Promise<Actor[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => String(r.id));
    const titles = groupBy(await this.db.all<Row>(`SELECT actor_id, title FROM actor_titles WHERE actor_id IN (${marks(ids.length)}) ORDER BY count DESC, title`, ids), "actor_id");
    return rows.map((r) => {
      const a: Actor = { id: String(r.id), kind: String(r.kind) as Actor["kind"], name: String(r.name), titles: (titles.get(String(r.id)) ?? []).map((t) => String(t.title)), event_count: num(r.event_count) };
      if (r.name_en != null) a.name_en = String(r.name_en);
      if (r.country != null) a.country = String(r.country);
      if (r.kb_id != null) a.kb_id = String(r.kb_id);
      return a;
    });
  }

  async actors(query?: string, limit = 50): Promise<Actor[]> {
    const conds: string[] = [];
    const params: Param[] = [];
    if (query && query.trim()) {
      const sk = searchKey(query);
      const en = latinWords(query).join(" ");
      conds.push(`id = ?`, `kb_id = ?`);
      params.push(query, query);
      if (sk) {
        conds.push(`search_name LIKE ?`, `id IN (SELECT actor_id FROM actor_titles WHERE search_title LIKE ?)`);
        params.push(`%${sk}%`, `%${sk}%`);
      }
      if (en) {
        conds.push(`search_en LIKE ?`);
        params.push(`%${en}%`);
      }
    }
    const rows = await this.db.all<Row>(
      `SELECT * FROM actors ${conds.length ? `WHERE ${conds.join(" OR ")}` : ""} ORDER BY event_count DESC, name LIMIT ?`,
      [...params, limit],
    );
    return this.toActors(rows);
  }

  async actor(nameOrId: string): Promise<ActorProfile | null> {
    const ids = await this.actorIds(nameOrId);
    if (!ids.length) return null;
    const id = ids[0];
    const [actor] = await this.toActors(await this.db.all<Row>(`SELECT * FROM actors WHERE id = ?`, [id]));
    const titles = await this.db.all<Row>(`SELECT title, count, first_seen, last_seen FROM actor_titles WHERE actor_id = ? ORDER BY count DESC, title`, [id]);
    // counts kept at write time (actor_stats): constant cost however many events the actor has
    const stats = await this.db.all<Row>(`SELECT key, n FROM actor_stats WHERE actor_id = ? AND n > 0`, [id]);
    const byPrefix = (prefix: string) =>
      stats.filter((f) => String(f.key).startsWith(prefix)).map((f) => ({ id: String(f.key).slice(prefix.length), n: num(f.n) }))
        .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1));
    const cps = byPrefix("actor:").slice(0, 100);
    const cpRows = cps.length ? await this.db.all<Row>(`SELECT id, name, name_en, country FROM actors WHERE id IN (${marks(cps.length)})`, cps.map((c) => c.id)) : [];
    const cpById = new Map(cpRows.map((r) => [String(r.id), r]));
    const pls = byPrefix("place:").slice(0, 100);
    const plRows = pls.length ? await this.db.all<Row>(`SELECT id, name FROM places WHERE id IN (${marks(pls.length)})`, pls.map((p) => p.id)) : [];
    const plById = new Map(plRows.map((r) => [String(r.id), String(r.name)]));
    // months of the events' days (an undated event counts at its report's publication day)
    const months = byPrefix("month:").sort((a, b) => (a.id < b.id ? -1 : 1)).map((m) => ({ month: m.id, n: m.n }));
    return {
      actor,
      titles: titles.map((t) => ({ title: String(t.title), count: num(t.count), first: str(t.first_seen) ?? null, last: str(t.last_seen) ?? null })),
      counterparts: cps.flatMap((c) => {
        const r = cpById.get(c.id);
        if (!r) return [];
        const o: ActorProfile["counterparts"][number] = { actor_id: c.id, name: String(r.name), count: c.n };
        if (r.name_en != null) o.name_en = String(r.name_en);
        if (r.country != null) o.country = String(r.country);
        return [o];
      }),
      topics: byPrefix("topic:").map((t) => ({ topic: t.id, count: t.n })),
      per_month: months.map((m) => ({ month: String(m.month), count: num(m.n) })),
      places: pls.flatMap((p) => (plById.has(p.id) ? [{ name: plById.get(p.id)!, count: p.n }] : [])),
    };
  }

  /**
   * Figures newest first, one page. By topic: an index range of figure_topics (kept at write
   * time), so a page costs the same for a frequent or a rare topic.
   */
  async figures(filter: { unit?: string; topic?: string; limit?: number; offset?: number }): Promise<StoredFigure[]> {
    const where: string[] = [];
    const params: Param[] = [];
    let from = `figures f`;
    let order = `f.published DESC${this.opts.dialect.nullsLast}, f.id`;
    if (filter.topic) {
      from = `figure_topics ft JOIN figures f ON f.id = ft.figure_id`;
      where.push(`ft.topic = ?`);
      params.push(filter.topic);
      order = `ft.published DESC${this.opts.dialect.nullsLast}, ft.figure_id`;
    }
    if (filter.unit) {
      where.push(`f.unit = ?`);
      params.push(filter.unit);
    }
    const rows = await this.db.all<Row>(
      `SELECT f.* FROM ${from} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 100, filter.offset ?? 0],
    );
    const arts = [...new Set(rows.map((r) => String(r.article_id)))];
    const topics = groupBy(arts.length
      ? await this.db.all<Row>(
          `SELECT DISTINCT s.article_id, t.topic FROM event_sources s JOIN event_topics t ON t.event_id = s.event_id WHERE s.article_id IN (${marks(arts.length)})`,
          arts,
        )
      : [], "article_id");
    return rows.map((r) => {
      const f: StoredFigure = {
        article_id: String(r.article_id), value: Number(r.value), unit: String(r.unit) as StoredFigure["unit"], qualifier: str(r.qualifier) ?? null,
        text: String(r.text), start: num(r.span_start), end: num(r.span_end),
        topics: (topics.get(String(r.article_id)) ?? []).map((t) => String(t.topic)).sort(), published: str(r.published) ?? null,
      };
      if (r.thing != null) f.thing = String(r.thing);
      return f;
    });
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    const terms = queryTerms(text);
    if (!terms.length) return [];
    const ids = await this.opts.dialect.searchIds(this.db, terms, limit);
    if (!ids.length) return [];
    const rows = await this.db.all<Row>(
      `SELECT id, title, url, outlet, published, duplicate_of, clean_text FROM articles WHERE id IN (${marks(ids.length)})`,
      ids,
    );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [{
        article_id: id, title: str(r.title) ?? null, url: str(r.url) ?? null, outlet: str(r.outlet) ?? null, published: str(r.published) ?? null,
        duplicate_of: str(r.duplicate_of) ?? null, snippet: makeSnippet(String(r.clean_text), terms),
      }];
    });
  }

  async article(id: string): Promise<ExtractedDoc | null> {
    const row = await this.db.get<Row>(`SELECT extracted FROM articles WHERE id = ?`, [id]);
    return row ? (JSON.parse(String(row.extracted)) as ExtractedDoc) : null;
  }

  async network(filter: { types?: EventType[]; maxNodes?: number } = {}): Promise<Network> {
    const types = filter.types ?? ["meeting", "call"];
    const max = filter.maxNodes;
    const nodes = await this.db.all<Row>(
      `SELECT id, name, name_en, country, kind, event_count FROM actors WHERE event_count > 0 ORDER BY event_count DESC, id${max ? " LIMIT ?" : ""}`, max ? [max] : []);
    // edge weights kept per pair (event_pairs); with maxNodes only pairs among the kept actors
    const keep = max ? new Set(nodes.map((n) => String(n.id))) : null;
    const rows = await this.db.all<Row>(
      `SELECT a, b, n FROM event_pairs WHERE type IN (${marks(types.length)}) AND status = 'happened' AND n > 0${keep ? ` AND a IN (${marks(keep.size)})` : ""}`,
      [...types, ...(keep ? [...keep] : [])],
    );
    const weights = new Map<string, NetworkEdge>();
    for (const r of rows) {
      const source = String(r.a);
      const target = String(r.b);
      if (keep && !keep.has(target)) continue;
      const k = `${source}\u0000${target}`;
      const e = weights.get(k);
      if (e) e.weight += num(r.n);
      else weights.set(k, { source, target, weight: num(r.n) });
    }
    const edges = [...weights.values()].sort((x, y) => y.weight - x.weight || cmp(x.source, y.source) || cmp(x.target, y.target));
    return {
      nodes: nodes.map((n) => {
        const o: Network["nodes"][number] = { id: String(n.id), name: String(n.name), kind: String(n.kind), events: num(n.event_count) };
        if (n.name_en != null) o.name_en = String(n.name_en);
        if (n.country != null) o.country = String(n.country);
        return o;
      }),
      edges,
    };
  }

  async stats(): Promise<StoreStats> {
    const one = async (sql: string) => num((await this.db.get<Row>(sql))?.n);
    return {
      articles: await one(`SELECT COUNT(*) AS n FROM articles`),
      stories: await one(`SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NULL`),
      near_duplicates: await one(`SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL`),
      events: await one(`SELECT COUNT(*) AS n FROM events`),
      actors: await one(`SELECT COUNT(*) AS n FROM actors`),
      figures: await one(`SELECT COUNT(*) AS n FROM figures`),
      event_sources: await one(`SELECT COUNT(*) AS n FROM event_sources`),
    };
  }

  async close(): Promise<void> {
    await this.queue;
    await this.db.close();
  }
}
