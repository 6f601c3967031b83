// JSON Lines input: one article per line ({"id", "text", "published"?, "url"?, "title"?, "outlet"?}),
// the format of the project's docs.jsonl. Read as a stream (files of any size); a broken line is
// reported with its file and line number and the rest of the file continues.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import type { Readable } from "node:stream";
import type { ExtractedDoc } from "../types.js";
import type { InputError, SourcedDoc } from "./files.js";

const optionalString = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** Validate one parsed line as an input document; a string says what is wrong. */
export function toInputDoc(value: unknown, source: string): SourcedDoc | string {
  if (!value || typeof value !== "object" || Array.isArray(value)) return "not a JSON object";
  const o = value as Record<string, unknown>;
  const id = typeof o.id === "number" ? String(o.id) : o.id;
  if (typeof id !== "string" || !id.trim()) return "missing \"id\"";
  if (typeof o.text !== "string") return "missing \"text\"";
  if (!o.text.trim()) return "empty \"text\"";
  const published = optionalString(o.published);
  if (published && !/^\d{4}(-\d{2}){0,2}/.test(published)) return `bad "published": ${published}`;
  return {
    id: id.trim(),
    text: o.text,
    url: optionalString(o.url),
    published: published ? published.slice(0, 10) : null,
    title: optionalString(o.title),
    outlet: optionalString(o.outlet),
    author: optionalString(o.author),
    source,
  };
}

/** Lines of a stream with their 1-based numbers. */
async function* numberedLines(input: Readable): AsyncGenerator<[number, string]> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) yield [++n, line];
}

function openStream(path: string): Readable {
  if (path === "-") return process.stdin;
  // .jsonl.gz: corpora are often shipped compressed
  if (path.endsWith(".gz")) return createReadStream(path).pipe(createGunzip()).setEncoding("utf8");
  return createReadStream(path, { encoding: "utf8" });
}

/** Documents of a JSONL file ("-" for stdin); broken lines go to onError as "file:line: why". */
export async function* readJsonl(path: string, onError: (e: InputError) => void): AsyncGenerator<SourcedDoc> {
  const name = path === "-" ? "<stdin>" : path;
  try {
    for await (const [n, line] of numberedLines(openStream(path))) {
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        onError({ source: `${name}:${n}`, message: `invalid JSON (${(err as Error).message})` });
        continue;
      }
      const doc = toInputDoc(value, `${name}:${n}`);
      if (typeof doc === "string") onError({ source: `${name}:${n}`, message: doc });
      else yield doc;
    }
  } catch (err) {
    onError({ source: name, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
  }
}

/** Already-extracted documents (the output of `marsad extract`), one per line: stored without extracting again. */
export async function* readExtractedJsonl(path: string, onError: (e: InputError) => void): AsyncGenerator<{ doc: ExtractedDoc; source: string }> {
  const name = path === "-" ? "<stdin>" : path;
  try {
    for await (const [n, line] of numberedLines(openStream(path))) {
      if (!line.trim()) continue;
      try {
        const doc = JSON.parse(line) as ExtractedDoc;
        if (!doc || typeof doc.id !== "string" || typeof doc.text !== "string" || !Array.isArray(doc.events)) throw new Error("not an extracted document (id, text, events)");
        yield { doc, source: `${name}:${n}` };
      } catch (err) {
        onError({ source: `${name}:${n}`, message: (err as Error).message });
      }
    }
  } catch (err) {
    onError({ source: name, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
  }
}
