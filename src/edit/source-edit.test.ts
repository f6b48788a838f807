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

  it("adds a key among the others in the order asked for (sessions in the plan's order), else at the end", () => {
    const text = "bySession:\n  s1:\n    status: done\n  s3:\n    status: open\n";
    const edit = new SourceEdit(text).orderKeys(["bySession"], ["s1", "s2", "s3", "s4"]);
    edit.set(["bySession", "s2", "status"], "done").set(["bySession", "s4", "status"], "open");
    expect(edit.result()).toBe("bySession:\n  s1:\n    status: done\n  s2:\n    status: done\n  s3:\n    status: open\n  s4:\n    status: open\n");
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

describe("SourceEdit, layouts that once tripped the read-back", () => {
  const held = (e: SourceEdit) =>
    e.set(["sessions", 0, "heldOn"], "2021-04-22").set(["sessions", 0, "status"], "held").append(["sessions", 0, "history"], { on: "2021-04-22", change: "held" });
  const cases: { name: string; text: string; edit: (e: SourceEdit) => SourceEdit; expected: string }[] = [
    {
      name: "a comment ends the last history item of a session that is not the last",
      text: "sessions:\n  - id: a\n    status: scheduled\n    history:\n      - on: 2021-03-25\n        change: scheduled\n        # đã báo các đơn vị\n  - id: b\n",
      edit: held,
      expected:
        "sessions:\n  - id: a\n    status: held\n    history:\n      - on: 2021-03-25\n        change: scheduled\n        # đã báo các đơn vị\n      - on: 2021-04-22\n        change: held\n    heldOn: 2021-04-22\n  - id: b\n",
    },
    {
      name: "a comment at the session's own column, then a blank line, after its last item",
      text: "sessions:\n  - id: a\n    status: scheduled\n    history:\n    - on: 2021-03-25\n      change: scheduled\n    # hết lịch sử\n\n  # buổi thứ hai\n  - id: b\n",
      edit: held,
      expected:
        "sessions:\n  - id: a\n    status: held\n    history:\n    - on: 2021-03-25\n      change: scheduled\n    # hết lịch sử\n    - on: 2021-04-22\n      change: held\n    heldOn: 2021-04-22\n\n  # buổi thứ hai\n  - id: b\n",
    },
    {
      name: "the end of the file without a newline",
      text: "sessions:\n  - id: a\n    status: scheduled\n    history:\n      - on: 2021-03-25\n        change: scheduled # cuối tệp",
      edit: held,
      expected:
        "sessions:\n  - id: a\n    status: held\n    history:\n      - on: 2021-03-25\n        change: scheduled # cuối tệp\n      - on: 2021-04-22\n        change: held\n    heldOn: 2021-04-22\n",
    },
    {
      name: "a session written as a { … } map with an empty [ ] history",
      text: "sessions:\n  - { id: a, status: scheduled, history: [] }\n",
      edit: held,
      expected: "sessions:\n  - { id: a, status: held, history: [{ on: 2021-04-22, change: held }], heldOn: 2021-04-22 }\n",
    },
    {
      name: "a history written as [ … ] over several lines, with a last comma and comments",
      text: "sessions:\n  - id: a\n    status: scheduled\n    history: [\n      { on: 2021-03-25, change: scheduled }, # lần 1\n    ]\n",
      edit: held,
      expected:
        "sessions:\n  - id: a\n    status: held\n    history: [\n      { on: 2021-03-25, change: scheduled }, { on: 2021-04-22, change: held }, # lần 1\n    ]\n    heldOn: 2021-04-22\n",
    },
    {
      name: "text kept with |+ and its blank lines, then a new key",
      text: "tasks:\n  - id: a\n    text: |+\n      dòng một\n\n\n  - id: b\n",
      edit: (e) => e.set(["tasks", 0, "status"], "done"),
      expected: "tasks:\n  - id: a\n    text: |+\n      dòng một\n\n\n    status: done\n  - id: b\n",
    },
    {
      name: "a key with no value yet and a comment after it",
      text: "tasks:\n  - id: a\n    evidence:   # ghi số văn bản\n",
      edit: (e) => e.set(["tasks", 0, "evidence"], "Báo cáo số 12"),
      expected: "tasks:\n  - id: a\n    evidence:   Báo cáo số 12 # ghi số văn bản\n",
    },
    {
      name: "a folded reason replaced by one line",
      text: "sessions:\n  - id: a\n    reason: >-\n      Mưa lũ\n      kéo dài\n    status: postponed\n",
      edit: (e) => e.set(["sessions", 0, "reason"], "Dịch bệnh"),
      expected: "sessions:\n  - id: a\n    reason: Dịch bệnh\n    status: postponed\n",
    },
    {
      name: "the first pair of a `- key:` item removed",
      text: "tasks:\n  - completedOn: 2021-03-30\n    id: a\n    status: done\n",
      edit: (e) => e.remove(["tasks", 0, "completedOn"]).set(["tasks", 0, "status"], "open"),
      expected: "tasks:\n  - id: a\n    status: open\n",
    },
    {
      name: "a block removed whose value is a block with a comment under it",
      text: "s:\n  postponedTo:\n    quarter: 2021-Q4\n    # quý cuối\n  status: postponed\n",
      edit: (e) => e.remove(["s", "postponedTo"]).set(["s", "status"], "scheduled"),
      expected: "s:\n  status: scheduled\n",
    },
    {
      name: "a value that needs quotes inside { … }",
      text: "s: { reason: x }\n",
      edit: (e) => e.set(["s", "reason"], "mưa, lũ"),
      expected: 's: { reason: "mưa, lũ" }\n',
    },
    {
      name: "the last of several entries of a { … } map replaced by another kind",
      text: "s: { on: 2021-03-31, quarter: 2021-Q4, workingDays: true }\n",
      edit: (e) => e.remove(["s", "quarter"]).remove(["s", "workingDays"]).set(["s", "month"], "2021-11"),
      expected: "s: { on: 2021-03-31, month: 2021-11 }\n",
    },
    {
      name: "nested sequences",
      text: "planned:\n  alternatives:\n    - - 2021-04-20\n      - 2021-04-22\n    - [2021-05-04]\n",
      edit: (e) => e.removeItem(["planned", "alternatives", 0], 0).append(["planned", "alternatives"], { on: "2021-05-06" }),
      expected: "planned:\n  alternatives:\n    - - 2021-04-22\n    - [2021-05-04]\n    - on: 2021-05-06\n",
    },
    {
      name: "one history item removed among several",
      text: "history:\n  - on: 2021-03-25\n    change: scheduled\n  - on: 2021-04-22 # nhầm\n    change: held\n    # ghi nhầm\n  - on: 2021-04-23\n    change: moved\n",
      edit: (e) => e.removeItem(["history"], 1),
      expected: "history:\n  - on: 2021-03-25\n    change: scheduled\n  - on: 2021-04-23\n    change: moved\n",
    },
  ];
  it.each(cases)("$name", ({ text, edit, expected }) => {
    expect(edit(new SourceEdit(text)).result()).toBe(expected);
    const crlf = text.replace(/\n/g, "\r\n");
    expect(edit(new SourceEdit(crlf)).result()).toBe(expected.replace(/\n/g, "\r\n"));
  });
});
