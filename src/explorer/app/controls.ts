/**
 * The levers as form controls: a labelled number box, drop-down or tick box
 * for each, with the schema's description as its hint. Each reports its
 * value as the lever's kind of value (a share typed in per cent is read back
 * as a fraction; an empty cap is null).
 */
import { leverLabel, tidy, type Lever } from '../levers.ts';

export type LeverSetting = number | string | boolean | null;

/** A control on the page for one lever. */
export interface LeverControl {
  lever: Lever;
  element: HTMLElement;
  get(): LeverSetting | undefined;
  set(value: LeverSetting): void;
}

let ids = 0;

/** A control for `lever`; `onChange` is called whenever the user changes it. */
export function leverControl(lever: Lever, onChange: () => void): LeverControl {
  const id = `lever-${++ids}`;
  const row = document.createElement('div');
  row.className = 'lever';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = leverLabel(lever);
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-hint`;
  hint.textContent = lever.description;
  let input: HTMLInputElement | HTMLSelectElement;
  let control: Omit<LeverControl, 'lever' | 'element'>;
  if (lever.kind === 'choice') {
    const select = document.createElement('select');
    // A parameter a scenario may leave unset has an empty choice, read as null: otherwise an
    // unset one would read as a change, and any other lever moved would set it too.
    if (lever.unset !== undefined) select.append(new Option(lever.unset, ''));
    for (const option of lever.options) select.append(new Option(option.label, option.value));
    input = select;
    control = {
      get: () => (lever.unset !== undefined && select.value === '' ? null : select.value),
      set: (v) => void (select.value = v === null ? '' : String(v)),
    };
  } else {
    const box = document.createElement('input');
    input = box;
    if (lever.kind === 'toggle') {
      box.type = 'checkbox';
      // Unset (null) shows as neither on nor off, and reads back as null until the box is clicked.
      control = {
        get: () => (lever.nullable === true && box.indeterminate ? null : box.checked),
        set: (v) => {
          box.indeterminate = lever.nullable === true && v === null;
          box.checked = v === true;
        },
      };
    } else {
      const scale = lever.percent ? 100 : 1;
      box.type = 'number';
      box.min = String(lever.min * scale);
      box.max = String(lever.max * scale);
      box.step = String(tidy(lever.step * scale));
      box.inputMode = 'decimal';
      control = {
        get: () => {
          if (box.value.trim() === '') return lever.nullable ? null : undefined;
          const value = Number(box.value);
          return Number.isFinite(value) ? tidy(value / scale) : undefined;
        },
        set: (v) => void (box.value = typeof v === 'number' ? String(tidy(v * scale)) : ''),
      };
    }
  }
  input.id = id;
  input.setAttribute('aria-describedby', hint.id);
  input.addEventListener('change', onChange);
  if (lever.kind === 'toggle') row.append(input, label, hint);
  else row.append(label, input, hint);
  return { lever, element: row, ...control };
}
