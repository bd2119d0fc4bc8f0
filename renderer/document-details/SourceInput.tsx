import { useEffect, useState } from 'react';
import './document-details.css';

/**
 * A document's source in the library's column: reads as text, becomes a field when hovered or
 * focused, and is committed on Enter or when left (one undo step, not one per key); Escape
 * puts back what was there. Empty clears it.
 */
export function SourceInput({
  value,
  onCommit,
}: {
  value: string | undefined;
  onCommit(value: string): string | null;
}) {
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(value ?? '');
    setError(null);
  }, [value]);
  const commit = () => {
    if (text === (value ?? '')) return setError(null);
    setError(onCommit(text));
  };
  return (
    <input
      className="cell-input"
      aria-label="Source"
      placeholder="Add source"
      value={text}
      title={error ?? (value ? `Source: ${value}` : 'Who published it')}
      aria-invalid={error !== null}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        else if (event.key === 'Escape') {
          setText(value ?? '');
          setError(null);
        }
      }}
    />
  );
}
