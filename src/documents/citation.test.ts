import { describe, expect, it } from "vitest";
import type { Citation, Issuer, Plan } from "../plan/types.gen.js";
import { loadTemplates } from "../load/templates.js";
import { citationsText, citationText, planCitation } from "./citation.js";

const { wording } = loadTemplates("hd36");
const TU: Issuer = { name: "TỈNH ỦY SƠN NGUYÊN", code: "TU" };
const UBND: Issuer = { name: "ỦY BAN NHÂN DÂN XÃ TÂN LỢI", code: "UBND", level: "commune", kind: "state" };

describe("a cited document as the body writes it", () => {
  it.each<[string, Citation, Issuer, string]>([
    [
      "Party: number, hyphen, symbol; date without zeros; issuer; title",
      { kind: "QĐ", number: 1575, symbol: "QĐ/TU", date: "2019-06-10", issuer: "Ban Thường vụ Tỉnh ủy", title: "ban hành Quy chế Bí thư Tỉnh ủy tiếp dân" },
      TU,
      "Quyết định số 1575-QĐ/TU ngày 10/6/2019 của Ban Thường vụ Tỉnh ủy ban hành Quy chế Bí thư Tỉnh ủy tiếp dân",
    ],
    ["a central Party rule", { kind: "QĐi", number: 11, symbol: "QĐi/TW", date: "2019-02-18", issuer: "Bộ Chính trị" }, TU, "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"],
    ["state: number, slash, symbol, a leading zero", { kind: "QĐ", number: 5, symbol: "QĐ-UBND", date: "2026-01-05" }, UBND, "Quyết định số 05/QĐ-UBND ngày 5/1/2026"],
    ["a decree's symbol with its year", { kind: "NĐ", number: 30, symbol: "2020/NĐ-CP", date: "2020-03-05", issuer: "Chính phủ" }, UBND, "Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ"],
    ["a law's symbol starting with its year", { kind: "L", number: 42, symbol: "2013/QH13" }, UBND, "Luật số 42/2013/QH13"],
    ["no symbol: the citing Party issuer's code", { kind: "KH", number: 7 }, TU, "Kế hoạch số 07-KH/TU"],
    ["no symbol: the citing state issuer's code, the state way", { kind: "KH", number: 5 }, UBND, "Kế hoạch số 05/KH-UBND"],
    ["a name instead of a code, no number", { kind: "Quy chế", issuer: "Tỉnh ủy", title: "làm việc" }, TU, "Quy chế của Tỉnh ủy làm việc"],
    ["a bare number", { kind: "TB", number: 45, symbol: "" }, TU, "Thông báo số 45"],
  ])("%s", (_, citation, citing, expected) => {
    expect(citationText(citation, wording, citing)).toBe(expected);
  });

  it("joins several with '; '", () => {
    expect(citationsText([{ kind: "KH", number: 1 }, { kind: "TB", number: 2 }], wording, TU)).toBe("Kế hoạch số 01-KH/TU; Thông báo số 02-TB/TU");
  });

  it("cites the plan by its number, date, issuing body and summary", () => {
    const plan = { year: 2024, issuer: TU, number: 7, date: "2024-02-05", summary: "tổ chức đối thoại\ntrực tiếp năm 2024", place: "X", units: [], signature: { position: "P", name: "N" } } as unknown as Plan;
    expect(citationText(planCitation(plan, wording), wording, TU)).toBe("Kế hoạch số 07-KH/TU ngày 5/2/2024 của Ban Thường vụ Tỉnh ủy về tổ chức đối thoại trực tiếp năm 2024");
  });
});
