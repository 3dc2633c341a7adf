// One colour language: a partition's lag line takes the colour of the member that owns it, the same colour as that
// member's chip on its group's node and its marker on the topic's lanes.
import type { GroupReport } from '../../engine';
import { memberColour } from '../theme/colours';

/**
 * "orders-0=#4e79a7;orders-1=#4e79a7;…": each owned partition's label (as the series names it) and its owner's
 * colour. A string, so a selector returning it changes only when an assignment does.
 */
export function partitionOwnersKey(group: GroupReport | undefined): string {
  if (!group) return '';
  const pairs: string[] = [];
  group.members.forEach((m, i) => {
    const colour = memberColour(group.node, i);
    for (const [topic, partitions] of Object.entries(m.assignment))
      for (const p of partitions) pairs.push(`${topic}-${p}=${colour}`);
  });
  return pairs.join(';');
}

export function partitionOwners(key: string): ReadonlyMap<string, string> {
  const owners = new Map<string, string>();
  if (key === '') return owners;
  for (const pair of key.split(';')) {
    const at = pair.lastIndexOf('=');
    owners.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return owners;
}
