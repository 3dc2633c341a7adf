// A Docker Compose file for a KRaft cluster shaped like the design: one service per broker of the design (with its
// rack as broker.rack), a quorum of dedicated controllers, and an init service that runs the topic commands once
// every broker answers. The image is the Apache Kafka project's own (`apache/kafka`, configured by KAFKA_* variables
// as its docker/examples README describes: https://github.com/apache/kafka/tree/trunk/docker/examples).
import { clusterSchema, type ClusterConfig, type PipelineDocument } from '../model/schema';
import { configText, configValue } from './kafkaConfigNames';
import {
  brokerService,
  FIRST_HOST_PORT,
  hostBootstrapServers,
  internalBootstrapServers,
  INTERNAL_PORT,
} from './listeners';
import { commentText } from './shellQuote';
import { topicCommandLines } from './topicCommands';

/** Pinned, so the file runs the same Kafka next year: a 4.x release (KRaft only, no ZooKeeper). */
export const KAFKA_IMAGE = 'apache/kafka:4.1.0';
/** Three voters: a majority (two) survives one controller down; five would survive two. */
export const CONTROLLER_COUNT = 3;
const CONTROLLER_PORT = 9093;
/** The image's own example id; `kafka-storage.sh random-uuid` makes another. Every node of one cluster shares it. */
const CLUSTER_ID = '4L6g3nShT-eMCtK--X86sw';
const LOG_DIR = '/tmp/kraft-combined-logs';
const TOPICS_BIN = '/opt/kafka/bin/kafka-topics.sh';
const PROTOCOLS = 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT';

/**
 * The design's cluster settings that are Kafka broker or controller configs, with how each is written (Kafka takes
 * the leader imbalance interval in seconds). Written when they differ from Kafka's default, on every node: a node
 * ignores what its role does not use.
 */
const CLUSTER_CONFIGS: readonly { key: string; name: string; scale?: (ms: number) => number }[] = [
  { key: 'replicaLagTimeMaxMs', name: 'replica.lag.time.max.ms' },
  { key: 'brokerSessionTimeoutMs', name: 'broker.session.timeout.ms' },
  { key: 'autoLeaderRebalanceEnable', name: 'auto.leader.rebalance.enable' },
  {
    key: 'leaderImbalanceCheckIntervalMs',
    name: 'leader.imbalance.check.interval.seconds',
    scale: (ms) => Math.ceil(ms / 1000),
  },
  { key: 'uncleanLeaderElectionIntervalMs', name: 'unclean.leader.election.interval.ms' },
  { key: 'logCleanerBackoffMs', name: 'log.cleaner.backoff.ms' },
  { key: 'groupInitialRebalanceDelayMs', name: 'group.initial.rebalance.delay.ms' },
  { key: 'groupMinSessionTimeoutMs', name: 'group.min.session.timeout.ms' },
  { key: 'groupMaxSessionTimeoutMs', name: 'group.max.session.timeout.ms' },
  { key: 'logRetentionCheckIntervalMs', name: 'log.retention.check.interval.ms' },
];
const CLUSTER_DEFAULTS: ClusterConfig = clusterSchema.parse({});

/** The image's rule for a config's variable: KAFKA_, then upper case, `.` as `_`, `_` as `__`, `-` as `___`. */
export function kafkaEnvName(config: string): string {
  const each: Record<string, string> = { '.': '_', _: '__', '-': '___' };
  return `KAFKA_${config.replace(/[._-]/g, (c) => each[c]!).toUpperCase()}`;
}

/**
 * A YAML double-quoted scalar: JSON's string syntax (which YAML 1.2 reads the same), with Compose's interpolation
 * disarmed (`$` as `$$`) and the characters YAML does not allow raw, and bidirectional controls, written as \uXXXX.
 */
function q(text: string): string {
  return JSON.stringify(text.replace(/\$/g, () => '$$')).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function clusterEnv(cluster: ClusterConfig): [string, string][] {
  const env: [string, string][] = [];
  for (const { key, name, scale } of CLUSTER_CONFIGS) {
    const value = configValue(cluster, key);
    if (value === undefined || configText(value) === configText(configValue(CLUSTER_DEFAULTS, key))) continue;
    const text = configText(scale && typeof value === 'number' ? scale(value) : value);
    if (text !== null) env.push([kafkaEnvName(name), text]);
  }
  return env;
}

interface Service {
  name: string;
  comments: string[];
  lines: string[];
}

function environment(env: [string, string][]): string[] {
  return ['environment:', ...env.map(([k, v]) => `  ${k}: ${q(v)}`)];
}

/** The node ids of the controllers: after the largest broker id, so no id is used twice. */
export function controllerIds(doc: PipelineDocument): number[] {
  const first = Math.max(...doc.cluster.brokers.map((b) => b.id)) + 1;
  return Array.from({ length: CONTROLLER_COUNT }, (_, i) => first + i);
}

/** controller.quorum.voters: `id@host:port` of every controller. */
export function quorumVoters(doc: PipelineDocument): string {
  return controllerIds(doc)
    .map((id, i) => `${id}@controller-${i + 1}:${CONTROLLER_PORT}`)
    .join(',');
}

function controllerServices(doc: PipelineDocument, common: [string, string][]): Service[] {
  return controllerIds(doc).map((id, i) => ({
    name: `controller-${i + 1}`,
    comments: [],
    lines: [
      `image: ${q(KAFKA_IMAGE)}`,
      `hostname: ${q(`controller-${i + 1}`)}`,
      ...environment([
        ['KAFKA_NODE_ID', String(id)],
        ['KAFKA_PROCESS_ROLES', 'controller'],
        ['KAFKA_LISTENERS', `CONTROLLER://0.0.0.0:${CONTROLLER_PORT}`],
        ...common,
      ]),
    ],
  }));
}

function brokerServices(doc: PipelineDocument, common: [string, string][]): Service[] {
  const n = doc.cluster.brokers.length;
  const controllers = controllerIds(doc).map((_, i) => `controller-${i + 1}`);
  return doc.cluster.brokers.map((b, i) => {
    const service = brokerService(b.id);
    const hostPort = FIRST_HOST_PORT + i;
    const env: [string, string][] = [
      ['KAFKA_NODE_ID', String(b.id)],
      ['KAFKA_PROCESS_ROLES', 'broker'],
      ['KAFKA_LISTENERS', `PLAINTEXT://0.0.0.0:${INTERNAL_PORT},PLAINTEXT_HOST://0.0.0.0:9092`],
      [
        'KAFKA_ADVERTISED_LISTENERS',
        `PLAINTEXT://${service}:${INTERNAL_PORT},PLAINTEXT_HOST://localhost:${hostPort}`,
      ],
      ['KAFKA_INTER_BROKER_LISTENER_NAME', 'PLAINTEXT'],
      ...(b.rack === null ? [] : [['KAFKA_BROKER_RACK', b.rack] as [string, string]]),
      // Kafka's internal topics want 3 replicas (2 in sync); a smaller cluster could not create them.
      ['KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR', String(Math.min(3, n))],
      ['KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR', String(Math.min(3, n))],
      ['KAFKA_TRANSACTION_STATE_LOG_MIN_ISR', String(Math.min(2, n))],
      // The design's topics only, with the design's settings: none made on a client's first use.
      ['KAFKA_AUTO_CREATE_TOPICS_ENABLE', 'false'],
      ...common,
    ];
    return {
      name: service,
      comments: [
        `broker ${b.id}${b.rack === null ? '' : ` in rack ${commentText(b.rack)}`}: the design gives it ${b.networkInMBps} MB/s in, ` +
          `${b.networkOutMBps} MB/s out and ${b.diskMBps} MB/s of disk; size its machine for that`,
      ],
      lines: [
        `image: ${q(KAFKA_IMAGE)}`,
        `hostname: ${q(service)}`,
        `depends_on: [${controllers.map(q).join(', ')}]`,
        `ports: [${q(`${hostPort}:9092`)}]`,
        ...environment(env),
        'healthcheck:',
        `  test: ["CMD-SHELL", ${q(`/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server ${service}:${INTERNAL_PORT} > /dev/null 2>&1`)}]`,
        '  interval: 10s',
        '  timeout: 30s',
        '  retries: 30',
        '  start_period: 20s',
      ],
    };
  });
}

function initService(doc: PipelineDocument): Service {
  const script = [
    'set -e',
    ...topicCommandLines(doc, { bootstrapServer: internalBootstrapServers(doc), command: TOPICS_BIN }),
  ];
  return {
    name: 'init-topics',
    comments: ["creates the design's topics (topics.sh) once every broker answers, then exits"],
    lines: [
      `image: ${q(KAFKA_IMAGE)}`,
      'depends_on:',
      ...doc.cluster.brokers.flatMap((b) => [`  ${brokerService(b.id)}:`, '    condition: service_healthy']),
      'restart: "no"',
      'entrypoint: ["/bin/sh", "-c"]',
      `command: [${q(script.join('\n'))}]`,
    ],
  };
}

/** The Compose file (`compose.yaml`) for the design's cluster. */
export function composeFile(doc: PipelineDocument): string {
  const common: [string, string][] = [
    ['KAFKA_LISTENER_SECURITY_PROTOCOL_MAP', PROTOCOLS],
    ['KAFKA_CONTROLLER_LISTENER_NAMES', 'CONTROLLER'],
    ['KAFKA_CONTROLLER_QUORUM_VOTERS', quorumVoters(doc)],
    ['KAFKA_LOG_DIRS', LOG_DIR],
    ['CLUSTER_ID', CLUSTER_ID],
    ...clusterEnv(doc.cluster),
  ];
  const services = [...controllerServices(doc, common), ...brokerServices(doc, common), initService(doc)];
  const header = [
    `Docker Compose for the design "${commentText(doc.name)}", exported by Franz: a KRaft cluster on ${KAFKA_IMAGE}.`,
    `Controller quorum: ${CONTROLLER_COUNT} dedicated controllers (process.roles=controller) beside the design's`,
    `${doc.cluster.brokers.length} broker(s) (process.roles=broker), not combined broker+controller nodes: Kafka's docs`,
    'advise against combined mode where it matters (https://kafka.apache.org/documentation/#kraft_role), and so',
    "stopping a broker, as the design's fault schedule does, never takes a voter with it. Three voters keep a",
    'majority with one of them down.',
    'Start: docker compose up -d. The init-topics service creates the topics when every broker is healthy.',
    `Clients on this machine: bootstrap.servers=${hostBootstrapServers(doc)}`,
    `Data lives in the containers (${LOG_DIR}): docker compose down removes it; mount volumes to keep it.`,
  ];
  const out = [...header.map((h) => `# ${h}`), 'services:'];
  for (const s of services) {
    out.push(...s.comments.map((c) => `  # ${c}`), `  ${s.name}:`, ...s.lines.map((l) => `    ${l}`));
  }
  return `${out.join('\n')}\n`;
}
