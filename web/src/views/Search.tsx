// Full-text search over the articles; matched words (wrapped in «…» by the API) are marked.
import { useState } from "preact/hooks";
import { useApi, type Actor, type SearchHit } from "../api.js";
import { ActorLink, Country, Status } from "../common.js";
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
  const actors = useApi<{ items: Actor[] }>(q ? "actors" : null, { q, limit: "12" });
  return (
    <section>
      <form class="filters" onSubmit={(e) => (e.preventDefault(), navigate("search", "", { q: draft.trim() }))}>
        <input type="search" name="q" value={draft} placeholder={t("searchPlaceholder")} onInput={(e) => setDraft(e.currentTarget.value)} class="wide" />
        <button type="submit">{t("search")}</button>
      </form>
      {q && actors.state === "ok" && actors.data.items.length > 0 && (
        <p class="actor-hits" data-testid="actor-hits">
          {actors.data.items.map((a) => <span key={a.id} class="chip"><ActorLink id={a.id} name={a.name} name_en={a.name_en} /> <Country code={a.country} /> · {a.event_count}</span>)}
        </p>
      )}
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
