import type { Session } from "../plan/types.gen.js";
import { dayOf, plusDays, type Day } from "./day.js";
import { anchorOf, type Anchor } from "./session-anchor.js";
import type { WorkCalendar } from "./work-calendar.js";

/**
 * The one table of deadline kinds. Each kind says which field picks it (`key`), where it may be
 * written (`hosts`), which other fields it takes, what it anchors on, how its day is counted and
 * how many rows it gives `status`. The schema's deadline definitions, the shape rule, its messages
 * and the state engine all follow this table (a test checks the schema against it).
 */

/** Where a deadline is written: a plan task, an assignment of a conclusions notice, last year's carried assignment. */
export type DeadlineHost = "task" | "assignment" | "carried";
export const DEADLINE_HOSTS: readonly DeadlineHost[] = ["task", "assignment", "carried"];

export type Due =
  | { kind: "none" }
  | { kind: "fixed"; day: Day }
  /**
   * Relative to something whose date is not known yet on the day asked about: `awaits` says what
   * (the session's date, the conclusions notice's, the receipt of a petition), `earliest` is the
   * first day it could fall on.
   */
  | { kind: "awaiting"; awaits: AwaitedEvent; earliest: Day | undefined }
  | { kind: "cancelled" };
export type AwaitedEvent = "session" | "conclusions" | "receipt";

/** What a kind's day hangs on. */
export type Anchoring = "day" | "session" | "conclusions" | "receipt" | "period" | "stages";
/** How many tracked rows one deadline gives: one, one per period of the year, one per roadmap stage. */
export type Rows = "one" | "per-period" | "per-stage";

export interface DeadlineFields {
  on?: Day;
  before?: Day;
  daysBefore?: number;
  daysAfter?: number;
  session?: string;
  workingDays?: boolean;
  afterReceipt?: number;
  upTo?: number;
  receivedOn?: Day;
  complex?: boolean;
  every?: "month" | "quarter";
  day?: number;
  from?: string;
  stages?: readonly { on?: Day; before?: Day }[];
}

/** What a deadline's day may depend on besides its own fields. */
export interface DueContext {
  calendar: WorkCalendar;
  /** The session a session-relative deadline counts from (an assignment's: the session whose notice it is in). */
  session?: Session;
  asOf?: Day;
}

export interface DeadlineKind {
  name: string;
  /** The field whose presence picks this kind; exactly one kind's key per deadline. */
  key: keyof DeadlineFields;
  hosts: readonly DeadlineHost[];
  /** Other fields this kind takes; `required` ones must be written with the key. */
  fields: readonly { name: keyof DeadlineFields; required?: boolean }[];
  anchor: Anchoring;
  /** Calendar days, working days, or either (`workingDays: true` chooses). */
  counting: "none" | "calendar" | "working" | "either";
  rows: Rows;
  /** The last day for a kind of one row; kinds of several rows give theirs through occurrences below. */
  due(deadline: DeadlineFields, context: DueContext): Due;
}

const fixed = (day: Day): Due => ({ kind: "fixed", day });
/** "chậm nhất trong ngày D" is D; "trước ngày D" is the day before D. */
export const dayOfAbsolute = (d: { on?: Day; before?: Day }): Day | undefined => d.on ?? (d.before ? plusDays(d.before, -1) : undefined);

const counter = (deadline: DeadlineFields, calendar: WorkCalendar, count: number) => (day: Day) =>
  deadline.workingDays ? calendar.shift(day, count) : plusDays(day, count);

/** daysBefore/daysAfter a session, from its day as known on `asOf` (held, scheduled, put off, planned). */
function fromSession(count: number, deadline: DeadlineFields, { session, calendar, asOf }: DueContext): Due {
  if (!session) return { kind: "none" };
  const move = counter(deadline, calendar, count);
  const anchor = sessionAnchor(session, asOf);
  if (anchor.kind === "cancelled") return { kind: "cancelled" };
  if (anchor.kind === "fixed") return fixed(move(anchor.day));
  return { kind: "awaiting", awaits: "session", earliest: anchor.earliest && move(anchor.earliest) };
}

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  {
    name: "on",
    key: "on",
    hosts: ["task", "assignment", "carried"],
    fields: [],
    anchor: "day",
    counting: "none",
    rows: "one",
    due: (d) => fixed(d.on!),
  },
  {
    name: "before",
    key: "before",
    hosts: ["task", "assignment", "carried"],
    fields: [],
    anchor: "day",
    counting: "none",
    rows: "one",
    due: (d) => fixed(plusDays(d.before!, -1)),
  },
  {
    name: "days-before-session",
    key: "daysBefore",
    hosts: ["task"],
    fields: [{ name: "session", required: true }, { name: "workingDays" }],
    anchor: "session",
    counting: "either",
    rows: "one",
    due: (d, context) => fromSession(-d.daysBefore!, d, context),
  },
  {
    // "Thông báo kết luận trong 7 ngày làm việc sau buổi đối thoại": from the day the session is
    // held (or, until then, scheduled), for one session or, with `session: all`, for each.
    name: "days-after-session",
    key: "daysAfter",
    hosts: ["task"],
    fields: [{ name: "session", required: true }, { name: "workingDays" }],
    anchor: "session",
    counting: "either",
    rows: "one",
    due: (d, context) => fromSession(d.daysAfter!, d, context),
  },
  {
    // A notice dated after `asOf` is not issued yet on `asOf`: until it is, the deadline awaits
    // it, with the session's day as the earliest hint.
    name: "days-after-notice",
    key: "daysAfter",
    hosts: ["assignment"],
    fields: [{ name: "workingDays" }],
    anchor: "conclusions",
    counting: "either",
    rows: "one",
    due: (d, { session, calendar, asOf }) => {
      if (!session) return { kind: "none" };
      const move = counter(d, calendar, d.daysAfter!);
      const noticeDate = session.record?.notice?.date;
      if (noticeDate && (asOf === undefined || noticeDate <= asOf)) return fixed(move(noticeDate));
      const anchor = sessionAnchor(session, asOf);
      const earliest = anchor.kind === "fixed" ? anchor.day : anchor.kind === "pending" ? anchor.earliest : undefined;
      return { kind: "awaiting", awaits: "conclusions", earliest: earliest && move(earliest) };
    },
  },
  {
    // "Trả lời bằng văn bản trong 10 ngày làm việc kể từ ngày nhận, vụ việc phức tạp không quá 15":
    // working days from the receipt recorded on the deadline; a complex case takes the ceiling.
    name: "after-receipt",
    key: "afterReceipt",
    hosts: ["task", "assignment"],
    fields: [{ name: "upTo" }, { name: "receivedOn" }, { name: "complex" }],
    anchor: "receipt",
    counting: "working",
    rows: "one",
    due: (d, { calendar, asOf }) => {
      const days = d.complex && d.upTo !== undefined ? d.upTo : d.afterReceipt!;
      if (d.receivedOn && (asOf === undefined || d.receivedOn <= asOf)) return fixed(calendar.shift(d.receivedOn, days));
      return { kind: "awaiting", awaits: "receipt", earliest: undefined };
    },
  },
  {
    // "Báo cáo hằng tháng (quý) trước ngày 20": one deadline per month or quarter of the plan's year,
    // on day `day` of the period's last month (the month's last day when it has fewer days).
    name: "periodic",
    key: "every",
    hosts: ["task"],
    fields: [{ name: "day", required: true }, { name: "from" }],
    anchor: "period",
    counting: "calendar",
    rows: "per-period",
    due: () => ({ kind: "none" }),
  },
  {
    // A roadmap (lộ trình): stages, each with its own day (on/before) and its own progress.
    name: "roadmap",
    key: "stages",
    hosts: ["task", "assignment"],
    fields: [],
    anchor: "stages",
    counting: "none",
    rows: "per-stage",
    due: () => ({ kind: "none" }),
  },
];

/** The kinds a host takes, in the table's order. */
export const kindsOf = (host: DeadlineHost) => DEADLINE_KINDS.filter((k) => k.hosts.includes(host));

/** The deadline's kind where it is written, or undefined when no kind's key (or several) is present. */
export function kindOf(deadline: DeadlineFields, host: DeadlineHost): DeadlineKind | undefined {
  const present = kindsOf(host).filter((k) => deadline[k.key] !== undefined);
  return present.length === 1 ? present[0] : undefined;
}

/** Every field a host's deadline takes: the keys of its kinds and their other fields. */
export const fieldsOf = (host: DeadlineHost): string[] => [...new Set(kindsOf(host).flatMap((k) => [k.key, ...k.fields.map((f) => f.name)]))];

/** The last day of a deadline of one row, as known on `asOf` (without it: from everything the plan records). */
export function dueOf(deadline: DeadlineFields | undefined, host: DeadlineHost, context: DueContext): Due {
  if (!deadline) return { kind: "none" };
  const kind = kindOf(deadline, host);
  return kind ? kind.due(deadline, context) : { kind: "none" };
}

/** A period of a periodic deadline: its key as progress is kept (`2025-03`, `2025-q1`) and its last day. */
export interface PeriodOccurrence {
  period: string;
  day: Day;
}

/**
 * Every month or quarter of `year` (from the month `from`, when given: a period that ends before it
 * has no deadline), each with its deadline: day `day` of its last month, or that month's last day.
 */
export function periodOccurrences(deadline: DeadlineFields, year: number): PeriodOccurrence[] {
  const quarterly = deadline.every === "quarter";
  const count = quarterly ? 4 : 12;
  const first = deadline.from ? `${deadline.from}-01` : "";
  return Array.from({ length: count }, (_, i) => {
    const month = quarterly ? (i + 1) * 3 : i + 1;
    const lastOfMonth = plusDays(dayOf(year, month + 1, 1), -1);
    const day = Math.min(deadline.day ?? 1, Number(lastOfMonth.slice(8)));
    return { period: quarterly ? `${year}-q${i + 1}` : `${year}-${String(month).padStart(2, "0")}`, day: dayOf(year, month, day), ends: lastOfMonth };
  })
    .filter((o) => o.ends >= first)
    .map(({ period, day }) => ({ period, day }));
}

/** A session's day on `asOf`, worked out once per session: its tasks, hundreds of them, all ask. */
const anchors = new WeakMap<Session, { asOf: Day | undefined; anchor: Anchor }>();
function sessionAnchor(session: Session, asOf: Day | undefined): Anchor {
  const known = anchors.get(session);
  if (known && known.asOf === asOf) return known.anchor;
  const anchor = anchorOf(session, asOf);
  anchors.set(session, { asOf, anchor });
  return anchor;
}
