import ical, { ICalEventBusyStatus, ICalEventStatus, ICalEventTransparency } from "ical-generator";
import type { CalendarEvent } from "./events.js";

/** Việt Nam is UTC+7 all year: a session at 08:00 there is 01:00 UTC. */
const VIETNAM_OFFSET_HOURS = 7;
const SESSION_HOURS = 3;
/** RFC 5545 §3.1: every content line, the last one included, ends with CRLF. */
const CRLF = "\r\n";

/** The events as one iCalendar file; `stamp` (DTSTAMP) is when it was written. */
export function icsText(events: readonly CalendarEvent[], stamp: Date): string {
  const calendar = ical({ name: "Đối thoại trực tiếp với dân", prodId: { company: "dialogue", product: "dialogue", language: "VI" } });
  for (const event of events) calendar.createEvent(toIcal(event, stamp));
  const text = calendar.toString();
  return text.endsWith(CRLF) ? text : text + CRLF;
}

function toIcal(event: CalendarEvent, stamp: Date) {
  const [y, m, d] = event.day.split("-").map(Number);
  const base = {
    id: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    description: event.description,
    location: event.location,
    stamp,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    // TRANSP is what RFC 5545 clients read; Outlook reads its own busy status.
    transparency: event.busy ? ICalEventTransparency.OPAQUE : ICalEventTransparency.TRANSPARENT,
    busystatus: event.busy ? ICalEventBusyStatus.BUSY : ICalEventBusyStatus.FREE,
  };
  if (!event.time) return { ...base, start: new Date(Date.UTC(y, m - 1, d)), allDay: true };
  const [hour, minute] = event.time.split(":").map(Number);
  const start = new Date(Date.UTC(y, m - 1, d, hour - VIETNAM_OFFSET_HOURS, minute));
  return { ...base, start, end: new Date(start.getTime() + SESSION_HOURS * 3_600_000) };
}
