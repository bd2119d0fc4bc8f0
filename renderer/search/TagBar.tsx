// The "annotate all" bar above the results: select all or none, the label to tag with, for
// actors the entity to link (the Entity field's combobox: search the list, or create one), and
// the button, which says how many hits it tags and how many it will skip as already tagged.

import { useEffect, useId, useRef } from 'react';
import type { Entity } from '../../app/model/entity.ts';
import type { LabelId } from '../../app/model/ids.ts';
import { ACTOR } from '../../app/model/labels.ts';
import { labelNameIn } from '../../app/model/label-set.ts';
import { labelStyleKey } from '../labels/label-style.ts';
import { useLabels } from '../labels/use-labels.ts';
import { aliasChanges } from '../entities/alias-offer.ts';
import { EntityCombobox } from '../entities/EntityCombobox.tsx';
import type { LiveEntities } from '../entities/use-entities.ts';
import type { EntityChoice } from './tag-hits.ts';

export interface TagBarProps {
  kept: number;
  selected: number;
  /** Selected hits whose exact span already carries the label in the analyst's layer; null while unknown. */
  alreadyTagged: number | null;
  label: LabelId;
  entity: EntityChoice | null;
  entities: LiveEntities;
  /** What the hits say: the text a new entity is named after and offered as an alias. */
  hitText: string;
  busy: boolean;
  onSelectAll(selected: boolean): void;
  onLabel(label: LabelId): void;
  onEntity(entity: EntityChoice | null): void;
  onTag(): void;
}

export function TagBar(props: TagBarProps) {
  const { kept, selected, alreadyTagged, label, entity, entities, hitText } = props;
  const inputId = useId();
  const allBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allBox.current) allBox.current.indeterminate = selected > 0 && selected < kept;
  }, [selected, kept]);
  const toTag = alreadyTagged === null ? selected : selected - alreadyTagged;
  const labels = useLabels();
  const name = labelNameIn(labels, label).toLowerCase();

  return (
    <section className="tag-bar" aria-label="Annotate all">
      <label className="checkbox tag-bar-all">
        <input
          ref={allBox}
          type="checkbox"
          aria-label="Select all hits"
          checked={selected === kept && kept > 0}
          onChange={(event) => props.onSelectAll(event.target.checked)}
        />
        {selected.toLocaleString('en')} of {kept.toLocaleString('en')} selected
      </label>
      <span className="toolbar-separator" />
      <span className="tag-bar-caption">Tag as</span>
      <div className="label-choice" role="radiogroup" aria-label="Label to tag with">
        {labels
          .filter((choice) => !choice.hidden || choice.id === label)
          .map((choice) => (
            <label
              key={choice.id}
              className={`chip chip-${labelStyleKey(choice.id)} ${label === choice.id ? 'checked' : ''}`}
            >
              <input
                type="radio"
                name="search-tag-label"
                checked={label === choice.id}
                onChange={() => props.onLabel(choice.id)}
              />
              {choice.name}
            </label>
          ))}
      </div>
      {label === ACTOR && (
        <div className="tag-bar-entity">
          <label htmlFor={inputId} className="tag-bar-caption">
            Entity
          </label>
          {entity ? (
            <span className="tag-bar-entity-chosen" data-testid="tag-entity">
              <span className="entity-option-name">{entity.entity.name}</span>
              <span className="entity-kind">{entity.entity.kind}</span>
              {entity.changes.some((change) => change.before === null) && (
                <span className="muted">new</span>
              )}
              <button
                type="button"
                className="icon-button"
                aria-label="Clear the entity"
                onClick={() => props.onEntity(null)}
              >
                ×
              </button>
            </span>
          ) : (
            <EntityCombobox
              inputId={inputId}
              search={entities.search}
              version={entities.version}
              byId={entities.byId}
              spanText={hitText}
              placeholder="None (optional)…"
              onPick={(picked: Entity, addAlias: boolean) =>
                props.onEntity({
                  entity: picked,
                  changes: addAlias ? aliasChanges(picked, hitText) : [],
                })
              }
              onCreate={(created: Entity) =>
                props.onEntity({
                  entity: created,
                  changes: [{ kind: 'entity', before: null, after: created }],
                })
              }
            />
          )}
        </div>
      )}
      <div className="tag-bar-go">
        <button
          type="button"
          className="button primary"
          disabled={props.busy || toTag <= 0}
          onClick={props.onTag}
        >
          Tag {toTag.toLocaleString('en')} as {name}
        </button>
        <span className="tag-bar-skip muted" data-testid="tag-skip-note">
          {alreadyTagged === null
            ? 'checking what is tagged…'
            : alreadyTagged > 0
              ? `${alreadyTagged.toLocaleString('en')} already tagged ${name} (same span), skipped`
              : `none already tagged ${name} at the same span`}
        </span>
      </div>
    </section>
  );
}
