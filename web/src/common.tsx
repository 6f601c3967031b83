// Pieces shared by the views: names in the chosen language (the other on hover), the filter
// bar whose state lives in the URL, event cards, loading and error boxes.
import { createContext } from "preact";
import { useContext, useState } from "preact/hooks";
import type { ComponentChildren } from "preact";
import type { Loaded, Meta, StoredEvent } from "./api.js";
import { countryName, t, useLang, type Key } from "./i18n.js";
import { href, navigate } from "./route.js";

export const MetaContext = createContext<Meta | null>(null);

/** A name in the chosen language; the other spelling in the title attribute (hover). */
export function Name(props: { ar: string; en?: string | null; class?: string }) {
  const lang = useLang();
  const shown = lang === "en" && props.en ? props.en : props.ar;
  const other = shown === props.ar ? props.en ?? undefined : props.ar;
  return <span class={props.class ?? "name"} title={other} lang={shown === props.ar ? "ar" : "en"} dir="auto">{shown}</span>;
}

export function TopicName(props: { id: string }) {
  const meta = useContext(MetaContext);
  const lang = useLang();
  const topic = meta?.topics.find((x) => x.id === props.id);
  if (!topic) return <span class="topic">{props.id}</span>;
  return <span class="topic" title={lang === "ar" ? topic.en : topic.ar}>{lang === "ar" ? topic.ar : topic.en}</span>;
}

export function topicLabel(meta: Meta | null, id: string, lang: string): string {
  const topic = meta?.topics.find((x) => x.id === id);
  return topic ? (lang === "ar" ? topic.ar : topic.en) : id;
}

export function Country(props: { code?: string | null }) {
  const lang = useLang();
  if (!props.code) return null;
  return <span class="country" title={countryName(props.code, lang === "ar" ? "en" : "ar")}>{countryName(props.code, lang)}</span>;
}

export function Status<T>(props: { res: Loaded<T>; children: (data: T) => ComponentChildren }) {
  useLang();
  if (props.res.state === "loading") return <p class="muted" role="status">{t("loading")}</p>;
  if (props.res.state === "error") return <p class="error" role="alert">{props.res.error.message}</p>;
  return <>{props.children(props.res.data)}</>;
}

export const FILTER_KEYS = ["actor", "country", "topic", "type", "from", "to", "near"] as const;
export const EVENT_TYPES = ["meeting", "call", "visit", "agreement", "funding", "statement"] as const;

/** The filters of the current view, edited in a form and written back into the URL on submit. */
export function FilterBar(props: { view: string; query: Record<string, string> }) {
  const meta = useContext(MetaContext);
  const lang = useLang();
  const [draft, setDraft] = useState<Record<string, string>>(props.query);
  const key = JSON.stringify(props.query);
  const [seen, setSeen] = useState(key);
  if (seen !== key) {
    // the URL changed (back button, link): show its filters
    setSeen(key);
    setDraft(props.query);
  }
  const field = (k: string) => ({
    name: k, value: draft[k] ?? "",
    onInput: (e: Event) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value }),
  });
  const submit = (e: Event) => {
    e.preventDefault();
    const q: Record<string, string> = {};
    for (const k of FILTER_KEYS) if (draft[k]) q[k] = draft[k].trim();
    navigate(props.view, "", q);
  };
  return (
    <form class="filters" onSubmit={submit} data-testid="filters">
      <label>{t("actorFilter")}<input type="search" {...field("actor")} /></label>
      <label>{t("country")}<input {...field("country")} size={3} maxLength={2} placeholder="LY" pattern="[A-Za-z]{2}" /></label>
      <label>{t("topic")}
        <select {...field("topic")} onChange={field("topic").onInput}>
          <option value="">{t("any")}</option>
          {(meta?.topics ?? []).map((x) => <option value={x.id} key={x.id}>{lang === "ar" ? x.ar : x.en}</option>)}
        </select>
      </label>
      <label>{t("type")}
        <select {...field("type")} onChange={field("type").onInput}>
          <option value="">{t("any")}</option>
          {EVENT_TYPES.map((x) => <option value={x} key={x}>{t(x as Key)}</option>)}
        </select>
      </label>
      <label>{t("from")}<input type="date" {...field("from")} /></label>
      <label>{t("to")}<input type="date" {...field("to")} /></label>
      <button type="submit">{t("apply")}</button>
      <a class="button secondary" href={href(props.view)}>{t("clear")}</a>
    </form>
  );
}

/** Filters of the URL that the API understands (views may carry other keys, e.g. offset). */
export function filterQuery(query: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTER_KEYS) if (query[k]) out[k] = query[k];
  return out;
}

export function ActorLink(props: { id: string; name: string; name_en?: string | null }) {
  return <a class="actor-link" href={href("actor", props.id)}><Name ar={props.name} en={props.name_en} /></a>;
}

export function EventCard(props: { ev: StoredEvent; open?: boolean }) {
  const { ev } = props;
  useLang();
  return (
    <article class="event" data-testid="event">
      <header>
        <span class={`badge type-${ev.type}`}>{t(ev.type as Key)}</span>
        {ev.status !== "happened" && <span class="badge status">{t(ev.status as Key)}</span>}
        <a class="date" href={href("event", ev.id)}><time>{ev.date ?? t("undated")}</time></a>
        {ev.location && <span class="place"><Name ar={ev.location.name} en={ev.location.name_en} /></span>}
      </header>
      <p class="participants">
        {ev.participants.map((p, i) => (
          <span key={p.actor_id} class="participant">
            {i > 0 && " · "}
            <ActorLink id={p.actor_id} name={p.name} name_en={p.name_en} />
            {p.title && <span class="title"> (<bdi>{p.title}</bdi>)</span>}
            {p.country && <> <Country code={p.country} /></>}
          </span>
        ))}
      </p>
      {ev.topics.length > 0 && <p class="topics">{ev.topics.map((x) => <TopicName key={x} id={x} />)}</p>}
      <details open={props.open}>
        <summary>{t("sources")} ({ev.sources.length})</summary>
        <ul class="sources">
          {ev.sources.map((s) => (
            <li key={s.article_id}>
              <a href={href("article", s.article_id, { hl: s.evidence[0] ? `${s.evidence[0].start}-${s.evidence[0].end}` : undefined })}>{s.outlet ?? s.article_id}</a>
              {s.published && <span class="muted"> {s.published}</span>}
              {s.evidence.map((e, i) => <blockquote key={i} dir="rtl" lang="ar">{e.text}</blockquote>)}
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
