import type { ProcessorConfig } from '../../../engine';
import { formatCount } from '../../format';

/** What a processor does to the stream: "2 consumers × 500 rec/s · keeps 50% · fan-out ×3". */
export function processorSummary(
  config: Pick<ProcessorConfig, 'consumers' | 'processingRate' | 'filterRatio' | 'fanOut'>,
): string {
  const consumers = `${config.consumers} ${config.consumers === 1 ? 'consumer' : 'consumers'}`;
  const rate =
    config.processingRate === null
      ? `${consumers}, unthrottled`
      : `${consumers} × ${formatCount(config.processingRate)} rec/s`;
  const parts = [rate];
  if (config.filterRatio < 1) parts.push(`keeps ${Math.round(config.filterRatio * 100)}%`);
  if (config.fanOut !== 1) parts.push(`fan-out ×${config.fanOut}`);
  return parts.join(' · ');
}
