// Topic counts over time (stacked bars per month or year), for the filtered events.
import { useContext, useMemo } from "preact/hooks";
import { useApi, type Trends } from "../api.js";
import { Chart } from "../chart.js";
import { FilterBar, filterQuery, MetaContext, Status, topicLabel } from "../common.js";
import { t, useLang } from "../i18n.js";
import { href } from "../route.js";

export function TrendsView(props: { query: Record<string, string> }) {
  const filters = filterQuery(props.query);
  const interval = props.query.interval === "year" ? "year" : "month";
  const res = useApi<Trends>("topics/trends", { ...filters, interval });
  const lang = useLang();
  return (
    <section>
      <FilterBar view="trends" query={filters} />
      <p class="tabs">
        {(["month", "year"] as const).map((i) => (
          <a key={i} class={i === interval ? "active" : ""} href={href("trends", "", { ...filters, interval: i })}>{i === "month" ? (lang === "ar" ? "شهري" : "monthly") : lang === "ar" ? "سنوي" : "yearly"}</a>
        ))}
      </p>
      <Status res={res}>{(data) => <TrendChart data={data} />}</Status>
    </section>
  );
}

function TrendChart(props: { data: Trends }) {
  const meta = useContext(MetaContext);
  const lang = useLang();
  const option = useMemo(() => ({
    tooltip: { trigger: "axis" },
    legend: { type: "scroll", top: 0 },
    grid: { left: 48, right: 48, top: 48, bottom: 64 },
    dataZoom: props.data.periods.length > 24 ? [{ type: "slider", bottom: 8 }] : [],
    xAxis: { type: "category", data: props.data.periods, inverse: lang === "ar" },
    yAxis: { type: "value", minInterval: 1, position: lang === "ar" ? "right" : "left" },
    series: props.data.series.map((s) => ({ type: "bar", stack: "topics", name: topicLabel(meta, s.topic, lang), data: s.counts, emphasis: { focus: "series" } })),
  }), [props.data, lang, meta]);
  return (
    <>
      <Chart option={option} height={520} testId="trends-chart" />
      <table data-testid="trends-table">
        <thead><tr><th>{t("topic")}</th><th>{t("count")}</th></tr></thead>
        <tbody>{props.data.series.map((s) => <tr key={s.topic}><td>{topicLabel(meta, s.topic, lang)}</td><td>{s.total}</td></tr>)}</tbody>
      </table>
    </>
  );
}
