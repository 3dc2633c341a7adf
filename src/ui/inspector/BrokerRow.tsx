import { useMemo } from 'react';
import type { BrokerConfig } from '../../engine';
import { brokerAt, updateBrokerAt } from './clusterEdit';
import { ConfigField } from './ConfigField';
import { allFields } from './formModel';
import { brokerForm } from './models/broker';
import { useFormSubmit } from './useFormSubmit';

interface BrokerRowProps {
  index: number;
  broker: BrokerConfig;
  onRemove: (id: number) => void;
}

/** One broker on one line: its id, rack and bandwidth, each edited in place, and a button to remove it. */
export function BrokerRow({ index, broker, onRemove }: BrokerRowProps) {
  const read = useMemo(() => brokerAt(index), [index]);
  const write = useMemo(() => updateBrokerAt(index), [index]);
  const submit = useFormSubmit(brokerForm, read, write);
  const name = `broker ${broker.id}`;
  return (
    <fieldset className="broker-row" aria-label={`Broker ${broker.id}`}>
      {allFields(brokerForm).map((spec) => (
        <ConfigField
          key={spec.path}
          spec={spec}
          config={broker}
          defaults={brokerForm.defaults}
          submit={submit}
          cell
        />
      ))}
      <button
        type="button"
        className="broker-row__remove inspector-button inspector-button--danger"
        aria-label={`Remove ${name}`}
        title={`Remove ${name}`}
        onClick={() => onRemove(broker.id)}
      >
        ×
      </button>
    </fieldset>
  );
}
