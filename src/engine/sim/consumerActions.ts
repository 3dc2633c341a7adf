// What a person does to one consumer or source of the running simulation (the Consumers buttons, the consumer and
// source faults): start, close or kill a group member (KafkaConsumer.close, a killed process), pause a source.
import type { ConsumerMember } from '../kafka/group/consumerMember';
import type { GroupRuntime } from './groupRuntime';
import type { SimulationState } from './simulationState';

/** The group of a sink or processor node; throws when there is none. */
export function groupOf(state: SimulationState, nodeId: string): GroupRuntime {
  const group = state.groups.get(nodeId);
  if (!group) throw new Error(`no sink or processor with id "${nodeId}"`);
  return group;
}

/** A live consumer of the group by client id; throws when there is none. */
export function consumerOf(group: GroupRuntime, clientId: string): ConsumerMember {
  const member = group.liveMembers().find((m) => m.clientId === clientId);
  if (!member) throw new Error(`${group.groupId} has no running consumer "${clientId}"`);
  return member;
}

/** Starts one more consumer in the group of a sink or processor node; returns its client id. */
export function addConsumer(state: SimulationState, nodeId: string): string {
  return groupOf(state, nodeId).addMember().clientId;
}

/** Closes a consumer gracefully (the newest, or the one with this client id): it leaves the group at once. */
export function removeConsumer(state: SimulationState, nodeId: string, clientId?: string): void {
  const group = groupOf(state, nodeId);
  if (clientId === undefined) group.removeMember();
  else consumerOf(group, clientId).close();
}

/**
 * Kills a consumer's process (the newest live one, or the one with this client id): the coordinator notices
 * only after session.timeout.ms, and the consumer stays down until a consumer-start.
 */
export function crashConsumer(state: SimulationState, nodeId: string, clientId?: string): void {
  const group = groupOf(state, nodeId);
  const live = group.liveMembers();
  const member = clientId === undefined ? live[live.length - 1] : consumerOf(group, clientId);
  if (member) group.crashMember(member, state.nowMs);
}

/**
 * Restarts a consumer's process (KafkaConsumer.close(), then the same client.id and group.instance.id start again
 * RESTART_DELAY_MS later, sim/consumerRestarts.ts): a static member keeps its place, a dynamic one rebalances twice.
 */
export function restartConsumer(state: SimulationState, nodeId: string, clientId: string): void {
  const group = groupOf(state, nodeId);
  group.restarts.restart(consumerOf(group, clientId), state.nowMs);
}

/** A source's next record (to `partition`, when given) is one no consumer can deserialize (a poison pill). */
export function sendPoisonRecord(state: SimulationState, nodeId: string, partition?: number): void {
  const source = state.sources.get(nodeId);
  if (!source) throw new Error(`no source with id "${nodeId}"`);
  if (partition === undefined) source.poison.pending++;
  else source.poison.addPending(partition);
}

/** Pauses or resumes a source's production. */
export function pauseSource(state: SimulationState, nodeId: string, paused: boolean): void {
  const source = state.sources.get(nodeId);
  if (!source) throw new Error(`no source with id "${nodeId}"`);
  source.paused = paused;
}
