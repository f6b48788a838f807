import { writeFile } from "node:fs/promises";
import { planTypesSource, TYPES_PATH } from "./plan-types.mjs";

await writeFile(TYPES_PATH, await planTypesSource());
console.log(`wrote ${TYPES_PATH.pathname}`);
