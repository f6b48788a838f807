// Writes `files` synthetic but valid plan files with `tasksPerFile` tasks each, for status/validate benchmarks.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function generatePlans(dir, files, tasksPerFile) {
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < files; f++) writeFileSync(join(dir, `ke-hoach-${String(f).padStart(3, "0")}.yaml`), planText(f, tasksPerFile));
}

function planText(f, tasks) {
  const lines = [
    // No schema line: the plans live in a temporary folder, where a path to the schema would point nowhere.
    "year: 2021",
    "issuer:",
    `  name: HUYỆN ỦY THỬ NGHIỆM ${f}`,
    "  code: HU",
    `number: ${f + 1}`,
    "place: Thử Nghiệm",
    "date: 2021-01-15",
    "summary: tổ chức đối thoại trực tiếp năm 2021",
    "sessions:",
    "  - id: quy-mot",
    "    theme: Đối thoại quý I",
    "    planned: { month: \"2021-03\" }",
    "    status: held",
    "    heldOn: 2021-03-20",
    "  - id: quy-ba",
    "    theme: Đối thoại quý III",
    "    planned: { quarter: 2021-Q3 }",
    "units:",
  ];
  const units = 10;
  for (let u = 0; u < units; u++) lines.push(`  - id: don-vi-${u}`, `    name: Đơn vị số ${u} của huyện`);
  lines.push("implementation:");
  for (let u = 0; u < units; u++) {
    lines.push(`  - units: [don-vi-${u}]`, "    tasks:");
    for (let i = u; i < tasks; i += units) {
      lines.push(`      - id: nhiem-vu-${i}`, `        text: Thực hiện nhiệm vụ số ${i}, báo cáo kết quả về Ban Dân vận (*bằng văn bản*).`);
      const kind = i % 4;
      if (kind === 0) lines.push(`        deadline: { on: 2021-${String(1 + (i % 12)).padStart(2, "0")}-15 }`);
      if (kind === 1) lines.push("        deadline: { daysBefore: 10, workingDays: true, session: quy-mot }", "        status: done", "        completedOn: 2021-03-05");
      if (kind === 2) lines.push("        deadline: { daysAfter: 15, session: quy-ba }");
      if (kind === 3) lines.push(`        deadline: { before: 2021-${String(1 + (i % 12)).padStart(2, "0")}-28 }`, "        status: in_progress");
    }
  }
  lines.push("recipients:", "  - Lưu Văn phòng", "signature:", "  position: BÍ THƯ", "  name: Người Ký Thử", "");
  return lines.join("\n");
}
