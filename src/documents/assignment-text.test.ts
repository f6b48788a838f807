import { describe, expect, it } from "vitest";
import type { ConclusionTask } from "../plan/types.gen.js";
import { assignmentText, statesDeadline } from "./assignment-text.js";
import { loadTemplates } from "../load/templates.js";

const w = loadTemplates("hd36").wording.conclusions;
const names: Record<string, string> = { ubnd: "Ban cán sự đảng UBND tỉnh", huyen: "Ban Thường vụ Huyện ủy Tân Hòa", bdv: "Ban Dân vận Tỉnh ủy", doan: "Ban Thường vụ Tỉnh đoàn" };
const unitName = (id: string) => names[id] ?? id;
const task = (fields: Partial<ConclusionTask>): ConclusionTask => ({ id: "kl", lead: "ubnd", text: "", ...fields });

describe("an assignment in the notice names its lead, coordinating units and deadline (format guide, point 5)", () => {
  it.each<[string, Partial<ConclusionTask>, string]>([
    [
      "text opening with the lead: the lead is not repeated; the coordinating unit follows it",
      { text: "Ban cán sự đảng UBND tỉnh chỉ đạo giao đất tái định cư trước ngày 30/6/2024.", coordinating: ["huyen"], deadline: { before: "2024-06-30" } },
      "Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với Ban Thường vụ Huyện ủy Tân Hòa chỉ đạo giao đất tái định cư trước ngày 30/6/2024.",
    ],
    [
      "text without the lead, the coordinating units or the deadline: all three are added",
      { text: "Rà soát hệ số điều chỉnh giá đất vườn.", coordinating: ["huyen", "bdv"], deadline: { daysAfter: 60 } },
      "Giao Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với Ban Thường vụ Huyện ủy Tân Hòa và Ban Dân vận Tỉnh ủy: Rà soát hệ số điều chỉnh giá đất vườn; hoàn thành trong thời hạn 60 ngày kể từ ngày ban hành Thông báo này.",
    ],
    [
      "a lead after a hand-over word (Đề nghị) counts as named",
      { text: "Đề nghị Ban cán sự đảng UBND tỉnh chỉ đạo rà soát", deadline: { on: "2024-12-31" } },
      "Đề nghị Ban cán sự đảng UBND tỉnh chỉ đạo rà soát; hoàn thành chậm nhất trong ngày 31/12/2024.",
    ],
    [
      "working days, padded as offices write them",
      { lead: "doan", text: "Ban Thường vụ Tỉnh đoàn tổ chức ngày hội việc làm.", deadline: { daysAfter: 7, workingDays: true } },
      "Ban Thường vụ Tỉnh đoàn tổ chức ngày hội việc làm; hoàn thành trong thời hạn 07 ngày làm việc kể từ ngày ban hành Thông báo này.",
    ],
    [
      "coordinating units already named in the text are not added again",
      { text: "Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với Ban Dân vận Tỉnh ủy khảo sát.", coordinating: ["bdv"] },
      "Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với Ban Dân vận Tỉnh ủy khảo sát.",
    ],
    [
      "the lead named deep in the text (as a partner) is still given as the lead",
      { lead: "bdv", text: "Tổ chức khảo sát cùng Ban cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy." },
      "Giao Ban Dân vận Tỉnh ủy chủ trì: Tổ chức khảo sát cùng Ban cán sự đảng UBND tỉnh và Ban Dân vận Tỉnh ủy.",
    ],
  ])("%s", (_, fields, expected) => expect(assignmentText(task(fields), unitName, w)).toBe(expected));
});

describe("whether a text already states its deadline", () => {
  it.each<[string, ConclusionTask["deadline"] & object, boolean]>([
    ["trước ngày 30/6/2024", { before: "2024-06-30" }, true],
    ["trước ngày 30/06/2024", { before: "2024-06-30" }, true],
    ["trước ngày 30/5/2024", { before: "2024-06-30" }, false],
    ["chậm nhất trong ngày 01/02/2025", { on: "2025-02-01" }, true],
    ["trong thời hạn 60 ngày", { daysAfter: 60 }, true],
    ["trong thời hạn 07 ngày làm việc", { daysAfter: 7, workingDays: true }, true],
    ["trong thời hạn 170 ngày", { daysAfter: 70 }, false],
    ["báo cáo kết quả", { daysAfter: 30 }, false],
  ])("%s, %j → %s", (text, deadline, expected) => expect(statesDeadline(text, deadline)).toBe(expected));
});
