// Faults a person injects (or the document schedules): what each one does to the running simulation.
import type { FaultAction } from '../model/schema';
import type { Simulation } from './simulation';

export function applyFault(sim: Simulation, fault: FaultAction): void {
  const now = sim.nowMs;
  switch (fault.type) {
    case 'broker-kill':
      sim.cluster.kill(fault.broker, now);
      break;
    case 'broker-shutdown':
      sim.cluster.shutdown(fault.broker, now);
      break;
    case 'broker-restart':
      sim.cluster.restart(fault.broker, now);
      break;
    case 'broker-isolate':
      sim.cluster.isolate(fault.broker, now);
      break;
    case 'broker-reconnect':
      sim.cluster.reconnect(fault.broker, now);
      break;
    case 'broker-throttle':
      sim.cluster.throttle(fault.broker, fault.networkMBps);
      break;
    case 'source-pause':
    case 'source-resume':
      sim.pauseSource(fault.node, fault.type === 'source-pause');
      sim.emit(
        'fault',
        fault.node,
        `source ${fault.node} ${fault.type === 'source-pause' ? 'paused' : 'resumed'}`,
      );
      break;
    case 'consumer-kill':
      sim.crashConsumer(fault.node, fault.clientId);
      break;
    case 'consumer-start': {
      const group = sim.group(fault.node);
      if (!group) throw new Error(`no sink or processor with id "${fault.node}"`);
      group.startMember();
      break;
    }
    case 'consumer-slow': {
      const group = sim.group(fault.node);
      if (!group) throw new Error(`no sink or processor with id "${fault.node}"`);
      const member =
        fault.clientId === undefined ? group.liveMembers()[0] : sim.consumerOf(group, fault.clientId);
      if (!member) throw new Error(`${fault.node} has no running consumer to slow`);
      member.processingRateOverride = fault.processingRate;
      sim.emit(
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
      const processor = sim.processors.get(fault.node);
      if (!processor) throw new Error(`no processor with id "${fault.node}"`);
      if (fault.type === 'processor-kill') processor.kill();
      else processor.restart();
      sim.emit(
        'fault',
        processor.group.groupId,
        `processor ${processor.name} ${fault.type === 'processor-kill' ? 'killed' : 'restarted'}`,
      );
      break;
    }
  }
}
