import type { DataPath } from "../findings.js";

/** A data path as one string, the key of a task's line in a checked file. */
export const pathKey = (path: DataPath) => path.join("/");
