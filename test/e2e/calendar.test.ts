import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { copyExample, dialogue, SEED, SON_NGUYEN, tempDir } from "../helpers/cli.js";

async function calendar(...files: string[]) {
  const out = join(tempDir(), "lich.ics");
  const run = await dialogue(["calendar", ...files, "-o", out]);
  expect(run.code, run.stderr).toBe(0);
  const text = readFileSync(out, "utf8");
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  return { run, text, events };
}

describe("dialogue calendar", () => {
  it("writes valid iCalendar: held session with its time in Việt Nam, and every fixed deadline as a whole day", async () => {
    const { events } = await calendar(SON_NGUYEN);
    const session = events.find((e) => e.uid === "2024-tu-session-dat-dai@dialogue")!;
    expect(session.summary).toBe("Đối thoại: Công tác bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất");
    expect(session.startDate.toJSDate().toISOString()).toBe("2024-04-23T01:00:00.000Z"); // 08:00 in Việt Nam
    const deadline = events.find((e) => e.uid === "2024-tu-task-kl-viec-lam-thanh-nien@dialogue")!;
    expect(deadline.startDate.isDate).toBe(true);
    expect(deadline.startDate.toString()).toBe("2024-06-19");
    expect(events.find((e) => e.uid === "2024-tu-task-thong-bao-ket-luan-dat-dai@dialogue")?.startDate.toString()).toBe("2024-05-06");
  });

  it("keeps the same UIDs when run again and when texts change, so a re-import updates events", async () => {
    const first = await calendar(SEED);
    const edited = copyExample(SEED, (t) => t.replace("Thời gian gửi\n          chậm nhất", "Thời gian gửi\n          muộn nhất"));
    const second = await calendar(edited);
    const uids = (events: { uid: string }[]) => events.map((e) => e.uid).sort();
    expect(uids(second.events)).toEqual(uids(first.events));
    expect(new Set(uids(first.events)).size).toBe(first.events.length);
  });

  it("lists sessions without an exact date instead of inventing one", async () => {
    const { run, events } = await calendar(SEED);
    expect(run.stdout).toContain("buổi khoi-nghiep chưa có ngày cụ thể");
    expect(events.some((e) => e.uid.includes("session"))).toBe(false);
    const scheduled = copyExample(SEED);
    await dialogue(["session", scheduled, "khoi-nghiep", "--date", "2021-04-20", "--time", "14:00", "--on", "2021-03-25"]);
    const after = await calendar(scheduled);
    expect(after.events.find((e) => e.uid === "2021-tu-session-khoi-nghiep@dialogue")?.startDate.toJSDate().toISOString()).toBe("2021-04-20T07:00:00.000Z");
  });

  it("never carries a speaker's name or address", async () => {
    const { text } = await calendar(SON_NGUYEN);
    for (const personal of ["Đặng Văn Lực", "Nguyễn Thị Sen", "Hồ Văn Tùng", "thôn Phước Thọ"]) expect(text).not.toContain(personal);
  });
});
