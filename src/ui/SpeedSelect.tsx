import { SPEEDS } from './exampleRun';
import { formatSpeed } from './format';

interface Props {
  value: number;
  disabled: boolean;
  onChange(factor: number): void;
}

export function SpeedSelect({ value, disabled, onChange }: Props) {
  return (
    <label className="speed">
      <span className="speed__label">Speed</span>
      <select
        className="speed__select"
        value={String(value)}
        disabled={disabled}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {SPEEDS.map((factor) => (
          <option key={factor} value={String(factor)}>
            {formatSpeed(factor)}
          </option>
        ))}
      </select>
    </label>
  );
}
