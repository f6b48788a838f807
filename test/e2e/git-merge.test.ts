import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dialogue, SEED, tempDir } from "../helpers/cli.js";

/** A real repository holding the seed as k.yaml, with a committer of its own. */
function repository(): { dir: string; file: string; git: (...args: string[]) => string } {
  const dir = tempDir();
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: dir } });
  git("init", "-q", "-b", "chinh");
  git("config", "user.name", "Văn phòng");
  git("config", "user.email", "van-phong@example.vn");
  git("config", "commit.gpgsign", "false");
  const file = join(dir, "k.yaml");
  copyFileSync(SEED, file);
  git("add", ".");
  git("commit", "-qm", "Kế hoạch");
  return { dir, file, git };
}

const merge = (dir: string, branch: string) => spawnSync("git", ["merge", "--no-edit", branch], { cwd: dir, encoding: "utf8", env: { ...process.env, HOME: dir } });

describe("two clerks, two branches, a real merge (#19.3)", () => {
  it("progress on two sessions of one `session: all` task merges without conflict", async () => {
    const { dir, file, git } = repository();
    // Someone recorded the first progress on the shared plan.
    expect((await dialogue(["task", file, "tham-muu-noi-dung", "đang làm", "--session", "khoi-nghiep", "--on", "1/4/2021"])).code).toBe(0);
    git("commit", "-qam", "Tiến độ");
    git("checkout", "-qb", "chi-lan");
    expect((await dialogue(["task", file, "tham-muu-noi-dung", "xong", "--session", "ly-son", "--on", "2/4/2021", "--ref", "Báo cáo số 3-BC/BDV"])).code).toBe(0);
    git("commit", "-qam", "Lý Sơn xong");
    git("checkout", "-q", "chinh");
    expect((await dialogue(["task", file, "tham-muu-noi-dung", "xong", "--session", "khoi-nghiep", "--on", "3/4/2021", "--note", "Đã trình Thường trực"])).code).toBe(0);
    git("commit", "-qam", "Khởi nghiệp xong");

    const merged = merge(dir, "chi-lan");
    expect(merged.status, merged.stdout + merged.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).not.toContain("<<<<<<<");
    expect((await dialogue(["validate", file])).code).toBe(0);
    const rows = JSON.parse((await dialogue(["status", file, "--as-of", "2021-04-05", "--format", "json"])).stdout).tasks.filter((t: { id: string }) => t.id === "tham-muu-noi-dung");
    expect(Object.fromEntries(rows.map((r: { session: string; completedOn: string }) => [r.session, r.completedOn]))).toEqual({ "khoi-nghiep": "2021-04-03", "ly-son": "2021-04-02" });
  });

  it("a conflicting merge gives exactly one finding per conflict, at the marker's line", async () => {
    const { dir, file, git } = repository();
    git("checkout", "-qb", "chi-lan");
    writeFileSync(file, readFileSync(file, "utf8").replace("  code: TU\n", "  code: TUU\n").replace(/^place: .*$/m, "place: Quảng Nam"));
    git("commit", "-qam", "Sửa mã");
    git("checkout", "-q", "chinh");
    writeFileSync(file, readFileSync(file, "utf8").replace("  code: TU\n", "  code: T\n").replace(/^place: .*$/m, "place: Tỉnh Quảng Ngãi"));
    git("commit", "-qam", "Sửa mã khác");
    expect(merge(dir, "chi-lan").status).not.toBe(0);

    const text = readFileSync(file, "utf8");
    const markers = text.split("\n").flatMap((line, i) => (line.startsWith("<<<<<<<") ? [i + 1] : []));
    expect(markers.length).toBeGreaterThan(0);
    const run = await dialogue(["validate", file, "--format", "json"]);
    expect(run.code).toBe(1);
    // The copy's schema line points where the example's does (../schemas), which this repository has not.
    const found = JSON.parse(run.stdout).filter((f: { code: string }) => f.code !== "schema-line-broken");
    expect(found.map((f: { code: string; line: number }) => [f.code, f.line])).toEqual(markers.map((line) => ["merge-conflict", line]));
    expect(found[0].message).toContain('xung đột khi gộp chưa giải quyết (git): từ dòng này đến dòng');
    expect(found[0].message).toContain('bản "chi-lan" ở dưới');
  });
});
