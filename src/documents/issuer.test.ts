import { describe, expect, it } from "vitest";
import type { Issuer } from "../plan/types.gen.js";
import { comparableName } from "../plan/comparable-name.js";
import { byIssuer } from "./issuer.js";

const plan = (file: string, issuer: Issuer) => ({ file, plan: { issuer } });

describe("plans grouped by their issuer, for the reports and the reminder letters", () => {
  it("puts the plans of one name and code together, in the order first given, whatever the case, spacing and line breaks", () => {
    const a = plan("a", { name: "TỈNH ỦY SƠN NGUYÊN", code: "TU" });
    const b = plan("b", { name: "ĐẢNG ỦY XÃ TÂN LỢI", code: "ĐU", level: "commune" });
    const c = plan("c", { name: "Tỉnh ủy\nSơn  Nguyên", code: "tu" });
    const d = plan("d", { name: "ỦY BAN NHÂN DÂN XÃ HÒA PHONG", code: "UBND", kind: "state" });
    expect(byIssuer([a, b, c, d]).map((group) => group.map((p) => p.file))).toEqual([["a", "c"], ["b"], ["d"]]);
  });

  it("keeps apart two issuers of one name but different codes, and two names of one code", () => {
    const committee = plan("a", { name: "TỈNH ỦY SƠN NGUYÊN", code: "TU" });
    const office = plan("b", { name: "TỈNH ỦY SƠN NGUYÊN", code: "VPTU" });
    const other = plan("c", { name: "TỈNH ỦY QUẢNG NGÃI", code: "TU" });
    expect(byIssuer([committee, office, other])).toHaveLength(3);
  });

  it("is one group for plans of one issuer, and none for no plan", () => {
    const one = [plan("a", { name: "X", code: "Y" }), plan("b", { name: "X", code: "Y" })];
    expect(byIssuer(one)).toEqual([one]);
    expect(byIssuer([])).toEqual([]);
  });

  it("reads the old and new placements of the tone mark as one name, and keeps apart one name under two superiors", () => {
    const planOf = (issuer: Partial<Issuer>) => ({ plan: { issuer: { name: "TỈNH ỦY SƠN NGUYÊN", code: "TU", ...issuer } as Issuer } });
    const [old, current] = [planOf({ name: "TỈNH UỶ SƠN NGUYÊN" }), planOf({})];
    expect(byIssuer([old, current])).toEqual([[old, current]]);
    expect(comparableName("Ủy ban nhân dân xã Hòa Phong")).toBe(comparableName("Uỷ ban nhân dân xã Hoà Phong"));
    const [here, there] = [planOf({ name: "ĐẢNG ỦY XÃ PHƯỚC AN", code: "ĐU", superior: "ĐẢNG BỘ TỈNH A" }), planOf({ name: "ĐẢNG ỦY XÃ PHƯỚC AN", code: "ĐU", superior: "ĐẢNG BỘ TỈNH B" })];
    expect(byIssuer([here, there])).toEqual([[here], [there]]);
  });
});
