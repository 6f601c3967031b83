// The ingest driver: documents in, store filled. For each document: skip it if its id is
// already stored (re-runs after a crash are cheap), extract it (outside any transaction), then
// store it in a batch (Store.putDocuments, each document all or nothing). A bad document is reported and skipped; the
// rest continues. Readers for local files live in files.ts / jsonl.ts; feeds and URLs plug in
// here as other AsyncIterables of documents.
import type { ExtractOptions } from "../pipeline.js";
import type { ExtractedDoc, InputDoc } from "../types.js";
import type { IngestResult, Store } from "../store/types.js";
import type { InputError, SourcedDoc } from "./files.js";
import { readLocalFiles } from "./sources.js";

export type Extractor = (doc: InputDoc) => ExtractedDoc | Promise<ExtractedDoc>;

export interface IngestOptions {
  /** default: extractDocument from src/pipeline.ts with `extractOptions` */
  extract?: Extractor;
  extractOptions?: ExtractOptions;
  /** a document that could not be read, extracted or stored (default: one line on stderr) */
  onError?: (e: InputError & { id?: string }) => void;
  /** after each stored (or skipped) document — for progress display */
  onDocument?: (r: IngestResult | { article_id: string; status: "already_stored" }, counts: IngestCounts) => void;
  /** skip documents whose id is already stored without extracting them (default true) */
  skipExisting?: boolean;
  /** documents per transaction (default BATCH_DOCS); 1 stores each article as it comes */
  batchDocs?: number;
}

export interface IngestCounts {
  /** documents that reached the driver */
  read: number;
  new: number;
  duplicate: number;
  near_duplicate: number;
  /** skipped because the id was already in the store */
  already_stored: number;
  failed: number;
  /** new stored events, and events fused into stored ones */
  events: number;
  fused: number;
}

export function emptyCounts(): IngestCounts {
  return { read: 0, new: 0, duplicate: 0, near_duplicate: 0, already_stored: 0, failed: 0, events: 0, fused: 0 };
}

export function printError(e: InputError & { id?: string }): void {
  process.stderr.write(`marsad ingest: ${e.source}${e.id && !e.source.includes(e.id) ? ` (${e.id})` : ""}: ${e.message}\n`);
}

async function defaultExtractor(options: ExtractOptions = {}): Promise<Extractor> {
  // loaded on first use: storing pre-extracted documents must not need the extraction stack
  const { extractDocument } = await import("../pipeline.js");
  return (doc) => extractDocument(doc, options);
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

// Documents are stored in batches, one transaction each (a savepoint per document): a commit per
// article cost as much as storing it. A batch is flushed when it is full or has waited long enough,
// so slow sources (feeds, URLs) still see their articles stored as they come. Killing the process
// loses at most the open batch, which the next run stores again (ids already stored are skipped).
// A commit has a fixed cost (the full-text index writes a new segment, the B-tree pages of a
// dozen indexes go to the WAL): 256 articles or a second per commit store about 10 % more
// articles per second than 64 or half a second did; bigger batches gained nothing more.
export const BATCH_DOCS = 256;
const BATCH_MS = 1000;

class Batcher {
  private items: { doc: ExtractedDoc; input: SourcedDoc }[] = [];
  private since = 0;
  readonly pendingIds = new Set<string>();

  constructor(
    private readonly store: Store, private readonly counts: IngestCounts,
    private readonly onError: (e: InputError & { id?: string }) => void, private readonly opts: IngestOptions,
  ) {}

  async add(doc: ExtractedDoc, input: SourcedDoc): Promise<void> {
    if (!this.items.length) this.since = Date.now();
    this.items.push({ doc, input });
    this.pendingIds.add(doc.id);
    if (this.items.length >= (this.opts.batchDocs ?? BATCH_DOCS) || Date.now() - this.since >= BATCH_MS) await this.flush();
  }

  async flush(): Promise<void> {
    const items = this.items;
    if (!items.length) return;
    this.items = [];
    this.pendingIds.clear();
    let results: (IngestResult | Error)[];
    try {
      results = await this.store.putDocuments(items.map(({ doc, input }) => ({
        doc, meta: { outlet: input.outlet ?? null, author: input.author ?? null, source: input.source ?? null, raw: input.text },
      })));
    } catch (err) {
      // the batch's transaction itself failed (e.g. the database went away): none of it is stored
      results = items.map(() => (err instanceof Error ? err : new Error(String(err))));
    }
    for (let i = 0; i < items.length; i++) {
      const r = results[i];
      const { doc, input } = items[i];
      if (r instanceof Error) {
        this.counts.failed++;
        this.onError({ source: input.source ?? doc.id, id: doc.id, message: `not stored: ${message(r)}` });
        continue;
      }
      this.counts[r.status]++;
      this.counts.events += r.events;
      this.counts.fused += r.fused;
      this.opts.onDocument?.(r, this.counts);
    }
  }

  /** already stored, or waiting in this batch to be */
  async has(id: string): Promise<boolean> {
    return this.pendingIds.has(id) || (await this.store.hasArticle(id));
  }
}

/** Store documents as they come; returns what happened to them. Never throws for a bad document. */
export async function ingestDocuments(store: Store, docs: AsyncIterable<SourcedDoc> | Iterable<SourcedDoc>, opts: IngestOptions = {}): Promise<IngestCounts> {
  const counts = emptyCounts();
  const onError = opts.onError ?? printError;
  const batch = new Batcher(store, counts, onError, opts);
  let extract = opts.extract;
  for await (const input of docs) {
    counts.read++;
    const source = input.source ?? input.id;
    if (!input.text || !input.text.trim()) {
      counts.failed++;
      onError({ source, id: input.id, message: "empty document" });
      continue;
    }
    if (opts.skipExisting !== false && (await batch.has(input.id))) {
      counts.already_stored++;
      opts.onDocument?.({ article_id: input.id, status: "already_stored" }, counts);
      continue;
    }
    let extracted: ExtractedDoc;
    try {
      extract ??= await defaultExtractor(opts.extractOptions);
      const { source: _s, ...doc } = input;
      extracted = await extract(doc);
    } catch (err) {
      counts.failed++;
      onError({ source, id: input.id, message: `extraction failed: ${message(err)}` });
      continue;
    }
    await batch.add(extracted, input);
  }
  await batch.flush();
  return counts;
}

/** Store documents that were extracted earlier (e.g. `marsad extract` output). */
export async function ingestExtracted(store: Store, docs: AsyncIterable<{ doc: ExtractedDoc; source: string }>, opts: IngestOptions = {}): Promise<IngestCounts> {
  const counts = emptyCounts();
  const onError = opts.onError ?? printError;
  const batch = new Batcher(store, counts, onError, opts);
  for await (const { doc, source } of docs) {
    counts.read++;
    if (opts.skipExisting !== false && (await batch.has(doc.id))) {
      counts.already_stored++;
      opts.onDocument?.({ article_id: doc.id, status: "already_stored" }, counts);
      continue;
    }
    await batch.add(doc, { id: doc.id, text: doc.text, source });
  }
  await batch.flush();
  return counts;
}

/** Documents of the named files and directories (the one local reader, ingest/sources.ts). */
export const readInputs = (paths: string[], onError: (e: InputError) => void): AsyncGenerator<SourcedDoc> => readLocalFiles(paths, onError);
