import { useCallback, type DragEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useFranz } from '../../store/store';
import {
  addNodeAt,
  addPartitionTo,
  PALETTE_MIME,
  selectedTopic,
  type PaletteKind,
} from '../canvas/addFromPalette';
import { visibleCentre } from '../canvas/viewport';
import { PALETTE_ITEMS } from './paletteItems';
import './palette.css';

function onDragStart(event: DragEvent<HTMLButtonElement>, kind: PaletteKind) {
  event.dataTransfer.setData(PALETTE_MIME, kind);
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * What can be added to the design: drag an item onto the canvas, or press it (mouse or keyboard) to add
 * it in the middle of the view. Needs the canvas's ReactFlowProvider above it.
 */
export function Palette() {
  const flow = useStoreApi();
  const add = useCallback(
    (kind: PaletteKind) => {
      if (kind !== 'partition') {
        addNodeAt(useFranz, kind, visibleCentre(flow.getState()));
        return;
      }
      const topic = selectedTopic(useFranz);
      if (topic) addPartitionTo(useFranz, topic);
      else useFranz.getState().notify('info', 'Select a topic first, or drop the Partition on a topic.');
    },
    [flow],
  );
  return (
    <section className="palette" aria-labelledby="palette-title">
      <h2 id="palette-title" className="palette__title">
        Add
      </h2>
      <ul className="palette__items">
        {PALETTE_ITEMS.map((item) => (
          <li key={item.kind}>
            <button
              type="button"
              className={`palette__item palette__item--${item.kind}`}
              draggable
              title={item.hint}
              onDragStart={(event) => onDragStart(event, item.kind)}
              onClick={() => add(item.kind)}
            >
              <span className="palette__swatch" style={{ borderColor: item.colour }} aria-hidden="true" />
              {item.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="palette__caption">
        Drag onto the canvas, or press to add in the middle of the view. A Partition goes onto a topic (or
        onto the selected topic when pressed).
      </p>
    </section>
  );
}
