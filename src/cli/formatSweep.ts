// A sweep's and a compare's figures for a terminal (a table) or a script (CSV, JSON): one row per swept value, or
// one row per figure with A, B and B - A.
import {
  FIGURES,
  differenceText,
  figureHeading,
  figureText,
  type CompareResult,
  type FigureKey,
  type SweepRow,
} from '../engine';
import { escapeText as e } from './escape';
import { textTable } from './textTable';

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const raw = (v: number | null) => (v === null ? '' : String(v));

export function sweepTable(setting: string, rows: readonly SweepRow[]): string {
  const cells = [[e(setting), ...FIGURES.map(figureHeading)]];
  const refused: string[] = [];
  for (const row of rows) {
    if ('error' in row) {
      cells.push([e(String(row.value)), 'refused', ...FIGURES.slice(1).map(() => '')]);
      refused.push(`  ${e(String(row.value))}: ${e(row.error)}`);
    } else cells.push([e(String(row.value)), ...FIGURES.map((f) => figureText(f.key, row.figures[f.key]))]);
  }
  return [textTable(cells, 'numbers'), ...(refused.length ? ['', 'Refused', ...refused] : [])].join('\n');
}

/**
 * One row per value; the first column is `value`, or, when several settings take the same values, one column per
 * setting headed by its path.
 */
export function sweepCsv(rows: readonly SweepRow[], settings: readonly string[] = []): string {
  const firsts = settings.length > 1 ? settings.map((s) => csvCell(e(s))) : ['value'];
  const lines = [[...firsts, ...FIGURES.map((f) => f.key), 'error'].join(',')];
  for (const row of rows)
    lines.push(
      [
        ...firsts.map(() => csvCell(e(String(row.value)))),
        ...FIGURES.map((f) => ('error' in row ? '' : raw(row.figures[f.key]))),
        'error' in row ? csvCell(e(row.error)) : '',
      ].join(','),
    );
  return lines.join('\n');
}

/**
 * The JSON of a sweep: its setting (the paths joined by commas, as --sweep takes them), each of its settings, the
 * run, and per value the figures or the refusal.
 */
export function sweepJson(
  setting: string,
  settings: readonly string[],
  durationMs: number,
  seed: number,
  rows: readonly SweepRow[],
) {
  return {
    setting,
    settings,
    durationMs,
    seed,
    rows: rows.map((r) =>
      'error' in r ? { value: r.value, error: r.error } : { value: r.value, figures: r.figures },
    ),
  };
}

/** "+132,675 worse", "0", "B never drains (worse)". */
function differenceCell(key: FigureKey, a: number | null, b: number | null): string {
  const d = differenceText(key, a, b);
  if (d.verdict === null) return d.text;
  return /^[+−]/.test(d.text) ? `${d.text} ${d.verdict}` : `${d.text} (${d.verdict})`;
}

export function compareTable(nameA: string, nameB: string, result: CompareResult): string {
  const cells = [['figure', `A: ${e(nameA)}`, `B: ${e(nameB)}`, 'B - A']];
  for (const f of FIGURES)
    cells.push([
      figureHeading(f),
      figureText(f.key, result.a.figures[f.key]),
      figureText(f.key, result.b.figures[f.key]),
      differenceCell(f.key, result.a.figures[f.key], result.b.figures[f.key]),
    ]);
  return textTable(cells, 'numbers');
}

export function compareCsv(result: CompareResult): string {
  const lines = ['figure,a,b,difference'];
  for (const f of FIGURES)
    lines.push(
      [f.key, raw(result.a.figures[f.key]), raw(result.b.figures[f.key]), raw(result.difference[f.key])].join(
        ',',
      ),
    );
  return lines.join('\n');
}

/** The JSON of a compare: the figures of each run and B - A (not the whole reports: the figures are the answer). */
export function compareJson(durationMs: number, seed: number, result: CompareResult) {
  return { durationMs, seed, a: result.a.figures, b: result.b.figures, difference: result.difference };
}
