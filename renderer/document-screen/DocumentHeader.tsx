import { useEffect, useState } from 'react';
import { checkPublishedAt } from '../../app/dates/index.ts';
import type { DocumentSession } from '../document/document-session.ts';

/**
 * The document's publication date, what its relative dates ("last Friday", "October 26") are
 * resolved against. Set through the session, so it is one undoable step like any edit.
 */
export function DocumentHeader({ session }: { session: DocumentSession }) {
  const current = session.metadata.publishedAt ?? '';
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setValue(current);
    setError(null);
  }, [current]);

  const commit = (next: string) => {
    if (next === current) return setError(null);
    if (next === '') {
      setError(null);
      return session.setMetadata({ publishedAt: undefined });
    }
    const problem = checkPublishedAt(next);
    if (problem) return setError(problem);
    setError(null);
    session.setMetadata({ publishedAt: next });
  };

  return (
    <div className="document-meta">
      <label className="inline-field">
        <span>Published</span>
        <input
          type="date"
          value={value}
          aria-invalid={error !== null}
          title="The day the document was published: relative dates in it are resolved against this day"
          onChange={(event) => {
            setValue(event.target.value);
            // A date picker's choice is complete; typed digits are committed on blur or Enter.
            if (event.nativeEvent instanceof InputEvent && event.nativeEvent.inputType === 'insertReplacementText') commit(event.target.value);
          }}
          onBlur={() => commit(value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(value);
          }}
        />
      </label>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
