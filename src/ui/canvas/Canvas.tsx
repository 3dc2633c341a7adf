import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useStore,
} from '@xyflow/react';
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
import { fitOptions, MINIMAP_SIZE, minimapByDefault } from './fitOptions';
import { usePresentation } from '../shell/presentation';
import { useTheme } from '../theme/themeChoice';
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
const minimapColour = (node: FlowNode) => (node.type ? KIND_COLOURS[node.type] : 'var(--faint)');

/**
 * The design on a React Flow canvas, controlled from the store. Needs a ReactFlowProvider above it (shared
 * with the Palette) and a parent with a height. Deleting is the command registry's (Delete, Backspace), but for
 * an edge that has the keyboard's focus (edgeKeys.ts).
 */
export function Canvas() {
  const { nodes, edges, sizes, setSizes, setRevealed } = useFlowElements();
  const handlers = useCanvasHandlers(setSizes);
  const drop = useDropToAdd();
  const presenting = usePresentation((s) => s.presenting);
  // The minimap shows on a large canvas until the person hides it (or shows it on a small one).
  const [minimapChoice, setMinimapChoice] = useState<boolean | null>(null);
  const minimapAuto = useStore((s) => minimapByDefault({ width: s.width, height: s.height }, presenting));
  const minimap = minimapChoice ?? minimapAuto;
  const fit = useMemo(() => fitOptions({ minimap, presenting }), [minimap, presenting]);
  const layingOut = useAutoLayout(sizes);
  const reveal = useRevealEdge(setRevealed);
  // Fit a design that is there on the first render; an empty canvas keeps its zoom as nodes are added.
  const [fitOnInit] = useState(() => nodes.length > 0);
  const movedByPerson = useFitView(fit, presenting, fitOnInit);
  const theme = useTheme();
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => edgeKeyDown(useFranz, event), []);
  return (
    <div
      className={layingOut ? 'canvas canvas--laying-out' : 'canvas'}
      onKeyDown={onKeyDown}
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
        fitViewOptions={fit}
        // A pan or wheel zoom of the person's own (an event; a fit has none) ends following the canvas's size.
        onMoveStart={(event) => event && movedByPerson()}
        colorMode={theme}
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
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} color="var(--dots)" />
        {minimap && <MiniMap nodeColor={minimapColour} pannable zoomable style={MINIMAP_SIZE} />}
        {/* One row in the bottom-left corner: the fit's bottom padding keeps the design above it. */}
        <Controls
          showInteractive={false}
          orientation="horizontal"
          fitViewOptions={fit}
          onZoomIn={movedByPerson}
          onZoomOut={movedByPerson}
        >
          <ControlButton
            onClick={() => setMinimapChoice(!minimap)}
            aria-pressed={minimap}
            aria-label="Minimap"
            title={minimap ? 'Hide the minimap' : 'Show the minimap'}
          >
            <span aria-hidden="true">▣</span>
          </ControlButton>
          <TidyLayoutButton />
        </Controls>
        <ParticleLayer />
        <LabelScale />
        <LaneTopics />
      </ReactFlow>
    </div>
  );
}
