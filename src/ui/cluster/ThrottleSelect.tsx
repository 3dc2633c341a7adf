import { useSimActions } from '../simActions';
import { throttleOptions } from './throttleOptions';

interface ThrottleSelectProps {
  broker: number;
  current: number | null;
  disabled: boolean;
}

/** Caps a broker's network in and out: slow enough and its followers fall out of the ISR. */
export function ThrottleSelect({ broker, current, disabled }: ThrottleSelectProps) {
  const sim = useSimActions();
  const options = throttleOptions(current);
  return (
    <label className="throttle">
      <span className="throttle__label">Throttle</span>
      <select
        className="throttle__select"
        aria-label={`Throttle broker ${broker}`}
        value={current === null ? 'off' : String(current)}
        disabled={disabled}
        onChange={(e) => {
          const choice = options.find((o) => o.value === e.target.value);
          if (choice) sim.injectFault({ type: 'broker-throttle', broker, networkMBps: choice.mbps });
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
