import type { ChalkInstance } from "chalk";

/** Text as it is: every style, chained or not (`c.red.bold`, `c.hex("#FF8C00")`), returns it unchanged. */
const PLAIN: ChalkInstance = new Proxy(((text: string) => text) as unknown as ChalkInstance, {
  get: (_, key) => (key === "hex" ? () => PLAIN : PLAIN),
});

let coloured: ChalkInstance | undefined;

/**
 * Loads chalk for a run whose output is coloured. Only then: chalk's detection of the terminal loads
 * node:tty and node:net when it is imported, a sixth of bare node's start-up on Node 24, which a
 * piped or scripted run (the usual one) never pays.
 */
export async function loadColours(): Promise<void> {
  if (coloured) return;
  const { Chalk, default: chalk } = await import("chalk");
  // At least the basic colours: the context decided there is a terminal (or FORCE_COLOR), whatever chalk detects.
  coloured = new Chalk({ level: Math.max(chalk.level, 1) as 1 | 2 | 3 });
}

/**
 * The painter for output whose colour the command's context decided (a terminal, no NO_COLOR:
 * chalk 5 itself ignores NO_COLOR on a terminal, libraries.md §7); plain until loadColours ran in
 * the same bundle (each command is a bundle of its own, with its own copy of this module).
 */
export const painter = (color: boolean): ChalkInstance => (color && coloured ? coloured : PLAIN);
