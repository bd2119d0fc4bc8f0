// The Entity field of an actor's details: the entity this mention stands for, if any, with an
// Unlink button, and the combobox that links one (or creates one from the span's text). Every
// edit goes through the session's setEntity, so linking and the entity it creates or the alias
// it adds are one undoable step in the document's history.

import { useId } from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import type { DocumentSession } from '../document/document-session.ts';
import { aliasChanges } from './alias-offer.ts';
import { EntityCombobox } from './EntityCombobox.tsx';
import type { LiveEntities } from './use-entities.ts';

export interface EntityFieldProps {
  session: DocumentSession;
  annotation: Annotation;
  /** The library's entities and their index, read once by the screen (useEntities). */
  entities: LiveEntities;
}

export function EntityField({ session, annotation, entities }: EntityFieldProps) {
  const { byId, search, version } = entities;
  const inputId = useId();
  const linkedId = annotation.entity;
  const linked = linkedId === undefined ? undefined : byId.get(linkedId);
  const offered = linked ? aliasChanges(linked, annotation.quote) : [];

  return (
    <div className="entity-field">
      <label className="entity-field-label" htmlFor={inputId}>
        Entity
      </label>
      {linkedId !== undefined && (
        <div className="entity-linked" data-testid="linked-entity">
          {linked ? (
            <>
              <span className="entity-linked-name">{linked.name}</span>
              <span className="entity-kind">{linked.kind}</span>
              {linked.wikidata && <span className="muted">{linked.wikidata}</span>}
            </>
          ) : (
            // Deleted from the list while this mention still names it (a colleague's import).
            <span className="muted">Unknown entity {linkedId}</span>
          )}
          <button
            type="button"
            className="button small"
            onClick={() => session.setEntity(annotation.id, null)}
          >
            Unlink
          </button>
          {offered.length > 0 && (
            <button
              type="button"
              className="button small ghost"
              onClick={() => session.setEntity(annotation.id, linked!.id, offered)}
            >
              Add “{annotation.quote.trim()}” as an alias
            </button>
          )}
        </div>
      )}
      <EntityCombobox
        inputId={inputId}
        search={search}
        version={version}
        byId={byId}
        spanText={annotation.quote}
        placeholder={linked ? 'Link another entity…' : 'Search names and aliases…'}
        onPick={(entity, addAlias) =>
          session.setEntity(
            annotation.id,
            entity.id,
            addAlias ? aliasChanges(entity, annotation.quote) : [],
          )
        }
        onCreate={(entity) =>
          session.setEntity(annotation.id, entity.id, [
            { kind: 'entity', before: null, after: entity },
          ])
        }
      />
    </div>
  );
}
