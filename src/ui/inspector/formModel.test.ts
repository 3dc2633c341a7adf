import { describe, expect, it } from 'vitest';
import {
  allFields,
  defaultText,
  fieldText,
  toPatch,
  visibleFields,
  type Config,
  type FieldSpec,
  type FormModel,
} from './formModel';
import { clusterForm } from './models/cluster';
import { processorForm } from './models/processor';
import { sinkForm } from './models/sink';
import { sourceForm } from './models/source';
import { topicForm } from './models/topic';

const field = (model: FormModel, path: string): FieldSpec => {
  const spec = allFields(model).find((f) => f.path === path);
  if (!spec) throw new Error(`no field ${path}`);
  return spec;
};

const shown = (model: FormModel, config: Config) =>
  model.sections.flatMap((s) => visibleFields(s, config).map((f) => f.path));

const topLevel = (model: FormModel) => new Set(allFields(model).map((f) => f.path.split('.')[0]));

describe('every config key of the schema has a field', () => {
  it.each([
    ['source', sourceForm, []],
    ['topic', topicForm, []],
    // groupId is optional in the schema (it falls back to the node id), so it has no default to list.
    // commitMode is optional too (it follows enableAutoCommit), and its field sets enableAutoCommit with it.
    // groupRemoteAssignor is optional: absent, the coordinator picks its first assignor (uniform).
    ['sink', sinkForm, ['groupId', 'commitMode', 'groupRemoteAssignor']],
    ['processor', processorForm, ['groupId', 'commitMode', 'groupRemoteAssignor']],
    ['cluster', clusterForm, []],
  ] as const)('%s', (_kind, model, optional) => {
    const setWithCommitMode = ['enableAutoCommit'];
    const keys = Object.keys(model.defaults).filter((k) => !setWithCommitMode.includes(k));
    expect(topLevel(model)).toEqual(new Set([...keys, ...optional]));
  });

  it('lists each key once per form (a processor has one metadata.max.age.ms for both clients)', () => {
    for (const model of [sourceForm, topicForm, sinkForm, processorForm, clusterForm]) {
      const paths = allFields(model).map((f) => f.path);
      expect(new Set(paths).size).toBe(paths.length);
    }
  });

  it('keeps the names the end-to-end tests find fields by', () => {
    expect(field(topicForm, 'partitions').label).toBe('Partitions');
    expect(field(sinkForm, 'consumers').label).toBe('Consumers');
    expect(field(sourceForm, 'rate').label).toBe('Rate');
    expect(field(sinkForm, 'processingRate').label).toBe('Processing rate');
    expect(field(sinkForm, 'assignor').label).toBe('Assignor');
    expect(field(sinkForm, 'maxPollRecords').kafka).toBe('max.poll.records');
  });

  it('gives every field a label no other field of its form contains (getByLabel matches substrings)', () => {
    for (const model of [sourceForm, topicForm, sinkForm, processorForm, clusterForm]) {
      const labels = allFields(model).map((f) => f.label.toLowerCase());
      for (const label of ['partitions', 'consumers', 'rate', 'processing rate', 'assignor', 'name'])
        expect(labels.filter((l) => l.includes(label)).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('which fields show', () => {
  const source = sourceForm.defaults;

  it('a default source: no burst timings, a fixed size, no key settings, no fixed partition', () => {
    const paths = shown(sourceForm, source);
    expect(paths).toContain('rate');
    expect(paths).toContain('recordSize.bytes');
    expect(paths).not.toContain('burstOnMs');
    expect(paths).not.toContain('recordSize.min');
    expect(paths).not.toContain('keys.count');
    expect(paths).not.toContain('partition');
  });

  it('burst timings only for bursty arrivals, the partition only when fixed', () => {
    const paths = shown(sourceForm, { ...source, arrival: 'bursty', partitioner: 'fixed' });
    expect(paths).toEqual(expect.arrayContaining(['burstOnMs', 'burstOffMs', 'partition']));
  });

  it('the key settings that belong to each kind of keys', () => {
    const keysFields = (keys: unknown) =>
      shown(sourceForm, { ...source, keys }).filter((p) => p.startsWith('keys.'));
    expect(keysFields({ type: 'none' })).toEqual(['keys.type']);
    expect(keysFields({ type: 'uniform', count: 10 })).toEqual(['keys.type', 'keys.count']);
    expect(keysFields({ type: 'zipf', count: 10, exponent: 1 })).toEqual([
      'keys.type',
      'keys.count',
      'keys.exponent',
    ]);
    expect(keysFields({ type: 'list', values: ['a'] })).toEqual(['keys.type', 'keys.values']);
  });

  it('min and max sizes only for uniform record sizes', () => {
    const paths = shown(sourceForm, { ...source, recordSize: { type: 'uniform', min: 1, max: 2 } });
    expect(paths).toEqual(expect.arrayContaining(['recordSize.min', 'recordSize.max']));
    expect(paths).not.toContain('recordSize.bytes');
  });

  it('the auto commit interval only while auto commit is on', () => {
    expect(shown(sinkForm, sinkForm.defaults)).toContain('autoCommitIntervalMs');
    expect(shown(sinkForm, { ...sinkForm.defaults, enableAutoCommit: false })).not.toContain(
      'autoCommitIntervalMs',
    );
    expect(shown(sinkForm, { ...sinkForm.defaults, commitMode: 'before-processing' })).not.toContain(
      'autoCommitIntervalMs',
    );
  });

  it('idempotence greyed out, with the reason, unless acks is all', () => {
    const idempotence = field(sourceForm, 'enableIdempotence');
    expect(idempotence.off?.(sourceForm.defaults)).toBeNull();
    expect(idempotence.off?.({ ...sourceForm.defaults, acks: '1' })).toBe(
      'idempotence needs acks=all; off with acks=1',
    );
    expect(field(processorForm, 'enableIdempotence').off?.({ ...processorForm.defaults, acks: '0' })).toBe(
      'idempotence needs acks=all; off with acks=0',
    );
  });

  it('folds the rarely changed sections away', () => {
    const advanced = (model: FormModel) => model.sections.filter((s) => s.advanced).map((s) => s.title);
    expect(advanced(sinkForm)).toEqual(['Polling', 'Fetching', 'Timeouts', 'Machine']);
    expect(advanced(sourceForm)).toEqual(['Batching', 'Machine']);
    expect(advanced(topicForm)).toEqual(['Segments']);
    expect(advanced(clusterForm)).toEqual(['Replication', 'Groups and logs']);
  });

  it('the compaction settings only for a compacted topic', () => {
    const compaction = ['minCleanableDirtyRatio', 'minCompactionLagMs', 'deleteRetentionMs'];
    const deleting = shown(topicForm, topicForm.defaults);
    for (const path of compaction) expect(deleting).not.toContain(path);
    const compacted = shown(topicForm, { ...topicForm.defaults, cleanupPolicy: 'compact' });
    expect(compacted).toEqual(expect.arrayContaining(compaction));
  });

  it('tombstones only for keyed records', () => {
    expect(shown(sourceForm, source)).not.toContain('tombstoneRatio');
    expect(shown(sourceForm, { ...source, keys: { type: 'uniform', count: 10 } })).toContain(
      'tombstoneRatio',
    );
  });

  it('the leader imbalance check only while auto leader rebalance is on', () => {
    const cluster = clusterForm.defaults;
    expect(shown(clusterForm, cluster)).toContain('leaderImbalanceCheckIntervalMs');
    expect(shown(clusterForm, { ...cluster, autoLeaderRebalanceEnable: false })).not.toContain(
      'leaderImbalanceCheckIntervalMs',
    );
  });

  it("sources and processors share one Acks and retries section, labelled in words with Kafka's names", () => {
    const delivery = (model: FormModel) => model.sections.find((s) => s.title === 'Acks and retries');
    expect(delivery(processorForm)).toBe(delivery(sourceForm));
    expect(delivery(sourceForm)?.fields.map((f) => [f.label, f.kafka])).toEqual([
      ['Acks', 'acks'],
      ['Idempotence', 'enable.idempotence'],
      ['Retries', 'retries'],
      ['Retry backoff', 'retry.backoff.ms'],
      ['Retry backoff max', 'retry.backoff.max.ms'],
      ['Request timeout', 'request.timeout.ms'],
      ['Delivery timeout', 'delivery.timeout.ms'],
      ['Max in-flight requests', 'max.in.flight.requests.per.connection'],
    ]);
  });
});

describe('field text and defaults', () => {
  it('shows the value, with null as empty', () => {
    const sink = { ...sinkForm.defaults, processingRate: null, enableAutoCommit: true };
    expect(fieldText(field(sinkForm, 'processingRate'), sink)).toBe('');
    expect(fieldText(field(sinkForm, 'maxPollRecords'), sink)).toBe('500');
    // The commit mode in force: absent, it follows enableAutoCommit.
    expect(fieldText(field(sinkForm, 'commitMode'), sink)).toBe('auto');
    expect(fieldText(field(sinkForm, 'commitMode'), { ...sink, enableAutoCommit: false })).toBe(
      'after-processing',
    );
    expect(fieldText(field(sinkForm, 'commitMode'), { ...sink, commitMode: 'before-processing' })).toBe(
      'before-processing',
    );
    expect(fieldText(field(sinkForm, 'groupId'), sink)).toBe('');
    const keys = { ...sourceForm.defaults, keys: { type: 'list', values: ['a', 'b'] } };
    expect(fieldText(field(sourceForm, 'keys.values'), keys)).toBe('a\nb');
  });

  it("says Kafka's default with its unit", () => {
    expect(defaultText(field(sinkForm, 'maxPollRecords'), sinkForm.defaults)).toBe('default 500 records');
    expect(defaultText(field(sinkForm, 'sessionTimeoutMs'), sinkForm.defaults)).toBe(
      'default 45000 ms (45 s)',
    );
    expect(defaultText(field(sinkForm, 'processingRate'), sinkForm.defaults)).toBe('default unlimited');
    expect(defaultText(field(sinkForm, 'subscriptionPattern'), sinkForm.defaults)).toBe(
      'default topics from edges',
    );
    expect(defaultText(field(sinkForm, 'assignor'), sinkForm.defaults)).toBe('default range');
    expect(defaultText(field(sourceForm, 'partitioner'), sourceForm.defaults)).toBe('default built-in');
    expect(defaultText(field(topicForm, 'partitions'), topicForm.defaults)).toBe('default 3');
    expect(defaultText(field(sourceForm, 'lingerMs'), sourceForm.defaults)).toBe('default 5 ms');
    expect(defaultText(field(clusterForm, 'groupInitialRebalanceDelayMs'), clusterForm.defaults)).toBe(
      'default 3000 ms (3 s)',
    );
    expect(defaultText(field(topicForm, 'deleteRetentionMs'), topicForm.defaults)).toBe(
      'default 86400000 ms (1 day)',
    );
    expect(defaultText(field(sourceForm, 'acks'), sourceForm.defaults)).toBe('default all');
    // The brokers list says its defaults in its own editor.
    expect(defaultText(field(clusterForm, 'brokers'), clusterForm.defaults)).toBeUndefined();
  });
});

describe('field text to config patch', () => {
  const sink = sinkForm.defaults;
  const source = sourceForm.defaults;
  const patch = (model: FormModel, config: Config, path: string, text: string) =>
    toPatch(field(model, path), config, text);

  it('numbers, with an empty processing rate as null (unlimited)', () => {
    expect(patch(sinkForm, sink, 'consumers', '4')).toEqual({ ok: true, patch: { consumers: 4 } });
    expect(patch(sinkForm, sink, 'processingRate', '')).toEqual({
      ok: true,
      patch: { processingRate: null },
    });
    expect(patch(sinkForm, sink, 'processingRate', '250')).toEqual({
      ok: true,
      patch: { processingRate: 250 },
    });
    expect(patch(sinkForm, sink, 'consumers', '')).toEqual({ ok: false, error: 'enter a number' });
    expect(patch(sinkForm, sink, 'consumers', 'four')).toEqual({ ok: false, error: 'must be a number' });
  });

  it('an empty group id removes the key (the node id is used); an empty pattern is null', () => {
    expect(patch(sinkForm, sink, 'groupId', '')).toEqual({ ok: true, patch: { groupId: undefined } });
    expect(patch(sinkForm, sink, 'groupId', 'billing')).toEqual({ ok: true, patch: { groupId: 'billing' } });
    expect(patch(sinkForm, sink, 'subscriptionPattern', '')).toEqual({
      ok: true,
      patch: { subscriptionPattern: null },
    });
  });

  it('a list field is edited by its own editor, not as text', () => {
    expect(patch(clusterForm, clusterForm.defaults, 'brokers', '')).toEqual({
      ok: false,
      error: 'edited in its own list',
    });
  });

  it('checkboxes and selects', () => {
    expect(patch(sourceForm, source, 'enableIdempotence', 'false')).toEqual({
      ok: true,
      patch: { enableIdempotence: false },
    });
    // Choosing how to commit sets enable.auto.commit with it: on only for auto-commit.
    expect(patch(sinkForm, sink, 'commitMode', 'before-processing')).toEqual({
      ok: true,
      patch: { commitMode: 'before-processing', enableAutoCommit: false },
    });
    expect(patch(sinkForm, sink, 'commitMode', 'auto')).toEqual({
      ok: true,
      patch: { commitMode: 'auto', enableAutoCommit: true },
    });
    expect(patch(sinkForm, sink, 'assignor', 'cooperative-sticky')).toEqual({
      ok: true,
      patch: { assignor: 'cooperative-sticky' },
    });
  });

  it('a nested key replaces its whole object, keeping the rest', () => {
    const zipf = { ...source, keys: { type: 'zipf', count: 200, exponent: 1.1 } };
    expect(patch(sourceForm, zipf, 'keys.count', '500')).toEqual({
      ok: true,
      patch: { keys: { type: 'zipf', count: 500, exponent: 1.1 } },
    });
    const list = { ...source, keys: { type: 'list', values: ['a'] } };
    expect(patch(sourceForm, list, 'keys.values', 'alice\nbob\n')).toEqual({
      ok: true,
      patch: { keys: { type: 'list', values: ['alice', 'bob'] } },
    });
  });

  it('another type starts from values valid for it, keeping what carries over', () => {
    const uniformKeys = { ...source, keys: { type: 'uniform', count: 200 } };
    expect(patch(sourceForm, uniformKeys, 'keys.type', 'zipf')).toEqual({
      ok: true,
      patch: { keys: { type: 'zipf', count: 200, exponent: 1 } },
    });
    expect(patch(sourceForm, source, 'keys.type', 'uniform')).toEqual({
      ok: true,
      patch: { keys: { type: 'uniform', count: 1000 } },
    });
    expect(patch(sourceForm, uniformKeys, 'keys.type', 'none')).toEqual({
      ok: true,
      patch: { keys: { type: 'none' } },
    });
    expect(patch(sourceForm, source, 'recordSize.type', 'uniform')).toEqual({
      ok: true,
      patch: { recordSize: { type: 'uniform', min: 50, max: 200 } },
    });
    const uniformSize = { ...source, recordSize: { type: 'uniform', min: 200, max: 800 } };
    expect(patch(sourceForm, uniformSize, 'recordSize.type', 'fixed')).toEqual({
      ok: true,
      patch: { recordSize: { type: 'fixed', bytes: 500 } },
    });
  });
});
