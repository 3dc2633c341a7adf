import { useFranz } from '../../store/store';
import { Modal } from '../shell/Modal';
import { browserEnv } from '../persistence/pageEnv';
import { useSimActions } from '../simActions';
import { openNewDesign } from './openNewDesign';
import { TEMPLATES, type DesignTemplate } from './templates';
import './newDesign.css';

/** New: pick an empty design or a template; it replaces the current design as one undo step and runs. */
export function NewDesignDialog() {
  const open = useFranz((s) => s.newOpen);
  return open ? <NewDesignOpen /> : null;
}

function NewDesignOpen() {
  const sim = useSimActions();
  const showNew = useFranz((s) => s.showNew);
  const currentName = useFranz((s) => s.doc.name);
  const close = () => showNew(false);
  const pick = (template: DesignTemplate) => {
    close();
    openNewDesign(useFranz, template.design(), browserEnv());
    // As the first screen's design: running from the start.
    sim.play();
  };
  return <NewDesignPicker templates={TEMPLATES} currentName={currentName} onPick={pick} onCancel={close} />;
}

/** The dialog itself, apart from the store and the simulation (tests render it as it is). */
export function NewDesignPicker({
  templates,
  currentName,
  onPick,
  onCancel,
}: {
  templates: readonly DesignTemplate[];
  currentName: string;
  onPick(template: DesignTemplate): void;
  onCancel(): void;
}) {
  const group = (which: DesignTemplate['group']) => templates.filter((t) => t.group === which);
  return (
    <Modal labelledBy="new-title" describedBy="new-text" onCancel={onCancel} className="modal--wide">
      <h2 id="new-title" className="modal__title">
        New design
      </h2>
      <p id="new-text" className="modal__text">
        It takes the place of “{currentName}”: Undo brings that back, and Recent designs keeps it.
      </p>
      <h3 className="new-design__heading">Start from</h3>
      <TemplateList templates={group('start')} onPick={onPick} autofocusFirst />
      <h3 className="new-design__heading">A lesson’s design</h3>
      <TemplateList templates={group('lesson')} onPick={onPick} scrolls />
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

function TemplateList({
  templates,
  onPick,
  autofocusFirst = false,
  scrolls = false,
}: {
  templates: readonly DesignTemplate[];
  onPick(template: DesignTemplate): void;
  autofocusFirst?: boolean;
  scrolls?: boolean;
}) {
  return (
    <ul className={scrolls ? 'new-design__list new-design__list--scroll' : 'new-design__list'}>
      {templates.map((template, index) => (
        <li key={template.id}>
          <button
            type="button"
            className="new-design__option"
            onClick={() => onPick(template)}
            // Named by its title alone; the line about it is its description.
            aria-labelledby={`new-${template.id}-title`}
            aria-describedby={`new-${template.id}-about`}
            data-autofocus={autofocusFirst && index === 0 ? true : undefined}
          >
            <span id={`new-${template.id}-title`} className="new-design__title">
              {template.title}
            </span>
            <span id={`new-${template.id}-about`} className="new-design__about">
              {template.about}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
