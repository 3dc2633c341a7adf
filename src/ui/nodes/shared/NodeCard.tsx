import type { CSSProperties, ReactNode } from 'react';
import { Handle, Position } from '@xyflow/react';
import type { NodeKind } from '../../../engine';
import { KIND_COLOURS, KIND_LABELS } from '../../theme/kinds';
import './nodes.css';

interface NodeCardProps {
  kind: NodeKind;
  name: string;
  /** Records flow in on the left (topics, sinks, processors) and out on the right (sources, topics, processors). */
  input: boolean;
  output: boolean;
  /** Zoomed out (canvas/detailLevel.ts): the name alone, grown to stay readable, and `children` if any. */
  compact?: boolean;
  children?: ReactNode;
}

/**
 * The frame every node shares: a white card with its kind's accent, a heading and the handles. The
 * accessible name ("Topic: orders") is on React Flow's focusable wrapper, set from the document.
 */
export function NodeCard({ kind, name, input, output, compact = false, children }: NodeCardProps) {
  return (
    <div
      className={`fnode fnode--${kind}${compact ? ' fnode--compact' : ''}`}
      style={{ '--kind': KIND_COLOURS[kind] } as CSSProperties}
    >
      {input && <Handle type="target" position={Position.Left} className="fnode__handle" />}
      <div className="fnode__head">
        <span className="fnode__kind">{KIND_LABELS[kind]}</span>
        <span className="fnode__name" title={name}>
          {name}
        </span>
      </div>
      {children && <div className="fnode__body">{children}</div>}
      {output && <Handle type="source" position={Position.Right} className="fnode__handle" />}
    </div>
  );
}
