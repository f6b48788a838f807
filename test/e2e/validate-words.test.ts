import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED } from "../helpers/cli.js";

/** validate says a code with what it means, and what an id may hold, in the clerk's words (#18.2, #18.3). */
describe("validate's words for codes and ids", () => {
  it("glosses each allowed code, proposes an id, and names statuses in Vietnamese", async () => {
    const plan = copyExample(SEED, (t) =>
      t
        .replace("  - id: khoi-nghiep", "  - id: Khởi nghiệp 2021")
        .replace("          on: 2021-03-31 #", "        status: xong\n        deadline:\n          on: 2021-03-31 #").replace("        deadline:\n        status: xong", "        status: xong")
        .replace("  - id: ly-son\n", "  - id: ly-son\n    status: postponed\n    postponedTo: { quarter: 2021-Q4 }\n"),
    );
    const run = await dialogue(["validate", plan, "--format", "json"]);
    const messages = (JSON.parse(run.stdout) as { code: string; message: string }[]).map((f) => `${f.code}: ${f.message}`);
    expect(messages).toContainEqual(
      'schema-pattern: "Khởi nghiệp 2021" không đúng dạng mã: mã chỉ gồm chữ thường không dấu (a–z), chữ số (0–9) và dấu gạch nối "-" giữa các chữ, không có dấu cách; ví dụ: khoi-nghiep-2021.',
    );
    expect(messages).toContainEqual(
      'schema-enum: không chấp nhận "xong"; chỉ dùng một trong các mã sau — open: chưa thực hiện; in_progress: đang thực hiện; done: đã hoàn thành (ghi kèm ngày hoàn thành completedOn); cancelled: đã hủy.',
    );
    expect(messages).toContainEqual("session-needs-reason: buổi đối thoại bị hoãn cần ghi lý do (reason: …).");
    const english = await dialogue(["validate", plan, "--format", "json", "--lang", "en"]);
    expect(english.stdout).toContain('\\"xong\\" is not allowed; use one of: open, in_progress, done, cancelled.');
  });
});
