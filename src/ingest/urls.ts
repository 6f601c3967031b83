// URL lists (`--urls FILE`): one URL per line, blank lines and # comments ignored. Also the
// document id given to an article read from the web: the URL itself, without the fragment and
// the tracking parameters that make one article look like many.
export interface UrlLine {
  url: string;
  line: number;
}

export interface UrlListResult {
  urls: UrlLine[];
  errors: { line: number; message: string }[];
}

/** Parse the text of a URL list; a line that is not an http(s) URL is an error naming its line. */
export function parseUrlList(text: string): UrlListResult {
  const out: UrlListResult = { urls: [], errors: [] };
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return;
    if (!isHttpUrl(line)) {
      out.errors.push({ line: i + 1, message: `not an http(s) URL: ${line.slice(0, 80)}` });
      return;
    }
    const url = new URL(line).href;
    if (seen.has(url)) return;
    seen.add(url);
    out.urls.push({ url, line: i + 1 });
  });
  return out;
}

export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$/i;

/** The id of a web article: its URL without fragment or tracking parameters (stable across re-runs). */
export function urlDocId(url: string): string {
  const u = new URL(url);
  u.hash = "";
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  return u.href;
}
