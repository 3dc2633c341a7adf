// Faults a person injects (or the document schedules): what each one does to the running simulation.
import type { FaultAction } from '../model/schema';
import {
  consumerOf,
  crashConsumer,
  groupOf,
  pauseSource,
  restartConsumer,
  sendPoisonRecord,
} from './consumerActions';
import type { SimulationState } from './simulationState';

/** Throws an Error that names what is wrong when the fault's target does not exist. */
export function applyFault(state: SimulationState, fault: FaultAction): void {
  const now = state.nowMs;
  switch (fault.type) {
    case 'broker-kill':
      state.cluster.kill(fault.broker, now);
      break;
    case 'broker-shutdown':
      state.cluster.shutdown(fault.broker, now);
      break;
    case 'broker-restart':
      state.cluster.restart(fault.broker, now);
      break;
    case 'broker-isolate':
      state.cluster.isolate(fault.broker, now);
      break;
    case 'broker-reconnect':
      state.cluster.reconnect(fault.broker, now);
      break;
    case 'broker-throttle':
      state.cluster.throttle(fault.broker, fault.networkMBps);
      break;
    case 'source-pause':
    case 'source-resume':
      pauseSource(state, fault.node, fault.type === 'source-pause');
      state.emit(
        'fault',
        fault.node,
        `source ${fault.node} ${fault.type === 'source-pause' ? 'paused' : 'resumed'}`,
      );
      break;
    case 'consumer-kill':
      crashConsumer(state, fault.node, fault.clientId);
      break;
    case 'consumer-restart': {
      const live = groupOf(state, fault.node).liveMembers();
      const clientId = fault.clientId ?? live[live.length - 1]?.clientId;
      if (clientId === undefined) throw new Error(`${fault.node} has no running consumer to restart`);
      restartConsumer(state, fault.node, clientId);
      state.emit('fault', fault.node, `${clientId} restarting`);
      break;
    }
    case 'source-poison':
      sendPoisonRecord(state, fault.node, fault.partition);
      state.emit('fault', fault.node, `source ${fault.node} sends one poison record`);
      break;
    case 'consumer-start': {
      groupOf(state, fault.node).startMember();
      break;
    }
    case 'consumer-slow': {
      const group = groupOf(state, fault.node);
      const member =
        fault.clientId === undefined ? group.liveMembers()[0] : consumerOf(group, fault.clientId);
      if (!member) throw new Error(`${fault.node} has no running consumer to slow`);
      member.processingRateOverride = fault.processingRate;
      state.emit(
        'fault',
        group.groupId,
        fault.processingRate === null
          ? `${member.clientId} back to the group's processing rate`
          : `${member.clientId} slowed to ${fault.processingRate} records/s`,
      );
      break;
    }
    case 'processor-kill':
    case 'processor-restart': {
      const processor = state.processors.get(fault.node);
      if (!processor) throw new Error(`no processor with id "${fault.node}"`);
      if (fault.type === 'processor-kill') processor.kill();
      else processor.restart();
      state.emit(
        'fault',
        processor.group.groupId,
        `processor ${processor.name} ${fault.type === 'processor-kill' ? 'killed' : 'restarted'}`,
      );
      break;
    }
  }
}
