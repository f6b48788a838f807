import type { Finding } from "../findings.js";
import type { SourceResult } from "../load/read-source.js";

/** A problem of the file as a whole (missing, a folder, not UTF-8, too large): no line. */
export const fileFinding = (file: string, problem: Extract<SourceResult, { ok: false }>): Finding => ({
  file,
  line: 0,
  column: 0,
  severity: "error",
  path: [],
  code: problem.code,
  params: problem.params,
});
