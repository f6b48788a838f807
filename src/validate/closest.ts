import { distance } from "fastest-levenshtein";

/** The candidate nearest to a mistyped word, if it is near enough to be what was meant. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const among = [...candidates];
  return closestLowered(word, among, among.map((c) => c.toLowerCase()));
}

/**
 * closest() with the candidates already in lower case. A candidate whose length differs from the
 * word's by more than is near enough, or by no less than the best distance so far, cannot be
 * chosen (the distance is at least the difference), so it is not compared.
 */
function closestLowered(word: string, candidates: readonly string[], lowered: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const near = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let i = 0; i < lowered.length; i++) {
    const gap = Math.abs(lowered[i].length - typed.length);
    if (gap > near || gap >= bestDistance) continue;
    const d = distance(typed, lowered[i]);
    if (d < bestDistance) [best, bestDistance] = [candidates[i], d];
  }
  return best !== undefined && bestDistance <= near ? best : undefined;
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
  const lowered = among.map((c) => c.toLowerCase());
  const found = new Map<string, string | undefined>();
  return (word) => {
    if (!found.has(word)) found.set(word, closestLowered(word, among, lowered));
    return found.get(word);
  };
}
