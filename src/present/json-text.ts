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
 * The bytes of jsonText(value) for an object whose arrays may be very long (100,000 status rows:
 * 50 MB of JSON). Written element by element into one buffer sized from the first elements, so the
 * text never exists as one string (of two-byte characters, for Vietnamese, twice: before and after
 * escaping), nor as pieces and their copy.
 */
export function jsonBytes(value: object): Buffer {
  const out = new ByteWriter(PIECE_CHARS * 3);
  let pending: string[] = [];
  let pendingChars = 0;
  const put = (text: string) => {
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= PIECE_CHARS) flush();
  };
  const flush = () => {
    out.write(escapeC1(pending.join("")));
    pending = [];
    pendingChars = 0;
  };
  const indented = (text: string, by: string) => text.replaceAll("\n", `\n${by}`);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (!entries.length) put("{}");
  else {
    put("{");
    entries.forEach(([key, v], i) => {
      put(`${i ? "," : ""}\n  ${JSON.stringify(key)}: `);
      if (!Array.isArray(v) || !v.length) return put(indented(JSON.stringify(v, null, 2), "  "));
      put("[");
      const start = out.length + pendingChars;
      for (let from = 0; from < v.length; from += BATCH) {
        // Stringified where it stands, inside an object, so that JSON.stringify indents it as it
        // would in the whole: '{\n  "key": [' + "\n    a,\n    b" + "\n  ]\n}"; the middle is kept.
        const batch = JSON.stringify({ [key]: v.slice(from, from + BATCH) }, null, 2);
        put(`${from ? "," : ""}${batch.slice(`{\n  ${JSON.stringify(key)}: [`.length, -"\n  ]\n}".length)}`);
        if (from === 0 && v.length > BATCH) {
          // The buffer is sized once from the first elements.
          flush();
          out.reserve(Math.ceil((((out.length - start) / BATCH) * (v.length - BATCH)) * 1.1));
        }
      }
      put("\n  ]");
    });
    put("\n}");
  }
  put("\n");
  flush();
  return out.bytes();
}

/** UTF-8 written into one buffer that grows when it must. */
class ByteWriter {
  private buffer: Buffer;
  length = 0;

  constructor(capacity: number) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  /** Room for `bytes` more, made at once. */
  reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.length + bytes, Math.ceil(this.buffer.length * 1.25)));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  write(text: string): void {
    this.reserve(text.length * 3); // UTF-8 takes at most 3 bytes per UTF-16 unit
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}
