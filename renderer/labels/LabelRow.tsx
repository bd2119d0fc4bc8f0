import { useEffect, useState } from 'react';
import { checkLabelDraft, isBuiltInLabel, LABEL_KEYS } from '../../app/model/label-set.ts';
import type { Label } from '../../app/model/labels.ts';
import { labelStyleKey } from './label-style.ts';
import { ColourField } from './ColourField.tsx';

export interface LabelRowProps {
  label: Label;
  labels: readonly Label[];
  /** Annotations carrying it, over the library; undefined while counting. */
  count: number | undefined;
  onEdit(after: Label, description: string): void;
  onDelete(): void;
}

/** One label of the set, edited in place: each field commits on its own, as one undoable step. */
export function LabelRow({ label, labels, count, onEdit, onDelete }: LabelRowProps) {
  const builtIn = isBuiltInLabel(label.id);
  const [name, setName] = useState(label.name);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setName(label.name), [label.name]);

  /** Checks the whole label with one field changed, and commits it or shows why not. */
  const edit = (
    fields: { name?: string; colour?: string; shortcut?: string },
    description: string,
  ) => {
    const check = checkLabelDraft(
      {
        name: fields.name ?? label.name,
        colour: fields.colour ?? label.color,
        shortcut: fields.shortcut ?? label.shortcut ?? '',
      },
      labels,
      label.id,
    );
    if (!check.ok) {
      setProblem(check.message);
      return;
    }
    setProblem(null);
    const after: Label = { ...label, name: check.name, color: check.colour };
    if (check.shortcut) after.shortcut = check.shortcut;
    else delete after.shortcut;
    if (
      after.name !== label.name ||
      after.color !== label.color ||
      after.shortcut !== label.shortcut
    )
      onEdit(after, description);
  };
  const commitName = () => {
    if (name.trim() === label.name) return setName(label.name);
    edit({ name }, `Rename label “${label.name}” to “${name.trim()}”`);
  };

  return (
    <>
      <tr
        data-label-id={label.id}
        className={label.hidden ? 'label-row hidden-label' : 'label-row'}
      >
        <td>
          <ColourField
            label={`Colour of ${label.name}`}
            value={label.color}
            onCommit={(colour) => edit({ colour }, `Recolour label “${label.name}”`)}
          />
        </td>
        <td>
          <span className={`legend-swatch legend-${labelStyleKey(label.id)}`} aria-hidden>
            Ab
          </span>
          <input
            className="label-name-input"
            type="text"
            aria-label={`Name of ${label.name}`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onBlur={commitName}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitName();
              if (event.key === 'Escape') {
                setName(label.name);
                setProblem(null);
              }
            }}
          />
        </td>
        <td>
          {builtIn ? (
            <kbd title={`${label.name} keeps its key`}>{label.shortcut}</kbd>
          ) : (
            <select
              aria-label={`Key of ${label.name}`}
              value={label.shortcut ?? ''}
              onChange={(event) =>
                edit(
                  { shortcut: event.target.value },
                  event.target.value
                    ? `Give “${label.name}” key ${event.target.value}`
                    : `Take key ${label.shortcut} from “${label.name}”`,
                )
              }
            >
              <option value="">None</option>
              {LABEL_KEYS.map((key) => (
                <option key={key} value={key}>
                  {key}
                </option>
              ))}
            </select>
          )}
        </td>
        <td>
          <label className="checkbox">
            <input
              type="checkbox"
              aria-label={`Show ${label.name} in the toolbar`}
              checked={!label.hidden}
              onChange={(event) => {
                const after: Label = { ...label };
                if (event.target.checked) delete after.hidden;
                else after.hidden = true;
                onEdit(after, `${event.target.checked ? 'Show' : 'Hide'} label “${label.name}”`);
              }}
            />
            <span className="muted">{label.hidden ? 'Hidden' : 'Shown'}</span>
          </label>
        </td>
        <td className="numeric" data-label-count={label.id}>
          {count === undefined ? '…' : count.toLocaleString('en')}
        </td>
        <td className="label-actions">
          <button
            type="button"
            className="button small danger-text"
            disabled={builtIn}
            aria-label={`Delete ${label.name}`}
            title={
              builtIn
                ? `${label.name} is built in: the links and checks rely on it. Rename, recolour or hide it instead.`
                : `Delete ${label.name}`
            }
            onClick={onDelete}
          >
            Delete
          </button>
        </td>
      </tr>
      {problem && (
        <tr className="label-problem-row">
          <td />
          <td colSpan={5}>
            <p className="form-error" role="alert">
              {problem}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}
