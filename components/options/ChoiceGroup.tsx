/** A labelled group of radio buttons for one setting (language, theme, palette). */
import type { MessageKey } from '../../utils/i18n';
import { useUi } from '../ui-context';

interface ChoiceGroupProps<V extends string> {
  name: string;
  legend: MessageKey;
  value: V;
  choices: ReadonlyArray<{ value: V; label: MessageKey; lang?: string }>;
  onChange(value: V): void;
}

export function ChoiceGroup<V extends string>({ name, legend, value, choices, onChange }: ChoiceGroupProps<V>) {
  const { t } = useUi();
  return (
    <fieldset class="choice-group" data-setting={name}>
      <legend>{t(legend)}</legend>
      {choices.map((c) => (
        <label class="choice" key={c.value}>
          <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          <span lang={c.lang}>{t(c.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
