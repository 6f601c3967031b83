// Feeds: RSS/Atom/RDF parsing (links, titles, the feed's date as written), broken feeds say why,
// and readSources over a local HTTP server: a feed of 3 items gives 3 articles with the item's
// date where the page has none; a page with no article is an error naming its URL.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { feedDate, parseFeed } from "../../src/ingest/feed.js";
import { isInputError, readSources, type SourceItem } from "../../src/ingest/sources.js";
import type { SourcedDoc } from "../../src/ingest/files.js";

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title>${items}</channel></rss>`;
const item = (link: string, title: string, date: string) => `<item><title><![CDATA[${title}]]></title><link>${link}</link><pubDate>${date}</pubDate></item>`;

describe("parseFeed", () => {
  it("reads RSS 2.0 items: link, title, the day as written", () => {
    const items = parseFeed(rss(item("https://news.example/a/1", "وزير يزور روما", "Tue, 10 Jun 2025 23:30:00 +0200") + item("/a/2", "اجتماع أمني", "Wed, 11 Jun 2025 08:00:00 GMT")), "https://news.example/feed");
    assert.deepEqual(items, [
      { url: "https://news.example/a/1", title: "وزير يزور روما", published: "2025-06-10" },
      { url: "https://news.example/a/2", title: "اجتماع أمني", published: "2025-06-11" },
    ]);
  });

  it("reads Atom entries (alternate link, published or updated)", () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
      <entry><title type="html">لقاء في طرابلس</title><link rel="self" href="https://n.example/self"/><link rel="alternate" href="https://n.example/p/7"/><updated>2024-03-02T10:00:00Z</updated></entry>
      <entry><title>بيان</title><link href="https://n.example/p/8"/><published>2024-03-03T01:00:00+02:00</published></entry></feed>`;
    assert.deepEqual(parseFeed(atom).map((i) => [i.url, i.title, i.published]), [
      ["https://n.example/p/7", "لقاء في طرابلس", "2024-03-02"],
      ["https://n.example/p/8", "بيان", "2024-03-03"],
    ]);
  });

  it("reads RSS 1.0 (RDF) items and drops duplicate and link-less items", () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <item rdf:about="https://r.example/1"><title>أ</title><link>https://r.example/1</link><dc:date>2023-12-31</dc:date></item>
      <item rdf:about="https://r.example/1"><title>أ</title><link>https://r.example/1</link></item>
      <item><title>بلا رابط</title></item></rdf:RDF>`;
    assert.deepEqual(parseFeed(rdf), [{ url: "https://r.example/1", title: "أ", published: "2023-12-31" }]);
  });

  it("a broken or non-feed document is an error that says why", () => {
    assert.throws(() => parseFeed("<rss><channel><item><title>x</item></channel></rss>"), /not a valid feed: .*line 1/);
    assert.throws(() => parseFeed("<html><body>صفحة</body></html>"), /not an RSS or Atom feed \(root element html\)/);
  });

  it("feedDate keeps the publisher's day", () => {
    const cases: [string, string | null][] = [
      ["Sun, 05 Jan 2025 00:30:00 +0300", "2025-01-05"],
      ["2025-01-05T23:59:00-05:00", "2025-01-05"],
      ["5 Feb 2024", "2024-02-05"],
      ["", null],
      ["غدا", null],
    ];
    for (const [input, want] of cases) assert.equal(feedDate(input), want, input);
  });
});

const page = (title: string, body: string, meta = "") =>
  `<!doctype html><html><head><title>${title}</title>${meta}</head><body><nav>الرئيسية</nav><article><h1>${title}</h1><p>${body}</p><p>${body}</p></article></body></html>`;
const SENTENCE = "بحث وزير الداخلية مع السفير الإيطالي في طرابلس سبل مكافحة الهجرة غير النظامية وتعزيز التعاون في تأمين الحدود الجنوبية.";
// distinct stories per page, so the store keeps each under its own URL
const OTHER: Record<string, string> = {
  "/news/2": "استقبل رئيس الحكومة في روما وفدا أمنيا لمناقشة تبادل المعلومات حول شبكات تهريب البشر عبر البحر المتوسط.",
  "/news/3": "أعلنت خفر السواحل إنقاذ مئة وعشرين مهاجرا قبالة سواحل زوارة بعد تعطل قاربهم في عرض البحر ليلة أمس.",
};

describe("readSources over HTTP", () => {
  let server: Server;
  let base = "";
  const hits = new Map<string, number>();
  before(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? "/";
      hits.set(path, (hits.get(path) ?? 0) + 1);
      const send = (type: string, body: string, status = 200) => res.writeHead(status, { "content-type": type }).end(body);
      if (path === "/feed.xml") {
        return send("application/rss+xml", rss(
          item(`${base}/news/1`, "عنوان من الخلاصة ١", "Mon, 02 Jun 2025 09:00:00 +0100") +
          item(`${base}/news/2`, "عنوان من الخلاصة ٢", "Tue, 03 Jun 2025 09:00:00 +0100") +
          item(`${base}/news/3`, "عنوان من الخلاصة ٣", "Wed, 04 Jun 2025 09:00:00 +0100"),
        ));
      }
      if (path === "/broken.xml") return send("application/rss+xml", "<rss><channel><item>");
      if (path === "/news/1") return send("text/html; charset=utf-8", page("الخبر الأول", SENTENCE, '<meta property="article:published_time" content="2025-06-01T10:00:00Z"><meta property="og:site_name" content="وكالة تجريبية">'));
      if (OTHER[path]) return send("text/html", page(`خبر ${path}`, OTHER[path]));
      if (path === "/empty") return send("text/html", "<html><body><p>قصير</p></body></html>");
      send("text/plain", "not found", 404);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));

  async function all(it: AsyncIterable<SourceItem>) {
    const out: SourceItem[] = [];
    for await (const x of it) out.push(x);
    return { docs: out.filter((x) => !isInputError(x)) as SourcedDoc[], errors: out.filter(isInputError) };
  }

  it("a feed with 3 items gives 3 articles: page metadata first, the item's date as fallback", async () => {
    const { docs, errors } = await all(readSources({ inputs: [], feeds: [`${base}/feed.xml`] }));
    assert.deepEqual(errors, []);
    const byId = new Map(docs.map((d) => [d.id, d]));
    assert.equal(docs.length, 3);
    const first = byId.get(`${base}/news/1`)!;
    assert.equal(first.published, "2025-06-01", "the page's own date wins");
    assert.equal(first.outlet, "وكالة تجريبية");
    assert.match(first.text, /الهجرة غير النظامية/);
    assert.equal(byId.get(`${base}/news/2`)!.published, "2025-06-03", "the feed's date when the page has none");
    assert.equal(byId.get(`${base}/news/3`)!.published, "2025-06-04");
  });

  it("a feed URL given as a plain URL is read as a feed", async () => {
    const { docs } = await all(readSources({ inputs: [`${base}/feed.xml`] }));
    assert.equal(docs.length, 3);
  });

  it("a broken feed, a page without an article and a 404 are errors naming the URL; the rest continues", async () => {
    const { docs, errors } = await all(readSources({ inputs: [`${base}/empty`, `${base}/news/2`, `${base}/gone`], feeds: [`${base}/broken.xml`] }, { fetchOptions: { retries: 0 } }));
    assert.deepEqual(docs.map((d) => d.id), [`${base}/news/2`]);
    const msgs = errors.map((e) => `${e.source}: ${e.message}`).sort();
    assert.equal(msgs.length, 3);
    assert.match(msgs.find((m) => m.includes("broken.xml"))!, /not a valid feed/);
    assert.match(msgs.find((m) => m.includes("/empty"))!, /no article text in the page/);
    assert.match(msgs.find((m) => m.includes("/gone"))!, /HTTP 404/);
  });

  it("URLs already stored are not fetched again", async () => {
    const known: string[] = [];
    const { docs } = await all(readSources({ inputs: [], feeds: [`${base}/feed.xml`] }, { isKnown: async (id) => id.endsWith("/news/2"), onKnown: (id) => known.push(id) }));
    assert.equal(docs.length, 2);
    assert.deepEqual(known, [`${base}/news/2`]);
  });

  // the server lives in this process: the CLI runs as a child without blocking it
  function marsad(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const bin = new URL("../../bin/marsad.mjs", import.meta.url).pathname;
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("marsad ingest --feed / URL / --urls: stores the pages once; a re-run fetches nothing stored", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-feed-cli-"));
    try {
      const db = join(dir, "t.db");
      const list = join(dir, "urls.txt");
      writeFileSync(list, `# pages\n${base}/news/1\n${base}/empty\n`);
      const first = await marsad(["ingest", "--db", db, "--json", "--feed", `${base}/feed.xml`, "--urls", list]);
      assert.equal(first.code, 1, first.stderr);
      const c1 = JSON.parse(first.stdout);
      assert.equal(c1.new + c1.near_duplicate, 3, first.stdout);
      assert.equal(c1.read_errors, 1);
      assert.match(first.stderr, new RegExp(`${base}/empty.*no article text in the page`));
      const before = hits.get("/news/2") ?? 0;
      const again = await marsad(["ingest", "--db", db, "--json", "--feed", `${base}/feed.xml`]);
      assert.equal(again.code, 0, again.stderr);
      const c2 = JSON.parse(again.stdout);
      assert.equal(c2.already_stored, 3);
      assert.equal(c2.new, 0);
      assert.equal(hits.get("/news/2"), before, "a stored page is not fetched again");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
