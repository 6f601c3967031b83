// Everything `marsad ingest` can be given — files and folders, "-" (JSONL on stdin), page URLs,
// feeds (--feed URL) and URL lists (--urls FILE) — as one stream of documents and input errors.
// Local files are read in order; web pages are fetched several at a time (the fetcher bounds
// requests per host and overall) and come out as they arrive. Nothing here stores anything:
// the stream goes to ingestDocuments, which keeps ingest idempotent and crash-safe.
import { readFile } from "node:fs/promises";
import { fileKind, listInputFiles, readTextFile, type InputError, type SourcedDoc } from "./files.js";
import { createFetcher, type FetchedPage, type Fetcher, type FetchOptions } from "./fetch.js";
import { FeedError, parseFeed, type FeedItem } from "./feed.js";
import { htmlToArticle } from "./html.js";
import { readJsonl } from "./jsonl.js";
import { isHttpUrl, parseUrlList, urlDocId } from "./urls.js";

export type SourceItem = SourcedDoc | InputError;

export const isInputError = (item: SourceItem): item is InputError => !("text" in item) && "message" in item;

export interface SourceSpec {
  /** files, folders, "-" or http(s) URLs of pages (a URL that serves a feed is read as a feed) */
  inputs: string[];
  feeds?: string[];
  /** files listing one URL per line */
  urlFiles?: string[];
}

export interface SourceOptions {
  fetcher?: Fetcher;
  fetchOptions?: FetchOptions;
  /** pages fetched at once (default 8; the fetcher still limits each host) */
  concurrency?: number;
  /** an id already stored: its page is not fetched again (re-runs of a feed cost one request) */
  isKnown?: (id: string) => Promise<boolean>;
  /** called for each URL skipped because isKnown said so */
  onKnown?: (id: string) => void;
  /** called when more URLs to fetch become known (for a progress total) */
  onUrls?: (added: number) => void;
}

/** What the feed said about an item, used where the page itself is silent. */
export interface PageHint {
  title?: string | null;
  published?: string | null;
}

/** A fetched document that is a feed rather than a page (by Content-Type or root element). */
export const looksLikeFeed = (page: FetchedPage) =>
  /(rss|atom|rdf)\+xml|\/xml/i.test(page.contentType) || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(page.body.slice(0, 2000));

/** A fetched page as an article: HTML through htmlToArticle, plain text as it is. */
export function pageToDoc(page: FetchedPage, hint: PageHint = {}): SourcedDoc | InputError {
  const source = page.requested;
  const id = urlDocId(page.requested);
  if (/^text\/plain/i.test(page.contentType)) {
    if (!page.body.trim()) return { source, message: "empty page" };
    return { id, text: page.body, url: page.url, title: hint.title ?? null, published: hint.published ?? null, source };
  }
  let article;
  try {
    article = htmlToArticle(page.body, page.url);
  } catch (err) {
    return { source, message: `unreadable HTML (${(err as Error).message})` };
  }
  if (!article) return { source, message: "no article text in the page" };
  return {
    id,
    text: article.text,
    url: article.url ?? page.url,
    title: article.title ?? hint.title ?? null,
    published: article.published ?? hint.published ?? null,
    outlet: article.outlet,
    author: article.author,
    source,
  };
}

/** Run `fn` over `items` with at most `limit` at once; results come out as they finish. */
export async function* mapConcurrent<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const iterator = (Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
  const running = new Map<number, Promise<{ key: number; value: R }>>();
  let key = 0;
  let exhausted = false;
  for (;;) {
    while (!exhausted && running.size < limit) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      const k = key++;
      running.set(k, fn(next.value).then((value) => ({ key: k, value })));
    }
    if (!running.size) return;
    const { key: k, value } = await Promise.race(running.values());
    running.delete(k);
    yield value;
  }
}

interface UrlTask {
  url: string;
  /** where the URL came from, for errors: the feed or "list.txt:12" */
  from?: string;
  hint?: PageHint;
  /** a positional URL may turn out to be a feed */
  maybeFeed?: boolean;
}

/** One stream of documents and errors from everything named on the command line. */
export async function* readSources(spec: SourceSpec, opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const local = spec.inputs.filter((s) => !isHttpUrl(s));
  const pageUrls = spec.inputs.filter(isHttpUrl);
  if (local.length) yield* withErrors((onError) => readLocalFiles(local, onError));

  const fetcher = opts.fetcher ?? createFetcher(opts.fetchOptions);
  const tasks: UrlTask[] = pageUrls.map((url) => ({ url, maybeFeed: true }));
  for (const file of spec.urlFiles ?? []) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (err) {
      yield { source: file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
      continue;
    }
    const list = parseUrlList(text);
    for (const e of list.errors) yield { source: `${file}:${e.line}`, message: e.message };
    for (const u of list.urls) tasks.push({ url: u.url, from: `${file}:${u.line}` });
  }
  for (const feed of spec.feeds ?? []) {
    const r = await readFeed(fetcher, feed);
    if ("message" in r) yield r;
    else tasks.push(...r.map((item) => ({ url: item.url, from: feed, hint: item })));
  }
  opts.onUrls?.(tasks.length);

  // a positional URL that serves a feed adds its items to the same queue
  const queue = tasks;
  const readTask = async (task: UrlTask): Promise<SourceItem[]> => {
    const id = urlDocId(task.url);
    if (opts.isKnown && (await opts.isKnown(id))) {
      opts.onKnown?.(id);
      return [];
    }
    let page: FetchedPage;
    try {
      page = await fetcher.fetch(task.url);
    } catch (err) {
      return [{ source: task.from ? `${task.url} (${task.from})` : task.url, message: (err as Error).message }];
    }
    if (task.maybeFeed && looksLikeFeed(page)) {
      try {
        const items = parseFeed(page.body, page.url);
        queue.push(...items.map((item) => ({ url: item.url, from: task.url, hint: item })));
        opts.onUrls?.(items.length);
        return [];
      } catch (err) {
        return [{ source: task.url, message: (err as Error).message }];
      }
    }
    return [pageToDoc(page, task.hint)];
  };
  // the queue can grow while we work (feeds found among page URLs): keep draining until empty
  let done = 0;
  while (done < queue.length) {
    const start = done;
    done = queue.length;
    const batch = queue.slice(start, done);
    for await (const items of mapConcurrent(batch, opts.concurrency ?? 8, readTask)) yield* items;
  }
}

/**
 * Documents of local files and folders — the one reader of `marsad ingest`, `marsad extract`
 * and the queue: .jsonl/.json(.gz) line by line, .html through htmlToArticle, anything else as
 * one text article; "-" alone is JSONL on standard input. Unreadable inputs go to onError as
 * "cannot read: ENOENT", "invalid UTF-8", "HTML with no article text", … naming the file.
 */
export async function* readLocalFiles(paths: string[], onError: (e: InputError) => void): AsyncGenerator<SourcedDoc> {
  if (paths.length === 1 && paths[0] === "-") {
    yield* readJsonl("-", onError);
    return;
  }
  for await (const file of listInputFiles(paths, onError)) {
    if (fileKind(file) === "jsonl") {
      yield* readJsonl(file, onError);
      continue;
    }
    try {
      yield await readTextFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      onError({ source: file, message: code ? `cannot read: ${code}` : (err as Error).message });
    }
  }
}

/** Fetch and parse one feed: its items, or an error naming the feed. */
export async function readFeed(fetcher: Fetcher, url: string): Promise<FeedItem[] | InputError> {
  try {
    const page = await fetcher.fetch(url);
    return parseFeed(page.body, page.url);
  } catch (err) {
    const msg = err instanceof FeedError ? err.message : `cannot fetch the feed: ${(err as Error).message}`;
    return { source: url, message: msg };
  }
}

/** Turn a reader that reports errors through a callback into one stream of documents and errors. */
async function* withErrors(read: (onError: (e: InputError) => void) => AsyncIterable<SourcedDoc>): AsyncGenerator<SourceItem> {
  const errors: InputError[] = [];
  for await (const doc of read((e) => errors.push(e))) {
    while (errors.length) yield errors.shift()!;
    yield doc;
  }
  while (errors.length) yield errors.shift()!;
}

/** Split a source stream: documents go on, errors to `onError`. */
export async function* documentsOnly(items: AsyncIterable<SourceItem>, onError: (e: InputError) => void): AsyncGenerator<SourcedDoc> {
  for await (const item of items) {
    if (isInputError(item)) onError(item);
    else yield item;
  }
}
