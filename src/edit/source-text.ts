/** Line arithmetic on a YAML text: where lines start and end, columns, comment lines, line ends. */
export class SourceText {
  /** The file's own line end, used for every line added. */
  readonly newline: string;

  constructor(private readonly text: string) {
    this.newline = text.includes("\r\n") ? "\r\n" : "\n";
  }

  lineStart(offset: number): number {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }

  /** The offset just after the line break that ends the line holding `offset - 1` (a range end). */
  lineEnd(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === "\n") return offset;
    const nl = this.text.indexOf("\n", offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** `end` moved back over the line breaks that close a range (a block scalar's range takes them). */
  trimLineBreaks(start: number, end: number): number {
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return end;
  }

  /**
   * From a line start, past the comment lines indented at least `column` (and the blank lines
   * between them): they belong to the block that ends there, so what is added goes after them.
   */
  afterTrailingComments(offset: number, column: number): number {
    let at = offset;
    for (let probe = offset; probe < this.text.length; ) {
      const end = this.lineEnd(probe + 1);
      const line = this.text.slice(probe, end).replace(/\r?\n$/, "");
      const comment = /^( *)#/.exec(line);
      if (comment && comment[1].length >= column) at = end;
      else if (line.trim() !== "") break;
      probe = end;
    }
    return at;
  }

  /** YAML lines (with `\n`) as the file's lines at `indent`. */
  indentedLines(yaml: string, indent: number): string {
    const pad = " ".repeat(indent);
    return yaml.replace(/\n$/, "").split("\n").map((line) => pad + line).join(this.newline) + this.newline;
  }
}
