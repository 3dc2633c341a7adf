import { useState } from 'react';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { FlowNode } from '../nodes/shared/flowNode';
import type { FlowEdge } from './flowElements';
import { KIND_COLOURS } from '../theme/kinds';
import { edgeTypes, nodeTypes } from './elementTypes';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useDropToAdd } from './useDropToAdd';
import { useFitView } from './useFitView';
import { useFlowElements } from './useFlowElements';
import { LabelScale } from './useDetail';
import { LaneTopics } from './LaneTopics';
import { FIT_PADDING } from './viewport';
import { ParticleLayer } from '../particles/ParticleLayer';
import { TidyLayoutButton } from './TidyLayoutButton';
import { useAutoLayout } from './useAutoLayout';
import { useRevealEdge } from './useRevealEdge';
import './canvas.css';

// Stable references: React Flow treats a new array or object as a new setting.
const SNAP_GRID: [number, number] = [16, 16];
const ARIA_LABELS = { 'controls.fitView.ariaLabel': 'Fit view' };
/** Shift+click adds to the selection, as do Ctrl and Cmd; Shift+drag draws a selection box. */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** A small design is shown at most life-size, not blown up. */
const FIT_OPTIONS = { padding: FIT_PADDING, maxZoom: 1 };
/** Small enough to leave the nodes near the corner readable. */
const MINIMAP_SIZE = { width: 150, height: 96 };
const minimapColour = (node: FlowNode) => (node.type ? KIND_COLOURS[node.type] : '#8a94a6');

/**
 * The design on a React Flow canvas, controlled from the store. Needs a ReactFlowProvider above it (shared
 * with the Palette) and a parent with a height. Deleting is the command registry's (Delete, Backspace).
 */
export function Canvas() {
  const { nodes, edges, sizes, setSizes, setRevealed } = useFlowElements();
  const handlers = useCanvasHandlers(setSizes);
  const drop = useDropToAdd();
  useFitView();
  const layingOut = useAutoLayout(sizes);
  const reveal = useRevealEdge(setRevealed);
  // Fit a design that is there on the first render; an empty canvas keeps its zoom as nodes are added.
  const [fitOnInit] = useState(() => nodes.length > 0);
  return (
    <div
      className={layingOut ? 'canvas canvas--laying-out' : 'canvas'}
      onFocus={reveal.onFocus}
      onBlur={reveal.onBlur}
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...handlers}
        {...drop}
        onEdgeMouseEnter={reveal.onEdgeMouseEnter}
        onEdgeMouseLeave={reveal.onEdgeMouseLeave}
        fitView={fitOnInit}
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.2}
        snapToGrid
        snapGrid={SNAP_GRID}
        // Tab walks the nodes; edges come first in React Flow's DOM and would bury them.
        edgesFocusable={false}
        deleteKeyCode={null}
        // Space plays and pauses (the command registry); panning is a plain drag of the pane.
        panActivationKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} color="#c3cad6" />
        <MiniMap nodeColor={minimapColour} pannable zoomable style={MINIMAP_SIZE} />
        <Controls showInteractive={false}>
          <TidyLayoutButton />
        </Controls>
        <ParticleLayer />
        <LabelScale />
        <LaneTopics />
      </ReactFlow>
    </div>
  );
}
