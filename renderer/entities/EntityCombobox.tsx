// The search half of the Entity field: a combobox (ARIA 1.2 pattern: the input keeps focus, the
// active option is named by aria-activedescendant) over the library's names and aliases. With
// nothing typed it shows the best guesses for the span's own text, so the common case — the
// mention is a known name — is one Enter. The last option creates an entity; a small select
// beside it picks the new entity's kind, and a checkbox offers the span's text as an alias when
// the entity about to be linked does not go by it yet.

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { EntityHit, EntitySearch } from '../../app/entities/index.ts';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';
import { withAlias } from './alias-offer.ts';
import { newEntityFromText } from './entity-store.ts';

const SHOWN = 8;

type EntityOption =
  { kind: 'entity'; entity: Entity; hit: EntityHit } | { kind: 'create'; name: string };

export interface EntityComboboxProps {
  /** The input's id, for the field's <label>. */
  inputId: string;
  search: EntitySearch;
  /** The search index's version (useEntities): the options are searched again when it moves. */
  version: number;
  byId: ReadonlyMap<EntityId, Entity>;
  /** The mention's text: what an empty query searches for and what may become an alias. */
  spanText: string;
  placeholder: string;
  onPick(entity: Entity, addAlias: boolean): void;
  onCreate(entity: Entity): void;
}

export function EntityCombobox(props: EntityComboboxProps) {
  const { search, version, byId, spanText, onPick, onCreate } = props;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [kind, setKind] = useState<EntityKind>('person');
  const [addAlias, setAddAlias] = useState(true);
  const container = useRef<HTMLDivElement>(null);
  const listId = useId();

  const options = useMemo<EntityOption[]>(() => {
    const typed = query.trim();
    const hits = search.search(typed || spanText, SHOWN);
    const found: EntityOption[] = hits.flatMap((hit) => {
      const entity = byId.get(hit.entityId);
      return entity ? [{ kind: 'entity' as const, entity, hit }] : [];
    });
    const name = typed || spanText.trim();
    return name === '' ? found : [...found, { kind: 'create', name }];
    // version: the index is mutated in place, so its version says when to search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, version, byId, query, spanText]);

  const current = open ? options[Math.min(active, options.length - 1)] : undefined;
  const proposed = current && proposedEntity(current, kind);
  const offersAlias = proposed !== undefined && withAlias(proposed, spanText) !== null;

  const close = () => {
    setOpen(false);
    setQuery('');
  };
  const openList = () => {
    if (open) return;
    setOpen(true);
    setActive(0);
    setAddAlias(true);
  };
  const choose = (option: EntityOption) => {
    const entity = proposedEntity(option, kind);
    const aliased = addAlias ? withAlias(entity, spanText) : null;
    if (option.kind === 'entity') onPick(entity, aliased !== null);
    else onCreate(aliased ?? entity);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return openList();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at) => Math.max(0, Math.min(last, at + step)));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      choose(current);
    } else if (event.key === 'Escape' && open) {
      // The document screen's Escape deselects the annotation; here it only closes the list.
      event.stopPropagation();
      close();
    }
  };

  return (
    <div
      className="entity-combobox"
      ref={container}
      onBlur={(event) => {
        if (!container.current?.contains(event.relatedTarget as Node | null)) close();
      }}
    >
      <input
        id={props.inputId}
        className="entity-input"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${listId}-${options.indexOf(current)}` : undefined}
        autoComplete="off"
        placeholder={props.placeholder}
        value={query}
        onFocus={openList}
        onClick={openList}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <div className="entity-popup">
          <ul
            id={listId}
            role="listbox"
            aria-label="Entities"
            // Keeps focus in the input: a click on an option must not blur (and close) first.
            onMouseDown={(event) => event.preventDefault()}
          >
            {options.map((option, i) => (
              <li
                key={option.kind === 'entity' ? option.entity.id : 'create'}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={option === current}
                className={`entity-option ${option === current ? 'active' : ''}`}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(option)}
              >
                <OptionContent option={option} />
              </li>
            ))}
          </ul>
          <div className="entity-popup-foot">
            {current?.kind === 'create' && (
              <label>
                Kind
                <select
                  aria-label="Kind of new entity"
                  value={kind}
                  onChange={(event) => setKind(event.target.value as EntityKind)}
                >
                  {ENTITY_KINDS.map((value) => (
                    <option key={value}>{value}</option>
                  ))}
                </select>
              </label>
            )}
            {offersAlias && (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={addAlias}
                  onChange={(event) => setAddAlias(event.target.checked)}
                />
                Add “{spanText.trim()}” as an alias
              </label>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

/** The entity an option links: the one found, or a new one (a fresh id on every call). */
function proposedEntity(option: EntityOption, kind: EntityKind): Entity {
  return option.kind === 'entity' ? option.entity : newEntityFromText(option.name, kind);
}

function OptionContent({ option }: { option: EntityOption }) {
  if (option.kind === 'create') return <span>Create entity “{option.name}”</span>;
  const { entity, hit } = option;
  return (
    <>
      <span className="entity-option-name">{entity.name}</span>
      <span className="entity-kind">{entity.kind}</span>
      {hit.field === 'alias' && <span className="muted">alias “{hit.matched}”</span>}
      {entity.wikidata && <span className="muted">{entity.wikidata}</span>}
    </>
  );
}
