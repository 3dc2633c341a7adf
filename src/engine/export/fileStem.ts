// File names for exported files, made from names in the design: safe on every file system and in a shell.

/** `name` with everything but ASCII letters, digits, `.`, `_` and `-` turned into `-`; `fallback` when nothing is left. */
export function fileStem(name: string, fallback: string): string {
  const safe = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 100);
  return safe || fallback;
}

/** Gives each stem a number suffix (`-2`, `-3`) where an earlier one took it, case-insensitively (macOS, Windows). */
export function uniqueStems(stems: readonly string[]): string[] {
  const taken = new Set<string>();
  return stems.map((stem) => {
    let unique = stem;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${stem}-${n}`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}
