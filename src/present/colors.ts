import chalk, { Chalk, type ChalkInstance } from "chalk";

const PLAIN = new Chalk({ level: 0 });
/** At least basic colours when the context says so: chalk alone sees no colour on a piped test terminal. */
const COLOURED = new Chalk({ level: Math.max(chalk.level, 1) as 1 | 2 | 3 });

/**
 * The painter for output whose colour the command's context decided (a terminal, no NO_COLOR:
 * chalk 5 itself ignores NO_COLOR on a terminal, libraries.md §7).
 */
export const painter = (color: boolean): ChalkInstance => (color ? COLOURED : PLAIN);
