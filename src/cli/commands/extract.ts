// `marsad extract`: read articles and print one extracted document per line (JSONL).
//   marsad extract --input docs.jsonl        documents in the input form of spec/annotation.md
//   marsad extract FILE.txt|FILE.html|DIR|-  articles of files and folders (- reads one from standard input)
//   Files are read by the same readers as `marsad ingest` (ingest/sources.ts readLocalFiles).
//   options: --published YYYY-MM-DD, --kb FILE (repeatable), --pretty, --no-ner,
//   --rules-only (without the learned pair model: only what a rule read)
// Bad input (unreadable file, broken JSON line, empty or binary text) gets one line on
// stderr naming the input and line; the rest is still processed; exit 1 if any failed.
import { extractDocument } from "../../pipeline.js";
import { loadResources } from "../../resolve/resources.js";
import { bytesToDoc, textProblem, type InputError, type SourcedDoc } from "../../ingest/files.js";
import { readLocalFiles } from "../../ingest/sources.js";
import type { ExtractedDoc } from "../../types.js";
import { parseArgs } from "../args.js";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { multi: ["kb"], flags: ["pretty", "no-ner", "rules-only", "help"] });
  if (args.flags.has("help")) {
    console.log("usage: marsad extract (--input docs.jsonl | FILE | -) [--published YYYY-MM-DD] [--kb FILE] [--pretty] [--no-ner] [--rules-only]");
    return 0;
  }
  const sources = [...(args.values.input ? [String(args.values.input)] : []), ...args.positional];
  if (!sources.length) {
    console.error("marsad extract: no input (give --input FILE.jsonl, a file, or - for standard input)");
    return 2;
  }
  const published = args.values.published ? String(args.values.published) : undefined;
  if (published && !/^\d{4}-\d{2}(-\d{2})?$/.test(published)) {
    console.error(`marsad extract: --published must be YYYY-MM-DD, got '${published}'`);
    return 2;
  }
  const resources = loadResources({ kbFiles: args.multi.kb, ner: !args.flags.has("no-ner") });
  const rulesOnly = args.flags.has("rules-only");
  let failed = 0;
  const write = (doc: ExtractedDoc) => process.stdout.write((args.flags.has("pretty") ? JSON.stringify(doc, null, 2) : JSON.stringify(doc)) + "\n");
  const report = (where: string, message: string) => {
    failed++;
    console.error(`marsad extract: ${where}: ${message}`);
  };
  for await (const doc of readArticles(sources, (e) => report(e.source, readerMessage(e.message)))) {
    const fromJsonl = /:\d+$/.test(doc.source ?? "");
    // --published fills in JSONL rows without a date; for a single file it is the user's word
    const input = { ...doc, published: fromJsonl ? doc.published ?? published ?? null : published ?? doc.published ?? null };
    const problem = textProblem(input.text);
    if (problem) {
      report(doc.source ?? doc.id, fromJsonl ? `${problem} (id ${doc.id})` : problem);
      continue;
    }
    try {
      const { source: _source, ...inputDoc } = input;
      write(extractDocument(inputDoc, { resources, ...(rulesOnly ? { pairModel: null } : {}) }));
    } catch (e) {
      report(doc.source ?? doc.id, (e as Error).message);
    }
  }
  return failed ? 1 : 0;
}

/** The shared readers (ingest's), except that "-" is one article on standard input, not JSONL. */
async function* readArticles(sources: string[], onError: (e: InputError) => void): AsyncGenerator<SourcedDoc> {
  for (const src of sources) {
    if (src !== "-") {
      yield* readLocalFiles([src], onError);
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    try {
      yield bytesToDoc(Buffer.concat(chunks), "stdin", "stdin");
    } catch (e) {
      onError({ source: "stdin", message: (e as Error).message });
    }
  }
}

// the JSONL reader's wording, in the terms `marsad extract` has always used
const READER_WORDS: [RegExp, string][] = [[/^invalid JSON/, "not JSON"], [/^empty "text"/, "empty text"]];
const readerMessage = (m: string) => READER_WORDS.reduce((msg, [re, word]) => msg.replace(re, word), m);
