import { stringify } from "yaml";
import type { Deadline } from "../plan/types.gen.js";
import { fill } from "../documents/formal.js";
import type { Wording } from "../documents/templates.js";

export interface CommonUnit {
  id: string;
  name: string;
  selected?: boolean;
  /** May lead the work: the first chosen such unit is named in the closing sentence and receives the others' results. */
  lead?: boolean;
  /** The suggested task; `{lead}` stands for the leading unit's name. */
  task?: string;
  deadline?: Deadline;
}

export interface NewSession {
  theme: string;
  audience?: string;
  count?: number;
  /** `2025-04` (a month) or `2025-Q3` (a quarter); absent when not known yet. */
  when?: string;
  venue?: string;
}

export interface NewPlanAnswers {
  province: string;
  year: number;
  signerName: string;
  signerPosition: string;
  sessions: NewSession[];
  units: CommonUnit[];
}

/** A YAML value as written after `key: `: a plain scalar when safe, quoted when needed, objects inline. */
const v = (value: unknown) =>
  stringify(value, { lineWidth: 0, collectionStyle: typeof value === "object" ? "flow" : "any" }).trimEnd();
const block = (text: string, indent: string) => `>-\n${indent}${text}`;

/** A new year's plan: commented for a clerk, valid as written, with the schema line for editor help. */
export function newPlanText(a: NewPlanAnswers, wording: Wording, schemaRef: string): string {
  const w = wording.newPlan;
  const province = a.province.normalize("NFC").trim();
  // Every sentence that names a chosen unit takes its name as the clerk gave it.
  const lead = a.units.find((u) => u.lead)?.name.normalize("NFC").trim();
  const names = { lead: lead ?? w.office };
  const out = [
    `# yaml-language-server: $schema=${schemaRef}`,
    `# Kế hoạch đối thoại trực tiếp năm ${a.year}. Di chuột lên một trường trong VS Code để xem giải thích.`,
    `# Kiểm tra: dialogue validate <tệp này> · Xuất văn bản: dialogue render <tệp này>`,
    "",
    `year: ${a.year}`,
    "",
    "issuer:",
    `  name: ${v(fill(w.issuerName, { province: province.toLocaleUpperCase("vi") }))}`,
    "  code: TU",
    "# number: 1            # số văn bản, ghi khi được cấp số",
    `place: ${v(province)}`,
    `# date: ${a.year}-01-15      # ngày ban hành, ghi khi ký`,
    "",
    `summary: |-\n${fill(w.summary, { year: a.year }).split("\n").map((l) => `  ${l}`).join("\n")}`,
    "",
    `basis: ${block(fill(w.basis, { year: a.year, body: w.body }), "  ")}`,
    "",
    "# I. Mục đích, yêu cầu",
    "purposes:",
    ...w.purposes.map((p) => `  - ${v(p)}`),
    "requirements:",
    ...w.requirements.map((p) => `  - ${v(p)}`),
    "",
    "# II. Các buổi đối thoại. planned: { month: \"YYYY-MM\" } hoặc { quarter: YYYY-Qn }; không có venue = \"Sẽ thông báo cụ thể sau\".",
    a.sessions.length ? "sessions:" : "sessions: []",
  ];
  a.sessions.forEach((s, i) => {
    out.push(`  - id: chu-de-${i + 1}`, `    theme: ${v(s.theme.normalize("NFC"))}`);
    if (s.audience) out.push(`    audience: ${v(s.audience.normalize("NFC"))}`);
    if (s.count) out.push(`    attendance: { count: ${s.count} }`);
    if (s.when) out.push(`    planned: { ${/Q/.test(s.when) ? "quarter" : "month"}: ${v(s.when)} }`);
    out.push(s.venue ? `    venue: ${v(s.venue.normalize("NFC"))}` : "    # venue: Hội trường …");
  });
  out.push("", `adHoc: ${v(w.adHoc)}`, "", "# Các đơn vị được giao nhiệm vụ; mã (id) dùng ở các chỗ khác và trên dòng lệnh.", "units:");
  for (const unit of a.units) out.push(`  - id: ${unit.id}`, `    name: ${v(unit.name.normalize("NFC"))}`);
  out.push("", "# III. Tổ chức thực hiện: mỗi mục một đơn vị; sửa các nhiệm vụ gợi ý cho đúng thực tế.", "implementation:");
  for (const unit of a.units) {
    out.push(`  - units: [${unit.id}]`, "    tasks:", `      - id: ${unit.id}-1`, `        text: ${v(fill(unit.task ?? "Thực hiện nhiệm vụ được giao.", names))}`);
    if (unit.deadline) out.push(`        deadline: ${v(unit.deadline)}`);
  }
  out.push(
    "",
    `closing: ${v(fill(w.closing, { via: lead ? fill(w.via, names) : "" }))}`,
    "",
    "# Nơi nhận: không ghi dấu câu cuối dòng.",
    "recipients:",
    ...w.recipients.map((r) => `  - ${v(r)}`),
    "",
    "signature:",
    `  authority: { mode: T/M, body: ${v(w.body.toLocaleUpperCase("vi"))} }`,
    `  position: ${v(a.signerPosition.normalize("NFC").toLocaleUpperCase("vi"))}`,
    `  name: ${v(a.signerName.normalize("NFC").trim())}`,
    "",
  );
  return out.join("\n");
}
