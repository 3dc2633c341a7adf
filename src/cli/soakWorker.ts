// A soak worker process: runs the (family, seed) chunks its parent sends and answers each with the results.
import { runSoak, type SoakFamily, type SoakResult } from '../engine';

export interface SoakChunk {
  family: SoakFamily;
  seeds: number[];
}

export interface SoakChunkDone {
  results: SoakResult[];
}

process.on('message', (chunk: SoakChunk | 'stop') => {
  if (chunk === 'stop') {
    process.disconnect();
    return;
  }
  const results = chunk.seeds.map((seed) => runSoak(chunk.family, seed));
  process.send!({ results } satisfies SoakChunkDone);
});
