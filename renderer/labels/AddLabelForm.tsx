import { useId, useState } from 'react';
import {
  checkLabelDraft,
  firstFreeKey,
  LABEL_KEYS,
  labelIdForName,
  type LabelCheck,
} from '../../app/model/label-set.ts';
import type { Label } from '../../app/model/labels.ts';
import { ColourField } from './ColourField.tsx';

/** Colours offered to a new label in turn, apart from the built-ins' yellow, blue and green. */
const PALETTE = [
  '#dc2626',
  '#9333ea',
  '#0891b2',
  '#ea580c',
  '#db2777',
  '#65a30d',
  '#4f46e5',
  '#a16207',
];

export interface AddLabelFormProps {
  labels: readonly Label[];
  onAdd(label: Label): void;
}

/** Name, colour and key of a new label; the problem, if any, shown under the field it concerns. */
export function AddLabelForm({ labels, onAdd }: AddLabelFormProps) {
  const ids = useId();
  const suggestedColour = PALETTE[(labels.length - 3) % PALETTE.length] ?? PALETTE[0]!;
  const [name, setName] = useState('');
  const [colour, setColour] = useState<string | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [problem, setProblem] = useState<Extract<LabelCheck, { ok: false }> | null>(null);
  const [round, setRound] = useState(0);
  const shownColour = colour ?? suggestedColour;
  const shownKey = shortcut ?? firstFreeKey(labels);

  const submit = () => {
    const check = checkLabelDraft({ name, colour: shownColour, shortcut: shownKey }, labels);
    if (!check.ok) {
      setProblem(check);
      return;
    }
    const label: Label = {
      id: labelIdForName(
        check.name,
        labels.map((known) => known.id),
      ),
      name: check.name,
      color: check.colour,
    };
    if (check.shortcut) label.shortcut = check.shortcut;
    onAdd(label);
    setName('');
    setColour(null);
    setShortcut(null);
    setProblem(null);
    setRound((n) => n + 1);
  };

  const taken = new Map(
    labels.flatMap((label) => (label.shortcut ? [[label.shortcut, label.name] as const] : [])),
  );
  return (
    <form
      className="label-add"
      aria-label="Add a label"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="label-add-field">
        <label htmlFor={`${ids}-name`}>Name</label>
        <input
          id={`${ids}-name`}
          type="text"
          value={name}
          placeholder="Location, Event, Weapon system…"
          aria-invalid={problem?.field === 'name'}
          aria-describedby={problem ? `${ids}-problem` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            if (problem?.field === 'name') setProblem(null);
          }}
        />
      </div>
      <div className="label-add-field">
        <label htmlFor={`${ids}-colour`}>Colour</label>
        <ColourField
          key={round}
          id={`${ids}-colour`}
          label="Colour"
          value={shownColour}
          onCommit={setColour}
          onDraft={(text) => {
            setColour(text);
            if (problem?.field === 'colour') setProblem(null);
          }}
        />
      </div>
      <div className="label-add-field">
        <label htmlFor={`${ids}-key`}>Key</label>
        <select
          id={`${ids}-key`}
          value={shownKey}
          aria-invalid={problem?.field === 'shortcut'}
          onChange={(event) => {
            setShortcut(event.target.value);
            if (problem?.field === 'shortcut') setProblem(null);
          }}
        >
          <option value="">None</option>
          {LABEL_KEYS.map((key) => (
            <option key={key} value={key}>
              {key}
              {taken.has(key) ? ` (${taken.get(key)})` : ''}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button primary">
        Add label
      </button>
      {problem && (
        <p className="form-error label-add-problem" id={`${ids}-problem`} role="alert">
          {problem.message}
        </p>
      )}
    </form>
  );
}
