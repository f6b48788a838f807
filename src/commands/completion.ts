import { readFileSync } from "node:fs";
import { parsePlan } from "../load/parse-plan.js";
import { eachConclusionTask, eachTask, isObject, list } from "../plan/walk.js";
import type { Plan } from "../plan/types.gen.js";
import { COMMAND_NAMES, COMMANDS, GLOBAL_OPTIONS, ID_KINDS, type ArgsOf, type ArgumentSpec, type OptionSpec, type SHELLS, type ValueKind } from "./registry.js";
import { EXIT, type CommandResult } from "../result.js";

/** What the shell completes a word with: fixed values, ids read from the plan on the line, folders, or files. */
export type Completion = { values: readonly string[] } | { ids: (typeof ID_KINDS)[number] } | "dir" | "file" | "none";

/** What completion needs of the registry: each command, its options and what each takes, and its positional arguments. */
export interface CommandSpec {
  name: string;
  /** Every option's spellings, with what its value completes to (flags: undefined). */
  options: { names: string[]; value: Completion | undefined }[];
  /** The positional arguments in order; the last one may repeat. */
  positional: Completion[];
  repeatsLast: boolean;
}

export type Shell = (typeof SHELLS)[number];

/** Option values whose words say what they are, offered even without a list of choices in the registry. */
const PERIODS = ["q1", "q2", "q3", "q4", "6m", "9m", "year"];
const PROFILES = ["hd36", "hd05", "nd30"];

function completionOf(kind: ValueKind | undefined, choices: readonly string[] | undefined): Completion | undefined {
  if (kind === undefined) return undefined;
  if (choices) return { values: choices };
  if (kind === "session" || kind === "task" || kind === "unit") return { ids: kind };
  if (kind === "period") return { values: PERIODS };
  if (kind === "profile") return { values: PROFILES };
  if (kind === "dir") return "dir";
  if (kind === "file" || kind === "files") return "file";
  return "none";
}

/** The registry as completion sees it. */
export function commandSpecs(): CommandSpec[] {
  const global = Object.values(GLOBAL_OPTIONS as Record<string, OptionSpec>);
  return COMMAND_NAMES.map((name) => {
    const options = [...Object.values(COMMANDS[name].options as Record<string, OptionSpec>), ...global];
    const args = Object.values(COMMANDS[name].arguments as Record<string, ArgumentSpec>);
    return {
      name,
      options: options.map((o) => ({ names: [o.long, ...(o.short ? [o.short] : [])], value: completionOf(o.value, o.choices) })),
      positional: args.map((a) => completionOf(a.value, a.choices) ?? "none"),
      repeatsLast: args.at(-1)?.arity === "many",
    };
  });
}

/**
 * `dialogue completion bash|zsh|powershell`: a script completing commands, options, their values,
 * ids and file names. The script calls `dialogue completion <shell> --ids KIND --plan FILE` to
 * read the ids of the plan named on the line.
 */
export async function run({ shell, ids, plan }: ArgsOf<"completion">): Promise<CommandResult> {
  if (ids) return { exitCode: EXIT.ok, stdout: planIds(ids, plan ?? []).map((id) => `${id}\n`).join("") };
  return { exitCode: EXIT.ok, stdout: completionScript(shell, commandSpecs()) };
}

/**
 * The ids of one kind in the plans named, read leniently: a plan being written has mistakes, and
 * completion must still offer what it can. Files that cannot be read give nothing.
 */
export function planIds(kind: (typeof ID_KINDS)[number], files: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const file of files) {
    let data: unknown;
    try {
      data = parsePlan(readFileSync(file, "utf8").normalize("NFC")).data;
    } catch {
      continue;
    }
    if (!isObject(data)) continue;
    const plan = data as Plan;
    const add = (id: unknown) => typeof id === "string" && /^[a-z0-9][a-z0-9-]*$/.test(id) && ids.add(id);
    if (kind === "session") for (const session of list(plan.sessions)) if (isObject(session)) add(session.id);
    if (kind === "unit") for (const unit of list(plan.units)) if (isObject(unit)) add(unit.id);
    if (kind === "task") for (const { task } of [...eachTask(plan), ...eachConclusionTask(plan)]) add(task.id);
  }
  return [...ids];
}

/** A shell word quoted for a bash or zsh script. */
const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** The bash case label of what the word completes to: `=values`, `@kind` for ids, `dir`, `file` or `none`. */
function action(completion: Completion): string {
  if (typeof completion === "string") return completion;
  return "values" in completion ? `=${completion.values.join(" ")}` : `@${completion.ids}`;
}

export function completionScript(shell: Shell, commands: CommandSpec[]): string {
  if (shell === "powershell") return powershellScript(commands);
  const names = commands.map((c) => c.name).join(" ");
  const optionCases = commands
    .flatMap((c) => c.options.filter((o) => o.value).map((o) => `    ${o.names.map((n) => quote(`${c.name} ${n}`)).join("|")}) kind=${quote(action(o.value!))} ;;`))
    .join("\n");
  const optionLists = commands.map((c) => `    ${c.name}) opts=${quote(c.options.flatMap((o) => o.names).join(" "))} ;;`).join("\n");
  const withValues = commands.map((c) => `    ${c.name}) valued=${quote(` ${c.options.filter((o) => o.value).flatMap((o) => o.names).join(" ")} `)} ;;`).join("\n");
  // A repeated argument (files...) is the only argument of its command: every later word is one more.
  const positionalCases = commands
    .flatMap((c) =>
      c.positional.map((p, i) => {
        const label = c.repeatsLast && i === c.positional.length - 1 ? `${quote(`${c.name} `)}*` : quote(`${c.name} ${i}`);
        return `    ${label}) kind=${quote(action(p))} ;;`;
      }),
    )
    .join("\n");
  const bash = `_dialogue() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}"
  # A word typed with an escaped space or an opening quote is completed as the file name it means.
  cur="\${cur//\\\\ / }"; cur="\${cur#[\\"\\']}"
  local IFS=$' \\t\\n' kind="" opts="" valued="" i n=0 word
  local -a plans=() ask=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${names} --help --version --lang" -- "$cur"))
    return
  fi
  case "$cmd" in
${optionLists}
  esac
  case "$cmd" in
${withValues}
  esac
  # The plan files on the line (words ending .yaml or .yml) hold the ids to offer; n counts the arguments before this word.
  for ((i = 2; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]//\\\\ / }"
    if [[ "$word" == -* ]]; then
      [[ "$valued" == *" $word "* ]] && ((i++))
      continue
    fi
    ((n++))
    [[ "$word" == *.yaml || "$word" == *.yml ]] && plans+=("$word")
  done
  case "$cmd $prev" in
${optionCases}
    *' --lang') kind='=vi en' ;;
  esac
  if [ -z "$kind" ] && [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts --help" -- "$cur"))
    return
  fi
  if [ -z "$kind" ]; then
    case "$cmd $n" in
${positionalCases}
    esac
  fi
  case "$kind" in
    =*) COMPREPLY=($(compgen -W "\${kind#=}" -- "$cur")) ;;
    @*)
      for word in "\${plans[@]}"; do ask+=(--plan "$word"); done
      IFS=$'\\n'
      COMPREPLY=($(compgen -W "$(\${DIALOGUE_COMMAND:-dialogue} completion bash --ids "\${kind#@}" "\${ask[@]}" 2>/dev/null)" -- "$cur")) ;;
    dir) IFS=$'\\n'; COMPREPLY=($(compgen -d -- "$cur")) ;;
    none) COMPREPLY=() ;;
    *) IFS=$'\\n'; COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
}
complete -o filenames -F _dialogue dialogue
`;
  if (shell === "zsh")
    return `# dialogue: zsh completion. Add to ~/.zshrc: source <(dialogue completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash}`;
  return `# dialogue: bash completion. Add to ~/.bashrc: source <(dialogue completion bash)
${bash}`;
}

function powershellScript(commands: CommandSpec[]): string {
  const ps = (word: string) => `'${word.replace(/'/g, "''")}'`;
  const table = commands.map((c) => `    ${ps(c.name)} = @(${c.options.flatMap((o) => o.names).map(ps).join(", ")})`).join("\n");
  const values = commands
    .flatMap((c) => c.options.filter((o) => o.value && typeof o.value !== "string" && "values" in o.value).flatMap((o) => o.names.map((n) => `    ${ps(`${c.name} ${n}`)} = @(${(o.value as { values: readonly string[] }).values.map(ps).join(", ")})`)))
    .join("\n");
  return `# dialogue: PowerShell completion. Add to your profile: dialogue completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName dialogue -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $options = @{
${table}
  }
  $values = @{
${values}
  }
  $words = $commandAst.CommandElements | ForEach-Object { $_.ToString() }
  $previous = if ($wordToComplete) { $words[-2] } else { $words[-1] }
  if ($words.Count -le 1 -or ($words.Count -eq 2 -and $wordToComplete)) {
    $candidates = @(${commands.map((c) => ps(c.name)).join(", ")})
  } elseif ($values.ContainsKey("$($words[1]) $previous")) {
    $candidates = $values["$($words[1]) $previous"]
  } elseif ($wordToComplete -like '-*') {
    $candidates = $options[$words[1]]
  } else {
    return
  }
  $candidates | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
  }
}
`;
}
