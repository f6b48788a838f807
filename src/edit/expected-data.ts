// The change an edit makes, made on plain data too: what its text must read back as.

type Path = readonly (string | number)[];

const isObjectLike = (v: unknown) => typeof v === "object" && v !== null;

/** JSON with sorted keys: the same data whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    isObjectLike(v) && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The same change on plain data, to check the text edit against. */
export function applyTo(data: unknown, path: Path, change: (old: unknown) => unknown, remove = false): void {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = change(node[last]);
}
