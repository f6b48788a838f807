import type { Lang } from "../i18n/lang.js";

// Help that teaches: real examples for each command, and the exit codes.
const EXIT_VI = "Mã thoát: 0 tốt, 1 có lỗi trong kế hoạch (hoặc quá hạn với --fail-on-overdue), 2 không đọc được tệp hoặc sai cách dùng.";
const EXIT_EN = "Exit codes: 0 fine, 1 errors in a plan (or overdue tasks with --fail-on-overdue), 2 unreadable file or wrong usage.";

const TEXTS = {
  vi: {
    program: `
Ví dụ:
  dialogue validate examples/ke-hoach-doi-thoai-2021.yaml
  dialogue status examples/ke-hoach-doi-thoai-2021.yaml --as-of 2021-04-01
  dialogue --lang en --help

${EXIT_VI}`,
    init: `
Ví dụ:
  dialogue init                                   hỏi từng câu, ghi ke-hoach.yaml
  dialogue init ke-hoach-2026.yaml
  dialogue init ke-hoach-2026.yaml --yes --province "Quảng Ngãi" --year 2026 --signer "Họ Tên" --session "Chủ đề một"

Không bao giờ ghi đè tệp đã có.
${EXIT_VI}`,
    validate: `
Ví dụ:
  dialogue validate examples/ke-hoach-doi-thoai-2021.yaml
  dialogue validate ke-hoach/*.yaml --format json

${EXIT_VI}`,
    task: `
Ví dụ:
  dialogue task ke-hoach.yaml bao-cao-tu-tuong done --on 2021-03-30 --ref "Báo cáo số 12-BC/TĐ"
  dialogue task ke-hoach.yaml bao-cao-ly-son in_progress --note "Đã nhận báo cáo của 3/5 xã"
  dialogue task ke-hoach.yaml tham-muu-noi-dung done --session khoi-nghiep

Chỉ các dòng của nhiệm vụ đó thay đổi; chú thích và định dạng khác trong tệp được giữ nguyên.
${EXIT_VI}`,
    session: `
Ví dụ:
  dialogue session ke-hoach.yaml khoi-nghiep --date 2021-04-20 --time 08:00
  dialogue session ke-hoach.yaml khoi-nghiep --held-on 2021-04-22
  dialogue session ke-hoach.yaml ly-son --postpone-to 2021-Q4 --reason "Dịch bệnh"
  dialogue session ke-hoach.yaml ly-son --cancel --reason "Đã giải quyết xong kiến nghị"

${EXIT_VI}`,
    record: `
Ví dụ:
  dialogue session ke-hoach.yaml khoi-nghiep --held-on 2021-04-22
  dialogue record ke-hoach.yaml khoi-nghiep
  dialogue render ke-hoach.yaml --session khoi-nghiep --only minutes

${EXIT_VI}`,
    calendar: `
Ví dụ:
  dialogue calendar ke-hoach.yaml                       ghi out/ke-hoach.ics
  dialogue calendar ke-hoach/*.yaml -o lich.ics

Nhập lại tệp .ics sẽ cập nhật sự kiện cũ (mã UID cố định), không tạo trùng.
${EXIT_VI}`,
    render: `
Ví dụ:
  dialogue render examples/ke-hoach-doi-thoai-2021.yaml                 ghi out/ke-hoach-doi-thoai-2021-ke-hoach.docx
  dialogue render ke-hoach.yaml -o van-ban --profile hd05
  dialogue render ke-hoach.yaml --templates mau-tinh/                   dùng mẫu đã sửa theo tỉnh

${EXIT_VI}`,
    status: `
Ví dụ:
  dialogue status ke-hoach.yaml                      tình hình hôm nay
  dialogue status ke-hoach.yaml --as-of 2021-04-01   tình hình vào một ngày
  dialogue status ke-hoach.yaml --state overdue      chỉ việc quá hạn
  dialogue status ke-hoach.yaml --unit ban-dan-van --period q2
  dialogue status ke-hoach/*.yaml --format csv > bao-cao.csv

${EXIT_VI}`,
  },
  en: {
    program: `
Examples:
  dialogue validate examples/ke-hoach-doi-thoai-2021.yaml
  dialogue status examples/ke-hoach-doi-thoai-2021.yaml --as-of 2021-04-01

${EXIT_EN}`,
    init: `
Examples:
  dialogue init                                   asks, then writes ke-hoach.yaml
  dialogue init plan-2026.yaml
  dialogue init plan-2026.yaml --yes --province "Quảng Ngãi" --year 2026 --signer "Full Name" --session "First theme"

Never overwrites an existing file.
${EXIT_EN}`,
    validate: `
Examples:
  dialogue validate examples/ke-hoach-doi-thoai-2021.yaml
  dialogue validate plans/*.yaml --format json

${EXIT_EN}`,
    task: `
Examples:
  dialogue task plan.yaml bao-cao-tu-tuong done --on 2021-03-30 --ref "Báo cáo số 12-BC/TĐ"
  dialogue task plan.yaml bao-cao-ly-son in_progress --note "3 of 5 communes reported"
  dialogue task plan.yaml tham-muu-noi-dung done --session khoi-nghiep

Only that task's lines change; comments and layout elsewhere in the file are kept.
${EXIT_EN}`,
    session: `
Examples:
  dialogue session plan.yaml khoi-nghiep --date 2021-04-20 --time 08:00
  dialogue session plan.yaml khoi-nghiep --held-on 2021-04-22
  dialogue session plan.yaml ly-son --postpone-to 2021-Q4 --reason "Epidemic"
  dialogue session plan.yaml ly-son --cancel --reason "Requests already resolved"

${EXIT_EN}`,
    record: `
Examples:
  dialogue session plan.yaml khoi-nghiep --held-on 2021-04-22
  dialogue record plan.yaml khoi-nghiep
  dialogue render plan.yaml --session khoi-nghiep --only minutes

${EXIT_EN}`,
    calendar: `
Examples:
  dialogue calendar plan.yaml                           writes out/plan.ics
  dialogue calendar plans/*.yaml -o dialogue.ics

Importing the file again updates the events (stable UIDs) instead of duplicating them.
${EXIT_EN}`,
    render: `
Examples:
  dialogue render examples/ke-hoach-doi-thoai-2021.yaml                 writes out/ke-hoach-doi-thoai-2021-ke-hoach.docx
  dialogue render plan.yaml -o documents --profile hd05
  dialogue render plan.yaml --templates province-templates/

${EXIT_EN}`,
    status: `
Examples:
  dialogue status plan.yaml                      today's situation
  dialogue status plan.yaml --as-of 2021-04-01   the situation on a given day
  dialogue status plan.yaml --state overdue      overdue tasks only
  dialogue status plan.yaml --unit ban-dan-van --period q2
  dialogue status plans/*.yaml --format csv > report.csv

${EXIT_EN}`,
  },
} as const;

export function examples(lang: Lang, command: keyof (typeof TEXTS)["vi"]): string {
  return TEXTS[lang][command];
}
