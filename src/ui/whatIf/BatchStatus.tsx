import type { BatchState } from '../../store/batchSlice';

/** "3 of 5 values, 40%" or "Running B, 70%" while a batch runs, with a bar; what became of it after. */
export function BatchStatus({
  batch,
  unit,
}: {
  batch: BatchState;
  unit: (run: number, runs: number) => string;
}) {
  const p = batch.progress;
  const percent = p ? Math.floor(p.fraction * 100) : 0;
  let text: string;
  if (batch.status === 'running') text = p ? `${unit(p.run, p.runs)}, ${percent}%` : 'Starting…';
  else if (batch.status === 'cancelled') text = 'Cancelled.';
  else if (batch.status === 'failed') text = `Failed: ${batch.error ?? 'the batch worker stopped'}`;
  else text = 'Done.';
  return (
    <div className="whatif__status">
      {batch.status === 'running' && (
        <progress aria-label="Progress" max={100} value={percent} className="whatif__bar" />
      )}
      <p role="status" className={batch.status === 'failed' ? 'whatif__failed' : undefined}>
        {text}
      </p>
    </div>
  );
}
