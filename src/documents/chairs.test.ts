import { describe, expect, it } from "vitest";
import type { Chair, Plan } from "../plan/types.gen.js";
import { loadTemplates } from "../load/templates.js";
import { chairOn, chairsPhrase, principalName } from "./chairs.js";
import { conclusionsModel } from "./conclusions-model.js";
import { minutesModel } from "./minutes-model.js";
import { textOf } from "./model.js";
import { planModel } from "./plan-model.js";

const templates = loadTemplates("hd36");
const w = templates.wording.conclusions;
const UNKNOWN = templates.wording.missing.unknown;

const secretary: Chair = { name: "Nguyễn Văn Khải", title: "Bí thư Tỉnh ủy", successors: [{ from: "2025-07-01", name: "Lê Thị Hạnh" }] };

describe("chairs (#13.3)", () => {
  it.each<[string, Chair[], string | undefined, string]>([
    ["a person", [{ name: "A", title: "Bí thư Tỉnh ủy" }], undefined, "đồng chí A, Bí thư Tỉnh ủy"],
    ["a role whose holder is not named", [{ title: "Bí thư Tỉnh ủy" }], undefined, "đồng chí Bí thư Tỉnh ủy"],
    ["a name not known yet", [{ name: "unknown", title: "Bí thư Tỉnh ủy" }], undefined, `đồng chí ${UNKNOWN}, Bí thư Tỉnh ủy`],
    ["a collective chair", [{ body: "Thường trực Tỉnh ủy" }], undefined, "Thường trực Tỉnh ủy"],
    ["three co-chairs", [{ name: "A", title: "Bí thư" }, { name: "B", title: "Phó Bí thư" }, { title: "Chủ tịch UBND tỉnh" }], undefined, "các đồng chí: A, Bí thư; B, Phó Bí thư và Chủ tịch UBND tỉnh"],
    ["the holder before the change", [secretary], "2025-06-30", "đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy"],
    ["the successor from the day of the change, with the same title", [secretary], "2025-07-01", "đồng chí Lê Thị Hạnh, Bí thư Tỉnh ủy"],
  ])("%s", (_, chairs, day, expected) => {
    expect(chairsPhrase(chairs, day, w, UNKNOWN)).toBe(expected);
  });

  it("a successor keeps the chair's title unless it gives its own", () => {
    expect(chairOn({ title: "Bí thư", successors: [{ from: "2025-01-01", name: "B", title: "Quyền Bí thư" }] }, "2025-02-01")).toEqual({ name: "B", title: "Quyền Bí thư" });
  });

  it("the minutes are signed by the holder on the day; a collective chair leaves the name to the marker", () => {
    expect(principalName([secretary], "2025-08-01", UNKNOWN)).toBe("Lê Thị Hạnh");
    expect(principalName([{ body: "Thường trực Tỉnh ủy" }], "2025-08-01", UNKNOWN)).toBeUndefined();
  });

  const plan = (chairs: Chair[]) =>
    ({
      year: 2025,
      issuer: { name: "TỈNH ỦY THỬ", code: "TU" },
      place: "Thử",
      summary: "s",
      units: [],
      sessions: [{ id: "s", theme: "Chủ đề", chairs, status: "held", heldOn: "2025-08-20", record: { assessment: ["Đánh giá."] } }],
      signature: { position: "BÍ THƯ", name: "A" },
    }) as unknown as Plan;

  it("the notice and the minutes of a session after the change name the successor, co-chairs as 'đồng chủ trì'", () => {
    const p = plan([secretary, { name: "Trần B", title: "Chủ tịch UBND tỉnh" }]);
    const notice = conclusionsModel(p, p.sessions![0], templates).body.map(textOf).join("\n");
    expect(notice).toContain("các đồng chí: Lê Thị Hạnh, Bí thư Tỉnh ủy và Trần B, Chủ tịch UBND tỉnh đồng chủ trì");
    expect(notice).not.toContain("Nguyễn Văn Khải");
    const minutes = minutesModel(p, p.sessions![0], templates);
    expect(minutes.body.map(textOf)).toContain("Đồng chủ trì: các đồng chí Lê Thị Hạnh, Bí thư Tỉnh ủy và Trần B, Chủ tịch UBND tỉnh.");
    expect(minutes.signatureRight.map(textOf)).toContain("Lê Thị Hạnh");
  });

  it("the plan names a collective chair without 'đồng chí' and a name not known visibly", () => {
    const p = plan([{ body: "Thường trực Tỉnh ủy" }, { name: "unknown", title: "Chủ tịch UBND tỉnh" }]);
    expect(planModel(p, templates).body.map(textOf)).toContain(`Đồng chủ trì: Thường trực Tỉnh ủy và đồng chí ${UNKNOWN}, Chủ tịch UBND tỉnh.`);
  });
});
