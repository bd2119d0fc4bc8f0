// The selected entity's details on the Entities screen: each field is written when the analyst
// leaves it (or presses Enter), as one undoable step of the library's history. A value the
// entity rules refuse (an empty name, a Wikidata id that is not Q + digits) is not written; the
// field keeps what was typed and says why beside it.

import { useEffect, useState, type ReactNode } from 'react';
import { entityProblems, normaliseEntity, type EntityProblem } from '../../app/entities/index.ts';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../app/model/entity.ts';
import type { DocumentTarget } from '../shell/views.ts';
import { EntityMentions } from './EntityMentions.tsx';
import type { EntityMention } from './entity-store.ts';

export interface EntityEditorProps {
  entity: Entity;
  mentions: readonly EntityMention[] | undefined;
  /** Writes the edited entity as one step named `description`. */
  onCommit(after: Entity, description: string): void;
  onMerge(): void;
  onDelete(): void;
  onOpen(target: DocumentTarget): void;
}

type Field = EntityProblem['field'];

export function EntityEditor(props: EntityEditorProps) {
  const { entity, onCommit } = props;
  const [name, setName] = useState(entity.name);
  const [wikidata, setWikidata] = useState(entity.wikidata ?? '');
  const [note, setNote] = useState(entity.note ?? '');
  const [alias, setAlias] = useState('');
  const [problems, setProblems] = useState<EntityProblem[]>([]);
  // An undo, or an edit elsewhere, changes the entity under the form: show what is stored.
  useEffect(() => setName(entity.name), [entity.name]);
  useEffect(() => setWikidata(entity.wikidata ?? ''), [entity.wikidata]);
  useEffect(() => setNote(entity.note ?? ''), [entity.note]);

  /** Writes `patch` when the result is well formed; true when it was (or nothing changed). */
  const commit = (patch: Partial<Entity>, description: string, fields: Field[]): boolean => {
    const after = normaliseEntity({ ...entity, ...patch });
    const found = entityProblems(after).filter((problem) => fields.includes(problem.field));
    setProblems((current) => [...current.filter((p) => !fields.includes(p.field)), ...found]);
    if (found.length > 0) return false;
    if (JSON.stringify(after) !== JSON.stringify(entity)) onCommit(after, description);
    return true;
  };
  const problemOf = (field: Field) => problems.filter((problem) => problem.field === field);
  const addAlias = () => {
    if (alias.trim() === '') return;
    if (
      commit({ aliases: [...entity.aliases, alias] }, `Add alias “${alias.trim()}”`, ['aliases'])
    ) {
      setAlias('');
    }
  };
  const onEnter = (run: () => unknown) => (event: { key: string }) => {
    if (event.key === 'Enter') run();
  };
  const commitName = () => commit({ name }, `Rename entity to “${name.trim()}”`, ['name']);
  const commitWikidata = () => {
    const value = wikidata.trim();
    const patch = value === '' ? { wikidata: undefined } : { wikidata: value };
    commit(patch, value === '' ? 'Clear Wikidata id' : `Set Wikidata id ${value}`, ['wikidata']);
  };

  return (
    <section className="entity-editor" aria-label="Entity details">
      <Labelled label="Name" problems={problemOf('name')}>
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          onBlur={commitName}
          onKeyDown={onEnter(commitName)}
        />
      </Labelled>
      <Labelled label="Kind" problems={[]}>
        <select
          value={entity.kind}
          onChange={(event) =>
            commit(
              { kind: event.target.value as EntityKind },
              `Set kind to ${event.target.value}`,
              ['kind'],
            )
          }
        >
          {ENTITY_KINDS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
      </Labelled>
      <fieldset className="entity-aliases">
        <legend>Aliases</legend>
        <ul>
          {entity.aliases.map((existing) => (
            <li key={existing} className="entity-alias">
              {existing}
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove alias “${existing}”`}
                onClick={() =>
                  commit(
                    { aliases: entity.aliases.filter((a) => a !== existing) },
                    `Remove alias “${existing}”`,
                    ['aliases'],
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="entity-alias-add">
          <input
            aria-label="New alias"
            placeholder="Another name or spelling"
            value={alias}
            onChange={(event) => setAlias(event.target.value)}
            onKeyDown={onEnter(addAlias)}
          />
          <button type="button" className="button small" onClick={addAlias}>
            Add alias
          </button>
        </div>
        <Problems problems={problemOf('aliases')} />
      </fieldset>
      <Labelled label="Wikidata id" problems={problemOf('wikidata')}>
        <input
          value={wikidata}
          placeholder="Q42"
          onChange={(event) => setWikidata(event.target.value)}
          onBlur={commitWikidata}
          onKeyDown={onEnter(commitWikidata)}
        />
      </Labelled>
      <Labelled label="Note" problems={[]}>
        <textarea
          rows={3}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onBlur={() =>
            commit(note.trim() === '' ? { note: undefined } : { note }, 'Edit entity note', [])
          }
        />
      </Labelled>
      <div className="entity-editor-actions">
        {/* Both need every mention: until they are read, a merge or delete would miss some. */}
        <button
          type="button"
          className="button"
          disabled={props.mentions === undefined}
          onClick={props.onMerge}
        >
          Merge into…
        </button>
        <button
          type="button"
          className="button danger-text"
          disabled={props.mentions === undefined}
          onClick={props.onDelete}
        >
          Delete
        </button>
      </div>
      <EntityMentions mentions={props.mentions} onOpen={props.onOpen} />
    </section>
  );
}

function Labelled(props: { label: string; problems: EntityProblem[]; children: ReactNode }) {
  return (
    // The message stays outside the label: inside, it would become part of the field's name.
    <>
      <label className="field">
        <span>{props.label}</span>
        {props.children}
      </label>
      <Problems problems={props.problems} />
    </>
  );
}

function Problems({ problems }: { problems: EntityProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <span className="form-error" role="alert">
      {problems.map((problem) => problem.message).join('; ')}
    </span>
  );
}
