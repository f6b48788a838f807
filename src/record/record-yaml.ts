import { stringify } from "yaml";
import type { RecordAnswers } from "./questions.js";

/** What a record still needs once the notice is signed, as commented lines to fill in. */
export const NOTICE_HINT = `# notice:                        # thông báo kết luận
#   number: 0
#   date: YYYY-MM-DD
#   signature:
#     authority:
#       mode: T/L
#       body: BAN THƯỜNG VỤ
#     position: CHÁNH VĂN PHÒNG
#     name: Họ tên
#   recipients:
#     - Thường trực Tỉnh ủy
#     - Lưu Văn phòng Tỉnh ủy
`;

/** Drops what the clerk left empty, so that the record holds only what was said. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, withoutEmpty(v)]),
    );
  return value;
}

/**
 * The record's YAML, in block style only: a flow list (`[a, b]`) splits a Vietnamese text at its
 * commas, so none is written. The notice, signed later, follows as commented lines.
 */
export function recordYaml(record: RecordAnswers): string {
  // The order of the skeleton and the documents: the session's facts, then what was said and concluded.
  const { start, end, leaders, agencies, citizens, minuteTaker, opinions, assessment, assignments, followUp } = record;
  const ordered = { start, end, leaders, agencies, citizens, minuteTaker, opinions, assessment, assignments, followUp };
  const body = stringify(withoutEmpty(ordered), { lineWidth: 0, collectionStyle: "block" })
    // Times quoted, as the skeleton writes them: a YAML 1.1 reader would take 08:00 for a number of minutes.
    .replace(/^(start|end): (\d\d:\d\d)$/gm, '$1: "$2"');
  return `# Hồ sơ buổi đối thoại, ghi theo câu trả lời khi chạy dialogue record; sửa trực tiếp tại đây nếu cần.\n${body}${NOTICE_HINT}`;
}
