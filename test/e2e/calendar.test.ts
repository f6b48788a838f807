import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";

const read = (file: string) => {
  const text = readFileSync(file, "utf8");
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  return { text, events };
};

async function calendar(...files: string[]) {
  const out = join(tempDir(), "lich.ics");
  const run = await dialogue(["calendar", ...files, "-o", out]);
  expect(run.code, run.stderr).toBe(0);
  return { run, ...read(out) };
}

type Event = ICAL.Event;
const byUid = (events: Event[], tail: string) => events.find((e) => e.uid.endsWith(`-${tail}@dialogue`))!;
const prop = (event: Event, name: string) => event.component.getFirstPropertyValue(name);
/** `<year>-<code>-<12 hex of the issuer>-…`: the UID pattern the README promises. */
const UID = /^\d{4}-[a-z0-9]+-[0-9a-f]{12}-(session|task)-[a-z0-9-]+(\.[a-z0-9-]+)?@dialogue$/;

describe("dialogue calendar", () => {
  it("writes valid iCalendar: held session with its time in Việt Nam, and every fixed deadline as a whole day", async () => {
    const { events } = await calendar(SON_NGUYEN);
    for (const event of events) expect(event.uid).toMatch(UID);
    const session = byUid(events, "session-dat-dai");
    expect(session.summary).toBe("Đối thoại: Công tác bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất");
    expect(session.startDate.toJSDate().toISOString()).toBe("2024-04-23T01:00:00.000Z"); // 08:00 in Việt Nam
    const deadline = byUid(events, "task-kl-viec-lam-thanh-nien");
    expect(deadline.startDate.isDate).toBe(true);
    expect(deadline.startDate.toString()).toBe("2024-06-19");
    expect(byUid(events, "task-thong-bao-ket-luan.dat-dai").startDate.toString()).toBe("2024-05-06");
  });

  it("keeps the same UIDs when run again and when texts change, so a re-import updates events", async () => {
    const first = await calendar(SEED);
    const edited = copyExample(SEED, (t) => t.replace("Thời gian gửi\n          chậm nhất", "Thời gian gửi\n          muộn nhất").replace("    theme: >-\n      Khởi nghiệp", "    theme: >-\n      Về khởi nghiệp"));
    await dialogue(["session", edited, "khoi-nghiep", "--date", "2021-04-20", "--on", "2021-03-25"]);
    const second = await calendar(edited);
    const again = await calendar(edited);
    const uids = (events: { uid: string }[]) => events.map((e) => e.uid).sort();
    expect(uids(second.events)).toEqual(expect.arrayContaining(uids(first.events)));
    expect(uids(again.events)).toEqual(uids(second.events));
    expect(new Set(uids(second.events)).size).toBe(second.events.length);
  });

  it("gives two offices with the same year and code (every district is HU) UIDs that never meet", async () => {
    const district = (name: string, superior: string) =>
      copyExample(SEED, (t) => t.replace("  name: TỈNH ỦY QUẢNG NGÃI\n  code: TU\n", `  superior: ${superior}\n  name: ${name}\n  code: HU\n`));
    const a = await calendar(district("HUYỆN ỦY CHÂU THÀNH", "ĐẢNG BỘ TỈNH TIỀN GIANG"));
    const b = await calendar(district("HUYỆN ỦY CHÂU THÀNH", "ĐẢNG BỘ TỈNH BẾN TRE"));
    const c = await calendar(district("HUYỆN ỦY BÌNH SƠN", "ĐẢNG BỘ TỈNH QUẢNG NGÃI"));
    const uidsOf = (run: { events: Event[] }) => new Set(run.events.map((e) => e.uid));
    expect(a.events.length).toBeGreaterThan(0);
    for (const [x, y] of [[a, b], [a, c], [b, c]]) expect([...uidsOf(x)].filter((uid) => uidsOf(y).has(uid))).toEqual([]);
    // Writing the name with the other tone-mark style ("UỶ") is the same office.
    const restyled = await calendar(district("HUYỆN UỶ CHÂU THÀNH", "ĐẢNG BỘ TỈNH TIỀN GIANG"));
    expect([...uidsOf(restyled)].sort()).toEqual([...uidsOf(a)].sort());
  });

  it("keeps a cancelled session, and the deadlines that hung on it, at their date marked cancelled, with a higher SEQUENCE", async () => {
    const plan = copyExample(SEED);
    await dialogue(["session", plan, "khoi-nghiep", "--date", "2021-04-20", "--time", "14:00", "--on", "2021-03-25"]);
    const scheduled = await calendar(plan);
    const cancel = await dialogue(["session", plan, "khoi-nghiep", "--cancel", "--reason", "Dịch bệnh", "--on", "2021-04-10"]);
    expect(cancel.code, cancel.stderr).toBe(0);
    const cancelled = await calendar(plan);

    const [before, after] = [byUid(scheduled.events, "session-khoi-nghiep"), byUid(cancelled.events, "session-khoi-nghiep")];
    expect(after.uid).toBe(before.uid);
    expect(prop(before, "status")).toBe("CONFIRMED");
    expect(prop(after, "status")).toBe("CANCELLED");
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.startDate.toJSDate().toISOString()).toBe("2021-04-20T07:00:00.000Z");
    expect(after.summary.startsWith("[Đã hủy] Đối thoại: Khởi nghiệp")).toBe(true);

    const deadline = byUid(cancelled.events, "task-tham-muu-noi-dung.khoi-nghiep");
    expect(deadline.startDate.toString()).toBe(byUid(scheduled.events, "task-tham-muu-noi-dung.khoi-nghiep").startDate.toString());
    expect(prop(deadline, "status")).toBe("CANCELLED");
    expect(cancelled.run.stdout).not.toContain("buổi đối thoại khoi-nghiep chưa có ngày cụ thể");
  });

  it("marks a session postponed to a month as called off at its old date, until it gets a new one", async () => {
    const plan = copyExample(SEED);
    await dialogue(["session", plan, "khoi-nghiep", "--date", "2021-04-20", "--on", "2021-03-25"]);
    await dialogue(["session", plan, "khoi-nghiep", "--postpone-to", "2021-10", "--reason", "Chưa đủ điều kiện", "--on", "2021-04-10"]);
    const postponed = await calendar(plan);
    const event = byUid(postponed.events, "session-khoi-nghiep");
    expect([prop(event, "status"), event.startDate.toString(), event.summary.slice(0, 7)]).toEqual(["CANCELLED", "2021-04-20", "[Hoãn] "]);
    expect(postponed.run.stdout).toContain("buổi đối thoại khoi-nghiep chưa có ngày cụ thể");
    await dialogue(["session", plan, "khoi-nghiep", "--date", "2021-10-12", "--on", "2021-09-01"]);
    const rescheduled = byUid((await calendar(plan)).events, "session-khoi-nghiep");
    expect([prop(rescheduled, "status"), rescheduled.startDate.toString()]).toEqual(["CONFIRMED", "2021-10-12"]);
    expect(rescheduled.sequence).toBeGreaterThan(event.sequence);
  });

  it("leaves the day free for deadlines and marks a done one as done", async () => {
    const plan = copyExample(SEED);
    const open = await calendar(plan);
    await dialogue(["task", plan, "bao-cao-tu-tuong", "done", "--on", "2021-03-30", "--ref", "Báo cáo số 12-BC/TĐ"]);
    const done = await calendar(plan);
    for (const event of done.events) expect(prop(event, "transp")).toBe("TRANSPARENT");
    const [before, after] = [byUid(open.events, "task-bao-cao-tu-tuong"), byUid(done.events, "task-bao-cao-tu-tuong")];
    expect(before.summary.startsWith("Thời hạn: ")).toBe(true);
    expect(after.summary.startsWith("[Đã hoàn thành] Thời hạn: ")).toBe(true);
    expect(after.description).toContain("Đã hoàn thành ngày 30/3/2021.");
    expect(after.sequence).toBeGreaterThan(before.sequence);
    const session = byUid((await calendar(SON_NGUYEN)).events, "session-dat-dai");
    expect(prop(session, "transp")).toBe("OPAQUE");
  });

  it("ends the file with the CRLF that RFC 5545 requires after every line", async () => {
    const { text } = await calendar(SEED);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
  });

  it("names the calendar after the plan by default, so two plans never overwrite each other's", async () => {
    const dir = tempDir();
    const [a, b] = [copyExample(SEED, undefined, "ke-hoach-tinh.yaml"), copyExample(SON_NGUYEN, undefined, "ke-hoach-son-nguyen.yaml")];
    const one = await dialogue(["calendar", a], { cwd: dir });
    const two = await dialogue(["calendar", b], { cwd: dir });
    expect(one.stdout).toContain("đã ghi out/ke-hoach-tinh.ics");
    expect(two.stdout).toContain("đã ghi out/ke-hoach-son-nguyen.ics");
    expect(read(join(dir, "out/ke-hoach-tinh.ics")).events.some((e) => e.uid.startsWith("2021-"))).toBe(true);
    expect(read(join(dir, "out/ke-hoach-son-nguyen.ics")).events.every((e) => e.uid.startsWith("2024-"))).toBe(true);
    const both = await dialogue(["calendar", a, b], { cwd: dir });
    expect(both.stdout).toContain("đã ghi out/lich-doi-thoai.ics");
    expect(existsSync(join(dir, "out/lich-doi-thoai.ics"))).toBe(true);
  });

  it("lists sessions without an exact date instead of inventing one", async () => {
    const { run, events } = await calendar(SEED);
    expect(run.stdout).toContain("buổi đối thoại khoi-nghiep chưa có ngày cụ thể");
    expect(events.some((e) => e.uid.includes("-session-"))).toBe(false);
    const scheduled = copyExample(SEED);
    await dialogue(["session", scheduled, "khoi-nghiep", "--date", "2021-04-20", "--time", "14:00", "--on", "2021-03-25"]);
    const after = await calendar(scheduled);
    expect(byUid(after.events, "session-khoi-nghiep").startDate.toJSDate().toISOString()).toBe("2021-04-20T07:00:00.000Z");
  });

  it("never carries a speaker's name or address, nor a control character", async () => {
    const { text } = await calendar(SON_NGUYEN);
    for (const personal of ["Đặng Văn Lực", "Nguyễn Thị Sen", "Hồ Văn Tùng", "thôn Phước Thọ"]) expect(text).not.toContain(personal);
    const hostile = copyExample(SEED, (t) => t.replace("          Xây dựng Báo cáo tình hình tư tưởng,", "          Xây dựng \u001b]0;x\u0007Báo cáo tình hình tư tưởng,"));
    const withControls = await calendar(hostile);
    expect(withControls.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    expect(byUid(withControls.events, "task-bao-cao-tu-tuong").summary).toContain("Xây dựng \\x1b]0;x\\x07Báo cáo");
  });
});
