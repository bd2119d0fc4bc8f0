// Choosing the entity to keep when merging: the same search as everywhere else, the source
// itself left out. Nothing is asked twice: the merge is one step that Undo reverses.

import { useMemo, useState } from 'react';
import type { EntitySearch } from '../../app/entities/index.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { DialogActions } from '../shell/DialogActions.tsx';

const SHOWN = 10;

export interface MergeEntityDialogProps {
  source: Entity;
  entities: readonly Entity[];
  byId: ReadonlyMap<EntityId, Entity>;
  search: EntitySearch;
  onMerge(target: Entity): void;
  onCancel(): void;
}

export function MergeEntityDialog(props: MergeEntityDialogProps) {
  const { source, entities, byId, search } = props;
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<EntityId | null>(null);
  const candidates = useMemo(() => {
    const found =
      query.trim() === ''
        ? entities
        : search.search(query, SHOWN + 1).flatMap((hit) => byId.get(hit.entityId) ?? []);
    return found.filter((entity) => entity.id !== source.id).slice(0, SHOWN);
  }, [query, entities, byId, search, source.id]);
  const target = chosen === null ? undefined : byId.get(chosen);

  return (
    <Dialog title={`Merge “${source.name}” into…`} onCancel={props.onCancel}>
      <div className="form">
        <p className="muted">
          Its mentions will link to the entity you choose, and “{source.name}” and its aliases
          become that entity’s aliases.
        </p>
        <input
          type="search"
          className="search"
          aria-label="Find the entity to keep"
          placeholder="Find the entity to keep"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoFocus
        />
        <fieldset className="choice-list">
          <legend>Merge into</legend>
          {candidates.length === 0 && <span className="muted">No other entity matches.</span>}
          {candidates.map((entity) => (
            <label key={entity.id} className="radio">
              <input
                type="radio"
                name="merge-target"
                checked={chosen === entity.id}
                onChange={() => setChosen(entity.id)}
              />
              {entity.name} <span className="entity-kind">{entity.kind}</span>
            </label>
          ))}
        </fieldset>
        <DialogActions
          confirmLabel="Merge"
          disabled={!target}
          onCancel={props.onCancel}
          onConfirm={() => target && props.onMerge(target)}
        />
      </div>
    </Dialog>
  );
}
