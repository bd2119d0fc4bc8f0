import { useLiveQuery } from 'dexie-react-hooks';
import { pageOf } from '../../app/model/pages.ts';
import { useEffect, useState } from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId, RelationTypeId } from '../../app/model/ids.ts';
import { ACTOR, CLAIM, DATE, type Label } from '../../app/model/labels.ts';
import { labelStyleKey } from '../labels/label-style.ts';
import { useLabels } from '../labels/use-labels.ts';
import { BUILT_IN_RELATION_TYPES } from '../../app/model/relation.ts';
import type { DocumentSession } from '../document/document-session.ts';
import { formatDateTime } from '../library/format.ts';
import { useAppServices } from '../shell/app-services.ts';
import { LinkedClaims } from './LinkedClaims.tsx';
import { RelationField } from './RelationField.tsx';
import { RELATION_SHORTCUTS } from './relation-shortcuts.ts';
import { EntityField } from '../entities/EntityField.tsx';
import type { LiveEntities } from '../entities/use-entities.ts';
import { ValueField } from './ValueField.tsx';

export interface AnnotationDetailsProps {
  session: DocumentSession;
  annotation: Annotation;
  /** The library's entities, for an actor's Entity field. */
  entities: LiveEntities;
  /** The relation type whose linking the analyst armed (its key), if any. */
  armed: RelationTypeId | null;
  onDisarm(): void;
  onLink(type: RelationTypeId, to: AnnotationId): void;
  onChoose(annotation: Annotation): void;
  onRelabel(label: Label): void;
  onNote(note: string): void;
  onDelete(): void;
  onClose(): void;
}

export function AnnotationDetails({
  session,
  annotation,
  entities,
  armed,
  onDisarm,
  onLink,
  onChoose,
  onRelabel,
  onNote,
  onDelete,
  onClose,
}: AnnotationDetailsProps) {
  const { db } = useAppServices();
  // Every visible label, and this annotation's own even when hidden.
  const labels = useLabels().filter((label) => !label.hidden || label.id === annotation.label);
  const annotator = useLiveQuery(
    () => db.annotators.get(annotation.annotator),
    [db, annotation.annotator],
  );
  const [note, setNote] = useState(annotation.note);
  useEffect(() => setNote(annotation.note), [annotation.id, annotation.note]);
  const saveNote = () => {
    if (note !== annotation.note) onNote(note);
  };
  return (
    <section className="details" aria-label="Annotation details">
      <div className="details-head">
        <h2>Annotation</h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="label-choice" role="radiogroup" aria-label="Label">
        {labels.map((label) => (
          <label
            key={label.id}
            className={`chip chip-${labelStyleKey(label.id)} ${annotation.label === label.id ? 'checked' : ''}`}
          >
            <input
              type="radio"
              name="label"
              checked={annotation.label === label.id}
              onChange={() => onRelabel(label)}
            />
            {label.name}
          </label>
        ))}
      </div>
      <blockquote className="details-quote">{annotation.quote}</blockquote>
      {annotation.label === CLAIM && (
        <div className="relation-fields" aria-label="Links">
          {BUILT_IN_RELATION_TYPES.map((type) => (
            <RelationField
              key={type.id}
              session={session}
              claim={annotation}
              type={type}
              armed={armed === type.id}
              shortcut={RELATION_SHORTCUTS[type.id] ?? ''}
              onLink={(to) => onLink(type.id, to)}
              onDisarm={onDisarm}
              onChoose={onChoose}
            />
          ))}
        </div>
      )}
      {annotation.label === ACTOR && (
        <EntityField session={session} annotation={annotation} entities={entities} />
      )}
      {annotation.label === DATE && <ValueField session={session} annotation={annotation} />}
      {(annotation.label === ACTOR || annotation.label === DATE) && (
        <LinkedClaims session={session} annotation={annotation} onChoose={onChoose} />
      )}
      <dl className="details-grid">
        <dt>Offsets</dt>
        <dd data-field="offsets">
          {annotation.start}–{annotation.end} <span className="muted">(code points)</span>
        </dd>
        {session.pageStarts && (
          <>
            <dt>Page</dt>
            <dd data-field="page">
              {pageOf(session.pageStarts, annotation.start)}{' '}
              <span className="muted">of {session.pageStarts.length}</span>
            </dd>
          </>
        )}
        <dt>Annotator</dt>
        <dd>{annotator?.name ?? annotation.annotator}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(annotation.createdAt)}</dd>
        <dt>Updated</dt>
        <dd>{formatDateTime(annotation.updatedAt)}</dd>
      </dl>
      <label className="field">
        <span>Note</span>
        <textarea
          rows={3}
          value={note}
          placeholder="Why this span, doubts, sources…"
          onChange={(event) => setNote(event.target.value)}
          onBlur={saveNote}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) saveNote();
          }}
        />
      </label>
      <button type="button" className="button danger-text" onClick={onDelete}>
        Delete annotation
      </button>
    </section>
  );
}
