import { useCallback, useState, type KeyboardEvent } from 'react';
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useFranz } from '../../store/store';
import type { FlowNode } from '../nodes/shared/flowNode';
import type { FlowEdge } from './flowElements';
import { KIND_COLOURS } from '../theme/kinds';
import { edgeKeyDown } from './edgeKeys';
import { edgeTypes, nodeTypes } from './elementTypes';
import { useCanvasHandlers } from './useCanvasHandlers';
import { useDropToAdd } from './useDropToAdd';
import { useFitView } from './useFitView';
import { useFlowElements } from './useFlowElements';
import { LabelScale } from './useDetail';
import { LaneTopics } from './LaneTopics';
import { FIT_PADDING } from './viewport';
import { ParticleLayer } from '../particles/ParticleLayer';
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
 * with the Palette) and a parent with a height. Deleting is the command registry's (Delete, Backspace), but for
 * an edge that has the keyboard's focus (edgeKeys.ts).
 */
export function Canvas() {
  const { nodes, edges, setSizes } = useFlowElements();
  const handlers = useCanvasHandlers(setSizes);
  const drop = useDropToAdd();
  useFitView();
  // Fit a design that is there on the first render; an empty canvas keeps its zoom as nodes are added.
  const [fitOnInit] = useState(() => nodes.length > 0);
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => edgeKeyDown(useFranz, event), []);
  return (
    <div className="canvas" onKeyDown={onKeyDown}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...handlers}
        {...drop}
        fitView={fitOnInit}
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.2}
        snapToGrid
        snapGrid={SNAP_GRID}
        // Tab reaches every edge (named "Web app to orders"; Delete removes the focused one), then the nodes.
        edgesFocusable
        deleteKeyCode={null}
        // Space plays and pauses (the command registry); panning is a plain drag of the pane.
        panActivationKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} color="#c3cad6" />
        <MiniMap nodeColor={minimapColour} pannable zoomable style={MINIMAP_SIZE} />
        <Controls showInteractive={false} />
        <ParticleLayer />
        <LabelScale />
        <LaneTopics />
      </ReactFlow>
    </div>
  );
}
