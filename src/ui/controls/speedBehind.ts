// What the clock says under the time when the simulation cannot keep up with the chosen speed.

const figure = (achieved: number) => (achieved >= 10 ? String(Math.round(achieved)) : achieved.toFixed(1));

/** "running at 23x; 100x asked", "running at 2.4x; 5x asked": the caption's tooltip. */
export function describeBehind(achieved: number, asked: number): string {
  return `running at ${figure(achieved)}x; ${asked}x asked`;
}

/** "23x of 100x": short enough for the clock's caption, so the top bar never changes its layout. */
export function behindCaption(achieved: number, asked: number): string {
  return `${figure(achieved)}x of ${asked}x`;
}
