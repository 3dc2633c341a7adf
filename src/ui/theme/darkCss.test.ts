import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The dark palette is written twice in dark.css: for the explicit choice and for the system's preference while the
// choice is System. Plain CSS cannot share one block between a selector and a media query, so this keeps them equal.
const css = readFileSync(new URL('./dark.css', import.meta.url), 'utf8');

const declarations = (block: string) =>
  block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('--') || line.startsWith('color-scheme'));

function blockAfter(selector: string): string {
  const start = css.indexOf(selector);
  expect(start).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

describe('the dark palette', () => {
  it('is the same for the explicit choice and for the system preference', () => {
    const chosen = declarations(blockAfter(":root[data-theme='dark'] {"));
    const system = declarations(blockAfter(":root:not([data-theme='light']) {"));
    expect(chosen.length).toBeGreaterThan(30);
    expect(system).toEqual(chosen);
  });

  it('defines every colour the light palette defines', () => {
    const app = readFileSync(new URL('../app.css', import.meta.url), 'utf8');
    const root = app.slice(app.indexOf(':root {'), app.indexOf('}', app.indexOf(':root {')));
    const names = (lines: string[]) => lines.map((line) => line.split(':')[0]);
    const lightColours = names(declarations(root)).filter((name) => name !== '--mono');
    const dark = names(declarations(blockAfter(":root[data-theme='dark'] {")));
    expect(lightColours.filter((name) => !dark.includes(name))).toEqual([]);
  });
});
