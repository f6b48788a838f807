import type { Catalogue } from "./catalogue.js";
import { en as messages } from "./messages.js";

const EXIT_CODES = "Exit codes: 0 – no errors; 1 – errors in a plan (or overdue tasks, with --fail-on-overdue); 2 – unreadable file or wrong usage.";

/** English: with --lang en or an English LANG. */
export const en: Catalogue = {
  name: "English",
  messages,
  date: (day) => {
    const [y, m, d] = day.split("-").map(Number);
    return `${d}/${m}/${y}`;
  },
  help: {
    usage: "Usage",
    headings: { commands: "Commands", arguments: "Arguments", options: "Options", examples: "Examples" },
    values: {
      file: "file",
      files: "files...",
      dir: "folder",
      date: "date",
      time: "time",
      number: "number",
      id: "id",
      session: "session-id",
      task: "task-id",
      unit: "unit-id",
      text: "text",
      name: "full name",
      period: "period",
      shell: "shell",
      profile: "layout",
      format: "format",
      kind: "kind",
      status: "status",
      state: "state",
      lang: "language",
    },
    glosses: {
      status: { open: "not started", in_progress: "in progress", done: "done", cancelled: "cancelled" },
      state: {
        overdue: "overdue",
        due_soon: "due soon",
        open: "not due yet",
        awaiting_schedule: "waiting for a session date or a notice date",
        done_late: "done late",
        done_on_time: "done on time",
        cancelled: "cancelled",
      },
      kind: { plan: "the plan (Kế hoạch)", conclusions: "the notice of conclusions (Thông báo kết luận)", minutes: "the minutes (Biên bản)" },
      format: { text: "tables to read", json: "JSON for other programs", csv: "CSV, commas, UTF-8", xlsx: "Excel workbook" },
      lang: { vi: "Vietnamese", en: "English" },
      shell: { bash: "Linux, Git Bash", zsh: "macOS", powershell: "Windows" },
    },
    defaultIs: (value) => `default: ${value}`,
    oneOf: (values) => `one of: ${values}`,
    repeatable: "may be given several times",
    commandPlaceholder: "command",
    optionsPlaceholder: "options",
    program: {
      summary: "Plans of the Party Secretary's direct dialogues with the people: check, track deadlines, render documents.",
      examples: [
        ["dialogue validate examples/ke-hoach-doi-thoai-2021.yaml", ""],
        ["dialogue status examples/ke-hoach-doi-thoai-2021.yaml --as-of 2021-04-01", ""],
        ["dialogue status --help", "help of one command"],
      ],
    },
    global: {
      lang: "display language",
      help: "show help",
      version: "print the version",
      helpCommand: "show help for a command",
      helpCommandArgument: "the command to explain",
    },
    commands: {
      init: {
        summary: "Start a new year's plan: asks a few questions and writes a commented plan that validates as written.",
        arguments: { file: "the plan file to create" },
        options: {
          yes: "do not ask: take the answers from the options below",
          province: 'the province, e.g. "Quảng Ngãi"',
          year: "the plan's year (default: this year)",
          signer: "the signer's full name",
          position: "the signer's position (default: BÍ THƯ)",
          session: "a session's theme",
          units: "unit ids from the common list, comma-separated",
        },
        examples: [
          ["dialogue init", "asks, then writes ke-hoach.yaml"],
          ["dialogue init plan-2026.yaml", ""],
          ['dialogue init plan-2026.yaml --yes --province "Quảng Ngãi" --year 2026 --signer "Full Name" --session "First theme"', ""],
        ],
        notes: ["Never overwrites an existing file."],
      },
      validate: {
        summary: "Check plan files against the plan file structure and the plan's rules; every mistake with its line and column.",
        arguments: { files: "plan files (.yaml)" },
        options: { format: "output format" },
        examples: [
          ["dialogue validate examples/ke-hoach-doi-thoai-2021.yaml", ""],
          ["dialogue validate plans/*.yaml --format json", ""],
        ],
      },
      status: {
        summary: "Show every task's deadline and state: what is overdue, and whose it is.",
        arguments: { files: "plan files (.yaml)" },
        options: {
          asOf: "the day to judge deadlines on (default: today in Việt Nam)",
          unit: "only the tasks of this unit id",
          session: "only the tasks of this session id",
          state: "only tasks in this state",
          dueWithin: "only tasks overdue or due within N days (default window for 'due soon': 7)",
          period: "only deadlines in a reporting period: a month (2021-04), q1..q4, 6m, 9m, year; optionally with a year (2021-q3)",
          format: "output format (default: text, or as the name given to -o ends: .xlsx, .csv, .json)",
          output: "write the result to this file instead of the screen",
          failOnOverdue: "exit with 1 when a task is overdue (for scheduled reminders)",
        },
        examples: [
          ["dialogue status plan.yaml", "today's situation"],
          ["dialogue status plan.yaml --as-of 2021-04-01", "the situation on a given day"],
          ["dialogue status plan.yaml --state overdue", "overdue tasks only"],
          ["dialogue status plan.yaml --unit ban-dan-van --period q2", ""],
          ["dialogue status plan.yaml -o report.xlsx", "an Excel workbook: the tasks and a summary sheet by unit"],
          ["dialogue status plans/*.yaml --format csv > report.csv", ""],
        ],
      },
      task: {
        summary: "Record a task's progress in the plan file (only that task's lines change).",
        arguments: { file: "the plan file", taskId: "the task's id", status: "the new status" },
        options: {
          on: "the day it happened (default: today)",
          ref: 'the report of the result (number, date), e.g. "Báo cáo số 12-BC/TĐ ngày 30/3/2021"',
          note: "a progress note, dated with --on",
          session: "for a task repeated for every session: which session",
        },
        examples: [
          ['dialogue task plan.yaml bao-cao-tu-tuong done --on 2021-03-30 --ref "Báo cáo số 12-BC/TĐ"', ""],
          ['dialogue task plan.yaml bao-cao-ly-son in_progress --note "3 of 5 communes reported"', ""],
          ["dialogue task plan.yaml tham-muu-noi-dung done --session khoi-nghiep", ""],
          ["dialogue task plan.yaml bao-cao-tu-tuong open", "a mistaken done: takes back the completion date and evidence"],
        ],
        notes: ["Only that task's lines change; comments and layout elsewhere in the file are kept."],
      },
      session: {
        summary: "Record a session's schedule: fixed, moved, held, postponed or cancelled.",
        arguments: { file: "the plan file", sessionId: "the session's id" },
        options: {
          date: "the date the session is fixed for",
          time: "its start time (HH:MM)",
          venue: "its venue",
          heldOn: "the session was held on this date",
          postponeTo: "postponed to a date, a month (2021-10) or a quarter (2021-Q4)",
          cancel: "the session is cancelled",
          undoHeld: "take back a held date recorded by mistake (before the session has a record)",
          reason: "why it was postponed or cancelled",
          on: "the day the change is recorded in the history (default: today)",
        },
        examples: [
          ["dialogue session plan.yaml khoi-nghiep --date 2021-04-20 --time 08:00", ""],
          ["dialogue session plan.yaml khoi-nghiep --held-on 2021-04-22", ""],
          ['dialogue session plan.yaml ly-son --postpone-to 2021-Q4 --reason "Epidemic"', ""],
          ['dialogue session plan.yaml ly-son --cancel --reason "Requests already resolved"', ""],
          ["dialogue session plan.yaml khoi-nghiep --undo-held", "recorded as held by mistake"],
        ],
      },
      record: {
        summary: "Add an empty, commented record (opinions, conclusions, notice) to a held session.",
        arguments: { file: "the plan file", sessionId: "the session's id" },
        options: {},
        examples: [
          ["dialogue session plan.yaml khoi-nghiep --held-on 2021-04-22", ""],
          ["dialogue record plan.yaml khoi-nghiep", ""],
          ["dialogue render plan.yaml --session khoi-nghiep --only minutes", ""],
        ],
      },
      render: {
        summary: "Export the official documents as DOCX in the official layout (Kế hoạch, Thông báo kết luận, Biên bản).",
        arguments: { file: "the plan file" },
        options: {
          output: "folder to write into",
          only: "only this kind of document",
          session: "only the notice and minutes of this session",
          profile: "layout: hd36 (Hướng dẫn 36-HD/VPTW) or hd05 (Hướng dẫn 05-HD/VPTW)",
          templates: "a folder of templates (a copy of templates/ with a province's changes)",
          pdf: "also write PDF files, through LibreOffice",
        },
        examples: [
          ["dialogue render examples/ke-hoach-doi-thoai-2021.yaml", "writes out/ke-hoach-doi-thoai-2021-ke-hoach.docx"],
          ["dialogue render plan.yaml -o documents --profile hd05", ""],
          ["dialogue render plan.yaml --templates province-templates/", ""],
        ],
      },
      calendar: {
        summary: "Write sessions and deadlines as an iCalendar (.ics) file for Outlook, Google or phone calendars.",
        arguments: { files: "plan files (.yaml)" },
        options: { output: "the .ics file to write (default: out/<plan file name>.ics; several plans: out/lich-doi-thoai.ics)" },
        examples: [
          ["dialogue calendar plan.yaml", "writes out/plan.ics"],
          ["dialogue calendar plans/*.yaml -o dialogue.ics", ""],
        ],
        notes: ["Importing the file again updates the events (stable UIDs) instead of duplicating them."],
      },
      schema: {
        summary: "Print where the plan file structure (JSON Schema) is, for VS Code's YAML extension, or copy it next to your plans.",
        arguments: {},
        options: { copyTo: "copy plan.schema.json into this folder" },
        examples: [
          ["dialogue schema", ""],
          ["dialogue schema --copy-to plans/", ""],
        ],
      },
      completion: {
        summary: "Print a shell completion script (Tab completes commands and options).",
        arguments: { shell: "the shell" },
        options: {},
        examples: [
          ["source <(dialogue completion bash)", "add to ~/.bashrc"],
          ["dialogue completion powershell | Out-String | Invoke-Expression", "add to your PowerShell profile"],
        ],
      },
    },
    exitCodes: EXIT_CODES,
  },
};
