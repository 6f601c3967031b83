// HTTP fetching for ingest: Node's built-in fetch with the manners a crawler of news sites
// needs — a named user agent, at most a few requests per host and overall at once, timeouts
// (until the headers arrive, and for the whole body), retries with exponential backoff and
// jitter on network errors / 5xx / 429 (honouring Retry-After), a size limit that aborts the
// download, a content-type check, and redirects followed by hand so each hop is counted and
// takes a slot of its own host.

export const USER_AGENT = "Marsad/0.1 (+https://github.com/marsad-project/marsad; research)";

/** Content types we read: web pages, feeds, plain text. */
export const READABLE_TYPES = ["text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"];

export interface FetchOptions {
  userAgent?: string;
  /** requests in flight to one host (default 2) */
  perHost?: number;
  /** requests in flight overall (default 8) */
  overall?: number;
  /** until the response headers arrive (default 10 s) */
  connectTimeoutMs?: number;
  /** for the whole request, body included (default 30 s) */
  totalTimeoutMs?: number;
  /** extra attempts after the first (default 3) */
  retries?: number;
  /** first backoff delay; doubled each attempt, with jitter (default 500 ms) */
  backoffMs?: number;
  /** no single wait is longer, Retry-After included (default 60 s) */
  maxBackoffMs?: number;
  /** bodies larger than this are aborted (default 5 MB) */
  maxBytes?: number;
  maxRedirects?: number;
  /** accepted content types (default READABLE_TYPES); a missing Content-Type is accepted */
  accept?: string[];
  /** injectable for tests */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface FetchedPage {
  /** the URL asked for */
  requested: string;
  /** the URL after redirects */
  url: string;
  status: number;
  contentType: string;
  body: string;
}

/** Why a URL could not be fetched; `retryable` says whether another attempt could help. */
export class FetchError extends Error {
  constructor(readonly url: string, message: string, readonly retryable = false, readonly status?: number, readonly retryAfterMs?: number) {
    super(message);
  }
}

/** A counting semaphore: at most `limit` holders; waiters served in order. */
export class Limiter {
  private active = 0;
  private waiting: (() => void)[] = [];
  constructor(readonly limit: number) {}
  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // the slot passes straight to the next waiter: `active` stays the same
      if (next) next();
      else this.active--;
    };
  }
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Retry-After as milliseconds: either seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** The charset named in a Content-Type header, or in the first bytes of an HTML/XML document. */
export function detectCharset(contentType: string, head: Uint8Array): string {
  const fromHeader = contentType.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const start = new TextDecoder("latin1").decode(head.subarray(0, 2048));
  const fromDoc = start.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1] ?? start.match(/<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i)?.[1];
  return (fromDoc ?? "utf-8").toLowerCase();
}

function decodeBody(bytes: Uint8Array, contentType: string): string {
  const charset = detectCharset(contentType, bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // an unknown charset label: UTF-8 is what almost every Arabic site serves today
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const errorText = (err: unknown): string => {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(err);
};

export interface Fetcher {
  fetch(url: string): Promise<FetchedPage>;
}

export function createFetcher(options: FetchOptions = {}): Fetcher {
  const o = {
    userAgent: USER_AGENT, perHost: 2, overall: 8, connectTimeoutMs: 10_000, totalTimeoutMs: 30_000, retries: 3, backoffMs: 500,
    maxBackoffMs: 60_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, accept: READABLE_TYPES, sleep: defaultSleep, random: Math.random, ...options,
  };
  const overall = new Limiter(o.overall);
  const hosts = new Map<string, Limiter>();
  const hostLimiter = (host: string) => {
    let l = hosts.get(host);
    if (!l) hosts.set(host, (l = new Limiter(o.perHost)));
    return l;
  };

  /** One request, no redirects followed, holding a host slot and an overall slot. */
  async function once(url: URL): Promise<{ status: number; location: string | null; contentType: string; body: string }> {
    // host slot first, then the overall one: a request never holds an overall slot while it
    // waits for a busy host, so other hosts keep going
    const releaseHost = await hostLimiter(url.host).acquire();
    const releaseAll = await overall.acquire();
    const controller = new AbortController();
    let phase = "connect";
    const connectTimer = setTimeout(() => controller.abort(), o.connectTimeoutMs);
    const totalTimer = setTimeout(() => { phase = "total"; controller.abort(); }, o.totalTimeoutMs);
    try {
      let res: Response;
      try {
        res = await fetch(url, { redirect: "manual", signal: controller.signal, headers: { "user-agent": o.userAgent, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5" } });
      } catch (err) {
        if (controller.signal.aborted) throw new FetchError(url.href, phase === "connect" ? `timed out after ${o.connectTimeoutMs} ms waiting for a response` : `timed out after ${o.totalTimeoutMs} ms`, true);
        throw new FetchError(url.href, `network error: ${errorText(err)}`, true);
      }
      clearTimeout(connectTimer);
      phase = "total";
      const contentType = res.headers.get("content-type") ?? "";
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        return { status: res.status, location: res.headers.get("location"), contentType, body: "" };
      }
      if (res.status === 429 || res.status >= 500) {
        await res.body?.cancel();
        throw new FetchError(url.href, `HTTP ${res.status}`, true, res.status, parseRetryAfter(res.headers.get("retry-after")) ?? undefined);
      }
      if (res.status >= 400) {
        await res.body?.cancel();
        throw new FetchError(url.href, `HTTP ${res.status}`, false, res.status);
      }
      const type = contentType.split(";")[0].trim().toLowerCase();
      if (type && !o.accept.includes(type)) {
        await res.body?.cancel();
        throw new FetchError(url.href, `not a page or feed (Content-Type ${type})`, false, res.status);
      }
      const declared = Number(res.headers.get("content-length") ?? NaN);
      if (declared > o.maxBytes) {
        await res.body?.cancel();
        throw new FetchError(url.href, `too large (${declared} bytes; limit ${o.maxBytes})`, false, res.status);
      }
      const bytes = await readLimited(res, o.maxBytes, url.href, controller, () => `timed out after ${o.totalTimeoutMs} ms`);
      return { status: res.status, location: null, contentType, body: decodeBody(bytes, contentType) };
    } finally {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      releaseAll();
      releaseHost();
    }
  }

  /** One URL with retries; redirects are followed inside each attempt. */
  async function withRedirects(start: string): Promise<FetchedPage> {
    let url: URL;
    try {
      url = new URL(start);
    } catch {
      throw new FetchError(start, "not a URL");
    }
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError(url.href, `unsupported protocol ${url.protocol}`);
      const r = await once(url);
      if (r.location === null) return { requested: start, url: url.href, status: r.status, contentType: r.contentType, body: r.body };
      if (hop >= o.maxRedirects) throw new FetchError(start, `too many redirects (more than ${o.maxRedirects})`);
      url = new URL(r.location, url);
    }
  }

  return {
    async fetch(url: string): Promise<FetchedPage> {
      for (let attempt = 0; ; attempt++) {
        try {
          return await withRedirects(url);
        } catch (err) {
          const e = err instanceof FetchError ? err : new FetchError(url, errorText(err), true);
          if (!e.retryable || attempt >= o.retries) {
            throw attempt > 0 ? new FetchError(e.url, `${e.message} (after ${attempt + 1} attempts)`, false, e.status) : e;
          }
          // exponential backoff with jitter (half to all of the step, so workers spread out); a server's Retry-After is a floor
          const backoff = o.backoffMs * 2 ** attempt * (0.5 + o.random() / 2);
          await o.sleep(Math.min(o.maxBackoffMs, Math.max(backoff, e.retryAfterMs ?? 0)));
        }
      }
    },
  };
}

/** Read a response body, aborting as soon as it passes `limit` bytes. */
async function readLimited(res: Response, limit: number, url: string, controller: AbortController, timeoutMessage: () => string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        controller.abort();
        throw new FetchError(url, `too large (more than ${limit} bytes)`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (controller.signal.aborted) throw new FetchError(url, timeoutMessage(), true);
    throw new FetchError(url, `network error: ${errorText(err)}`, true);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
