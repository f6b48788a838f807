/** Task states, in the order a clerk reads them (most urgent first). Kept free of imports: the CLI lists them in --help. */
export const TASK_STATES = ["overdue", "due_soon", "open", "awaiting_schedule", "done_late", "done_on_time", "cancelled"] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** What a clerk records of a task; the states above are derived from it and its deadline. */
export const TASK_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;
export type TaskStatusValue = (typeof TASK_STATUSES)[number];
