import { distance } from "fastest-levenshtein";

/** The candidate nearest to a mistyped word, if it is near enough to be what was meant. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Close matches, best first, for "did you mean" lists. */
export function closeMatches(word: string, candidates: Iterable<string>, limit = 3): string[] {
  return [...candidates]
    .map((c) => [c, distance(word.toLowerCase(), c.toLowerCase())] as const)
    .filter(([c, d]) => d <= Math.max(2, Math.floor(word.length / 2)) || c.includes(word) || word.includes(c))
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([c]) => c);
}

/** closest() among fixed candidates, searched once per distinct word (a repeated typo costs one search). */
export function nearest(candidates: Iterable<string>): (word: string) => string | undefined {
  const among = [...candidates];
  const found = new Map<string, string | undefined>();
  return (word) => {
    if (!found.has(word)) found.set(word, closest(word, among));
    return found.get(word);
  };
}
