import { COMMAND_NAMES, COMMANDS, GLOBAL_OPTIONS, type ArgsOf, type OptionSpec, type SHELLS } from "./registry.js";
import { EXIT, type CommandResult } from "../result.js";

/** What completion needs of the registry: each command and its options. */
export interface CommandSpec {
  name: string;
  options: string[];
}

export type Shell = (typeof SHELLS)[number];

/** `dialogue completion bash|zsh|powershell`: a script completing commands, options and file names. */
export async function run({ shell }: ArgsOf<"completion">): Promise<CommandResult> {
  const global = Object.values(GLOBAL_OPTIONS as Record<string, OptionSpec>).map((o) => o.long);
  const commands = COMMAND_NAMES.map((name) => ({
    name,
    options: [...Object.values(COMMANDS[name].options as Record<string, OptionSpec>).flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]), ...global],
  }));
  return { exitCode: EXIT.ok, stdout: completionScript(shell, commands) };
}

export function completionScript(shell: Shell, commands: CommandSpec[]): string {
  const names = commands.map((c) => c.name).join(" ");
  if (shell === "powershell") {
    const table = commands.map((c) => `    '${c.name}' = @(${c.options.map((o) => `'${o}'`).join(", ")})`).join("\n");
    return `# dialogue: PowerShell completion. Add to your profile: dialogue completion powershell | Out-String | Invoke-Expression
Register-ArgumentCompleter -Native -CommandName dialogue -ScriptBlock {
  param($wordToComplete, $commandAst, $cursorPosition)
  $options = @{
${table}
  }
  $words = $commandAst.CommandElements | ForEach-Object { $_.ToString() }
  if ($words.Count -le 1 -or ($words.Count -eq 2 -and $wordToComplete)) {
    $candidates = @(${commands.map((c) => `'${c.name}'`).join(", ")})
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
  const cases = commands.map((c) => `    ${c.name}) opts="${c.options.join(" ")}" ;;`).join("\n");
  const bash = `_dialogue() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${names} --help --version --lang" -- "$cur"))
    return
  fi
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts --help --lang" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
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
