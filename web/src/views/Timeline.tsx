// Events, newest first, filtered by the URL's query; pages of 25.
import { useApi, type StoredEvent } from "../api.js";
import { EventCard, FilterBar, filterQuery, Status } from "../common.js";
import { t } from "../i18n.js";
import { href } from "../route.js";

const PAGE = 25;

export function Timeline(props: { query: Record<string, string> }) {
  const offset = Math.max(0, Number(props.query.offset) || 0);
  const filters = filterQuery(props.query);
  const res = useApi<{ total: number; items: StoredEvent[] }>("events", { ...filters, limit: String(PAGE), offset: String(offset) });
  return (
    <section>
      <FilterBar view="events" query={filters} />
      <Status res={res}>
        {(data) => (
          <>
            <p class="muted" data-testid="total">{data.total} {t("events")}</p>
            {data.items.length === 0 && <p>{t("noEvents")}</p>}
            <div class="timeline">{data.items.map((ev) => <EventCard key={ev.id} ev={ev} />)}</div>
            <nav class="pager">
              {offset > 0 && <a href={href("events", "", { ...filters, offset: String(Math.max(0, offset - PAGE)) })}>{t("prev")}</a>}
              {offset + PAGE < data.total && <a href={href("events", "", { ...filters, offset: String(offset + PAGE) })}>{t("more")}</a>}
            </nav>
          </>
        )}
      </Status>
    </section>
  );
}
