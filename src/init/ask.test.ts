import { readFileSync } from "node:fs";
import { PassThrough, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parsePlan } from "../load/parse-plan.js";
import { loadTemplates } from "../load/templates.js";
import { translator } from "../i18n/translate.js";
import { answerLimits } from "./answer-checks.js";
import { askAnswers } from "./ask.js";
import { terminalPrompts } from "../prompts/terminal-prompts.js";
import { newPlanText, type CommonUnit } from "./new-plan.js";
import { checkText } from "../pipeline/check.js";

const LIMITS = answerLimits(JSON.parse(readFileSync(new URL("../../schemas/plan.schema.json", import.meta.url), "utf8")), "TỈNH ỦY {province}");

const COMMON: CommonUnit[] = [
  { id: "ban-dan-van", name: "Ban Dân vận Tỉnh ủy", selected: true, task: "Tham mưu nội dung.", deadline: { daysBefore: 10, session: "all" } },
  { id: "cong-an", name: "Công an tỉnh", selected: false, task: "Bảo đảm an ninh." },
];

/** A terminal screen that stays open: each prompt pipes into it and would otherwise end it when done. */
class Screen extends Writable {
  text = "";
  override _write(chunk: Buffer, _: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    this.emit("update");
    done();
  }
  override end(): this {
    return this;
  }
}

/** A fake terminal that answers each question when it appears, as a clerk typing would. */
function terminal(script: [string, string][]) {
  const input = new PassThrough();
  const output = new Screen();
  let seen = 0;
  output.on("update", () => {
    const next = script[0];
    if (next && output.text.includes(next[0], seen)) {
      script.shift();
      seen = output.text.length;
      setTimeout(() => input.write(next[1]), 5);
    }
  });
  return { input, output, left: () => script.map(([q]) => q), screen: () => output.text };
}

const ENTER = "\r";
const DOWN = "\u001b[B";
const SPACE = " ";

describe("dialogue init questions", () => {
  it("turn a clerk's answers, typed at the real prompts, into a plan that validates", async () => {
    const term = terminal([
      ["Tỉnh", `Sơn Nguyên${ENTER}`],
      ["Năm của kế hoạch", ENTER],
      ["Họ tên người ký", `Nguyễn Văn Khải${ENTER}`],
      ["Chức vụ người ký", `${DOWN}${ENTER}`],
      ["Thêm một buổi đối thoại? (C/k)", `c${ENTER}`],
      ["Chủ đề 1", `Thanh niên lập nghiệp${ENTER}`],
      ["Đối tượng tham dự", `Đoàn viên, thanh niên${ENTER}`],
      ["Số lượng người dự kiến", `150${ENTER}`],
      ["Thời gian dự kiến", `2025-q3${ENTER}`],
      ["Địa điểm", ENTER],
      ["Thêm một buổi đối thoại nữa?", `n${ENTER}`],
      ["Các đơn vị được giao nhiệm vụ", `${DOWN}${SPACE}${ENTER}`],
      ['Tên đơn vị "ban-dan-van"', ENTER],
      ['Tên đơn vị "cong-an"', `Công an tỉnh Sơn Nguyên${ENTER}`],
    ]);
    const answers = await askAnswers(terminalPrompts(translator("vi"), { input: term.input, output: term.output }), structuredClone(COMMON), 2025, LIMITS, translator("vi"));
    expect(term.left()).toEqual([]);
    expect(term.screen()).not.toMatch(/navigate|select|Y\/n|You must/);
    expect(answers).toMatchObject({
      province: "Sơn Nguyên",
      year: 2025,
      signerName: "Nguyễn Văn Khải",
      signerPosition: "PHÓ BÍ THƯ",
      sessions: [{ theme: "Thanh niên lập nghiệp", audience: "Đoàn viên, thanh niên", count: 150, when: "2025-Q3" }],
    });
    expect(answers.units.map((u) => [u.id, u.name])).toEqual([
      ["ban-dan-van", "Ban Dân vận Tỉnh ủy"],
      ["cong-an", "Công an tỉnh Sơn Nguyên"],
    ]);
    const text = newPlanText(answers, loadTemplates("hd36").wording, "../schemas/plan.schema.json");
    expect(checkText("new.yaml", text).findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(text).toContain("    planned: { quarter: 2025-Q3 }");
    expect(text).toContain("  name: TỈNH ỦY SƠN NGUYÊN");
  });

  it("ask in English with --lang en", async () => {
    const term = terminal([
      ["Province", `Sơn Nguyên${ENTER}`],
      ["Year of the plan", ENTER],
      ["Signer's full name", `A B${ENTER}`],
      ["Signer's position", ENTER],
      ["Add a dialogue session?", `n${ENTER}`],
      ["Units given tasks", ENTER],
      ['Name of unit "ban-dan-van"', ENTER],
    ]);
    const answers = await askAnswers(terminalPrompts(translator("en"), { input: term.input, output: term.output }), structuredClone(COMMON), 2025, LIMITS, translator("en"));
    expect(term.left()).toEqual([]);
    expect(answers).toMatchObject({ province: "Sơn Nguyên", signerPosition: "BÍ THƯ", sessions: [] });
  });

  it("ask again for an answer the plan cannot hold: too long, or only spaces", async () => {
    const long = "Sơn Nguyên ".repeat(20).trim();
    const term = terminal([
      ["Tỉnh", `${long}${ENTER}`],
      ["Dài quá: tối đa 92 ký tự (hiện 219).", `${"\u007f".repeat(long.length)}Sơn Nguyên${ENTER}`],
      ["Năm của kế hoạch", ENTER],
      ["Họ tên người ký", `   ${ENTER}`],
      ["Không được để trống.", `${"\u007f".repeat(3)}A B${ENTER}`],
      ["Chức vụ người ký", ENTER],
      ["Thêm một buổi đối thoại?", `n${ENTER}`],
      ["Các đơn vị được giao nhiệm vụ", ENTER],
      ['Tên đơn vị "ban-dan-van"', ENTER],
    ]);
    const answers = await askAnswers(terminalPrompts(translator("vi"), { input: term.input, output: term.output }), structuredClone(COMMON), 2025, LIMITS, translator("vi"));
    expect(term.left()).toEqual([]);
    expect(answers).toMatchObject({ province: "Sơn Nguyên", signerName: "A B" });
  });

  it("write texts with YAML's special characters safely", () => {
    const text = newPlanText(
      { province: "Sơn Nguyên", year: 2025, signerName: "A: B", signerPosition: "BÍ THƯ", sessions: [{ theme: "- #1 *chủ đề*: [x]" }], units: COMMON },
      loadTemplates("hd36").wording,
      "s.json",
    );
    const plan = parsePlan(text).data as { sessions: { theme: string }[]; signature: { name: string } };
    expect(plan.sessions[0].theme).toBe("- #1 *chủ đề*: [x]");
    expect(plan.signature.name).toBe("A: B");
    expect(stringify(plan)).toContain("chủ đề");
  });
});

describe("dialogue init questions speak only Vietnamese", () => {
  it("refuse a wrong number, a wrong yes/no and an empty choice in Vietnamese, and go on asking for sessions until told no", async () => {
    const term = terminal([
      ["Tỉnh", `Sơn Nguyên${ENTER}`],
      ["Năm của kế hoạch", `abc${ENTER}`],
      ["Hãy ghi một số nguyên, ví dụ 150.", `${"\u007f".repeat(3)}1999${ENTER}`],
      ["Hãy ghi một số từ 2000 đến 2100.", `${"\u007f".repeat(4)}2026${ENTER}`],
      ["Họ tên người ký", `A B${ENTER}`],
      ["↑↓ di chuyển • Enter chọn", ENTER],
      ["Thêm một buổi đối thoại? (C/k)", `x${ENTER}`],
      ["Hãy trả lời c (có) hoặc k (không).", `\u007fc${ENTER}`],
      ["Chủ đề 1", `Một${ENTER}`],
      ["Đối tượng tham dự", ENTER],
      ["Số lượng người dự kiến", `nhiều${ENTER}`],
      ["Hãy ghi một số nguyên", `${"\u007f".repeat(5)}${ENTER}`],
      ["Thời gian dự kiến", ENTER],
      ["Địa điểm", ENTER],
      ["Thêm một buổi đối thoại nữa? (C/k)", ENTER],
      ["Chủ đề 2", `Hai${ENTER}`],
      ["Đối tượng tham dự", ENTER],
      ["Số lượng người dự kiến", ENTER],
      ["Thời gian dự kiến", ENTER],
      ["Địa điểm", ENTER],
      ["Thêm một buổi đối thoại nữa? (C/k)", `k${ENTER}`],
      ["Các đơn vị được giao nhiệm vụ", `${SPACE}${ENTER}`],
      ["Hãy chọn ít nhất một mục", `${SPACE}${ENTER}`],
      ['Tên đơn vị "ban-dan-van"', ENTER],
    ]);
    const answers = await askAnswers(terminalPrompts(translator("vi"), { input: term.input, output: term.output }), structuredClone(COMMON), 2025, LIMITS, translator("vi"));
    expect(term.left()).toEqual([]);
    expect(answers).toMatchObject({ year: 2026, sessions: [{ theme: "Một" }, { theme: "Hai" }] });
    expect(answers.sessions[0].count).toBeUndefined();
    expect(answers.units.map((u) => u.id)).toEqual(["ban-dan-van"]);
    expect(term.screen()).not.toMatch(/navigate|You must|Value must|At least one|Y\/n|\bYes\b|\bNo\b/);
  });
});
