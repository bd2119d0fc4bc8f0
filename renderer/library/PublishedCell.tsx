import { useEffect, useState } from 'react';

/** A library row's publication date, editable in place (a date input; empty clears it). */
export function PublishedCell({ value, onChange }: { value: string | undefined; onChange(value: string | undefined): void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => {
    if (text !== (value ?? '')) onChange(text === '' ? undefined : text);
  };
  return (
    <td className="published-cell">
      <input
        type="date"
        aria-label="Published"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </td>
  );
}
