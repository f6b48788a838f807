import type { Translate } from "../i18n/translate.js";
import { knownId, UsageError, usageResult } from "./options.js";
import type { CommandResult } from "./result.js";
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
# followUp: Giao Ban Dân vận Tỉnh ủy theo dõi, đôn đốc…, báo cáo Thường trực Tỉnh ủy.
# notice:                        # Thông báo kết luận: số, ngày, người ký, nơi nhận
#   number: 0
#   date: YYYY-MM-DD
#   signature: { authority: { mode: T/L, body: BAN THƯỜNG VỤ }, position: CHÁNH VĂN PHÒNG, name: Họ tên }
#   recipients: [Thường trực Tỉnh ủy, Lưu Văn phòng Tỉnh ủy]
`;
}

/** `dialogue record <file> <session-id>`: adds an empty, commented record to a held session. */
export async function recordCommand(file: string, id: string, t: Translate): Promise<CommandResult> {
  try {
    return await updatePlanFile(
      file,
      (plan) => {
        const sessions = plan.sessions ?? [];
        knownId("kind-session", id, sessions.map((s) => s.id), t);
        const index = sessions.findIndex((s) => s.id === id);
        const session = sessions[index];
        if (session.record) throw new UsageError("record-exists", { id, file });
        if (session.status !== "held") throw new UsageError("record-needs-held", { id, file });
        return {
          change: (edit) => edit.addBlock(["sessions", index], "record", recordSkeleton(id)),
          done: t("record-added", { id, file }),
          unchanged: t("record-exists", { id, file }),
        };
      },
      t,
    );
  } catch (error) {
    if (error instanceof UsageError) return usageResult(error, t);
    throw error;
  }
}

export const run = (args: ArgsOf<"record">, { t }: Pick<Context, "t">) => recordCommand(args.file, args.sessionId, t);
