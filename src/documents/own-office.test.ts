import { describe, expect, it } from "vitest";
import { loadTemplates } from "../load/templates.js";
import type { Issuer } from "../plan/types.gen.js";
import { isIssuingOffice } from "./own-office.js";

const { wording } = loadTemplates("hd36");
const province = { issuer: { name: "TỈNH ỦY SƠN NGUYÊN", code: "TU" } as Issuer, place: "Sơn Nguyên" };
const commune = { issuer: { superior: "ĐẢNG BỘ TỈNH SƠN NGUYÊN", name: "ĐẢNG ỦY XÃ TÂN LỢI", code: "ĐU", level: "commune" } as Issuer, place: "Tân Lợi" };
const ubnd = { issuer: { name: "ỦY BAN NHÂN DÂN XÃ HÒA PHONG", code: "UBND", level: "commune", kind: "state" } as Issuer, place: "Hòa Phong" };
const PLANS = { province, commune, ubnd };

describe("the office that sends the reminder letters, among the plan's units", () => {
  it.each([
    ["Văn phòng Tỉnh ủy", "province"],
    ["Văn phòng Tỉnh ủy Sơn Nguyên", "province"],
    ["VĂN PHÒNG TỈNH ỦY", "province"],
    ["  Văn phòng\n Tỉnh   ủy ", "province"],
    ["Văn phòng Đảng ủy xã", "commune"],
    ["Văn phòng Đảng ủy xã Tân Lợi", "commune"],
    ["Văn phòng HĐND và UBND xã", "ubnd"],
    // The old placement of the tone mark, as many offices still type it.
    ["Văn phòng Đảng uỷ xã", "commune"],
    ["Văn phòng Tỉnh uỷ Sơn Nguyên", "province"],
  ] as const)("is %j in the %s's plan: the office's name as the letter writes it, alone or with the plan's place", (unit, plan) => {
    expect(isIssuingOffice(unit, PLANS[plan], wording)).toBe(true);
  });

  it("is the office the plan names in issuer.office when it is not the level's usual name", () => {
    const named = { ...commune, issuer: { ...commune.issuer, office: "Văn phòng Đảng ủy" } };
    expect(isIssuingOffice("Văn phòng Đảng ủy", named, wording)).toBe(true);
    expect(isIssuingOffice("Văn phòng Đảng ủy xã", named, wording)).toBe(false);
  });

  it.each([
    ["Ban Dân vận Tỉnh ủy", "province"],
    ["Văn phòng Đảng ủy xã", "province"],
    ["Văn phòng Tỉnh ủy", "commune"],
    ["Văn phòng Tỉnh ủy Quảng Ngãi", "province"],
    ["Văn phòng Tỉnh ủy và Ban Dân vận Tỉnh ủy", "province"],
    ["Văn phòng Đảng ủy xã", "ubnd"],
    ["Văn phòng HĐND và UBND xã", "commune"],
  ] as const)("is not %j in the %s's plan: another unit, another level's office, another place", (unit, plan) => {
    expect(isIssuingOffice(unit, PLANS[plan], wording)).toBe(false);
  });
});
