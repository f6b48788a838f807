/** C1 controls and DEL: JSON.stringify leaves them raw, and a raw U+009B (a one-character ESC [) acts on a terminal. */
const C1 = /[\u007f-\u009f]/g;
const escapeC1 = (text: string) => text.replace(C1, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * Pretty JSON with the C1 controls and DEL escaped too: JSON.stringify escapes only those below
 * U+0020, and a raw U+009B (a one-character ESC [) reaches the terminal of whoever reads it.
 */
export function jsonText(value: unknown): string {
  return escapeC1(JSON.stringify(value, null, 2)) + "\n";
}

/** UTF-8 is gathered in pieces of about this many characters before it is encoded. */
const PIECE_CHARS = 64 * 1024;
/** Array elements are written this many at a time: one JSON.stringify each, not one per element. */
const BATCH = 256;

/**
 * The bytes of jsonText(value), made piece by piece (about 64 K characters each) for an object
 * whose arrays may be very long (100,000 status rows: 57 MB of JSON). Written out as they are made,
 * the text never exists whole, as one string (of two-byte characters, for Vietnamese, twice:
 * before and after escaping) nor as bytes.
 */
export function* jsonPieces(value: object): Generator<Buffer> {
  let pending: string[] = [];
  let pendingChars = 0;
  function* put(text: string): Generator<Buffer> {
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= PIECE_CHARS) yield flush();
  }
  const flush = () => {
    const piece = Buffer.from(escapeC1(pending.join("")), "utf8");
    pending = [];
    pendingChars = 0;
    return piece;
  };
  const indented = (text: string, by: string) => text.replaceAll("\n", `\n${by}`);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (!entries.length) yield* put("{}");
  else {
    yield* put("{");
    for (const [i, [key, v]] of entries.entries()) {
      yield* put(`${i ? "," : ""}\n  ${JSON.stringify(key)}: `);
      if (!Array.isArray(v) || !v.length) {
        yield* put(indented(JSON.stringify(v, null, 2), "  "));
        continue;
      }
      yield* put("[");
      for (let from = 0; from < v.length; from += BATCH) {
        // Stringified where it stands, inside an object, so that JSON.stringify indents it as it
        // would in the whole: '{\n  "key": [' + "\n    a,\n    b" + "\n  ]\n}"; the middle is kept.
        const batch = JSON.stringify({ [key]: v.slice(from, from + BATCH) }, null, 2);
        yield* put(`${from ? "," : ""}${batch.slice(`{\n  ${JSON.stringify(key)}: [`.length, -"\n  ]\n}".length)}`);
      }
      yield* put("\n  ]");
    }
    yield* put("\n}");
  }
  yield* put("\n");
  yield flush();
}
