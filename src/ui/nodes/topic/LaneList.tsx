import { useMemo } from 'react';
import type { SimulationReport } from '../../../engine';
import { formatCount } from '../../format';
import { useVirtualRows } from '../../virtual/useVirtualRows';
import { NodeScrollBox } from '../shared/NodeScrollBox';
import { MAX_LANES, topicLanes } from './lanes';
import { TopicLane } from './TopicLane';

/** A lane's pitch in the scrolling list: 10 px of lane and 2 px apart (nodes.css, .lanes--scroll). */
export const LANE_ROW_PX = 12;

interface LaneListProps {
  topic: string;
  partitions: number;
  report: SimulationReport | null;
}

/**
 * A topic's partitions as lanes. Up to MAX_LANES it is the whole list; past it, a box MAX_LANES lanes high
 * (NodeScrollBox: the wheel scrolls it, not the canvas) that scrolls through every partition and renders
 * only the lanes in view (ui/virtual). The node's edges attach to the card's own handles, not to lanes.
 */
export function LaneList({ topic, partitions, report }: LaneListProps) {
  if (partitions <= MAX_LANES) return <WholeLanes topic={topic} partitions={partitions} report={report} />;
  return <ScrollingLanes topic={topic} partitions={partitions} report={report} />;
}

function WholeLanes({ topic, partitions, report }: LaneListProps) {
  const { lanes } = useMemo(() => topicLanes(topic, partitions, report), [topic, partitions, report]);
  return (
    <ol className="lanes" aria-label={`Partitions of ${topic}`}>
      {lanes.map((lane) => (
        <TopicLane key={lane.partition} topic={topic} lane={lane} />
      ))}
    </ol>
  );
}

function ScrollingLanes({ topic, partitions, report }: LaneListProps) {
  const { ref, onScroll, range } = useVirtualRows<HTMLDivElement>(partitions, LANE_ROW_PX);
  const { lanes } = useMemo(
    () => topicLanes(topic, partitions, report, range.end - range.first, range.first),
    [topic, partitions, report, range.first, range.end],
  );
  return (
    <>
      <NodeScrollBox ref={ref} onScroll={onScroll} height={MAX_LANES * LANE_ROW_PX}>
        <ol
          className="lanes lanes--scroll"
          aria-label={`Partitions of ${topic}`}
          style={{ paddingTop: range.padTop, paddingBottom: range.padBottom }}
        >
          {lanes.map((lane) => (
            <TopicLane key={lane.partition} topic={topic} lane={lane} setSize={partitions} />
          ))}
        </ol>
      </NodeScrollBox>
      <div className="fnode__muted">{formatCount(partitions)} partitions: scroll for more</div>
    </>
  );
}
