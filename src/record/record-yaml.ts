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
  const body = stringify(withoutEmpty(record), { lineWidth: 0, collectionStyle: "block" });
  return `# Hồ sơ buổi đối thoại, ghi theo câu trả lời khi chạy dialogue record; sửa trực tiếp tại đây nếu cần.\n${body}${NOTICE_HINT}`;
}
