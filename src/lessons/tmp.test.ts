import { it } from 'vitest';
import { createSimulation } from '../engine';
import { lagInRecordsAndTime } from './catalog/lagInRecordsAndTime';
import { lessonDocument } from './lessonDesign';
it('k', () => {
  const sim = createSimulation(lessonDocument(lagInRecordsAndTime), { seed: 6 });
  sim.step(30_000);
  sim.addConsumer('reports');
  sim.addConsumer('reports');
  for (let t = 0; t < 60; t += 5) {
    sim.step(5_000);
    const r = sim.report();
    const g = r.groups[0]!;
    console.log(
      'T',
      r.simulatedMs,
      g.state,
      g.members.length,
      g.lag,
      g.lagTrend,
      g.timeToDrainMs,
      g.timeLagMs,
      g.status,
      r.sources[0]!.recordsProduced - g.recordsConsumed,
      g.recordsPerSec,
    );
  }
});
