import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dialogue, copyExample, lineOf, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";
import { renderDocuments } from "../helpers/docx.js";

const SPEAKERS = ["Đặng Văn Lực", "Nguyễn Thị Sen", "Hồ Văn Tùng"];

const renderAll = renderDocuments;

describe("records of held sessions", () => {
  it("lists the conclusions' assignments in status, in every state, counted in the unit buckets", async () => {
    const run = await dialogue(["status", SON_NGUYEN, "--as-of", "2024-09-10", "--format", "json"]);
    const report = JSON.parse(run.stdout);
    const state = (id: string) => report.tasks.find((t: { id: string }) => t.id === id);
    expect(state("kl-giao-dat-tai-dinh-cu")).toMatchObject({ session: "dat-dai", unit: "ubnd-tinh", deadline: "2024-06-29", state: "done_on_time" });
    expect(state("kl-gia-dat-vuon")).toMatchObject({ deadline: "2024-07-07", state: "done_late", daysOverdue: 13 });
    expect(state("kl-nuoc-sach")).toMatchObject({ deadline: "2024-12-31", state: "open" });
    expect(state("kl-viec-lam-thanh-nien")).toMatchObject({ deadline: "2024-06-19", state: "overdue" });
    expect(report.units.find((u: { id: string }) => u.id === "ubnd-tinh")).toMatchObject({ doneOnTime: 1, doneLate: 2, overdue: 0 });
  });

  it("keeps speakers' names out of the notice and of every status output", async () => {
    const docs = await renderAll(SON_NGUYEN);
    const notice = docs["ke-hoach-doi-thoai-2024-son-nguyen-thong-bao-ket-luan-dat-dai.docx"].texts().join("\n");
    const minutes = docs["ke-hoach-doi-thoai-2024-son-nguyen-bien-ban-dat-dai.docx"].texts().join("\n");
    const outputs = await Promise.all(
      ["json", "csv", "text"].map((format) => dialogue(["status", SON_NGUYEN, "--as-of", "2024-09-10", "--format", format])),
    );
    for (const name of SPEAKERS) {
      expect(minutes).toContain(name);
      expect(notice).not.toContain(name);
      for (const out of outputs) expect(out.stdout).not.toContain(name);
    }
  });

  it("renders the notice with the structure of a Thông báo kết luận", async () => {
    const docx = (await renderAll(SON_NGUYEN, "--only", "conclusions"))["ke-hoach-doi-thoai-2024-son-nguyen-thong-bao-ket-luan-dat-dai.docx"];
    const texts = docx.texts();
    expect([...texts.slice(0, 2), texts.find((t) => t.startsWith("Số "))]).toEqual(["TỈNH ỦY SƠN NGUYÊN", "*", "Số 215-TB/TU"]);
    expect(texts).toContain("Sơn Nguyên, ngày 08 tháng 5 năm 2024");
    expect(texts).toContain("THÔNG BÁO");
    const opening = texts.find((t) => t.startsWith("Ngày 23/4/2024, tại Hội trường Nhà văn hóa huyện Tân Hòa"))!;
    expect(opening).toBe(
      "Ngày 23/4/2024, tại Hội trường Nhà văn hóa huyện Tân Hòa, các đồng chí: Nguyễn Văn Khải, Bí thư Tỉnh ủy và Trần Thị Mai Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đồng chủ trì buổi đối thoại trực tiếp với Nhân dân về chủ đề: Công tác bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.",
    );
    expect(texts).toContain(
      "Tham dự buổi đối thoại có các đồng chí: Lê Quang Vinh, Phó Chủ tịch UBND tỉnh và Phạm Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh đạo Ban cán sự đảng UBND tỉnh, Ban Dân vận Tỉnh ủy, Văn phòng Tỉnh ủy, Ban Thường vụ Tỉnh đoàn và Ban Thường vụ Huyện ủy Tân Hòa; cùng 176 người dân.",
    );
    expect(texts).toContain(
      "Tại buổi đối thoại, có 3 ý kiến phát biểu, tập trung vào các lĩnh vực: bồi thường, tái định cư; việc làm. Đại diện lãnh đạo các cơ quan, đơn vị đã trả lời trực tiếp các ý kiến tại buổi đối thoại.",
    );
    expect(texts).toContain(
      "2. Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với Ban Thường vụ Huyện ủy Tân Hòa chỉ đạo hoàn thành việc giao đất tái định cư cho 42 hộ dân thôn Đồng Phú trước ngày 30/6/2024.",
    );
    const numbered = texts.filter((t) => /^\d\. /.test(t)).map((t) => t.slice(0, 2));
    expect(numbered).toEqual(["1.", "2.", "3.", "4.", "5.", "6."]);
    expect(texts).toContain("Văn phòng Tỉnh ủy thông báo kết luận của đồng chí Bí thư Tỉnh ủy để các cơ quan, đơn vị, địa phương liên quan biết, thực hiện./.");
    expect(docx.paragraph("T/L BAN THƯỜNG VỤ").runs()[0]).toMatchObject({ sizePt: 14, bold: true });
    expect(docx.paragraph("CHÁNH VĂN PHÒNG").runs()[0]).toMatchObject({ sizePt: 14, bold: false });
    expect(texts).toContain("- Lưu Văn phòng Tỉnh ủy.");
  });

  it("renders the minutes: participants, each opinion with speaker and answers, two signature columns, no recipients", async () => {
    const docx = (await renderAll(SON_NGUYEN, "--only", "minutes", "--session", "dat-dai"))["ke-hoach-doi-thoai-2024-son-nguyen-bien-ban-dat-dai.docx"];
    const texts = docx.texts();
    expect(texts).toContain("BIÊN BẢN");
    expect(texts).toContain("Số      -BB/TU");
    expect(texts).toContain("Sơn Nguyên, ngày 23 tháng 4 năm 2024");
    expect(texts).toContain("I. Thành phần tham dự");
    expect(texts).toContain("Số người dân tham dự: 176 người.");
    expect(texts).toContain("Đồng chủ trì: các đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy và Trần Thị Mai Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.");
    expect(texts).toContain("Người ghi biên bản: đồng chí Võ Minh Tâm, chuyên viên Ban Dân vận Tỉnh ủy.");
    expect(texts).toContain(
      "Ý kiến 1 (lĩnh vực bồi thường, tái định cư) – Đặng Văn Lực (thôn Đồng Phú, xã Tân Lợi, huyện Tân Hòa): Đề nghị sớm bàn giao đất tái định cư cho 42 hộ đã giao mặt bằng cho dự án đường tránh từ năm 2022.",
    );
    expect(texts).toContain("- Đồng chí Lê Quang Vinh, Phó Chủ tịch UBND tỉnh trả lời: Khu tái định cư Đồng Phú đã hoàn thành hạ tầng; bốc thăm, giao đất trong tháng 6/2024.");
    expect(texts.some((t) => t.startsWith("- Đại diện lãnh đạo UBND tỉnh trả lời: Sở Tài nguyên và Môi trường rà soát"))).toBe(true);
    expect(texts.some((t) => t.startsWith("- Đại diện lãnh đạo Tỉnh đoàn trả lời: Tỉnh đoàn phối hợp"))).toBe(true);
    expect(texts).toContain("2. Kết luận của đồng chí Nguyễn Văn Khải");
    expect(texts.join("\n")).not.toMatch(/thông báo này/i);
    expect(texts.at(texts.indexOf("NGƯỜI GHI BIÊN BẢN") - 1)).toBe("Buổi đối thoại kết thúc lúc 11 giờ 15 phút cùng ngày./.");
    expect(docx.paragraph("NGƯỜI GHI BIÊN BẢN").runs()[0]).toMatchObject({ bold: true });
    expect(texts).toContain("CHỦ TRÌ");
    expect(texts).toContain("Nguyễn Văn Khải");
    expect(texts).not.toContain("Nơi nhận:");
  });

  it("a sparse record: the documents say only what it holds, and show what is missing", async () => {
    // Three co-chairs, a venue typed with its full stop, no leaders, no citizen count, an opinion
    // without a speaker, no answers, no notice signature, no minute-taker: each once gave a wrong sentence.
    const file = copyExample(SON_NGUYEN, (t) =>
      t
        .replace("        title: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\n", "        title: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\n      - name: Đinh Văn Sơn\n        title: Phó Bí thư Thường trực Tỉnh ủy\n")
        .replace(/      leaders:\n(        - .*\n)+/, "      venue: Hội trường Tỉnh ủy (thành phố Sơn Nguyên).\n")
        .replace("      citizens: 176\n", "")
        .replace(/      minuteTaker:\n(        .*\n)+/, "")
        .replace(/          answers:\n(            .*\n|              .*\n|                .*\n)+/g, "")
        .replace(/          speaker:\n            name: Hồ Văn Tùng\n            address: .*\n/, "")
        .replace(/        signature:\n(          .*\n)+/, ""),
    );
    expect((await dialogue(["validate", file])).code).toBe(0);
    const docs = await renderAll(file, "--session", "dat-dai");
    const notice = docs["plan-thong-bao-ket-luan-dat-dai.docx"].texts();
    const minutes = docs["plan-bien-ban-dat-dai.docx"].texts();

    expect(notice).toContain(
      "Ngày 23/4/2024, tại Hội trường Tỉnh ủy (thành phố Sơn Nguyên), các đồng chí: Nguyễn Văn Khải, Bí thư Tỉnh ủy; Trần Thị Mai Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và Đinh Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy đồng chủ trì buổi đối thoại trực tiếp với Nhân dân về chủ đề: Công tác bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.",
    );
    expect(notice).toContain(
      "Tham dự buổi đối thoại có đại diện lãnh đạo Ban cán sự đảng UBND tỉnh, Ban Dân vận Tỉnh ủy, Văn phòng Tỉnh ủy, Ban Thường vụ Tỉnh đoàn và Ban Thường vụ Huyện ủy Tân Hòa.",
    );
    expect(notice).toContain("Tại buổi đối thoại, có 3 ý kiến phát biểu, tập trung vào các lĩnh vực: bồi thường, tái định cư; việc làm.");
    expect(notice).toContain("Sau khi nghe ý kiến của Nhân dân, đồng chí Bí thư Tỉnh ủy kết luận như sau:");
    expect(notice.join("\n")).not.toMatch(/trả lời trực tiếp|có ;|0 người dân|\)\.,| và [^\n]* và [^\n]* và /);
    expect(notice).toContain("(chưa ghi người ký)");

    expect(minutes).toContain("Đồng chủ trì: các đồng chí Nguyễn Văn Khải, Bí thư Tỉnh ủy; Trần Thị Mai Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và Đinh Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy.");
    expect(minutes).toContain("1. Ý kiến của Nhân dân");
    expect(minutes).toContain("Ý kiến 3 (lĩnh vực việc làm): Thanh niên các hộ mất đất sản xuất cần được đào tạo nghề và giới thiệu việc làm.");
    expect(minutes.filter((t) => /^(Số người dân|Lãnh đạo tham dự|Người ghi biên bản)/.test(t))).toEqual([]);
    expect(minutes.join("\n")).not.toMatch(/– :|trả lời:|thông báo này/i);
    expect(minutes.slice(minutes.indexOf("NGƯỜI GHI BIÊN BẢN")).filter(Boolean)).toEqual(["NGƯỜI GHI BIÊN BẢN", "(chưa ghi người ghi biên bản)", "CHỦ TRÌ", "Nguyễn Văn Khải"]);
  });

  it("updates an assignment with dialogue task, preserving every other byte", async () => {
    const file = copyExample(SON_NGUYEN);
    const before = readFileSync(file, "utf8");
    const run = await dialogue(["task", file, "kl-viec-lam-thanh-nien", "done", "--on", "2024-09-12"]);
    expect(run.code, run.stderr).toBe(0);
    const after = readFileSync(file, "utf8");
    const at = lineOf(before, "deadline: { daysAfter: 30, workingDays: true }");
    const lines = after.split("\n");
    expect(lines.slice(at, at + 2)).toEqual(["          status: done", "          completedOn: 2024-09-12"]);
    expect([...lines.slice(0, at), ...lines.slice(at + 2)].join("\n")).toBe(before);
  });

  it("adds an empty, commented record to a held session only, and the result validates", async () => {
    const file = copyExample(SEED);
    const notHeld = await dialogue(["record", file, "khoi-nghiep"]);
    expect(notHeld.code).toBe(2);
    expect(notHeld.stderr).toContain(`dialogue session ${file} khoi-nghiep --held-on`);
    await dialogue(["session", file, "khoi-nghiep", "--held-on", "2021-04-22", "--on", "2021-04-22"]);
    const before = readFileSync(file, "utf8");
    const run = await dialogue(["record", file, "khoi-nghiep"]);
    expect(run.code, run.stderr).toBe(0);
    const after = readFileSync(file, "utf8");
    expect(after).toContain("    record:\n      # Hồ sơ buổi đối thoại.");
    expect(after).toContain("      #   - id: khoi-nghiep-kl-1");
    expect(after.replace(/\n    record:\n(      .*\n)+/, "\n")).toBe(before);
    expect((await dialogue(["validate", file])).code).toBe(0);
    expect((await dialogue(["record", file, "khoi-nghiep"])).stderr).toContain("đã có hồ sơ");
    const minutes = await renderAll(file, "--only", "minutes");
    expect(Object.keys(minutes)).toEqual(["plan-bien-ban-khoi-nghiep.docx"]);
  });

  it("validates records: not held, duplicate opinion numbers, unknown lead unit", async () => {
    const file = copyExample(SON_NGUYEN, (t) =>
      t.replace("    status: held\n    scheduled:", "    status: scheduled\n    scheduled:").replace("    heldOn: 2024-04-23\n", "").replace("        - number: 2\n", "        - number: 1\n").replace("          lead: tinh-doan\n", "          lead: tinh-doann\n"),
    );
    const run = await dialogue(["validate", file, "--format", "json"]);
    const codes = JSON.parse(run.stdout).map((f: { code: string }) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["record-session-not-held", "duplicate-opinion-number", "unknown-unit"]));
    expect(run.code).toBe(1);
  });

  it("validates answers given by a person (with or without the unit they speak for) or by a unit, and refuses an answer by nobody", async () => {
    const byPerson = copyExample(SON_NGUYEN, (t) => t.replace("              by: ubnd-tinh\n              summary: >-\n                Khu tái định cư", "              summary: >-\n                Khu tái định cư"));
    expect((await dialogue(["validate", byPerson])).code).toBe(0);
    const byNobody = copyExample(SON_NGUYEN, (t) => t.replace("            - by: tinh-doan\n              summary:", "            - summary:"));
    const run = await dialogue(["validate", byNobody, "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ code: "schema-required", path: "sessions[0].record.opinions[2].answers[0]", line: lineOf(readFileSync(byNobody, "utf8"), "- summary: Tỉnh đoàn") }),
    ]);
    const unknownUnit = copyExample(SON_NGUYEN, (t) => t.replace("              by: ubnd-tinh\n              summary: >-\n                Khu tái định cư", "              by: ubnd-tinhh\n              summary: >-\n                Khu tái định cư"));
    expect(JSON.parse((await dialogue(["validate", unknownUnit, "--format", "json"])).stdout).map((f: { code: string }) => f.code)).toEqual(["unknown-unit"]);
  });

  const soffice = spawnSync("soffice", ["--version"]).status === 0;
  it.skipIf(!soffice)("the notice and the minutes open in LibreOffice as A4 documents", async () => {
    const out = tempDir();
    await dialogue(["render", SON_NGUYEN, "-o", out]);
    execFileSync("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, ...readdirSync(out).map((f) => join(out, f))], {
      env: { ...process.env, HOME: out },
      stdio: "ignore",
    });
    for (const kind of ["thong-bao-ket-luan-dat-dai", "bien-ban-dat-dai"]) {
      const info = execFileSync("pdfinfo", [join(out, `ke-hoach-doi-thoai-2024-son-nguyen-${kind}.pdf`)], { encoding: "utf8" });
      expect(info).toContain("A4");
      expect(info).toMatch(/Pages:\s+[1-3]\n/);
    }
  });
});
