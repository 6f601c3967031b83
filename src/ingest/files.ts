// Local input files: plain text articles (one file = one article, id = file name) and the
// list of files to read when the user names directories.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { InputDoc } from "../types.js";
import { htmlToArticle } from "./html.js";

/** An input document and where it came from (file, file:line), for error messages and provenance. */
export interface SourcedDoc extends InputDoc {
  source?: string;
}

/** A bad input that was skipped: which file (and line) and why. */
export interface InputError {
  source: string;
  message: string;
}

export const TEXT_EXTENSIONS = [".txt", ".text", ".md"];
export const JSONL_EXTENSIONS = [".jsonl", ".ndjson", ".json"];
export const HTML_EXTENSIONS = [".html", ".htm", ".xhtml"];

export function fileKind(path: string): "text" | "jsonl" | "html" | null {
  const ext = extname(path.replace(/\.gz$/i, "")).toLowerCase();
  if (TEXT_EXTENSIONS.includes(ext)) return "text";
  if (JSONL_EXTENSIONS.includes(ext)) return "jsonl";
  if (HTML_EXTENSIONS.includes(ext)) return "html";
  return null;
}

/** Largest article accepted: anything bigger is not a news article. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** Why a text cannot be read as an Arabic article, or null when it can. */
export function textProblem(text: unknown): string | null {
  if (typeof text !== "string") return "no text field (expected a string)";
  if (!text.trim()) return "empty text";
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_TEXT_BYTES) return `text too large (${(bytes / 1e6).toFixed(1)} MB; limit ${MAX_TEXT_BYTES / 1e6} MB)`;
  if (text.includes("\u0000")) return "binary content (NUL bytes)";
  if ((text.match(/\ufffd/g)?.length ?? 0) > Math.max(3, text.length / 100)) return "invalid UTF-8 (many undecodable bytes)";
  const arabic = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (arabic < 20 || arabic < letters * 0.2) return "not Arabic text";
  return null;
}

const looksLikeHtml = (text: string) => /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html|head|body|div|article|p)[\s>]/i.test(text);

/**
 * Bytes of one article (a file, standard input) as a document: strict UTF-8, and HTML (by
 * extension or by its first tag) read through htmlToArticle. Throws an Error whose message
 * says what is wrong ("invalid UTF-8", "HTML with no article text").
 */
export function bytesToDoc(buf: Buffer, id: string, source: string, html = false): SourcedDoc {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new Error("invalid UTF-8");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (html || looksLikeHtml(text)) {
    const a = htmlToArticle(text, null);
    if (!a) throw new Error("HTML with no article text");
    return { id, text: a.text, title: a.title, published: a.published, url: a.url, outlet: a.outlet, author: a.author, source };
  }
  const firstLine = text.split("\n", 1)[0].trim();
  return { id, text, title: firstLine && firstLine.length <= 200 ? firstLine : null, source };
}

/** Files named on the command line, directories expanded (sorted, recursively) to the files we can read. */
export async function* listInputFiles(paths: string[], onError: (e: InputError) => void): AsyncGenerator<string> {
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      onError({ source: p, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    if (st.isDirectory()) {
      const entries = (await readdir(p)).sort();
      yield* listInputFiles(entries.filter((e) => !e.startsWith(".")).map((e) => join(p, e)).filter((f) => fileKind(f) !== null || !extname(f)), onError);
    } else {
      yield p;
    }
  }
}

/**
 * One text or HTML file as one article (id = file name without extension). Plain text: the
 * first line is taken as its title when it is short. HTML: htmlToArticle. Throws an Error
 * naming the problem (with `code` for file-system errors).
 */
export async function readTextFile(path: string): Promise<SourcedDoc> {
  const { size } = await stat(path);
  // a compressed file may grow: the limit is checked again on the text
  if (size > MAX_TEXT_BYTES * 4) throw new Error(`file too large (${(size / 1e6).toFixed(1)} MB)`);
  let buf = await readFile(path);
  if (/\.gz$/i.test(path)) buf = gunzipSync(buf);
  const name = basename(path.replace(/\.gz$/i, ""));
  return bytesToDoc(buf, basename(name, extname(name)), path, fileKind(path) === "html");
}
