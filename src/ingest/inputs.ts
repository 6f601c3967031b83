// Reads articles for `marsad extract`: JSONL in the input form of spec/annotation.md, single
// text or HTML files, or standard input. Yields either a document or an error naming the
// input (file and line), so one bad line never stops a batch.
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { basename } from "node:path";
import type { InputDoc } from "../types.js";
import { htmlToArticle } from "./html.js";

export type InputItem = { doc: InputDoc; where: string } | { error: string; where: string };

/** Largest article accepted: anything bigger is not a news article. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** Why a text cannot be read as an Arabic article, or null when it can. */
export function textProblem(text: unknown): string | null {
  if (typeof text !== "string") return "no text field (expected a string)";
  if (!text.trim()) return "empty text";
  if (Buffer.byteLength(text, "utf8") > MAX_TEXT_BYTES) return `text too large (${(Buffer.byteLength(text, "utf8") / 1e6).toFixed(1)} MB; limit ${MAX_TEXT_BYTES / 1e6} MB)`;
  if (text.includes("\u0000")) return "binary content (NUL bytes)";
  if (text.includes("\ufffd") && (text.match(/\ufffd/g)?.length ?? 0) > Math.max(3, text.length / 100)) return "invalid UTF-8 (many undecodable bytes)";
  const arabic = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (arabic < 20 || arabic < letters * 0.2) return "not Arabic text";
  return null;
}

/** Decode bytes as UTF-8, rejecting invalid sequences with a clear message. */
export function decodeUtf8(buf: Buffer, where: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new Error(`${where}: invalid UTF-8`);
  }
}

export async function* readInputs(sources: string[], opts: { published?: string } = {}): AsyncGenerator<InputItem> {
  for (const src of sources) {
    if (src === "-") {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      yield* fromBuffer(Buffer.concat(chunks), "stdin", "stdin", opts);
      continue;
    }
    let size: number;
    try {
      size = statSync(src).size;
    } catch (e) {
      yield { error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, where: src };
      continue;
    }
    if (/\.jsonl?$/i.test(src)) {
      yield* readJsonl(src, opts);
      continue;
    }
    if (size > MAX_TEXT_BYTES * 4) {
      yield { error: `file too large (${(size / 1e6).toFixed(1)} MB)`, where: src };
      continue;
    }
    yield* fromBuffer(readFileSync(src), src, basename(src).replace(/\.[^.]+$/, ""), opts);
  }
}

function* fromBuffer(buf: Buffer, where: string, id: string, opts: { published?: string }): Generator<InputItem> {
  let text: string;
  try {
    text = decodeUtf8(buf, where);
  } catch (e) {
    yield { error: "invalid UTF-8", where };
    return;
  }
  let doc: InputDoc = { id, text, published: opts.published ?? null };
  if (/^\s*<(!doctype|html|head|body|div|article|p)\b/i.test(text)) {
    const a = htmlToArticle(text, null);
    if (!a) {
      yield { error: "HTML with no article text", where };
      return;
    }
    doc = { id, text: a.text, title: a.title, published: opts.published ?? a.published ?? null, url: a.url ?? null, outlet: a.outlet ?? null, author: a.author ?? null };
  }
  const problem = textProblem(doc.text);
  if (problem) yield { error: problem, where };
  else yield { doc, where };
}

async function* readJsonl(path: string, opts: { published?: string }): AsyncGenerator<InputItem> {
  const rl = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let line = 0;
  for await (const l of rl) {
    line++;
    if (!l.trim()) continue;
    const where = `${path}:${line}`;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(l);
    } catch (e) {
      yield { error: `not JSON (${(e as Error).message})`, where };
      continue;
    }
    if (!obj || typeof obj !== "object" || Array.isArray(obj)) { yield { error: "not a JSON object", where }; continue; }
    const id = obj.id == null ? `${basename(path)}:${line}` : String(obj.id);
    const problem = textProblem(obj.text);
    if (problem) { yield { error: `${problem} (id ${id})`, where }; continue; }
    const published = obj.published == null ? opts.published ?? null : String(obj.published);
    yield {
      doc: { id, text: obj.text as string, published, url: (obj.url as string) ?? null, title: (obj.title as string) ?? null, outlet: (obj.outlet as string) ?? null },
      where,
    };
  }
}
