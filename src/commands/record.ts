import type { Translate } from "../i18n/translate.js";
import { knownId, UsageError } from "./options.js";
import { EXIT, type CommandResult } from "../result.js";
import type { Plan } from "../plan/types.gen.js";
import { eachConclusionTask, eachTask } from "../plan/walk.js";
import { validPlans } from "../pipeline/valid-plans.js";
import { askRecord } from "../record/questions.js";
import { NOTICE_HINT, recordYaml } from "../record/record-yaml.js";
import { updatePlanFile } from "../edit/update-plan-file.js";
import type { Context } from "./context.js";
import type { ArgsOf } from "./registry.js";

/** The commented skeleton of a session's record: valid as it stands, every field explained. */
export function recordSkeleton(sessionId: string): string {
  return `# Hồ sơ buổi đối thoại. Dòng bắt đầu bằng # là hướng dẫn: bỏ dấu # để dùng, rồi chạy dialogue validate.
# start: "08:00"                 # giờ bắt đầu (HH:MM)
# end: "11:00"                   # giờ kết thúc
# leaders:                       # lãnh đạo tham dự, mỗi dòng: Họ tên, chức vụ
#   - Họ tên, chức vụ
# agencies: [ma-don-vi]          # mã các đơn vị tham dự (có trong units)
# citizens: 0                    # số người dân tham dự
# minuteTaker: { name: Họ tên, title: chức vụ }   # người ghi biên bản
opinions: []                     # ý kiến người dân: thay [] bằng các mục như ví dụ dưới
#   - number: 1                  # số thứ tự 1, 2, 3…
#     field: Lĩnh vực            # để nhóm ý kiến trong thông báo
#     speaker: { name: Họ tên, address: Địa chỉ }   # chỉ in trong biên bản
#     content: Nội dung ý kiến
#     answers:
#       - by: ma-don-vi
#         summary: Tóm tắt nội dung trả lời
assessment: []                   # các đoạn đánh giá mở đầu phần kết luận
assignments: []                  # nhiệm vụ theo kết luận: thay [] bằng các mục như ví dụ dưới
#   - id: ${sessionId}-kl-1
#     lead: ma-don-vi            # đơn vị chủ trì
#     coordinating: [ma-don-vi]  # đơn vị phối hợp
#     text: Nội dung giao việc, ghi đúng như thông báo.
#     deadline: { daysAfter: 30 }   # hoặc { on: YYYY-MM-DD } hoặc { before: YYYY-MM-DD }
#     reportTo: Thường trực Tỉnh ủy
# followUp: Giao Ban Tuyên giáo và Dân vận Tỉnh ủy theo dõi, đôn đốc…, báo cáo Thường trực Tỉnh ủy.
${NOTICE_HINT}`;
}

/** The session a record is for: it exists, was held, and has no record yet. */
function sessionForRecord(plan: Plan, id: string, file: string, t: Translate): number {
  const sessions = plan.sessions ?? [];
  knownId("kind-session", id, sessions.map((s) => s.id), t);
  const index = sessions.findIndex((s) => s.id === id);
  if (sessions[index].record) throw new UsageError("record-exists", { id, file });
  if (sessions[index].status !== "held") throw new UsageError("record-needs-held", { id, file });
  return index;
}

/** Writes the record's YAML text under the session, through the plan's lock and every check of an edit. */
function writeRecord(file: string, id: string, yaml: string, done: string, t: Translate): Promise<CommandResult> {
  return updatePlanFile(
    file,
    (plan) => {
      const index = sessionForRecord(plan, id, file, t);
      return { change: (edit) => edit.addBlock(["sessions", index], "record", yaml), done, unchanged: t("record-exists", { id, file }) };
    },
    t,
  );
}

/** `dialogue record <file> <session-id> --skeleton`: adds an empty, commented record to a held session. */
export async function recordCommand(file: string, id: string, t: Translate): Promise<CommandResult> {
  return await writeRecord(file, id, recordSkeleton(id), t("record-added", { id, file }), t);
}

/**
 * `dialogue record <file> <session-id>` in a terminal: asks for the session's facts, opinions and
 * conclusions, then writes them as the session's record. Everything that can refuse is checked
 * before the first question, and again under the lock when writing.
 */
export async function askedRecordCommand(file: string, id: string, t: Translate): Promise<CommandResult> {
  try {
    const { plans } = validPlans([file]);
    const plan = plans[0].plan;
    const session = plan.sessions![sessionForRecord(plan, id, file, t)];
    const taken = new Set([...eachTask(plan), ...eachConclusionTask(plan)].map(({ task }) => task.id).filter((x): x is string => Boolean(x)));
    const { terminalPrompts } = await import("../prompts/terminal-prompts.js");
    const record = await askRecord(terminalPrompts(t), plan, session, taken, t);
    const done = t("record-written", { id, file, opinions: record.opinions.length, assignments: record.assignments.length });
    return await writeRecord(file, id, recordYaml(record), done, t);
  } catch (error) {
    if ((error as { name?: string }).name === "ExitPromptError") return { exitCode: EXIT.unusable, stderr: t("init-cancelled") + "\n" };
    throw error;
  }
}

/** Asks in a terminal; the skeleton when asked for (`--skeleton`) or when there is no terminal to ask in, so a script never waits. */
export const run = (args: ArgsOf<"record">, { t, terminal }: Pick<Context, "t" | "terminal">) =>
  args.skeleton || !(terminal.stdinIsTTY && terminal.stdoutIsTTY) ? recordCommand(args.file, args.sessionId, t) : askedRecordCommand(args.file, args.sessionId, t);
