// Tells the store which topics draw lanes (laneTopics.ts), so the bridge tells the worker; renders nothing.
// React Flow's store changes every frame of a pan or zoom, but the list changes only at a zoom level's edge
// or when a topic moves in or out of view: only then does this re-render and the worker hear of it.
import { useCallback, useEffect, useMemo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import { useFranz } from '../../store/store';
import { runningPartitions } from '../inspector/runningValues';
import { laneTopics, type LaneTopic } from './laneTopics';

export function LaneTopics() {
  const doc = useFranz((s) => s.doc);
  const refused = useFranz((s) => s.sim.refused);
  const setLaneTopics = useFranz((s) => s.setLaneTopics);
  const topics = useMemo(
    (): LaneTopic[] =>
      doc.nodes.flatMap((n) =>
        n.kind === 'topic'
          ? [
              {
                id: n.id,
                name: n.name,
                partitions: runningPartitions(n.id, n.config.partitions, refused),
              },
            ]
          : [],
      ),
    [doc, refused],
  );
  const select = useCallback(
    (s: ReactFlowState) =>
      laneTopics(
        topics,
        { x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height },
        (id) => {
          const node = s.nodeLookup.get(id);
          if (!node?.measured.width || !node.measured.height) return undefined;
          const at = node.internals.positionAbsolute;
          return { x: at.x, y: at.y, width: node.measured.width, height: node.measured.height };
        },
      ),
    [topics],
  );
  const names = useStore(select, shallow);
  useEffect(() => setLaneTopics(names), [names, setLaneTopics]);
  return null;
}
