/**
 * The lines of a summary (trích yếu) under the type name. The wording's and the clerk's line breaks
 * are kept while each line fits the text width; a line that does not (a commune's longer titles:
 * "… của đồng chí Bí thư Đảng ủy xã với Nhân dân") is split here into the fewest lines that fit, as
 * even as possible, so that Word never wraps it and leaves one word ("dân") on a line of its own.
 * A split falls before a linking word ("của", "với", "và" …: the profile's `title.breakBefore`) when
 * one gives fitting lines, so that no line ends inside a phrase; else between any two words.
 */
export function summaryLines(lines: readonly string[], fits: (line: string) => boolean, width: (line: string) => number, breakBefore: readonly string[]): string[] {
  return lines.flatMap((line) => (fits(line) ? [line] : splitLine(line, fits, width, breakBefore)));
}

function splitLine(line: string, fits: (line: string) => boolean, width: (line: string) => number, breakBefore: readonly string[]): string[] {
  const words = line.split(/\s+/).filter(Boolean);
  const linking = new Set(breakBefore.map((w) => w.toLowerCase()));
  const anywhere = words.map((_, i) => i).filter((i) => i > 0);
  const preferred = anywhere.filter((i) => linking.has(words[i].toLowerCase()));
  for (const cuts of [preferred, anywhere]) {
    const text = (from: number, to: number) => words.slice(from, to).join(" ");
    const count = fewestLines(words.length, cuts, (a, b) => fits(text(a, b)));
    if (count !== undefined) return evenest(words.length, cuts, count, text, width);
  }
  return [line];
}

/** How many lines the words need when each line takes as many as fit, cutting only at `cuts`; none when a piece between two cuts is too wide. */
function fewestLines(n: number, cuts: readonly number[], fitsBetween: (from: number, to: number) => boolean): number | undefined {
  const ends = [...cuts, n];
  let [start, lines] = [0, 0];
  while (start < n) {
    const fitting = ends.filter((end) => end > start && fitsBetween(start, end));
    if (!fitting.length) return undefined;
    start = fitting[fitting.length - 1];
    lines++;
  }
  return lines;
}

/** The words cut at `count − 1` of the allowed positions so that the widest line is as narrow as possible (dynamic programming over the cuts). */
function evenest(n: number, cuts: readonly number[], count: number, text: (from: number, to: number) => string, width: (line: string) => number): string[] {
  const points = [0, ...cuts, n];
  const measured = new Map<string, number>();
  const widthBetween = (a: number, b: number) => {
    const key = `${a}-${b}`;
    if (!measured.has(key)) measured.set(key, width(text(points[a], points[b])));
    return measured.get(key)!;
  };
  // widest[k][j]: the narrowest widest line when the words up to point j make k lines; from[k][j]: where the last line starts.
  const last = points.length - 1;
  const widest = Array.from({ length: count + 1 }, () => new Array<number>(points.length).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(points.length).fill(-1));
  widest[0][0] = 0;
  for (let k = 1; k <= count; k++)
    for (let j = 1; j <= last; j++)
      for (let i = k - 1; i < j; i++) {
        const candidate = Math.max(widest[k - 1][i], widthBetween(i, j));
        if (candidate < widest[k][j]) [widest[k][j], from[k][j]] = [candidate, i];
      }
  const lines: string[] = [];
  for (let k = count, j = last; k > 0; j = from[k][j], k--) lines.unshift(text(points[from[k][j]], points[j]));
  return lines;
}
