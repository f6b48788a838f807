import { UsageError } from "../errors.js";

/**
 * The years dialogue can count days in: those of its lunar calendar table (Tết and Giỗ Tổ follow
 * the lunar calendar). A date outside them is refused, never computed wrongly.
 */
export const FIRST_SUPPORTED_YEAR = 1900;
export const LAST_SUPPORTED_YEAR = 2199;

export const isSupportedYear = (year: number) => year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR;

/** A day outside the supported years reached the calendar: a user's mistake, reported in one line with exit 2. */
export class YearOutsideCalendar extends UsageError {
  constructor(readonly year: number) {
    super("year-outside-calendar", { year, first: FIRST_SUPPORTED_YEAR, last: LAST_SUPPORTED_YEAR });
  }
}
