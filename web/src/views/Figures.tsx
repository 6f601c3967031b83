// Figures reported in the articles (people, money, boats…), each linked to its place in the article.
import { useContext } from "preact/hooks";
import { useApi, type Figure } from "../api.js";
import { MetaContext, Status, TopicName } from "../common.js";
import { formatNumber, t, useLang } from "../i18n.js";
import { href, navigate } from "../route.js";

const UNITS = ["person", "EUR", "USD", "LYD", "TND", "GBP", "km", "count", "percent"];
const PAGE = 50;
const UNIT_AR: Record<string, string> = { person: "أشخاص", count: "عدد", percent: "نسبة مئوية", km: "كيلومتر", EUR: "يورو", USD: "دولار أمريكي", LYD: "دينار ليبي", TND: "دينار تونسي", GBP: "جنيه إسترليني" };
const UNIT_EN: Record<string, string> = { person: "people", count: "count", percent: "percent", km: "km", EUR: "EUR", USD: "USD", LYD: "LYD", TND: "TND", GBP: "GBP" };
const unitLabel = (u: string, lang: string) => (lang === "ar" ? UNIT_AR : UNIT_EN)[u] ?? u;

export function FiguresView(props: { query: Record<string, string> }) {
  const meta = useContext(MetaContext);
  const lang = useLang();
  const { unit, topic } = props.query;
  const offset = Math.max(0, Number(props.query.offset) || 0);
  const res = useApi<{ items: Figure[] }>("figures", { unit, topic, limit: String(PAGE), offset: String(offset) });
  const set = (k: string) => (e: Event) => navigate("figures", "", { unit, topic, [k]: (e.currentTarget as HTMLSelectElement).value || undefined });
  return (
    <section>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>{t("unit")}
          <select name="unit" value={unit ?? ""} onChange={set("unit")}>
            <option value="">{t("any")}</option>
            {UNITS.map((u) => <option key={u} value={u}>{unitLabel(u, lang)}</option>)}
          </select>
        </label>
        <label>{t("topic")}
          <select name="topic" value={topic ?? ""} onChange={set("topic")}>
            <option value="">{t("any")}</option>
            {(meta?.topics ?? []).map((x) => <option key={x.id} value={x.id}>{lang === "ar" ? x.ar : x.en}</option>)}
          </select>
        </label>
      </form>
      <Status res={res}>
        {(data) => (
          <>
            <table class="figures" data-testid="figures-table">
              <thead><tr><th>{t("value")}</th><th>{t("unit")}</th><th>{t("thing")}</th><th>{t("text")}</th><th>{t("topics")}</th><th>{t("published")}</th></tr></thead>
              <tbody>
                {data.items.map((f, i) => (
                  <tr key={`${f.article_id}-${f.start}-${i}`}>
                    <td class="num">{f.qualifier === "about" ? "≈ " : f.qualifier === "more_than" ? "> " : f.qualifier === "less_than" ? "< " : ""}{formatNumber(f.value, lang)}</td>
                    <td title={f.unit}>{unitLabel(f.unit, lang)}</td>
                    <td lang="ar">{f.thing ?? ""}</td>
                    <td lang="ar"><a href={href("article", f.article_id, { hl: `${f.start}-${f.end}` })}>{f.text}</a></td>
                    <td class="topics">{f.topics.map((x) => <TopicName key={x} id={x} />)}</td>
                    <td>{f.published ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav class="pager">
              {offset > 0 && <a href={href("figures", "", { unit, topic, offset: String(Math.max(0, offset - PAGE)) })}>{t("prev")}</a>}
              {data.items.length === PAGE && <a href={href("figures", "", { unit, topic, offset: String(offset + PAGE) })}>{t("more")}</a>}
            </nav>
          </>
        )}
      </Status>
    </section>
  );
}
