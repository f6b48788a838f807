import chalk, { Chalk } from "chalk";

/** chalk 5 ignores NO_COLOR on a terminal (libraries.md §7); honour it here for every command. */
export function colors(env: NodeJS.ProcessEnv = process.env) {
  return "NO_COLOR" in env ? new Chalk({ level: 0 }) : chalk;
}
