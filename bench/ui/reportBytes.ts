// `npx tsx bench/ui/reportBytes.ts [ZOOM]`: the bytes of one report message (as JSON) after 20 s of each size design,
// whole and trimmed to what the canvas shows at ZOOM (default 0.3; the designs open at fit view at 0.62 for a, 0.2
// for b and d, 0.53 for c in a 1280 x 800 page), every topic in view (src/worker/viewReport.ts).
import { createSimulation, parseDocument } from '../../src/engine';
import { partitionDetail } from '../../src/ui/canvas/detailLevel';
import { viewReport } from '../../src/worker/viewReport';
import { sizeDesigns } from './sizeDesigns';

const zoom = Number(process.argv[2] ?? 0.3);
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));
for (const d of sizeDesigns()) {
  const parsed = parseDocument(d.doc);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const sim = createSimulation(parsed.doc, { seed: 1 });
  sim.step(20_000);
  const full = sim.report();
  const lanes = parsed.doc.nodes
    .filter((n) => n.kind === 'topic' && partitionDetail(n.config.partitions, zoom) === 'lanes')
    .map((n) => n.name);
  const view = d.view === 'cluster' ? 'cluster' : 'kafka';
  const t0 = performance.now();
  const trimmed = viewReport(full, { view, topics: lanes });
  const ms = performance.now() - t0;
  const whole = viewReport(full, null);
  console.log(
    [
      d.name,
      `before ${bytes(full)}`,
      `after ${bytes({ report: trimmed.report, digests: trimmed.digests })}`,
      `(digests ${bytes(trimmed.digests)}, topics in lanes ${lanes.length}, trim ${ms.toFixed(1)} ms)`,
      `whole+digests ${bytes({ report: whole.report, digests: whole.digests })}`,
    ].join('  '),
  );
}
