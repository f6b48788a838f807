/**
 * "Not known yet" is a value of its own in a plan (`name: unknown`, `count: unknown`): a document
 * shows it visibly and validate warns, instead of a made-up value or a silent gap.
 */
export const UNKNOWN = "unknown";

export const isUnknown = (value: unknown): value is typeof UNKNOWN => value === UNKNOWN;

/** The value when it is known; `undefined` when it is absent or written as unknown. */
export function known<T>(value: T | typeof UNKNOWN | undefined): Exclude<T, typeof UNKNOWN> | undefined {
  return value === undefined || isUnknown(value) ? undefined : (value as Exclude<T, typeof UNKNOWN>);
}
