// A sink with static members (KIP-345) and a dead-letter topic: its .properties name group.instance.id, and its notes
// say that each instance needs its own id and what to do with a record it cannot deserialize.
import { describe, expect, it } from 'vitest';
import { clientPropertyBlocks } from './clientProperties';
import { parsed } from './exportDesigns.testing';

function sink(config: Record<string, unknown>) {
  const doc = parsed({
    format: 'franz.pipeline',
    version: 1,
    nodes: [
      { id: 't', kind: 'topic', name: 'orders', config: {} },
      { id: 'dlq', kind: 'topic', name: 'orders-dlq', config: {} },
      { id: 'db', kind: 'sink', name: 'Db', config: { consumers: 3, ...config } },
    ],
    edges: [{ from: 't', to: 'db' }],
  });
  return clientPropertyBlocks(doc).find((b) => b.kind === 'sink')!;
}

describe('client .properties of static members and a dead-letter topic', () => {
  it('writes group.instance.id for static members, and says each instance takes its own', () => {
    const block = sink({ staticMembership: true, deadLetterTopic: 'orders-dlq' });
    expect(block.properties).toContainEqual(['group.instance.id', 'db-1']);
    expect(block.text).toContain(
      '# static members: give each instance its own group.instance.id, db-1 to db-3\n',
    );
    expect(block.text).toContain(
      '# on a RecordDeserializationException, send the record to orders-dlq and seek past it\n',
    );
  });

  it('writes no group.instance.id for dynamic members', () => {
    const block = sink({});
    expect(block.properties.map(([k]) => k)).not.toContain('group.instance.id');
    expect(block.text).not.toContain('group.instance.id');
  });
});
