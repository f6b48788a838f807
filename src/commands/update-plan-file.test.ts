import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translator } from "../i18n/translate.js";
import { copyExample, SEED } from "../../test/helpers/cli.js";
import { updatePlanFile } from "./update-plan-file.js";

describe("updatePlanFile", () => {
  it("writes nothing when the file changed on disk while it was being updated (a clerk saving in an editor)", async () => {
    const file = copyExample(SEED);
    const theirs = readFileSync(file, "utf8").replace("place: Quảng Ngãi", "place: Quảng Ngãi # sửa tay");
    const result = await updatePlanFile(
      file,
      (edit) => {
        edit.set(["implementation", 4, "tasks", 0, "status"], "in_progress");
        writeFileSync(file, theirs); // the other change lands between our read and our write
      },
      translator("vi"),
    );
    expect(result?.exitCode).toBe(2);
    expect(result?.stderr).toContain("vừa bị thay đổi trong lúc cập nhật; chưa ghi gì");
    expect(readFileSync(file, "utf8")).toBe(theirs);
  });

  it("writes the change when nothing else touched the file", async () => {
    const file = copyExample(SEED);
    const result = await updatePlanFile(file, (edit) => edit.set(["implementation", 4, "tasks", 0, "status"], "in_progress"), translator("en"));
    expect(result).toBeUndefined();
    expect(readFileSync(file, "utf8")).toContain("        status: in_progress\n");
  });
});
