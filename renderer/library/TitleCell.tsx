import { useState } from 'react';

/** A title that opens its document on click and can be renamed in place. */
export function TitleCell({
  title,
  byline,
  onOpen,
  onRename,
}: {
  title: string;
  byline?: string;
  onOpen(): void;
  onRename(title: string): void;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(title);
  if (editing)
    return (
      <td className="title-cell">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (value.trim() && value.trim() !== title) onRename(value);
            setEditing(false);
          }}
        >
          <input
            autoFocus
            aria-label="Document title"
            className="title-input"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onBlur={(event) => event.currentTarget.form?.requestSubmit()}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setValue(title);
                setEditing(false);
              }
            }}
          />
        </form>
      </td>
    );
  return (
    <td className="title-cell">
      <button type="button" className="title-link" onClick={onOpen}>
        {title}
      </button>
      <button
        type="button"
        className="icon-button rename"
        aria-label={`Rename “${title}”`}
        title="Rename"
        onClick={() => {
          setValue(title);
          setEditing(true);
        }}
      >
        ✎
      </button>
      {byline && <div className="title-byline">{byline}</div>}
    </td>
  );
}
