// Checks the bundled sample corpus (data/samples): both files parse, line up id for id, carry the
// fields the demo and the scorer need, and hold what the corpus promises (40+ Arabic articles,
// reports of the same meeting from different outlets, a near-duplicate, grounded gold participants).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normWords, stripArticle } from "../../src/text/normalize.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const ARTICLES = here("../../data/samples/articles.jsonl");
const GOLD = here("../../data/samples/gold.jsonl");
const TOPICS = here("../../../shared/spec/topics.json");

interface Article { id: string; url: string; published: string; outlet: string; title: string; text: string }
interface GoldEvent {
  type: string;
  participants: string[][];
  also?: string[][];
  optional?: boolean;
  date: string | null;
  location: string[] | null;
  topics: string[];
}
interface GoldFigure { value: number; unit: string }
interface Gold { id: string; events: GoldEvent[]; figures: GoldFigure[] }

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

const articles = readJsonl<Article>(ARTICLES);
const gold = readJsonl<Gold>(GOLD);

const UNITS = new Set(["person", "EUR", "USD", "LYD", "TND", "GBP", "km", "count", "percent"]);
const EVENT_TYPES = new Set(["meeting", "call", "visit", "agreement", "funding", "statement"]);
const LATIN = /[A-Za-z]/u;

/** A real calendar day written YYYY-MM-DD (rejects 2023-02-30). */
function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
/** Gold dates may be a day, a month or a year. */
function isGoldDate(s: string): boolean {
  if (/^\d{4}$/u.test(s)) return true;
  if (/^\d{4}-\d{2}$/u.test(s)) return isDay(`${s}-01`);
  return isDay(s);
}

test("at least 40 articles, and gold lines up with them id for id", () => {
  assert.ok(articles.length >= 40, `only ${articles.length} articles`);
  assert.equal(gold.length, articles.length);
  articles.forEach((a, i) => assert.equal(gold[i].id, a.id, `line ${i + 1}`));
  assert.equal(new Set(articles.map((a) => a.id)).size, articles.length, "duplicate ids");
  for (const a of articles) assert.match(a.id, /^sample-\d{3}$/u);
});

test("every article has the required fields, a valid publication day and 600-3000 characters", () => {
  for (const a of articles) {
    for (const k of ["id", "url", "published", "outlet", "title", "text"] as const) {
      assert.equal(typeof a[k], "string", `${a.id}: ${k}`);
      assert.ok(a[k].trim().length > 0, `${a.id}: empty ${k}`);
    }
    assert.match(a.url, /^https:\/\/[a-z0-9.-]+\.example\//u, `${a.id}: url should be on a fictional .example domain`);
    assert.ok(isDay(a.published), `${a.id}: published ${a.published}`);
    const year = Number(a.published.slice(0, 4));
    assert.ok(year >= 2012 && year <= 2026, `${a.id}: year ${year}`);
    assert.ok(a.text.length >= 600 && a.text.length <= 3000, `${a.id}: ${a.text.length} characters`);
  }
});

test("texts and titles are Arabic (most letters in the Arabic script)", () => {
  const share = (s: string) => {
    const letters = s.match(/\p{L}/gu) ?? [];
    const arabic = s.match(/\p{Script=Arabic}/gu) ?? [];
    return arabic.length / Math.max(1, letters.length);
  };
  for (const a of articles) {
    assert.ok(share(a.text) > 0.9, `${a.id}: text is ${(share(a.text) * 100).toFixed(0)}% Arabic`);
    assert.ok(share(a.title) > 0.9, `${a.id}: title`);
  }
});

test("the corpus spans the years and several outlets", () => {
  const years = new Set(articles.map((a) => a.published.slice(0, 4)));
  assert.ok(years.size >= 10, `only ${years.size} distinct years`);
  assert.ok(new Set(articles.map((a) => a.outlet)).size >= 6, "fewer than 6 outlets");
});

test("gold events and figures are well formed", () => {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const g of gold) {
    const a = byId.get(g.id)!;
    assert.ok(Array.isArray(g.events) && Array.isArray(g.figures), g.id);
    for (const e of g.events) {
      assert.ok(EVENT_TYPES.has(e.type), `${g.id}: type ${e.type}`);
      assert.ok(e.participants.length >= 2, `${g.id}: an event needs two participants`);
      for (const p of [...e.participants, ...(e.also ?? [])]) {
        assert.ok(p.length > 0 && p.every((alt) => typeof alt === "string" && alt.trim() !== ""), `${g.id}: empty alternative`);
      }
      if (e.date !== null) assert.ok(isGoldDate(e.date), `${g.id}: date ${e.date}`);
      // A reported (non-optional) encounter cannot happen after the article was published.
      if (e.date !== null && !e.optional) assert.ok(e.date <= a.published, `${g.id}: ${e.date} after ${a.published}`);
      if (e.location !== null) assert.ok(e.location.length > 0, `${g.id}: empty location list`);
      if (e.type === "call") assert.equal(e.location, null, `${g.id}: calls have no location`);
      assert.ok(Array.isArray(e.topics), `${g.id}: topics`);
    }
    const seen = new Set<string>();
    for (const f of g.figures) {
      assert.ok(UNITS.has(f.unit), `${g.id}: unit ${f.unit}`);
      assert.ok(Number.isFinite(f.value) && f.value > 0, `${g.id}: value ${f.value}`);
      const key = `${f.value}|${f.unit}`;
      assert.ok(!seen.has(key), `${g.id}: figure ${key} listed twice`);
      seen.add(key);
    }
  }
});

test("every gold topic id exists in the shared topics list", (t) => {
  if (!existsSync(TOPICS)) {
    t.skip(`topics list not found at ${TOPICS}; topic ids not checked`);
    return;
  }
  const ids = new Set((JSON.parse(readFileSync(TOPICS, "utf8")) as { topics: { id: string }[] }).topics.map((x) => x.id));
  for (const g of gold) for (const e of g.events) for (const tp of e.topics) assert.ok(ids.has(tp), `${g.id}: unknown topic ${tp}`);
});

test("every gold participant is grounded in its article and has a Latin alternative", () => {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const g of gold) {
    const words = new Set(normWords(byId.get(g.id)!.text).map(stripArticle));
    // A coordinated phrase puts a title in the dual ("وزيري الدفاع والداخلية"), so the dual form counts.
    const has = (w: string) => words.has(w) || words.has(`${w}ي`) || words.has(`${w}ا`);
    for (const e of g.events) {
      for (const p of e.participants) {
        const arabic = p.filter((alt) => !LATIN.test(alt));
        const grounded = arabic.some((alt) => normWords(alt).map(stripArticle).every(has));
        assert.ok(grounded, `${g.id}: participant ${JSON.stringify(p)} not found in the text`);
        assert.ok(p.some((alt) => LATIN.test(alt)), `${g.id}: participant ${JSON.stringify(p)} has no Latin alternative`);
      }
    }
  }
});

/** A participant's identity for comparing events across articles: its first Latin alternative. */
const personKey = (p: string[]) => (p.find((alt) => LATIN.test(alt)) ?? p[0]).toLowerCase();

test("at least two meetings are reported by two different outlets (same participants, same day)", () => {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  const reports = new Map<string, Set<string>>();
  for (const g of gold) {
    for (const e of g.events) {
      if (e.optional || e.date === null || e.date.length !== 10) continue;
      const key = `${e.participants.map(personKey).sort().join("+")}@${e.date}`;
      if (!reports.has(key)) reports.set(key, new Set());
      reports.get(key)!.add(outletOf.get(g.id)!);
    }
  }
  const shared = [...reports].filter(([, outlets]) => outlets.size >= 2).map(([k]) => k);
  assert.ok(shared.length >= 2, `same-meeting reports from different outlets: ${shared.join(", ") || "none"}`);
});

test("one agency story is republished by a second outlet with a different first line", () => {
  const body = (t: string) => t.split("\n").slice(1, -1).join("\n");
  const firstLine = (t: string) => t.split("\n")[0];
  let found = false;
  for (let i = 0; i < articles.length && !found; i++) {
    for (let j = i + 1; j < articles.length && !found; j++) {
      const [a, b] = [articles[i], articles[j]];
      found = a.outlet !== b.outlet && body(a.text) === body(b.text) && firstLine(a.text) !== firstLine(b.text);
    }
  }
  assert.ok(found, "no near-duplicate pair");
});
