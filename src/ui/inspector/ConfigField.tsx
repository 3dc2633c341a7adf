import { CheckboxField } from '../forms/CheckboxField';
import { LinesField } from '../forms/LinesField';
import { NumberField } from '../forms/NumberField';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { defaultText, fieldText, type Config, type FieldSpec } from './formModel';
import type { RunningValue } from './runningValues';
import type { FieldSubmit } from './useFormSubmit';

interface ConfigFieldProps {
  spec: FieldSpec;
  config: Config;
  defaults: Config;
  submit: FieldSubmit;
  placeholder?: string | undefined;
  /** A cell of a compact grid: the label only, no Kafka name or default under it (for numbers and text). */
  cell?: boolean;
  /** The running simulation keeps another value than the design's: the field shows it and says so. */
  running?: RunningValue | undefined;
}

/** One setting of a node: the right input for its type, with Kafka's name and default under it. */
export function ConfigField({
  spec,
  config,
  defaults,
  submit,
  placeholder,
  cell = false,
  running,
}: ConfigFieldProps) {
  const off = spec.off?.(config) ?? undefined;
  const meta = cell
    ? { label: spec.label }
    : {
        label: spec.label,
        kafka: spec.kafka,
        defaultText: defaultText(spec, defaults),
        hint: spec.hint,
        disabledReason: off,
      };
  const value = running?.value ?? fieldText(spec, config);
  const onSubmit = (text: string, final: boolean) => submit(spec, text, final);
  switch (spec.type) {
    case 'number':
      return (
        <NumberField
          {...meta}
          value={value}
          unit={spec.unit}
          step={spec.step}
          placeholder={spec.emptyMeans}
          submit={onSubmit}
          layout={cell ? 'cell' : 'row'}
          pending={running}
        />
      );
    case 'select':
      return <SelectField {...meta} value={value} options={spec.options} submit={onSubmit} />;
    case 'checkbox':
      // A setting that is off as the others stand shows off, whatever the document keeps for it.
      return <CheckboxField {...meta} checked={value === 'true' && !off} submit={onSubmit} />;
    case 'text':
      return (
        <TextField
          {...meta}
          value={value}
          placeholder={placeholder ?? spec.empty.means}
          submit={onSubmit}
          layout={cell ? 'cell' : 'stack'}
        />
      );
    case 'lines':
      return <LinesField {...meta} value={value} submit={onSubmit} />;
    case 'list':
      // Its own editor stands here instead (ConfigForm's `lists`).
      return null;
  }
}
