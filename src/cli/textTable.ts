// The command line's tables: columns padded to their widest cell, two spaces apart, each row indented by two and
// without trailing spaces. Cells arrive escaped (escape.ts), so their lengths are what the terminal shows.

/** `numbers`: every column after the first is right-aligned, as figures are. */
export function textTable(cells: readonly (readonly string[])[], align: 'left' | 'numbers' = 'left'): string {
  const widths = cells[0]!.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  return cells
    .map(
      (r) =>
        '  ' +
        r
          .map((cell, c) =>
            align === 'numbers' && c > 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!),
          )
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}
