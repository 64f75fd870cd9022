interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  name: string;
  legend: string;
  options: readonly Option<T>[];
  /** One value (radio buttons) or several (checkboxes). */
  selected: T | readonly T[] | null;
  onChange: (next: T[]) => void;
  multiple?: boolean;
  required?: boolean;
}

/** A fieldset of large, tappable radio buttons or checkboxes: one tap per answer. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  options,
  selected,
  onChange,
  multiple,
  required,
}: Props<T>) {
  const chosen: readonly T[] =
    selected === null ? [] : Array.isArray(selected) ? selected : [selected as T];
  const toggle = (value: T, on: boolean) => {
    if (!multiple) onChange([value]);
    else onChange(on ? [...chosen, value] : chosen.filter((v) => v !== value));
  };
  return (
    <fieldset class="choices">
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      <div class="choice-list">
        {options.map((o) => (
          <label key={o.value} class="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={o.value}
              checked={chosen.includes(o.value)}
              required={required && !multiple}
              onChange={(e) => toggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
