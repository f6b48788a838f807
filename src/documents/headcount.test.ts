import { describe, expect, it } from "vitest";
import type { Attendance } from "../plan/types.gen.js";
import { loadTemplates } from "../load/templates.js";
import { attendanceText } from "./headcount.js";

const { wording } = loadTemplates("hd36");

describe("numbers of people (#13.5)", () => {
  it.each<[Attendance, string]>([
    [{ count: 200 }, "khoảng 200 người"],
    [{ count: 200, approximate: false }, "200 người"],
    [{ count: 150, qualifier: "over" }, "hơn 150 người"],
    [{ qualifier: "thousands" }, "hàng nghìn người"],
    [{ qualifier: "hundreds" }, "hàng trăm người"],
    [{ count: "unknown" }, "(chưa xác định) người"],
    [{ count: 300, delegates: { count: 50, approximate: false } }, "50 đại biểu và khoảng 300 người dân"],
    [
      { count: 500, parts: [{ label: "phần đối thoại với công nhân", count: 300 }, { label: "phần đối thoại với doanh nghiệp", count: 40, qualifier: "over" }] },
      "khoảng 500 người, trong đó: phần đối thoại với công nhân khoảng 300 người; phần đối thoại với doanh nghiệp hơn 40 người",
    ],
  ])("%j → %s", (attendance, expected) => {
    expect(attendanceText(attendance, wording.lists, wording.missing.unknown)).toBe(expected);
  });
});
