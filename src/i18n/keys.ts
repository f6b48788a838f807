import { ISSUE_CODES, type IssueCode } from "../findings.js";

/**
 * The interface's own messages: what the commands say besides the core's issues (the core's codes
 * are in src/findings.ts). Every language's catalogue words each key of both lists.
 */
export const INTERFACE_KEYS = [
  // presentation
  "severity-error", "severity-warning", "summary-ok", "summary-findings",
  // status
  "state-overdue", "state-due_soon", "state-open", "state-awaiting_schedule", "state-done_late", "state-done_on_time",
  "state-cancelled", "status-title", "status-none", "status-col-state", "status-col-task", "status-col-deadline",
  "status-col-unit", "status-days-overdue", "status-days-late", "status-not-before", "status-no-deadline",
  "status-session", "status-units-title", "status-col-done-on-time", "status-col-done-late", "status-col-open",
  "status-col-overdue", "status-col-rate", "status-line", "status-plan-invalid",
  // status for a clerk: the period in the title, the coming sessions
  "status-title-period", "status-sessions-title", "status-session-no-date", "status-session-postponed", "status-session-or",
  "status-session-month", "status-session-quarter",
  // status of the deadline kinds: a period's row, a roadmap stage's row, a reply awaiting the receipt
  "status-period", "status-stage", "status-detail-awaiting-receipt",
  "task-needs-period", "task-not-periodic", "task-needs-stage", "task-not-roadmap", "kind-period", "kind-stage",
  "task-received", "task-not-from-receipt",
  // status as an Excel workbook (--format xlsx): the four buckets of national reporting, headers, sheets
  "status-bucket-done_on_time", "status-bucket-done_late", "status-bucket-open", "status-bucket-overdue", "status-bucket-rate",
  "status-bucket-total", "status-detail-due_soon", "status-detail-awaiting-session", "status-detail-awaiting-notice",
  "status-cancelled", "status-sheet-tasks", "status-sheet-units", "status-units-sheet-title", "status-units-sheet-note-rate",
  "status-units-sheet-note-joint", "status-head-number", "status-head-id", "status-head-content", "status-head-units",
  "status-head-coordinating", "status-head-session", "status-head-deadline", "status-head-earliest", "status-head-state",
  "status-head-days-overdue", "status-head-completed", "status-head-evidence", "status-head-file", "status-head-line",
  "status-head-unit", "status-head-unit-id", "status-xlsx-terminal", "status-output-format-mismatch", "status-output-is-input",
  "status-wrote", "option-bad-date", "option-date-outside-calendar", "option-bad-number", "option-blank", "option-one-line",
  "option-too-long", "option-bad-period", "option-unknown-id", "kind-unit", "kind-session", "kind-task",
  // task and session updates
  "task-updated", "task-unchanged", "task-cleared", "task-status-open", "task-status-in_progress", "task-status-done",
  "task-status-cancelled", "session-scheduled", "session-moved", "session-held", "session-held-corrected", "session-held-undone",
  "session-postponed", "session-cancelled", "session-unchanged", "session-undo-not-held", "session-already-held",
  "session-undo-has-record", "session-held-in-future", "task-done-in-future", "task-needs-session", "task-not-per-session", "edit-would-break",
  "edit-conflict", "edit-locked", "edit-locked-elsewhere", "edit-failed", "edit-cannot-place", "edit-readback",
  "write-disk-full", "write-read-only", "write-no-folder", "write-is-folder", "write-failed", "session-one-action",
  "session-only-one-action", "session-option-needs-date", "session-reason-not-here", "option-needs-reason", "option-bad-time",
  "option-bad-target",
  // render
  "render-unknown-profile", "render-templates-missing", "render-template-invalid", "render-wrote", "render-template-outside",
  "render-templates-not-folder", "render-template-not-file", "render-template-too-large", "render-template-unreadable",
  "render-template-type", "render-template-minimum", "render-template-exclusiveMinimum", "render-template-maximum",
  "render-template-enum", "render-template-unknown-field", "render-template-shape", "render-template-no-room",
  "pdf-no-libreoffice", "pdf-failed", "pdf-not-written", "pdf-reason-none", "pdf-reason-not-pdf", "schema-copied",
  "schema-no-folder", "schema-not-folder", "init-created", "init-exists", "init-no-folder", "init-plan-invalid",
  "init-needs-terminal", "init-missing-flags", "init-unknown-units", "init-cancelled", "calendar-wrote", "calendar-unscheduled",
  "record-added", "record-exists", "record-needs-held", "render-nothing", "render-no-plans", "render-needs-period",
  "render-no-plan-of-year", "render-same-name", "render-output-invalid", "output-link", "output-names-folder",
  "output-not-regular", "init-from-invalid", "init-from-header", "init-from-created", "init-q-province", "init-q-year", "init-q-signer", "init-q-position", "init-q-add-session",
  "init-q-add-another", "init-q-theme", "init-q-audience", "init-q-count", "init-q-when", "init-q-when-invalid", "init-q-venue",
  "init-q-units", "init-q-unit-name", "init-q-required", "init-q-too-long", "init-q-yes", "init-q-no", "init-q-keys",
  "cli-unknown-command", "cli-unknown-option", "cli-missing-argument", "cli-option-needs-value", "cli-excess-arguments",
  "cli-bad-choice", "cli-see-help", "internal-error",
  // dialogue record's questions
  "record-q-start", "record-q-end", "record-q-time-invalid", "record-q-leader", "record-q-agencies", "record-q-citizens", "record-q-minute-taker", "record-q-minute-taker-title", "record-q-opinion", "record-q-another-opinion", "record-q-field", "record-q-speaker", "record-q-address", "record-q-content", "record-q-answer-by", "record-q-another-answer", "record-q-no-more-answers", "record-q-answer", "record-q-assessment", "record-q-assignment", "record-q-another-assignment", "record-q-lead", "record-q-coordinating", "record-q-assignment-text", "record-q-before-word", "record-q-deadline", "record-q-deadline-invalid", "record-q-deadline-far", "record-q-report-to", "record-q-follow-up", "record-written",
  // render while a record is being filled in
  "render-record-held-back", "render-waits-for-record",
  // render --only reminder: the office's own overdue tasks, listed instead of a letter to itself
  "render-reminder-own-office", "render-reminder-own-office-task", "render-report-no-plan-of-year",
  // the prompts' own texts, in the clerk's language (init, record)
  "prompt-yes-no", "prompt-whole-number", "prompt-between", "prompt-select-keys", "prompt-choose-one",
  // values typed on the command line, converted by their kind (src/cli/option-values.ts)
  "option-date-not-real", "option-year-range",
  // progress on long work (a terminal only)
  "progress-reading", "progress-making-report",
] as const;
export type InterfaceKey = (typeof INTERFACE_KEYS)[number];

export type MessageKey = IssueCode | InterfaceKey;
export const MESSAGE_KEYS: readonly MessageKey[] = [...ISSUE_CODES, ...INTERFACE_KEYS];
