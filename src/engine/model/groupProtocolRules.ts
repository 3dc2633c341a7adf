// The consumer settings that group.protocol makes impossible, refused as Kafka's ConsumerConfig refuses them with a
// ConfigException: group.remote.assignor under the classic protocol (checkGroupRemoteAssignor), and under the
// consumer protocol (KIP-848, Kafka 4.0) the settings the group coordinator now owns: the client-side
// partition.assignment.strategy, session.timeout.ms and heartbeat.interval.ms (group.consumer.session.timeout.ms and
// group.consumer.heartbeat.interval.ms on the broker). Franz cannot tell a value set to its default from one left
// out, so under `consumer` these must keep their defaults.
import type { z } from 'zod';

interface GroupProtocolFields {
  groupProtocol: 'classic' | 'consumer';
  groupRemoteAssignor?: string | undefined;
  assignor: string;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
}

const CLIENT_DEFAULTS = { assignor: 'range', sessionTimeoutMs: 45_000, heartbeatIntervalMs: 3000 } as const;

const KAFKA_NAMES: Record<keyof typeof CLIENT_DEFAULTS, string> = {
  assignor: 'partition.assignment.strategy',
  sessionTimeoutMs: 'session.timeout.ms',
  heartbeatIntervalMs: 'heartbeat.interval.ms',
};

const OWNER: Record<keyof typeof CLIENT_DEFAULTS, string> = {
  assignor: 'the group coordinator assigns, with groupRemoteAssignor',
  sessionTimeoutMs: "the coordinator's group.consumer.session.timeout.ms (45000) applies",
  heartbeatIntervalMs: "the coordinator's group.consumer.heartbeat.interval.ms (5000) applies",
};

export function groupProtocolRules(c: GroupProtocolFields, ctx: z.core.$RefinementCtx): void {
  if (c.groupProtocol === 'classic') {
    if (c.groupRemoteAssignor !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['groupRemoteAssignor'],
        message:
          'is for groupProtocol "consumer" only (Kafka: "group.remote.assignor cannot be set when group.protocol=CLASSIC")',
      });
    return;
  }
  for (const key of Object.keys(CLIENT_DEFAULTS) as (keyof typeof CLIENT_DEFAULTS)[]) {
    if (c[key] === CLIENT_DEFAULTS[key]) continue;
    ctx.addIssue({
      code: 'custom',
      path: [key],
      message: `must stay ${JSON.stringify(CLIENT_DEFAULTS[key])} with groupProtocol "consumer": ${OWNER[key]} (Kafka: "${KAFKA_NAMES[key]} cannot be set when group.protocol=CONSUMER")`,
    });
  }
}
