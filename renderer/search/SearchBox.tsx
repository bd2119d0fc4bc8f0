// The query and its options. Focused when the screen opens and again on Ctrl/Cmd+Shift+F (the
// shell's shortcut only switches views, and this view may be showing already). ↓ or Enter moves
// to the first hit, from where ↑/↓ walk the hits and Enter opens one.

import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SearchOptions } from '../../app/search/search-query.ts';

export interface SearchBoxProps {
  input: string;
  options: SearchOptions;
  /** Why the query cannot run (a bad regular expression), shown under the box. */
  error: string | null;
  onInput(input: string): void;
  onOptions(options: SearchOptions): void;
  onFirstHit(): void;
}

const OPTIONS: readonly { key: keyof SearchOptions; name: string; hint: string }[] = [
  { key: 'matchCase', name: 'Match case', hint: 'Pompeo ≠ POMPEO' },
  { key: 'matchAccents', name: 'Match accents', hint: 'Əliyev ≠ Aliyev' },
  { key: 'wholeWords', name: 'Whole words', hint: 'arm does not find armed' },
  {
    key: 'regularExpression',
    name: 'Regular expression',
    hint: 'JavaScript syntax, e.g. \\b20[12]\\d\\b',
  },
];

export function SearchBox({
  input,
  options,
  error,
  onInput,
  onOptions,
  onFirstHit,
}: SearchBoxProps) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    box.current?.focus();
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 'f'
      ) {
        box.current?.focus();
        box.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter') {
      event.preventDefault();
      onFirstHit();
    } else if (event.key === 'Escape' && input !== '') {
      event.preventDefault();
      onInput('');
    }
  };

  return (
    <div className="search-head">
      <h1>Search</h1>
      <div className="search-field">
        <input
          ref={box}
          type="search"
          className="search search-input"
          aria-label="Search the library"
          aria-invalid={error !== null}
          aria-describedby={error !== null ? 'search-error' : undefined}
          placeholder={
            options.regularExpression ? 'A regular expression…' : 'Words, or "an exact phrase"…'
          }
          spellCheck={false}
          value={input}
          onChange={(event) => onInput(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <div className="search-options" role="group" aria-label="Search options">
          {OPTIONS.map((option) => (
            <label
              key={option.key}
              className={`search-option ${options[option.key] ? 'on' : ''}`}
              title={option.hint}
            >
              <input
                type="checkbox"
                checked={options[option.key]}
                onChange={(event) => onOptions({ ...options, [option.key]: event.target.checked })}
              />
              {option.name}
            </label>
          ))}
        </div>
      </div>
      {error !== null && (
        <p id="search-error" className="search-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
