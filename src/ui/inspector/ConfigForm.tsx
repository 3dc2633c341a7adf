import { Fragment, type ReactNode } from 'react';
import { ConfigField } from './ConfigField';
import { visibleFields, type Config, type FormModel, type Section } from './formModel';
import type { RunningValue } from './runningValues';
import type { FieldSubmit } from './useFormSubmit';

interface ConfigFormProps {
  model: FormModel;
  config: Config;
  submit: FieldSubmit;
  /** Placeholders that depend on the node, by field path (the group id's is the node id). */
  placeholders?: Readonly<Record<string, string>>;
  /** Shown at the end of a section, by its title (the partition warning under Partitions). */
  extras?: Readonly<Record<string, ReactNode>>;
  /** The editors of the model's list fields, by path (the cluster's brokers). */
  lists?: Readonly<Record<string, ReactNode>>;
  /** Values the running simulation keeps instead of the design's, by path (a topic's partitions). */
  running?: Readonly<Record<string, RunningValue>>;
}

/** A node's settings in small sections; the advanced ones fold away. */
export function ConfigForm({
  model,
  config,
  submit,
  placeholders = {},
  extras = {},
  lists = {},
  running = {},
}: ConfigFormProps) {
  return (
    <div className="config-form">
      {model.sections.map((section) => {
        // A section whose fields all depend on another choice (compaction) waits for that choice.
        if (visibleFields(section, config).length === 0 && !extras[section.title]) return null;
        const body = (
          <SectionBody
            section={section}
            model={model}
            config={config}
            submit={submit}
            placeholders={placeholders}
            extra={extras[section.title]}
            lists={lists}
            running={running}
          />
        );
        return section.advanced ? (
          <details key={section.title} className="config-section config-section--advanced">
            <summary className="config-section__title">{section.title}</summary>
            {body}
          </details>
        ) : (
          <section key={section.title} className="config-section">
            <h3 className="config-section__title">{section.title}</h3>
            {body}
          </section>
        );
      })}
    </div>
  );
}

interface SectionBodyProps {
  section: Section;
  model: FormModel;
  config: Config;
  submit: FieldSubmit;
  placeholders: Readonly<Record<string, string>>;
  extra: ReactNode;
  lists: Readonly<Record<string, ReactNode>>;
  running: Readonly<Record<string, RunningValue>>;
}

function SectionBody({
  section,
  model,
  config,
  submit,
  placeholders,
  extra,
  lists,
  running,
}: SectionBodyProps) {
  return (
    <div className="config-section__body">
      {section.note && <p className="config-section__note">{section.note}</p>}
      {visibleFields(section, config).map((spec) =>
        spec.type === 'list' ? (
          <Fragment key={spec.path}>{lists[spec.path]}</Fragment>
        ) : (
          <ConfigField
            key={spec.path}
            spec={spec}
            config={config}
            defaults={model.defaults}
            submit={submit}
            placeholder={placeholders[spec.path]}
            running={running[spec.path]}
          />
        ),
      )}
      {extra}
    </div>
  );
}
