import { useEffect, useRef, useState } from 'react';
import { normaliseLabelColour } from '../../app/model/label-colour.ts';

export interface ColourFieldProps {
  value: string;
  /** The hex text field's accessible name; the picker is named after it. */
  label: string;
  id?: string;
  /** A colour chosen: from the picker once it closes, or typed (any CSS hex form) on Enter or blur. */
  onCommit(colour: string): void;
  /** What was typed while it is not (yet) a colour, for a form that checks on submit. */
  onDraft?(text: string): void;
}

/**
 * A colour as a swatch that opens the system picker, beside its hex text. The picker's `change`
 * (not `input`) commits, so dragging across the palette is one edit, not a hundred undo steps.
 */
export function ColourField({ value, label, id, onCommit, onDraft }: ColourFieldProps) {
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;
  useEffect(() => {
    const input = picker.current!;
    const onChange = () => commitRef.current(input.value);
    input.addEventListener('change', onChange);
    return () => input.removeEventListener('change', onChange);
  }, []);
  const commitText = () => {
    const colour = normaliseLabelColour(text.trim());
    if (colour !== null && colour !== value) onCommit(colour);
  };
  return (
    <span className="colour-field">
      <input
        ref={picker}
        type="color"
        className="colour-picker"
        aria-label={`Pick ${label.toLowerCase()}`}
        value={normaliseLabelColour(text.trim()) ?? value}
        onChange={(event) => {
          setText(event.target.value);
          onDraft?.(event.target.value);
        }}
      />
      <input
        id={id}
        type="text"
        className="colour-text"
        aria-label={label}
        spellCheck={false}
        value={text}
        aria-invalid={normaliseLabelColour(text.trim()) === null}
        onChange={(event) => {
          setText(event.target.value);
          onDraft?.(event.target.value);
        }}
        onBlur={commitText}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !onDraft) commitText();
        }}
      />
    </span>
  );
}
