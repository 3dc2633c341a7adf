import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFranz } from '../../store/store';
import { pageTitle, renameDesign } from './renameDesign';
import './designName.css';

/**
 * The design's name in the top bar, renamed in place: click it (or Enter or F2 on it) for a text field; Enter or
 * leaving the field applies (one undo step), Escape puts the name back. The tab's title follows the name.
 */
export function DesignName() {
  const name = useFranz((s) => s.doc.name);
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    document.title = pageTitle(name);
  }, [name]);
  useEffect(() => {
    // Back from the field, focus returns to the name, so a keyboard user goes on from where they were.
    if (wasEditing.current && !editing) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  if (editing) return <NameField name={name} onDone={() => setEditing(false)} />;
  return (
    <button
      ref={button}
      type="button"
      className="brand__design"
      title={`${name}: click to rename`}
      onClick={() => setEditing(true)}
      onKeyDown={(event) => {
        if (event.key !== 'F2') return;
        event.preventDefault();
        setEditing(true);
      }}
    >
      {name}
    </button>
  );
}

function NameField({ name, onDone }: { name: string; onDone(): void }) {
  const [text, setText] = useState(name);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Focused with all of it selected, so typing replaces the name and an arrow key keeps it.
    field.current?.focus();
    field.current?.select();
  }, []);
  // Enter and then the field's blur as it goes must not apply twice.
  const done = useRef(false);
  const finish = (apply: boolean) => {
    if (done.current) return;
    done.current = true;
    if (apply) {
      const { doc, apply: record, notify } = useFranz.getState();
      const result = renameDesign(doc, text);
      if (!result.ok) notify('error', result.reason);
      else record(result.doc);
    }
    onDone();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finish(true);
    else if (event.key === 'Escape') finish(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <input
      ref={field}
      className="brand__design-field"
      aria-label="Design name"
      value={text}
      // Past the 200 a name may have, so a pasted long name is refused with its length, not cut silently.
      maxLength={250}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
    />
  );
}
