import { useEffect, useState } from 'react';

/**
 * A document's publication date, in the library's column and the document's header alike: a date
 * input committed on Enter or when the field is left (typing a year digit by digit passes through
 * other valid dates, which must not each become an undo step). Empty clears it; a refusal is shown.
 */
export function PublishedInput({
  value,
  onCommit,
}: {
  value: string | undefined;
  onCommit(value: string | undefined): string | null;
}) {
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(value ?? '');
    setError(null);
  }, [value]);
  const commit = () => {
    if (text === (value ?? '')) return setError(null);
    setError(onCommit(text === '' ? undefined : text));
  };
  return (
    <>
      <input
        type="date"
        aria-label="Published"
        value={text}
        aria-invalid={error !== null}
        title="The day the document was published: relative dates in it are resolved against this day"
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
