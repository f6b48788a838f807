import type { ArgumentSpec, CommandName, CommandSpec, OptionSpec } from "../commands/registry.js";
import { COMMANDS, COMMAND_NAMES } from "../commands/registry.js";
import type { HelpTexts } from "../i18n/catalogue.js";

/** Help is laid out for this width when the output is not a terminal. */
const PAGE_COLUMNS = 100;
/** Descriptions start at least this far right, so that short names line up. */
const MIN_NAME_COLUMN = 22;
const INDENT = "  ";

/** `<tệp...>`, `[tệp]`: how an argument shows in a usage line. */
export function argumentLabel(spec: ArgumentSpec, help: HelpTexts): string {
  const name = help.values[spec.value] ?? spec.value;
  return spec.arity === "optional" ? `[${name}]` : `<${name}>`;
}

/** `-o, --output <thư mục>`. */
export function optionLabel(spec: OptionSpec, help: HelpTexts): string {
  const flags = spec.short ? `${spec.short}, ${spec.long}` : spec.long;
  return spec.value ? `${flags} <${help.values[spec.value] ?? spec.value}>` : flags;
}

/** The help of the whole program: its commands, global options, examples and exit codes. */
export function programHelp(help: HelpTexts, languages: readonly string[], columns = PAGE_COLUMNS): string {
  const rows: [string, string][] = COMMAND_NAMES.map((name) => [name, firstSentence(help.commands[name]?.summary ?? "")]);
  rows.push([`help [${help.commandPlaceholder}]`, help.global.helpCommand]);
  return [
    `${help.usage}: dialogue <${help.commandPlaceholder}> [${help.optionsPlaceholder}]`,
    "",
    help.program.summary,
    "",
    `${help.headings.commands}:`,
    table(rows, columns),
    "",
    `${help.headings.options}:`,
    table(globalOptionRows(help, languages, true), columns),
    ...examplesBlock(help.program.examples, help),
    ...(help.program.notes ?? []).flatMap((note) => wrap(note, columns)),
    "",
    wrap(help.exitCodes, columns).join("\n"),
    "",
  ].join("\n");
}

/** The help of one command, entirely from the registry and the catalogue. */
export function commandHelp(name: CommandName, help: HelpTexts, languages: readonly string[], columns = PAGE_COLUMNS): string {
  const spec: CommandSpec = COMMANDS[name];
  const texts = help.commands[name];
  const args = Object.entries(spec.arguments);
  const usage = [`${help.usage}: dialogue ${name}`, ...args.map(([, a]) => argumentLabel(a, help)), `[${help.optionsPlaceholder}]`].join(" ");
  const optionRows: [string, string][] = Object.entries(spec.options).map(([key, option]) => [
    optionLabel(option, help),
    describe(texts?.options[key] ?? "", option, help),
  ]);
  return [
    usage,
    "",
    texts?.summary ?? "",
    ...(args.length
      ? ["", `${help.headings.arguments}:`, table(args.map(([key, a]) => [argumentLabel(a, help), describe(texts?.arguments[key] ?? "", a, help)]), columns)]
      : []),
    "",
    `${help.headings.options}:`,
    table([...optionRows, ...globalOptionRows(help, languages, false)], columns),
    ...examplesBlock(texts?.examples ?? [], help),
    ...(texts?.notes?.length ? ["", ...texts.notes.flatMap((note) => wrap(note, columns))] : []),
    "",
    wrap(help.exitCodes, columns).join("\n"),
    "",
  ].join("\n");
}

/** A description with its allowed values (each with its meaning, where the catalogue glosses them) and default. */
function describe(text: string, spec: ArgumentSpec | OptionSpec, help: HelpTexts): string {
  const parts = [text];
  if (spec.choices) {
    const glosses = spec.value ? help.glosses[spec.value] : undefined;
    parts.push(help.oneOf(spec.choices.map((c) => (glosses?.[c] && glosses[c] !== c.replace(/_/g, " ") ? `${c} (${glosses[c]})` : c)).join(", ")));
  }
  if (spec.default !== undefined) parts.push(help.defaultIs(spec.default));
  if ("repeat" in spec && spec.repeat) parts.push(help.repeatable);
  return parts.filter(Boolean).join("; ");
}

function globalOptionRows(help: HelpTexts, languages: readonly string[], withVersion: boolean): [string, string][] {
  const lang: OptionSpec = { long: "--lang", value: "lang", choices: languages };
  return [
    [optionLabel(lang, help), describe(help.global.lang, lang, help)],
    ...(withVersion ? [["-V, --version", help.global.version] as [string, string]] : []),
    ["-h, --help", help.global.help],
  ];
}

function examplesBlock(examples: readonly (readonly [string, string])[], help: HelpTexts): string[] {
  if (!examples.length) return [];
  const width = Math.max(...examples.map(([line]) => line.length));
  return ["", `${help.headings.examples}:`, ...examples.map(([line, note]) => `${INDENT}${note ? `${line.padEnd(width)}   # ${note}` : line}`)];
}

/** Two columns: names, then descriptions wrapped to the width, continued under themselves. */
function table(rows: readonly [string, string][], columns: number): string {
  const nameWidth = Math.max(MIN_NAME_COLUMN, ...rows.map(([name]) => name.length + 2));
  const textWidth = Math.max(30, columns - INDENT.length - nameWidth);
  return rows
    .map(([name, text]) => {
      const lines = wrap(text, textWidth);
      return lines.map((line, i) => INDENT + (i === 0 ? name.padEnd(nameWidth) : " ".repeat(nameWidth)) + line).join("\n").trimEnd();
    })
    .join("\n");
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...lines, current];
}

const firstSentence = (text: string) => text.replace(/\.$/, "").split(/(?<=[.:;])\s/)[0].replace(/[.:;]$/, "");
