// One actor: offices, counterparts, topics, activity per month and their latest events.
import { useMemo } from "preact/hooks";
import { useApi, type ActorProfile, type StoredEvent } from "../api.js";
import { Chart } from "../chart.js";
import { ActorLink, Country, EventCard, Name, Status, TopicName } from "../common.js";
import { t, useLang } from "../i18n.js";
import { href } from "../route.js";

export function ActorView(props: { id: string }) {
  const res = useApi<ActorProfile>(`actors/${encodeURIComponent(props.id)}`);
  const events = useApi<{ total: number; items: StoredEvent[] }>(res.state === "ok" ? "events" : null, { actor: res.state === "ok" ? res.data.actor.id : undefined, limit: "20" });
  return (
    <Status res={res}>
      {(p) => (
        <section class="actor" data-testid="actor">
          <h2><Name ar={p.actor.name} en={p.actor.name_en} /> <Country code={p.actor.country} /></h2>
          <p class="tabs">
            <a href={href("events", "", { actor: p.actor.id })}>{t("timeline")}</a>
            <a href={href("network", "", { actor: p.actor.id })} data-testid="actor-network">{t("network")}</a>
            <a href={href("map", "", { actor: p.actor.id })}>{t("map")}</a>
          </p>
          <div class="grid2">
            <div>
              <h3>{t("offices")}</h3>
              <table>
                <thead><tr><th>{t("offices")}</th><th>{t("count")}</th><th>{t("first")}</th><th>{t("last")}</th></tr></thead>
                <tbody>{p.titles.map((x) => <tr key={x.title}><td lang="ar">{x.title}</td><td>{x.count}</td><td>{x.first ?? ""}</td><td>{x.last ?? ""}</td></tr>)}</tbody>
              </table>
              <h3>{t("counterparts")}</h3>
              <ul class="counterparts">
                {p.counterparts.map((c) => <li key={c.actor_id}><ActorLink id={c.actor_id} name={c.name} name_en={c.name_en} /> <Country code={c.country} /> × {c.count}</li>)}
              </ul>
              <h3>{t("topics")}</h3>
              <p class="topics">{p.topics.map((x) => <span key={x.topic}><TopicName id={x.topic} /> × {x.count} </span>)}</p>
              <h3>{t("places")}</h3>
              <p>{p.places.map((x) => <span key={x.name} class="chip" lang="ar">{x.name} × {x.count}</span>)}</p>
            </div>
            <div>
              <h3>{t("perMonth")}</h3>
              <MonthChart perMonth={p.per_month} />
            </div>
          </div>
          <h3>{t("timeline")}</h3>
          <Status res={events}>{(d) => <div class="timeline">{d.items.map((ev) => <EventCard key={ev.id} ev={ev} />)}</div>}</Status>
        </section>
      )}
    </Status>
  );
}

function MonthChart(props: { perMonth: { month: string; count: number }[] }) {
  const lang = useLang();
  const option = useMemo(() => ({
    grid: { left: 40, right: 20, top: 20, bottom: 40 },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: props.perMonth.map((m) => m.month), inverse: lang === "ar" },
    yAxis: { type: "value", minInterval: 1, position: lang === "ar" ? "right" : "left" },
    series: [{ type: "bar", data: props.perMonth.map((m) => m.count), itemStyle: { color: "#2b6cb0" } }],
  }), [props.perMonth, lang]);
  return <Chart option={option} height={260} testId="month-chart" />;
}
