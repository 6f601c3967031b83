// One event, with every source and its evidence open.
import { useApi, type StoredEvent } from "../api.js";
import { EventCard, Status } from "../common.js";

export function EventView(props: { id: string }) {
  const res = useApi<StoredEvent>(`events/${encodeURIComponent(props.id)}`);
  return <Status res={res}>{(ev) => <EventCard ev={ev} open />}</Status>;
}
