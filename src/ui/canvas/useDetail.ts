// The canvas's level of detail as hooks: each node re-renders only when its level changes, not on every
// frame of a zoom gesture (React Flow 12's store, a selector on the viewport's transform[2]).
import { useEffect } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import {
  labelScale,
  nodeDetail,
  partitionDetail,
  type NodeDetail,
  type PartitionDetail,
} from './detailLevel';

const zoomOf = (s: ReactFlowState) => s.transform[2];

export function useNodeDetail(): NodeDetail {
  return useStore((s) => nodeDetail(zoomOf(s)));
}

export function usePartitionDetail(partitions: number): PartitionDetail {
  return useStore((s) => partitionDetail(partitions, zoomOf(s)));
}

/** Sets `--label-scale` on the canvas for the compact nodes' names (nodes.css). Renders nothing. */
export function LabelScale() {
  const scale = useStore((s) => labelScale(zoomOf(s)));
  const dom = useStore((s) => s.domNode);
  useEffect(() => {
    dom?.style.setProperty('--label-scale', String(scale));
  }, [dom, scale]);
  return null;
}
