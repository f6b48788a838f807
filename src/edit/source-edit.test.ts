import { describe, expect, it } from "vitest";
import { SourceEdit } from "./source-edit.js";

const plan = [
  "# đầu tệp",
  "tasks:",
  "  - id: a   # nhiệm vụ a",
  "    status: open",
  "",
  "",
  "    deadline: { on: 2021-03-31 }",
  "    notes:",
  "      - on: 2021-03-01",
  "        text: 'ghi chú'",
  "  - id: b",
  "    text: >-",
  "      một đoạn",
  "      dài",
  "# cuối tệp",
  "",
].join("\n");

describe("SourceEdit", () => {
  it("replaces a scalar and keeps the comment, the blank lines and every other byte", () => {
    const out = new SourceEdit(plan).set(["tasks", 0, "status"], "done").result();
    expect(out).toBe(plan.replace("status: open", "status: done"));
  });

  it("adds a missing key after the map's last line, at the map's indentation", () => {
    const out = new SourceEdit(plan).set(["tasks", 1, "completedOn"], "2021-03-30").result();
    expect(out).toBe(plan.replace("      dài\n", "      dài\n    completedOn: 2021-03-30\n"));
  });

  it("adds to a flow map in place", () => {
    const out = new SourceEdit(plan).set(["tasks", 0, "deadline", "workingDays"], true).result();
    expect(out).toContain("    deadline: { on: 2021-03-31, workingDays: true }\n");
  });

  it("creates missing nested maps", () => {
    const out = new SourceEdit(plan).set(["tasks", 1, "bySession", "s1", "status"], "done").result();
    expect(out).toContain("      dài\n    bySession:\n      s1:\n        status: done\n# cuối tệp");
  });

  it("appends to a block sequence and quotes what needs quoting", () => {
    const out = new SourceEdit(plan).append(["tasks", 0, "notes"], { on: "2021-03-20", text: "đã gửi: bản 2" }).result();
    expect(out).toContain("        text: 'ghi chú'\n      - on: 2021-03-20\n        text: \"đã gửi: bản 2\"\n  - id: b");
  });

  it("removes a one-line pair", () => {
    const out = new SourceEdit(plan).remove(["tasks", 0, "status"]).result();
    expect(out).toBe(plan.replace("    status: open\n", ""));
  });

  it("keeps CRLF line ends in what it adds", () => {
    const crlf = plan.replace(/\n/g, "\r\n");
    const out = new SourceEdit(crlf).set(["tasks", 1, "status"], "done").result();
    expect(out).toBe(crlf.replace("      dài\r\n", "      dài\r\n    status: done\r\n"));
  });

  it("writes a value that looks like a number or a boolean as a string", () => {
    const out = new SourceEdit(plan).set(["tasks", 0, "status"], "123").result();
    expect(out).toContain("status: \"123\"");
  });
});

describe("SourceEdit, several changes at one place", () => {
  it("keeps them in the order they were made", () => {
    const out = new SourceEdit(plan).set(["tasks", 1, "status"], "done").set(["tasks", 1, "completedOn"], "2021-03-30").result();
    expect(out).toContain("      dài\n    status: done\n    completedOn: 2021-03-30\n# cuối tệp");
  });
});

describe("SourceEdit, flow maps", () => {
  const flow = "a:\n  d: { on: 2021-03-31, workingDays: true }\n  e: { quarter: 2021-Q4 }\n";
  it("removes a pair and its comma from a { … } map", () => {
    expect(new SourceEdit(flow).remove(["a", "d", "on"]).result()).toBe("a:\n  d: { workingDays: true }\n  e: { quarter: 2021-Q4 }\n");
    expect(new SourceEdit(flow).remove(["a", "d", "workingDays"]).result()).toBe("a:\n  d: { on: 2021-03-31 }\n  e: { quarter: 2021-Q4 }\n");
  });

  it("replaces one kind of key by another in the same map", () => {
    const out = new SourceEdit(flow).remove(["a", "e", "quarter"]).set(["a", "e", "month"], "2021-11").result();
    expect(out).toBe("a:\n  d: { on: 2021-03-31, workingDays: true }\n  e: { month: 2021-11 }\n");
  });
});
