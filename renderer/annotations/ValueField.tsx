import { useEffect, useId, useMemo, useState } from 'react';
import { describeDateValue, parseDateValue, proposeDateValue } from '../../app/dates/index.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentSession } from '../document/document-session.ts';

/**
 * A date annotation's calendar value: the ISO 8601 value at the precision the text gives, as
 * proposed (suggested) or as the analyst set or confirmed it. Enter confirms what the field
 * holds; an empty field clears the value; a malformed one is refused, saying which forms are.
 */
export function ValueField({
  session,
  annotation,
}: {
  session: DocumentSession;
  annotation: Annotation;
}) {
  const [text, setText] = useState(annotation.value ?? '');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const inputId = useId();
  useEffect(() => {
    setText(annotation.value ?? '');
    setError(null);
  }, [annotation.id, annotation.value]);

  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      setError(null);
      session.setValue(annotation.id, null);
      return;
    }
    const parsed = parseDateValue(trimmed);
    if (!parsed.ok) return setError(parsed.message);
    setError(null);
    session.setValue(annotation.id, parsed.value, 'confirmed');
  };
  // Parsed once per quote and publication date, not on every render of the details.
  const { publishedAt } = session.metadata;
  const proposal = useMemo(
    () => proposeDateValue(annotation.quote, publishedAt),
    [annotation.quote, publishedAt],
  );
  const suggested = annotation.value !== undefined && annotation.valueStatus === 'suggested';

  return (
    <div className="value-field">
      <div className="field">
        {/* The status sits outside the label, so that the field's accessible name is just "Value". */}
        <span className="field-head">
          <label htmlFor={inputId}>Value</label>
          {annotation.value !== undefined && (
            <span className={`value-status value-${annotation.valueStatus ?? 'confirmed'}`}>
              {suggested ? 'suggested' : 'confirmed'}
            </span>
          )}
        </span>
        <input
          id={inputId}
          value={text}
          placeholder="2020-10-26, 2020-10, 2020-W43, 2020-10-10/2020-10-17…"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => {
            // Leaving the field keeps an edit (as confirmed) but never confirms a suggestion unseen.
            if (text.trim() !== (annotation.value ?? '')) commit();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            } else if (event.key === 'Escape') {
              setText(annotation.value ?? '');
              setError(null);
            }
          }}
        />
      </div>
      {error ? (
        <p className="form-error" role="alert" id={errorId}>
          {error}
        </p>
      ) : annotation.value !== undefined ? (
        <p className="value-reading">{describeDateValue(annotation.value)}</p>
      ) : (
        <p className="muted value-reading">
          {session.metadata.publishedAt === undefined
            ? 'No value: set the document’s Published date to resolve relative dates, or type one.'
            : 'No value: the text does not say which day; type one if you know it.'}
        </p>
      )}
      <div className="value-actions">
        {suggested && (
          <button
            type="button"
            className="button small"
            onClick={() => session.setValue(annotation.id, annotation.value!, 'confirmed')}
          >
            Confirm value
          </button>
        )}
        {proposal !== null && proposal !== annotation.value && (
          <button
            type="button"
            className="button small ghost"
            onClick={() => session.setValue(annotation.id, proposal, 'suggested')}
            title="What the date parser reads in the text"
          >
            Use {proposal}
          </button>
        )}
      </div>
    </div>
  );
}
