import type * as Prompts from "@inquirer/prompts";
import type { CommonUnit, NewPlanAnswers, NewSession } from "./new-plan.js";

/** Where the prompts read and write: the terminal, or streams in a test. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/** The questions of `dialogue init`, in a clerk's words; the answers become a plan. */
export async function askAnswers(prompts: typeof Prompts, context: PromptContext, common: CommonUnit[], year: number): Promise<NewPlanAnswers> {
  const { input, number, select, checkbox, confirm } = prompts;
  const required = (value: string) => (value.trim() ? true : "Không được để trống.");
  const yesNo = (value: boolean) => (value ? "Có" : "Không");
  const vietnameseKeys = () => "↑↓ di chuyển • Space chọn/bỏ chọn • a chọn tất cả • Enter xong";
  const province = await input({ message: "Tỉnh (ví dụ Quảng Ngãi):", validate: required }, context);
  const planYear = (await number({ message: "Năm của kế hoạch:", default: year, min: 2000, max: 2100, required: true }, context)) ?? year;
  const signerName = await input({ message: "Họ tên người ký:", validate: required }, context);
  const signerPosition = await select({ message: "Chức vụ người ký:", choices: [{ value: "BÍ THƯ" }, { value: "PHÓ BÍ THƯ" }] }, context);

  const sessions: NewSession[] = [];
  while (await confirm({ message: sessions.length ? "Thêm một buổi đối thoại nữa?" : "Thêm một buổi đối thoại?", default: sessions.length === 0, transformer: yesNo }, context)) {
    const theme = await input({ message: `Chủ đề ${sessions.length + 1}:`, validate: required }, context);
    const audience = await input({ message: "Đối tượng tham dự (có thể bỏ trống):" }, context);
    const count = await number({ message: "Số lượng người dự kiến (có thể bỏ trống):", min: 1, required: false }, context);
    const when = await input(
      {
        message: `Thời gian dự kiến: tháng (${planYear}-04) hoặc quý (${planYear}-Q3); bỏ trống nếu chưa biết:`,
        validate: (v) => !v.trim() || MONTH.test(v.trim()) || QUARTER.test(v.trim().toUpperCase()) || "Ghi tháng dạng YYYY-MM hoặc quý dạng YYYY-Qn.",
      },
      context,
    );
    const venue = await input({ message: "Địa điểm (bỏ trống: \"Sẽ thông báo cụ thể sau\"):" }, context);
    sessions.push({ theme, audience: audience || undefined, count: count ?? undefined, when: when.trim().toUpperCase() || undefined, venue: venue || undefined });
  }

  const chosen = await checkbox(
    {
      message: "Các đơn vị được giao nhiệm vụ:",
      choices: common.map((u) => ({ value: u.id, name: u.name, checked: u.selected })),
      required: true,
      theme: { style: { keysHelpTip: vietnameseKeys } },
    },
    context,
  );
  const units = common.filter((u) => chosen.includes(u.id));
  for (const unit of units) {
    const name = await input({ message: `Tên đơn vị "${unit.id}":`, default: unit.name, validate: required }, context);
    unit.name = name;
  }
  return { province, year: planYear, signerName, signerPosition, sessions, units };
}
