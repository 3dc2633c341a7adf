import { memo, useId } from 'react';

interface GroupSelectProps {
  /** [node id, name, node id, name, ...] of every sink and processor. */
  groups: readonly string[];
  value: string | null;
  onChange(nodeId: string | null): void;
}

/** Which group's partitions the partition-lag chart shows. */
export const GroupSelect = memo(function GroupSelect({ groups, value, onChange }: GroupSelectProps) {
  const id = useId();
  const options: { id: string; name: string }[] = [];
  for (let i = 0; i + 1 < groups.length; i += 2) options.push({ id: groups[i]!, name: groups[i + 1]! });
  return (
    <span className="group-select">
      <label htmlFor={id} className="group-select__label">
        Group
      </label>
      <select
        id={id}
        className="group-select__select"
        value={value ?? ''}
        disabled={options.length === 0}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        {value === null && (
          <option value="" disabled>
            {options.length === 0 ? 'No groups' : 'Choose…'}
          </option>
        )}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </span>
  );
});
