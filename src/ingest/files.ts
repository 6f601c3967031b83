// Local input files: plain text articles (one file = one article, id = file name) and the
// list of files to read when the user names directories.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { InputDoc } from "../types.js";

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

export function fileKind(path: string): "text" | "jsonl" | null {
  const ext = extname(path.replace(/\.gz$/i, "")).toLowerCase();
  if (TEXT_EXTENSIONS.includes(ext)) return "text";
  if (JSONL_EXTENSIONS.includes(ext)) return "jsonl";
  return null;
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

/** One plain-text file as one article; the first line is taken as its title when it is short. */
export async function readTextFile(path: string): Promise<SourcedDoc> {
  const text = await readFile(path, "utf8");
  const firstLine = text.split("\n", 1)[0].trim();
  return {
    id: basename(path, extname(path)),
    text,
    title: firstLine && firstLine.length <= 200 ? firstLine : null,
    source: path,
  };
}
