// The fetcher against a local HTTP server this test starts on 127.0.0.1: timeouts, retries
// (500 then 200; 429 with Retry-After), size limit, content type, redirects, user agent, and
// requests in flight per host / overall never above the limits (counted on the server).
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createFetcher, FetchError, Limiter, parseRetryAfter, detectCharset, USER_AGENT } from "../../src/ingest/fetch.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A server with a route table; counts requests and the most in flight at once. */
async function startServer(routes: Record<string, Handler>) {
  const stats = { hits: new Map<string, number>(), inFlight: 0, maxInFlight: 0, agents: new Set<string>() };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    stats.hits.set(path, (stats.hits.get(path) ?? 0) + 1);
    stats.agents.add(String(req.headers["user-agent"]));
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    res.on("close", () => stats.inFlight--);
    const h = routes[path];
    if (h) h(req, res);
    else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    stats,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const ARTICLE = "<html><head><title>خبر</title></head><body><article><p>التقى وزير الداخلية نظيره في العاصمة لبحث ملف الهجرة غير النظامية وتأمين الحدود البحرية.</p></article></body></html>";
const html = (body: string, status = 200, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers }).end(body);
};
const later = (ms: number, h: Handler): Handler => (req, res) => {
  const t = setTimeout(() => h(req, res), ms);
  res.on("close", () => clearTimeout(t));
};
// no real waiting between retries in unit tests: record the waits instead
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => { waits.push(ms); } };
}

describe("fetch", () => {
  let srv: Awaited<ReturnType<typeof startServer>>;
  let flaky = 0;
  let limited = 0;
  before(async () => {
    srv = await startServer({
      "/ok": html(ARTICLE),
      "/slow": later(2000, html(ARTICLE)),
      "/slow-body": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<html><body>");
        const t = setTimeout(() => res.end("</body></html>"), 2000);
        res.on("close", () => clearTimeout(t));
      },
      "/flaky": (req, res) => (flaky++ === 0 ? html("boom", 500)(req, res) : html(ARTICLE)(req, res)),
      "/always500": html("down", 503),
      "/limited": (req, res) => (limited++ === 0 ? html("slow down", 429, { "retry-after": "2" })(req, res) : html(ARTICLE)(req, res)),
      "/missing": html("no", 404),
      "/big-declared": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-length": String(6 * 1024 * 1024) });
        res.end();
      },
      "/big-chunked": (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = "ا".repeat(256 * 1024);
        for (let i = 0; i < 12; i++) res.write(chunk); // 6 MB of Arabic letters, no Content-Length
        res.end();
      },
      "/image": (_req, res) => void res.writeHead(200, { "content-type": "image/png" }).end("PNG"),
      "/r1": (_req, res) => void res.writeHead(301, { location: "/r2" }).end(),
      "/r2": (_req, res) => void res.writeHead(302, { location: `${srv.base}/ok` }).end(),
      "/loop": (_req, res) => void res.writeHead(302, { location: "/loop" }).end(),
      "/win1256": (_req, res) => {
        // "سلام" in windows-1256
        res.writeHead(200, { "content-type": "text/plain; charset=windows-1256" }).end(Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]));
      },
      "/wait": later(60, html(ARTICLE)),
    });
  });
  after(() => srv.close());

  it("reads a page, names itself with the project's user agent", async () => {
    const page = await createFetcher().fetch(`${srv.base}/ok`);
    assert.equal(page.status, 200);
    assert.match(page.body, /وزير الداخلية/);
    assert.ok(srv.stats.agents.has(USER_AGENT));
    assert.match(USER_AGENT, /^Marsad\/\d/);
  });

  it("times out a server that does not answer, and one that stalls mid-body", async () => {
    const { sleep } = recordingSleep();
    const f = createFetcher({ connectTimeoutMs: 150, totalTimeoutMs: 400, retries: 1, sleep });
    await assert.rejects(f.fetch(`${srv.base}/slow`), (e: FetchError) => /timed out after 150 ms/.test(e.message) && /2 attempts/.test(e.message));
    await assert.rejects(f.fetch(`${srv.base}/slow-body`), /timed out after 400 ms/);
  });

  it("retries a 500 and gets the page; gives up on a server that stays down", async () => {
    const { waits, sleep } = recordingSleep();
    const f = createFetcher({ retries: 3, backoffMs: 100, sleep, random: () => 1 });
    const page = await f.fetch(`${srv.base}/flaky`);
    assert.match(page.body, /الهجرة/);
    assert.equal(srv.stats.hits.get("/flaky"), 2);
    assert.deepEqual(waits, [100]);
    waits.length = 0;
    await assert.rejects(f.fetch(`${srv.base}/always500`), /HTTP 503 \(after 4 attempts\)/);
    assert.deepEqual(waits, [100, 200, 400], "exponential backoff");
  });

  it("waits at least Retry-After on a 429", async () => {
    const { waits, sleep } = recordingSleep();
    const page = await createFetcher({ backoffMs: 10, sleep }).fetch(`${srv.base}/limited`);
    assert.equal(page.status, 200);
    assert.equal(waits.length, 1);
    assert.ok(waits[0] >= 2000, `waited ${waits[0]} ms`);
  });

  it("does not retry a 404", async () => {
    const { waits, sleep } = recordingSleep();
    await assert.rejects(createFetcher({ sleep }).fetch(`${srv.base}/missing`), /HTTP 404$/);
    assert.equal(waits.length, 0);
  });

  it("refuses bodies over the size limit, declared or streamed", async () => {
    const f = createFetcher({ maxBytes: 5 * 1024 * 1024 });
    await assert.rejects(f.fetch(`${srv.base}/big-declared`), /too large/);
    await assert.rejects(f.fetch(`${srv.base}/big-chunked`), /too large \(more than 5242880 bytes\)/);
  });

  it("refuses content that is not a page or feed", async () => {
    await assert.rejects(createFetcher().fetch(`${srv.base}/image`), /Content-Type image\/png/);
  });

  it("follows redirects (relative and absolute) and stops a redirect loop", async () => {
    const page = await createFetcher().fetch(`${srv.base}/r1`);
    assert.equal(page.url, `${srv.base}/ok`);
    assert.equal(page.requested, `${srv.base}/r1`);
    await assert.rejects(createFetcher({ maxRedirects: 3 }).fetch(`${srv.base}/loop`), /too many redirects/);
  });

  it("decodes the charset the server names", async () => {
    assert.equal((await createFetcher().fetch(`${srv.base}/win1256`)).body, "سلام");
  });

  it("never has more than perHost requests in flight to one host", async () => {
    srv.stats.maxInFlight = 0;
    const f = createFetcher({ perHost: 2, overall: 8 });
    const pages = await Promise.all(Array.from({ length: 10 }, (_, i) => f.fetch(`${srv.base}/wait?n=${i}`)));
    assert.equal(pages.length, 10);
    assert.equal(srv.stats.maxInFlight, 2);
  });

  it("never has more than `overall` requests in flight across hosts", async () => {
    const other = await startServer({ "/wait": later(60, html(ARTICLE)) });
    try {
      srv.stats.maxInFlight = 0;
      const f = createFetcher({ perHost: 3, overall: 4 });
      const urls = Array.from({ length: 8 }, (_, i) => `${srv.base}/wait?n=${i}`).concat(Array.from({ length: 8 }, (_, i) => `${other.base}/wait?n=${i}`));
      await Promise.all(urls.map((u) => f.fetch(u)));
      assert.ok(srv.stats.maxInFlight <= 3 && other.stats.maxInFlight <= 3);
      // both servers were busy at once, never more than 4 together
      assert.ok(srv.stats.maxInFlight + other.stats.maxInFlight >= 4);
    } finally {
      await other.close();
    }
  });

  it("rejects what is not an http(s) URL", async () => {
    await assert.rejects(createFetcher().fetch("ftp://example.org/x"), /unsupported protocol/);
    await assert.rejects(createFetcher().fetch("no url"), /not a URL/);
  });
});

describe("fetch helpers", () => {
  it("parses Retry-After", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    const cases: [string | null, number | null][] = [["3", 3000], ["0", 0], [null, null], ["soon", null], ["Wed, 01 Jan 2025 00:00:10 GMT", 10000]];
    for (const [v, want] of cases) assert.equal(parseRetryAfter(v, now), want, String(v));
  });

  it("detects the charset from the header or the document", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    const cases: [string, string, string][] = [
      ["text/html; charset=Windows-1256", "", "windows-1256"],
      ["text/html", '<html><head><meta charset="windows-1256">', "windows-1256"],
      ["application/xml", '<?xml version="1.0" encoding="ISO-8859-6"?><rss>', "iso-8859-6"],
      ["text/html", "<html>", "utf-8"],
    ];
    for (const [ct, head, want] of cases) assert.equal(detectCharset(ct, bytes(head)), want);
  });

  it("Limiter hands a slot to the next waiter, never above its limit", async () => {
    const l = new Limiter(2);
    let active = 0;
    let max = 0;
    await Promise.all(Array.from({ length: 6 }, async () => {
      const release = await l.acquire();
      active++;
      max = Math.max(max, active);
      await new Promise((r) => setImmediate(r));
      active--;
      release();
      release(); // a second release must not free another slot
    }));
    assert.equal(max, 2);
  });
});
