/**
 * Terminal colours: the few styles the tool uses, chained as `c.red.bold(text)`. Written here
 * instead of taken from chalk, whose colour detection loads node:tty (and node:net) at start-up for
 * every command, coloured or not: a sixth of bare node's start-up on Node 24.
 */
export interface Style {
  (text: string): string;
  readonly bold: Style;
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly blue: Style;
  readonly gray: Style;
  hex(color: string): Style;
}

/** 0 none, 1 the 16 basic colours, 2 256 colours, 3 true colour. */
export type ColorLevel = 0 | 1 | 2 | 3;

const BASIC = { bold: [1, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], gray: [90, 39] } as const;

/** Styles for this process's stdout; none when NO_COLOR is set (also on a terminal, which chalk 5 ignored). */
export function colors(env: NodeJS.ProcessEnv = process.env): Style {
  return styles(colorLevel(env, Boolean(process.stdout.isTTY), process.platform));
}

/** The colours a terminal takes, from the environment as terminals and CI services set it. */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean, platform: NodeJS.Platform): ColorLevel {
  if ("NO_COLOR" in env) return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === "" || forced === "true" || forced === "1") return 1;
    if (forced === "2" || forced === "3") return Number(forced) as ColorLevel;
    return 0; // "0", "false"
  }
  if (!isTTY || env.TERM === "dumb") return 0;
  if (platform === "win32" || env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  if (/-256(color)?$/i.test(env.TERM ?? "")) return 2;
  return 1;
}

/** The styles at a colour level; at 0 each returns the text as it is. */
export function styles(level: ColorLevel): Style {
  const make = (opens: string[], closes: string[]): Style => {
    const style = ((text: string) => (level === 0 || !opens.length ? text : opens.join("") + text + closes.join(""))) as Style;
    const add = (open: string, close: string) => make([...opens, open], [close, ...closes]);
    for (const [name, [open, close]] of Object.entries(BASIC))
      Object.defineProperty(style, name, { get: () => add(`\x1b[${open}m`, `\x1b[${close}m`) });
    style.hex = (color: string) => add(foreground(color, level), "\x1b[39m");
    return style;
  };
  return make([], []);
}

/** A `#RRGGBB` colour as the level allows: exact, the nearest of 256, or the nearest basic one. */
function foreground(hex: string, level: ColorLevel): string {
  const value = Number.parseInt(hex.replace(/^#/, ""), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  if (level >= 3) return `\x1b[38;2;${r};${g};${b}m`;
  const cube = (c: number) => Math.round((c / 255) * 5);
  if (level === 2) return `\x1b[38;5;${16 + 36 * cube(r) + 6 * cube(g) + cube(b)}m`;
  // Basic: each channel on or off, bright when the colour is light.
  const code = 30 + ((Math.round(b / 255) << 2) | (Math.round(g / 255) << 1) | Math.round(r / 255));
  return `\x1b[${Math.max(r, g, b) > 200 ? code + 60 : code}m`;
}
