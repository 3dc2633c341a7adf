// The notice beside the Speed select when the simulation cannot keep up with the chosen speed.

/** "running at 23x; 100x asked", "running at 2.4x; 5x asked". */
export function describeBehind(achieved: number, asked: number): string {
  const figure = achieved >= 10 ? String(Math.round(achieved)) : achieved.toFixed(1);
  return `running at ${figure}x; ${asked}x asked`;
}
