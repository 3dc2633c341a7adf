import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../lessons/catalog';
import { TEMPLATES } from './templates';

const template = (id: string) => {
  const found = TEMPLATES.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

describe('the designs New offers', () => {
  it('lists an empty design, the article’s pipeline, one topic, then every lesson in the Lessons panel’s order', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'empty',
      'article',
      'one-topic',
      ...LESSONS.map((l) => `lesson-${l.id}`),
    ]);
    expect(TEMPLATES.filter((t) => t.group === 'lesson')).toHaveLength(16);
    expect(template('lesson-L5').title).toBe('L5: Queue or publish-subscribe; where a group starts');
  });

  it('builds every design valid and afresh each time', () => {
    for (const t of TEMPLATES) {
      const first = t.design();
      expect(first.format, t.id).toBe('franz.pipeline');
      expect(t.design(), t.id).not.toBe(first);
      expect(t.design(), t.id).toEqual(first);
    }
  });

  it('starts empty as an untitled design with nothing on it', () => {
    const doc = template('empty').design();
    expect(doc.name).toBe('Untitled pipeline');
    expect(doc.nodes).toEqual([]);
    expect(doc.edges).toEqual([]);
  });

  it('opens the article’s pipeline as the first screen has it: 5 sources, 4 topics, 4 sinks', () => {
    const doc = template('article').design();
    expect(doc.name).toBe('Five sources, four sinks, one log');
    const count = (kind: string) => doc.nodes.filter((n) => n.kind === kind).length;
    expect([count('source'), count('topic'), count('sink')]).toEqual([5, 4, 4]);
  });

  it('has one source writing to one topic of 3 partitions, read by one group of 2 consumers', () => {
    const doc = template('one-topic').design();
    expect(doc.name).toBe('One topic');
    const [source, topic, sink] = doc.nodes;
    expect(doc.nodes.map((n) => n.kind)).toEqual(['source', 'topic', 'sink']);
    expect(topic?.kind === 'topic' && topic.config.partitions).toBe(3);
    expect(sink?.kind === 'sink' && sink.config.consumers).toBe(2);
    expect(doc.edges).toEqual([
      { from: source?.id, to: topic?.id },
      { from: topic?.id, to: sink?.id },
    ]);
    expect(doc.cluster.brokers).toHaveLength(3);
  });
});
