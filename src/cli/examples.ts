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
    validate: `
Ví dụ:
  dialogue validate examples/ke-hoach-doi-thoai-2021.yaml
  dialogue validate ke-hoach/*.yaml --format json

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
    validate: `
Examples:
  dialogue validate examples/ke-hoach-doi-thoai-2021.yaml
  dialogue validate plans/*.yaml --format json

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
