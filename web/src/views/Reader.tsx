// The article reader: the cleaned text with people, organizations, places, dates, figures and
// event evidence highlighted; people link to their actor page, places and dates to the
// matching events. The text is rendered as text nodes only (it is untrusted).
import { useEffect, useMemo } from "preact/hooks";
import { useApi, type Article } from "../api.js";
import { runs, type Ann } from "../annotate.js";
import { Status } from "../common.js";
import { t, useLang, type Key } from "../i18n.js";
import { href } from "../route.js";

export function Reader(props: { id: string; query: Record<string, string> }) {
  const res = useApi<Article>(`articles/${encodeURIComponent(props.id)}`);
  return <Status res={res}>{(doc) => <ArticleText doc={doc} hl={props.query.hl} />}</Status>;
}

export function annotations(doc: Article, hl?: string): Ann[] {
  const anns: Ann[] = [];
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  for (const m of doc.mentions) {
    const e = m.entity ? entities.get(m.entity) : undefined;
    if (m.type === "person" || m.type === "org") {
      const target = e?.kb_id ?? e?.name ?? m.name ?? m.text;
      anns.push({ start: m.start, end: m.end, kind: m.type, link: href("actor", target), title: [e?.name_en, m.title ?? e?.titles[0]].filter(Boolean).join(" — ") || undefined });
    } else if (m.type === "place") {
      anns.push({ start: m.start, end: m.end, kind: "place", link: href("events", "", { near: m.text }) });
    } else anns.push({ start: m.start, end: m.end, kind: "title" });
  }
  for (const d of doc.dates)
    anns.push({ start: d.span.start, end: d.span.end, kind: "date", title: d.value + (d.implied ? " *" : ""), link: d.value.length === 10 ? href("events", "", { from: d.value, to: d.value }) : undefined });
  for (const f of doc.figures) anns.push({ start: f.evidence.start, end: f.evidence.end, kind: "figure", title: `${f.value} ${f.unit}` });
  for (const ev of doc.events) for (const s of ev.evidence) anns.push({ start: s.start, end: s.end, kind: "event", title: t(ev.type as Key) });
  const m = hl ? /^(\d+)-(\d+)$/.exec(hl) : null;
  if (m) anns.push({ start: Number(m[1]), end: Number(m[2]), kind: "hl" });
  return anns;
}

function ArticleText(props: { doc: Article; hl?: string }) {
  const lang = useLang();
  const parts = useMemo(() => runs(props.doc.text, annotations(props.doc, props.hl)), [props.doc, props.hl, lang]);
  useEffect(() => {
    document.querySelector(".reader .hl")?.scrollIntoView({ block: "center" });
  }, [parts]);
  return (
    <section class="reader" data-testid="reader">
      <h2 lang="ar" dir="rtl">{props.doc.title ?? props.doc.id}</h2>
      <p class="muted">
        {props.doc.published ?? ""} {props.doc.url && <a href={props.doc.url} rel="noopener noreferrer nofollow" target="_blank">{t("source")} ↗</a>}
      </p>
      <p class="legend">
        {(["legendPerson", "legendOrg", "legendPlace", "legendDate", "legendFigure", "legendEvent"] as const).map((k) => (
          <span key={k} class={`ann ann-${k.slice(6).toLowerCase()}`}>{t(k)}</span>
        ))}
      </p>
      <div class="article-text" lang="ar" dir="rtl">
        {parts.map((r) => {
          if (!r.anns.length) return r.text;
          const kinds = new Set(r.anns.map((a) => a.kind));
          const cls = ["ann", ...[...kinds].map((k) => `ann-${k}`)].join(" ");
          const inner = r.anns.find((a) => a.link && a.kind !== "event" && a.kind !== "hl");
          const title = r.anns.map((a) => a.title).filter(Boolean).join(" · ") || undefined;
          if (inner) return <a key={r.start} class={cls} href={inner.link} title={title} data-kind={inner.kind}>{r.text}</a>;
          return <span key={r.start} class={cls} title={title}>{r.text}</span>;
        })}
      </div>
    </section>
  );
}
