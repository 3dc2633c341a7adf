import { useDropdown } from './useDropdown';
import { downloadKafkaExport, type KafkaExportKind } from '../persistence/exportForKafka';
import { useFranz } from '../../store/store';

const CHOICES: { kind: KafkaExportKind; label: string; title: string }[] = [
  { kind: 'topics', label: 'Topics', title: 'kafka-topics.sh commands that create the design’s topics' },
  {
    kind: 'properties',
    label: 'Client properties',
    title: 'A producer or consumer .properties block per client',
  },
  { kind: 'compose', label: 'Docker Compose', title: 'A KRaft cluster with the design’s brokers and racks' },
];

/** "Export for Kafka" (the ▾ beside Export): downloads what building the design on real Kafka takes, one file per choice. */
export function ExportForKafka() {
  const { open, setOpen, menuId, root, toggle } = useDropdown();

  const download = (kind: KafkaExportKind) => {
    downloadKafkaExport(useFranz.getState().doc, kind);
    setOpen(false);
  };

  return (
    <div className="kafka-export" ref={root}>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        // The caret of a split button beside Export: the top bar keeps one row at 1280 px.
        className="button kafka-export__toggle"
        aria-label="Export for Kafka"
        title="Export for Kafka: topic commands, client properties or a Docker Compose cluster"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={menuId} className="kafka-export__menu" role="group" aria-label="Export for Kafka">
          <p className="kafka-export__title" aria-hidden="true">
            Export for Kafka
          </p>
          {CHOICES.map((c) => (
            <button
              key={c.kind}
              type="button"
              className="button"
              title={c.title}
              onClick={() => download(c.kind)}
            >
              {c.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
