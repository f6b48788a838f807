/**
 * The years whose official days off ship with the tool (templates/holidays/<year>.json, bundled by
 * official-days-off.ts; a test checks that the two agree). Kept apart so that `validate`, which
 * only asks whether a year is known, does not load the schedules themselves.
 */
export const OFFICIAL_YEARS: readonly number[] = [2021, 2022, 2023, 2024, 2025, 2026];
