import type { Commune } from '../../../shared/pack/pack-schema';

interface Props {
  id: string;
  label: string;
  emptyLabel: string;
  communes: Commune[];
  value: string | null;
  onChange: (insee: string | null) => void;
}

/** A labelled list of the pack's communes; keyed by their count so a value read from the URL applies once they load. */
export function CommuneSelect({ id, label, emptyLabel, communes, value, onChange }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        key={communes.length}
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value || null)}
      >
        <option value="">{emptyLabel}</option>
        {communes.map((c) => (
          <option key={c.insee} value={c.insee}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
