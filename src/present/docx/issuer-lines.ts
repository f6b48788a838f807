/** Where a long issuer name may break; data of the profile (`headerTable.issuerBreaks`). */
export interface IssuerBreaks {
  keepTogether: readonly string[];
  placeWords: readonly string[];
}

/**
 * The lines of an issuer name in the header's left column. A name the clerk broke into lines keeps
 * them; a name that fits stays on one line; a longer one breaks where a clerk would: between word
 * groups, never inside a phrase like "ỦY BAN NHÂN DÂN" nor between a level word ("XÃ", "THÀNH
 * PHỐ") and its place name, in as few lines as fit, as even as the groups allow.
 */
export function issuerLines(name: string, fits: (line: string) => boolean, width: (line: string) => number, breaks: IssuerBreaks): string[] {
  const given = name.split("\n").map((l) => l.trim().replace(/\s+/g, " ")).filter(Boolean);
  if (given.length !== 1 || fits(given[0])) return given;
  const groups = wordGroups(given[0], breaks);
  for (let count = 2; count <= groups.length; count++) {
    const lines = evenestSplit(groups, count, width);
    if (lines.every(fits)) return lines;
  }
  // One group is wider than the column by itself: it wraps there, as any text would.
  return groups;
}

/** The name cut into groups that never break inside: known phrases, a level word with its place name, runs of other words. */
export function wordGroups(name: string, { keepTogether, placeWords }: IssuerBreaks): string[] {
  const words = name.split(" ");
  const phraseAt = (i: number, phrases: readonly string[]) =>
    phrases
      .map((p) => p.split(" "))
      .filter((p) => p.every((w, k) => words[i + k] === w))
      .reduce((longest, p) => (p.length > longest ? p.length : longest), 0);
  const groups: string[] = [];
  let loose: string[] = [];
  const flushLoose = () => {
    if (loose.length) groups.push(loose.join(" "));
    loose = [];
  };
  for (let i = 0; i < words.length; ) {
    const place = phraseAt(i, placeWords);
    const phrase = phraseAt(i, keepTogether);
    if (place > phrase) {
      flushLoose();
      let end = i + place;
      while (end < words.length && !phraseAt(end, placeWords) && !phraseAt(end, keepTogether)) end++;
      groups.push(words.slice(i, end).join(" "));
      i = end;
    } else if (phrase) {
      flushLoose();
      groups.push(words.slice(i, i + phrase).join(" "));
      i += phrase;
    } else {
      loose.push(words[i++]);
    }
  }
  flushLoose();
  return groups;
}

/** Joins consecutive groups into `count` lines so that the widest line is as narrow as possible. */
function evenestSplit(groups: string[], count: number, width: (line: string) => number): string[] {
  if (count === 1) return [groups.join(" ")];
  let best: string[] = [];
  let bestWidest = Infinity;
  for (let first = 1; first <= groups.length - count + 1; first++) {
    const lines = [groups.slice(0, first).join(" "), ...evenestSplit(groups.slice(first), count - 1, width)];
    const widest = Math.max(...lines.map(width));
    if (widest < bestWidest) [best, bestWidest] = [lines, widest];
  }
  return best;
}
