// Reads `node --trace-gc` output. V8 prints it through C stdio, buffered apart from what the script writes,
// so the script cannot print its own "measuring now" lines into it in order. Instead the measured phase is
// bracketed by two forced collections (`gc()` under --expose-gc), which V8 logs in the same stream with the
// reason "testing": everything between the first two such lines of one isolate happened while measuring.

export interface GcWindow {
  /** Young-generation collections: Scavenge (or Minor Mark-Compact when V8 runs that instead). */
  scavenges: number;
  /** Old-generation collections other than the two forced markers. */
  majorGcs: number;
  /** The longest pause of any collection in the window, in ms. */
  maxPauseMs: number;
  /** Why the young collections ran, e.g. "allocation failure": 3. */
  reasons: Record<string, number>;
}

// [pid:0xisolate]   1234 ms: Scavenge 10.9 (15.5) -> 7.8 (15.7) MB, 0.76 / 0.03 ms  (average mu = ...) task;
const LINE =
  /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: (Scavenge|Minor Mark-\w+|Mark-\w+)[^,]*, ([\d.]+) \/ [\d.]+ ms.*?\) ([^;]*);/;

/** The collections between the first two forced `gc()` calls of one isolate; null when the markers are missing. */
export function gcBetweenMarkers(trace: string): GcWindow | null {
  let isolate: string | null = null;
  let markers = 0;
  const window: GcWindow = { scavenges: 0, majorGcs: 0, maxPauseMs: 0, reasons: {} };
  for (const line of trace.split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, id, kind, pause, reason] = m;
    // tsx compiles on a second thread with its own isolate and heap; only the first marker's isolate counts.
    if (isolate !== null && id !== isolate) continue;
    if (reason === 'testing') {
      isolate = id ?? null;
      if (++markers === 2) return window;
      continue;
    }
    if (markers === 0) continue;
    const pauseMs = Number(pause);
    if (pauseMs > window.maxPauseMs) window.maxPauseMs = pauseMs;
    if (kind === 'Scavenge' || kind?.startsWith('Minor')) {
      window.scavenges++;
      const why = reason?.trim() || 'unknown';
      window.reasons[why] = (window.reasons[why] ?? 0) + 1;
    } else window.majorGcs++;
  }
  return null;
}
