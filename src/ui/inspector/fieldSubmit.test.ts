// The inspector's edits, told as a person makes them: type, see the design change (or a reason why not),
// undo the whole edit at once.
import { describe, expect, it } from 'vitest';
import example from '../../../examples/article-pipeline.json';
import { parseDocument, type PipelineDocument } from '../../engine';
import { createFranzStore } from '../../store/store';
import { brokerAt, updateBrokerAt, updateCluster } from './clusterEdit';
import { allFields, type FormModel } from './formModel';
import { brokerForm } from './models/broker';
import { clusterForm } from './models/cluster';
import { sinkForm } from './models/sink';
import { sourceForm } from './models/source';
import { topicForm } from './models/topic';
import { createDocEditor } from './useDocEditor';
import { createFieldSubmit, nodeConfigOf, nodeIndexOf, updateNodeConfig } from './useFormSubmit';

function designer() {
  const parsed = parseDocument(example);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const store = createFranzStore();
  store.getState().replaceDocument(parsed.doc);
  const editor = createDocEditor(store);
  const form = (nodeId: string, model: FormModel) => {
    const submit = createFieldSubmit(
      editor,
      store,
      model,
      nodeConfigOf(nodeId),
      updateNodeConfig(nodeId),
      nodeIndexOf(nodeId),
    );
    const spec = (path: string) => allFields(model).find((f) => f.path === path)!;
    return {
      /** Typing `text` into a field, keystroke results included, then leaving it. */
      type(path: string, text: string) {
        const results = [...text].map((_, i) => submit(spec(path), text.slice(0, i + 1), false));
        return { whileTyping: results, onBlur: submit(spec(path), text, true) };
      },
      choose: (path: string, value: string) => submit(spec(path), value, true),
    };
  };
  const config = (id: string) => store.getState().doc.nodes.find((n) => n.id === id)!.config;
  return { store, editor, form, config };
}

describe('editing a node in the inspector', () => {
  it('applies a new consumer count as it is typed, and undo takes the whole edit back', () => {
    const { store, form, config } = designer();
    const analytics = form('analytics', sinkForm);
    expect(analytics.type('consumers', '12')).toEqual({ whileTyping: [null, null], onBlur: null });
    expect(config('analytics')).toMatchObject({ consumers: 12 });
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(config('analytics')).toMatchObject({ consumers: 4 });
  });

  it('refuses zero partitions and a negative rate in plain words, leaving the design as it was', () => {
    const { store, form } = designer();
    const before: PipelineDocument = store.getState().doc;
    expect(form('t-payments', topicForm).type('partitions', '0').onBlur).toBe(
      'Partitions must be at least 1',
    );
    expect(form('web', sourceForm).type('rate', '-5').onBlur).toBe('Rate must be at least 0');
    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toHaveLength(0);
  });

  it("refuses fewer partitions with Kafka's reason, and accepts more", () => {
    const { form, config } = designer();
    const userEvents = form('t-user-events', topicForm);
    expect(userEvents.type('partitions', '2').onBlur).toBe(
      'Partitions can only grow: Kafka cannot remove partitions from a topic',
    );
    expect(userEvents.type('partitions', '8').onBlur).toBeNull();
    expect(config('t-user-events')).toMatchObject({ partitions: 8 });
  });

  it('shows a half-typed number as a problem only when the person is done with it', () => {
    const { form } = designer();
    expect(form('web', sourceForm).type('rate', '-')).toEqual({
      whileTyping: [null],
      onBlur: 'Rate must be a number',
    });
  });

  it('an empty processing rate means unlimited', () => {
    const { form, config } = designer();
    expect(form('database', sinkForm).type('processingRate', '').onBlur).toBeNull();
    expect(config('database')).toMatchObject({ processingRate: null });
  });

  it('names the other setting when a rule ties two together', () => {
    const { form } = designer();
    expect(form('database', sinkForm).type('sessionTimeoutMs', '2000').onBlur).toBe(
      'heartbeat.interval.ms must be lower than session.timeout.ms (Kafka: "Heartbeat must be set lower than the session timeout")',
    );
  });

  it('checks a group id as it is typed and applies it on blur, naming the sink already using it', () => {
    const { form, config } = designer();
    const email = form('email', sinkForm);
    const typing = email.type('groupId', 'search');
    expect(config('email')).not.toHaveProperty('groupId');
    expect(typing.onBlur).toBe('Group "search" is already used by "Search"');
    expect(email.type('groupId', 'mailer').onBlur).toBeNull();
    expect(config('email')).toMatchObject({ groupId: 'mailer' });
  });

  it('a list of keys, one per line', () => {
    const { form, config } = designer();
    const crm = form('crm', sourceForm);
    expect(crm.choose('keys.type', 'list')).toBeNull();
    expect(crm.type('keys.values', 'acme\nglobex\n').onBlur).toBeNull();
    expect(config('crm')).toMatchObject({ keys: { type: 'list', values: ['acme', 'globex'] } });
  });

  it('a fixed partition beyond the topic is refused with the topic it writes to', () => {
    const { form } = designer();
    const payments = form('payments', sourceForm);
    expect(payments.choose('partitioner', 'fixed')).toBeNull();
    expect(payments.type('partition', '3').onBlur).toBe(
      'Partition must be less than 3, the partition count of topic "payments"',
    );
  });

  it("refuses a replication factor above the three brokers with Kafka's message", () => {
    const { form, config } = designer();
    const payments = form('t-payments', topicForm);
    expect(payments.type('replicationFactor', '4').onBlur).toBe(
      'Replication factor: 4 larger than available brokers: 3.',
    );
    expect(payments.type('replicationFactor', '3').onBlur).toBeNull();
    expect(config('t-payments')).toMatchObject({ replicationFactor: 3 });
  });

  it("names delivery.timeout.ms, in Kafka's words, when a longer request timeout would pass it", () => {
    const { form, config } = designer();
    expect(form('web', sourceForm).type('deliveryTimeoutMs', '1000').onBlur).toBe(
      'Delivery timeout should be equal to or larger than linger.ms + request.timeout.ms (5 + 30000 = 30005 ms)',
    );
    expect(config('web')).toMatchObject({ deliveryTimeoutMs: 120_000 });
    // Typed digit by digit, 20000 still fits and applies live; 200000 does not, and the refusal takes the
    // whole edit back: the request timeout is 30000 again, as before the person started typing.
    expect(form('iot', sourceForm).type('requestTimeoutMs', '200000').onBlur).toBe(
      'delivery.timeout.ms should be equal to or larger than linger.ms + request.timeout.ms (5 + 200000 = 200005 ms)',
    );
    expect(config('iot')).toMatchObject({ requestTimeoutMs: 30_000, deliveryTimeoutMs: 120_000 });
  });

  it('allows more than 5 requests in flight only once the idempotent producer is off', () => {
    const { form, config } = designer();
    const web = form('web', sourceForm);
    expect(web.type('maxInFlightRequestsPerConnection', '10').onBlur).toBe(
      'Max in-flight requests must be at most 5 when using the idempotent producer (enable.idempotence with acks all)',
    );
    expect(web.choose('acks', '1')).toBeNull();
    expect(web.type('maxInFlightRequestsPerConnection', '10').onBlur).toBeNull();
    expect(web.choose('acks', 'all')).toBe(
      'max.in.flight.requests.per.connection must be at most 5 when using the idempotent producer (enable.idempotence with acks all)',
    );
    expect(config('web')).toMatchObject({ acks: '1', maxInFlightRequestsPerConnection: 10 });
  });

  it('says what each number field needs in plain words, naming the field and its bound', () => {
    const { form } = designer();
    const payments = form('t-payments', topicForm);
    const web = form('web', sourceForm);
    const analytics = form('analytics', sinkForm);
    expect(payments.type('partitions', '1.5').onBlur).toBe('Partitions must be a whole number');
    expect(payments.type('partitions', '20000').onBlur).toBe('Partitions must be at most 10,000');
    expect(payments.type('partitions', '').onBlur).toBe('Partitions must be a number');
    expect(payments.type('retentionMs', '-5').onBlur).toBe(
      'Retention time must be at least 0, or -1 for unlimited',
    );
    expect(web.type('rate', '1e9').onBlur).toBe('Rate must be at most 50,000,000');
    expect(web.type('rate', 'fast').onBlur).toBe('Rate must be a number');
    expect(analytics.type('consumers', '2.5').onBlur).toBe('Consumers must be a whole number');
    expect(analytics.type('consumers', '-1').onBlur).toBe('Consumers must be at least 0');
  });

  it('a value refused when the person is done takes back what its keystrokes applied', () => {
    const { store, form, config } = designer();
    // "12" applies live (1, then 12 consumers); "12x" on blur is refused, and the sink keeps its 4.
    const analytics = form('analytics', sinkForm);
    const typed = analytics.type('consumers', '12x');
    expect(typed.whileTyping).toEqual([null, null, null]);
    expect(typed.onBlur).toBe('Consumers must be a number');
    expect(config('analytics')).toMatchObject({ consumers: 4 });
    expect(store.getState().past).toHaveLength(0);
  });

  it('applies partitions once the person is done typing, so 100 does not first grow the topic to 10', () => {
    const { store, form, config } = designer();
    const payments = form('t-payments', topicForm);
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => {
      const node = s.doc.nodes.find((n) => n.id === 't-payments');
      if (node?.kind === 'topic') seen.push(node.config.partitions);
    });
    expect(payments.type('partitions', '100').onBlur).toBeNull();
    unsubscribe();
    expect(seen).toEqual([100]);
    expect(config('t-payments')).toMatchObject({ partitions: 100 });
  });

  it('leaving a field unchanged adds no undo step', () => {
    const { store, form } = designer();
    expect(form('analytics', sinkForm).type('consumers', '4').onBlur).toBeNull();
    expect(store.getState().past).toHaveLength(0);
  });
});

describe('editing the cluster', () => {
  it('applies broker settings and refuses impossible ones', () => {
    const { store, editor } = designer();
    const submit = createFieldSubmit(editor, store, clusterForm, (d) => d.cluster, updateCluster);
    const field = (path: string) => allFields(clusterForm).find((f) => f.path === path)!;
    expect(submit(field('groupInitialRebalanceDelayMs'), '0', true)).toBeNull();
    expect(store.getState().doc.cluster.groupInitialRebalanceDelayMs).toBe(0);
    expect(submit(field('logRetentionCheckIntervalMs'), '0', true)).toBe(
      'Retention check interval must be at least 1',
    );
    expect(store.getState().doc.cluster.logRetentionCheckIntervalMs).toBe(300_000);
    expect(submit(field('autoLeaderRebalanceEnable'), 'false', true)).toBeNull();
    expect(store.getState().doc.cluster.autoLeaderRebalanceEnable).toBe(false);
  });

  it("edits a broker's row in place: a new id, a rack, and a refusal under the field", () => {
    const { store, editor } = designer();
    const row = (index: number) => {
      const submit = createFieldSubmit(editor, store, brokerForm, brokerAt(index), updateBrokerAt(index));
      return (path: string, text: string) =>
        submit(
          allFields(brokerForm).find((f) => f.path === path)!,
          text,
          true,
        );
    };
    const brokers = () => store.getState().doc.cluster.brokers;
    expect(row(1)('id', '7')).toBeNull();
    expect(row(1)('rack', 'eu-west-1b')).toBeNull();
    expect(brokers()[1]).toMatchObject({ id: 7, rack: 'eu-west-1b' });
    expect(row(1)('rack', '')).toBeNull();
    expect(brokers()[1]!.rack).toBeNull();
    expect(row(0)('id', '3')).toBe('Broker id 3 is used twice');
    expect(row(2)('diskMBps', '0')).toBe('Disk must be more than 0');
    expect(brokers().map((b) => b.id)).toEqual([1, 7, 3]);
  });
});
