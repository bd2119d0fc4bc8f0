import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId } from '../../app/model/ids.ts';
import type { RelationType } from '../../app/model/relation.ts';
import type { DocumentSession } from '../document/document-session.ts';
import { modifiedShortcutOf } from '../document-screen/shortcuts.ts';
import { relationCandidates } from './relation-candidates.ts';
import { SpanChip } from './SpanChip.tsx';

export interface RelationFieldProps {
  session: DocumentSession;
  claim: Annotation;
  type: RelationType;
  /** Linking is armed for this field (its key was pressed): the input takes the focus. */
  armed: boolean;
  /** The key that arms it, shown as a hint. */
  shortcut: string;
  onLink(to: AnnotationId): void;
  onDisarm(): void;
  onChoose(annotation: Annotation): void;
}

/**
 * One of a claim's link fields (Claimant, Claim date, Target): the linked spans, each removable,
 * and a combobox offering the document's actors (or dates), nearest to the claim first.
 */
export function RelationField({
  session,
  claim,
  type,
  armed,
  shortcut,
  onLink,
  onDisarm,
  onChoose,
}: RelationFieldProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const links = session.relationsFrom(claim.id).filter((relation) => relation.type === type.id);
  const candidates = useMemo(
    () => (open ? relationCandidates(session, claim, type, query) : []),
    // The session's lists change in place; its version says when.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open, session, session.version, claim, type, query],
  );

  useEffect(() => {
    if (!armed) return;
    inputRef.current?.focus();
    setOpen(true);
    setActive(0);
  }, [armed]);

  const close = () => {
    setOpen(false);
    setQuery('');
    onDisarm();
  };
  const pick = (annotation: Annotation | undefined) => {
    if (!annotation) return;
    onLink(annotation.id);
    setQuery('');
    setActive(0);
    // A claim has one date: once chosen, the list has done its job.
    if (type.single) close();
  };

  return (
    <div className={`relation-field ${armed ? 'armed' : ''}`} data-relation-type={type.id}>
      <div className="relation-field-head">
        <span className="relation-field-name" id={`${listId}-label`}>
          {type.name}
        </span>
        <kbd title={`Press ${shortcut} with the claim selected to link a ${type.to}`}>
          {shortcut}
        </kbd>
      </div>
      {links.length > 0 && (
        <ul className="relation-links" aria-label={`${type.name} links`}>
          {links.map((relation) => {
            const target = session.get(relation.to);
            if (!target) return null;
            return (
              <li key={relation.id}>
                <SpanChip annotation={target} onChoose={() => onChoose(target)} />
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${type.name.toLowerCase()} “${target.quote}”`}
                  onClick={() => session.unlink(relation.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="combobox">
        <input
          ref={inputRef}
          role="combobox"
          aria-label={type.name}
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && candidates[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          className="combobox-input"
          placeholder={
            type.single && links.length > 0 ? `Change the ${type.to}…` : `Link a ${type.to}…`
          }
          value={query}
          onFocus={() => setOpen(true)}
          // Leaving the field closes the list but keeps linking armed: the analyst may be off to
          // click a span, or to select fresh text to tag and link, in the document.
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={(event) => {
            // With nothing typed there is no text to undo: Ctrl/Cmd+Z undoes the last edit, as
            // anywhere else in the document (a link just made, typically).
            const command = query === '' ? modifiedShortcutOf(event.nativeEvent) : undefined;
            if (command) {
              event.preventDefault();
              if (command.command === 'undo') session.undo();
              else if (command.command === 'redo') session.redo();
              return;
            }
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((index) => Math.min(index + 1, Math.max(0, candidates.length - 1)));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((index) => Math.max(0, index - 1));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              pick(candidates[active]);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              close();
              inputRef.current?.blur();
            }
          }}
        />
        {open && (
          <ul
            className="combobox-list"
            role="listbox"
            id={listId}
            aria-labelledby={`${listId}-label`}
          >
            {candidates.length === 0 ? (
              <li className="combobox-empty muted" role="presentation">
                {query
                  ? `No ${type.to} matches “${query}”`
                  : `No ${type.to} to link in this layer: select text in the document to tag one`}
              </li>
            ) : (
              candidates.map((candidate, index) => (
                <li
                  key={candidate.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={`combobox-option ${index === active ? 'active' : ''}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => pick(candidate)}
                >
                  <span className={`option-swatch swatch-${candidate.label}`} aria-hidden />
                  <span className="option-quote">{candidate.quote}</span>
                  <span className="option-meta">
                    {candidate.start}–{candidate.end}
                  </span>
                </li>
              ))
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
