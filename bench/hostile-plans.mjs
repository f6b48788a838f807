// Plans of about 1 MB, each built to hit one check's worst case (issue #11, item 9): a check that
// compares every item with every other, or searches from the root per finding, takes minutes on
// them. Used by `npm run bench` (times) and test/e2e/hostile-plans.test.ts (a hang guard). The
// shapes of brackets and nesting no plan has are refused before the parser reads them
// (src/load/flow-shape.ts).

export const HOSTILE_BYTES = 1_000_000;

const HEAD = [
  "year: 2021",
  "issuer: { name: HUYỆN ỦY THỬ NGHIỆM, code: HU }",
  "place: Thử Nghiệm",
  "summary: tổ chức đối thoại trực tiếp năm 2021",
  "recipients: [Lưu Văn phòng]",
  "signature: { position: BÍ THƯ, name: Người Ký Thử }",
  "sessions:",
  "  - { id: quy-mot, theme: Đối thoại quý I }",
].join("\n") + "\n";
const UNIT = "units: [{ id: u, name: Đơn vị }]\n";

/** `line(i)` repeated until the file reaches about `bytes`. */
function fill(bytes, head, line, tail = "") {
  const parts = [head];
  let size = Buffer.byteLength(head + tail);
  for (let i = 0; size < bytes; i++) {
    const next = line(i);
    parts.push(next);
    size += Buffer.byteLength(next);
  }
  return parts.join("") + tail;
}

const id = (prefix, i) => `${prefix}-${String(i).padStart(6, "0")}`;

/** Name → the plan text, of about `bytes` (1 MB unless asked). */
export const hostilePlans = {
  // Every key against every earlier one (the parser's uniqueKeys): 100,000 keys took 125 s.
  "distinct top-level keys": (bytes = HOSTILE_BYTES) => fill(bytes, HEAD + UNIT, (i) => `k${i}: 1\n`),
  "one key repeated": (bytes = HOSTILE_BYTES) => fill(bytes, HEAD + UNIT, () => `place: X\n`),
  // A search from the root through 60,000 fields per finding took 44 s.
  "unknown fields": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}implementation:\n  - units: [u]\n    tasks:\n      - text: Việc.\n`, (i) => `        f${i}: 1\n`),
  // The nearest declared unit, searched for every unknown reference: 20,000 took 93 s.
  "unknown unit references": (bytes = HOSTILE_BYTES) => {
    const units = Array.from({ length: 12_000 }, (_, i) => `  - { id: ${id("don-vi", i)}, name: Đơn vị }\n`).join("");
    return fill(bytes, `${HEAD}units:\n${units}implementation:\n  - tasks: [{ text: Việc. }]\n    units: [`, (i) => `${i ? ", " : ""}${id("don-vj", i)}`, "]\n");
  },
  "unknown session references": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}implementation:\n  - units: [u]\n    tasks:\n`, (i) => `      - { id: ${id("t", i)}, text: Việc., deadline: { daysBefore: 1, session: ${id("buoi", i)} } }\n`),
  "one id repeated": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}implementation:\n  - units: [u]\n    tasks:\n`, () => `      - { id: trung, text: Việc. }\n`),
  "anchors": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}purposes:\n`, (i) => `  - &a${i} Mục đích.\n`),
  "tags": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}purposes:\n`, () => `  - !t Mục đích.\n`),
  "texts with control characters": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}purposes:\n`, () => `  - "\\e]0;x\\a *Mục đích"\n`),
  // Every text check walked the whole depth for each text (600 levels: over a minute); nesting now stops
  // a little beyond what a plan can hold, and texts are walked without a step per level.
  "lists nested 600 deep, full of texts": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}purposes: ${"[".repeat(600)}`, (i) => `${i ? "," : ""}a`, `${"]".repeat(600)}\n`),
  "lists nested 28 deep, full of texts": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}purposes: ${"[".repeat(28)}`, (i) => `${i ? "," : ""}a`, `${"]".repeat(28)}\n`),
  // A backward search per unclosed bracket took 5 s for 700 of them.
  "unclosed brackets": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}purposes: ${"[".repeat(700)}`, () => "a,"),
  // Each line opens a bracket that the next line is read inside of: thousands open at once.
  "broken lines": (bytes = HOSTILE_BYTES) => fill(bytes, HEAD + UNIT, (i) => `k${i}: [x\n`),
  // Lists opened inside one another on one line: the parser took 4 s to give up on it.
  "lists opened on one line": (bytes = HOSTILE_BYTES) => fill(bytes, `${HEAD}${UNIT}purposes: `, () => "- ", "a\n"),
};
