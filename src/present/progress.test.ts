import { describe, expect, it } from "vitest";
import { progress, PROGRESS_AFTER_MS, type ProgressSink } from "./progress.js";

/** A sink whose clock the test moves, writing into a string. */
function sink(overrides: Partial<ProgressSink> = {}) {
  let now = 0;
  let written = "";
  const s: ProgressSink = { stream: { write: (text: string) => (written += text) }, isTTY: true, env: {}, clock: () => now, ...overrides };
  return { s, advance: (ms: number) => (now += ms), written: () => written };
}
const line = (done: number, total: number) => `${done}/${total}`;

describe("progress", () => {
  it("shows nothing for work shorter than a second, and then redraws one line in place and clears it", () => {
    const { s, advance, written } = sink();
    const p = progress(s, line);
    p.update(1, 100);
    advance(PROGRESS_AFTER_MS - 1);
    p.update(2, 100);
    expect(written()).toBe("");
    advance(1);
    p.update(3, 100);
    expect(written()).toBe("\r3/100\x1b[K");
    advance(10);
    p.update(4, 100); // too soon after the last drawing
    expect(written()).toBe("\r3/100\x1b[K");
    advance(100);
    p.update(5, 100);
    p.end();
    expect(written()).toBe("\r3/100\x1b[K\r5/100\x1b[K\r\x1b[K");
  });

  it("draws the last step whenever it comes, and leaves nothing to clear when nothing was drawn", () => {
    const { s, advance, written } = sink();
    const p = progress(s, line);
    advance(2000);
    p.update(99, 100);
    advance(1);
    p.update(100, 100);
    expect(written()).toBe("\r99/100\x1b[K\r100/100\x1b[K");
    const quiet = sink();
    const q = progress(quiet.s, line);
    q.update(1, 2);
    q.end();
    expect(quiet.written()).toBe("");
  });

  it.each<[string, Partial<ProgressSink>]>([
    ["piped or redirected", { isTTY: false }],
    ["under CI=true", { env: { CI: "true" } }],
    ["under CI=1", { env: { CI: "1" } }],
  ])("never shows when %s", (_, overrides) => {
    const { s, advance, written } = sink(overrides);
    const p = progress(s, line);
    advance(5000);
    p.update(1, 2);
    p.end();
    expect(written()).toBe("");
  });

  it("shows on a terminal when CI is set to false", () => {
    const { s, advance, written } = sink({ env: { CI: "false" } });
    const p = progress(s, line);
    advance(5000);
    p.update(1, 2);
    expect(written()).toBe("\r1/2\x1b[K");
  });
});
