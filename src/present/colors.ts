import chalk, { Chalk } from "chalk";

const PLAIN = new Chalk({ level: 0 });

/** chalk 5 ignores NO_COLOR on a terminal (libraries.md §7); honour it here for every command. */
export function colors(env: NodeJS.ProcessEnv = process.env) {
  return "NO_COLOR" in env ? PLAIN : chalk;
}

/** The painter for output whose colour the command's context decided (a terminal, no NO_COLOR). */
export const painter = (color: boolean) => (color ? chalk : PLAIN);
