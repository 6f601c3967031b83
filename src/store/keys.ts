// Identity keys for actors and places: the same person spelled with or without hamza,
// diacritics or a leading ال must land on the same row. Pure functions, shared by both backends.
import { createHash } from "node:crypto";
import { normWords, stripArticle } from "../text/normalize.js";

/** Normalized words of an Arabic name or title, with the article (ال, وال, بال, …) stripped. */
export function nameWords(s: string | null | undefined): string[] {
  if (!s) return [];
  return normWords(s).map(stripArticle);
}

/** Lower-cased words of a Latin name ("Giorgia  Meloni" → ["giorgia", "meloni"]). */
export function latinWords(s: string | null | undefined): string[] {
  if (!s) return [];
  return s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export interface ActorLike {
  kb_id?: string | null;
  name?: string | null;
  title?: string | null;
  name_en?: string | null;
}

/**
 * The store's identity key of an actor: the knowledge-base id when linked, else the
 * normalized Arabic name, else the normalized title (a person known only by office),
 * else the English name. "" when there is nothing to key on.
 */
export function actorKey(a: ActorLike): string {
  if (a.kb_id) return `kb:${a.kb_id}`;
  const n = nameWords(a.name);
  if (n.length) return `n:${n.join(" ")}`;
  const t = nameWords(a.title);
  if (t.length) return `t:${t.join(" ")}`;
  const e = latinWords(a.name_en);
  if (e.length) return `en:${e.join(" ")}`;
  return "";
}

/** Short stable id derived from a key (ids must not depend on insertion order, so re-runs agree). */
export function stableId(prefix: string, key: string): string {
  return prefix + createHash("sha1").update(key).digest("hex").slice(0, 16);
}

/** The text a user may type to find an actor, normalized the same way for rows and queries. */
export function searchKey(s: string): string {
  return nameWords(s).join(" ");
}

/** sha256 of the normalized words: the same article re-scraped with other whitespace or diacritics hashes the same. */
export function contentHash(text: string): string {
  return contentHashOfWords(normWords(text));
}

export function contentHashOfWords(words: string[]): string {
  return createHash("sha256").update(words.join(" ")).digest("hex");
}
