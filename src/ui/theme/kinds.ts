import type { NodeKind } from '../../engine';

/** Each node kind's accent: sources green, topics blue, sinks violet, processors amber. */
export const KIND_COLOURS: Record<NodeKind, string> = {
  source: '#1a7f4b',
  topic: '#2457c5',
  sink: '#7048c0',
  processor: '#b46d00',
};

/** How the UI names each kind: "Source: Payments", "Topic: orders". */
export const KIND_LABELS: Record<NodeKind, string> = {
  source: 'Source',
  topic: 'Topic',
  sink: 'Sink',
  processor: 'Processor',
};
