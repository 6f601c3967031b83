// Full-text search over the articles; matched words (wrapped in «…» by the API) are marked.
import { useState } from "preact/hooks";
import { useApi, type SearchHit } from "../api.js";
import { Status } from "../common.js";
import { t } from "../i18n.js";
import { href, navigate } from "../route.js";

/** "a «b» c" → ["a ", <mark>b</mark>, " c"], as text nodes. */
export function Snippet(props: { text: string }) {
  const parts = props.text.split(/«([^»]*)»/);
  return <>{parts.map((p, i) => (i % 2 ? <mark key={i}>{p}</mark> : p))}</>;
}

export function SearchView(props: { query: Record<string, string> }) {
  const q = props.query.q ?? "";
  const [draft, setDraft] = useState(q);
  const res = useApi<{ items: SearchHit[] }>(q ? "search" : null, { q });
  return (
    <section>
      <form class="filters" onSubmit={(e) => (e.preventDefault(), navigate("search", "", { q: draft.trim() }))}>
        <input type="search" name="q" value={draft} placeholder={t("searchPlaceholder")} onInput={(e) => setDraft(e.currentTarget.value)} class="wide" />
        <button type="submit">{t("search")}</button>
      </form>
      {q && (
        <Status res={res}>
          {(data) => (
            <ol class="hits" data-testid="hits">
              {data.items.length === 0 && <p>{t("noResults")}</p>}
              {data.items.map((h) => (
                <li key={h.article_id}>
                  <a href={href("article", h.article_id)} lang="ar">{h.title || h.article_id}</a>
                  <span class="muted"> {h.outlet ?? ""} {h.published ?? ""}</span>
                  <p lang="ar" dir="rtl"><Snippet text={h.snippet} /></p>
                </li>
              ))}
            </ol>
          )}
        </Status>
      )}
    </section>
  );
}
