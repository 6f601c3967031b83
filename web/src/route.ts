// The dashboard's location lives in the URL hash: "#/view/param?query". Filters are query
// parameters, so a filtered view can be bookmarked, shared and reloaded.
import { useEffect, useState } from "preact/hooks";

export interface Route {
  view: string;
  param: string;
  query: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#\/?/, "");
  const qi = h.indexOf("?");
  const path = qi >= 0 ? h.slice(0, qi) : h;
  const query: Record<string, string> = {};
  if (qi >= 0) for (const [k, v] of new URLSearchParams(h.slice(qi + 1))) if (v !== "") query[k] = v;
  const slash = path.indexOf("/");
  const view = (slash >= 0 ? path.slice(0, slash) : path) || "events";
  const param = slash >= 0 ? decodeURIComponent(path.slice(slash + 1)) : "";
  return { view, param, query };
}

export function href(view: string, param = "", query: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") q.set(k, v);
  const qs = q.toString();
  return `#/${view}${param ? "/" + encodeURIComponent(param) : ""}${qs ? "?" + qs : ""}`;
}

export function navigate(view: string, param = "", query: Record<string, string | undefined> = {}): void {
  location.hash = href(view, param, query);
}

export function useRoute(): Route {
  const [route, set] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => set(parseHash(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}
