// The Entities screen, an actors overview (docs/actors.md): the library's entity list with each
// entity's mentions, documents, claims made and claims about it in the chosen layer, sortable and
// each count opening its list; a filter (the Entity field's search); the selected entity's
// details with whom it makes claims about and who makes claims about it; and the list-wide
// actions (new, merge, delete, CSV export and import). Every write is one step of the library's
// undo history (the hub's LIBRARY_SCOPE), so Undo reverses a merge across every document.

import { HistoryButtons } from '../shell/HistoryButtons.tsx';
import { useCallback, useMemo, useState, type RefObject } from 'react';
import {
  buildActorOverview,
  defaultLayer,
  firstDirectionOf,
  sortEntities,
  type ActorColumn,
  type ActorSort,
  type LayerChoice,
} from '../../app/entities/actor-overview.ts';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import type { OpenDocumentsResult } from '../../app/ipc/contract.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';
import type { Change } from '../changes/change.ts';
import { LIBRARY_SCOPE } from '../changes/change-hub.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { useAppServices } from '../shell/app-services.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import type { DocumentTarget, ScreenCommand } from '../shell/views.ts';
import { ActorTable, type OpenList } from './ActorTable.tsx';
import { ClaimPartners } from './ClaimPartners.tsx';
import { EntityEditor } from './EntityEditor.tsx';
import { ImportEntitiesDialog } from './ImportEntitiesDialog.tsx';
import { MergeEntityDialog } from './MergeEntityDialog.tsx';
import { NewEntityDialog } from './NewEntityDialog.tsx';
import { pickEntityCsvFile, readEntityCsv, saveEntityCsv } from './entity-csv-files.ts';
import { deleteEntityChanges, mergeEntityChanges, readEntityMentions } from './entity-store.ts';
import { LayerSelect, useLayerNames } from './LayerSelect.tsx';
import { useActorLibrary } from './use-actor-library.ts';
import { useEntities } from './use-entities.ts';
import { useLibraryHistory } from '../shell/use-library-history.ts';
import './actors.css';

const NATURAL_SORT: ActorSort = { column: 'name', direction: 'ascending' };

export interface EntitiesScreenProps {
  /** Opens a document, at a mention or a claim when one was clicked. */
  onOpen(target: DocumentTarget): void;
  /** Where the shell forwards menu commands (Undo, Redo) while this screen shows. */
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
  /** Asks for the CSV to import; a file picker unless a test hands one in. */
  openCsvFile?: () => Promise<OpenDocumentsResult>;
}

type Pending =
  | { kind: 'new' }
  | { kind: 'merge'; entity: Entity }
  | { kind: 'delete'; entity: Entity }
  | { kind: 'import'; fileName: string; entities: Entity[]; warnings: string[] };

export function EntitiesScreen({ onOpen, commandsRef, openCsvFile }: EntitiesScreenProps) {
  const { db, platform, notify, annotator } = useAppServices();
  const { entities, byId, search, version } = useEntities(db);
  const library = useActorLibrary(db);
  const mentions = library?.mentions;
  const history = useLibraryHistory(db, commandsRef);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<EntityId | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [chosenLayer, setChosenLayer] = useState<LayerChoice | null>(null);
  const [sort, setSort] = useState<ActorSort | null>(null);
  const [openList, setOpenList] = useState<OpenList | null>(null);
  const names = useLayerNames(library, annotator);
  // Stable, so that the table's memoised rows are not rendered again by a sort.
  const toggleList = useCallback(
    (list: OpenList) =>
      setOpenList((current) =>
        current?.entity === list.entity && current.kind === list.kind ? null : list,
      ),
    [],
  );

  // Until the analyst picks one, the layer follows the rule of defaultLayer (docs/actors.md).
  const openingLayer = useMemo(
    () => (library ? defaultLayer(library.layers, annotator.id) : null),
    [library, annotator.id],
  );
  const layer = chosenLayer ?? openingLayer;
  const overview = useMemo(
    () => (library && layer !== null ? buildActorOverview(library, layer) : undefined),
    [library, layer],
  );

  const visible = useMemo(() => {
    if (query.trim() === '') return entities ?? [];
    return search.search(query, 500).flatMap((hit) => byId.get(hit.entityId) ?? []);
    // version: the index is mutated in place, so its version says when to search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entities, byId, search, version, query]);
  const ordered = useMemo(
    () => (sort && overview ? sortEntities(visible, overview, sort) : visible),
    [visible, overview, sort],
  );

  if (!entities) return <div className="screen-loading">Loading entities…</div>;
  const selected = selectedId === null ? undefined : byId.get(selectedId);
  const commit = (description: string, changes: Change[]) =>
    changeHubOf(db).commit(LIBRARY_SCOPE, description, changes);
  /**
   * An entity's mentions as the database holds them now: what a merge or a delete must relink.
   * The screen's copy is read a moment after each write, so it may be one edit behind.
   */
  const currentMentionsOf = async (id: EntityId) => {
    await changeHubOf(db).whenPersisted();
    return (await readEntityMentions(db)).get(id) ?? [];
  };
  const failed = (title: string) => (error: unknown) =>
    notify({
      kind: 'error',
      title,
      details: [error instanceof Error ? error.message : String(error)],
    });
  // Unsorted and unfiltered, the list is by name: a click on Name reverses it.
  const shownSort = sort ?? (query.trim() === '' ? NATURAL_SORT : null);
  const sortBy = (column: ActorColumn) =>
    setSort(
      shownSort?.column === column
        ? { column, direction: shownSort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: firstDirectionOf(column) },
    );

  const exportList = async () => {
    const result = await saveEntityCsv(platform, entities);
    if (result.status === 'saved') {
      notify({
        kind: 'success',
        title: 'Exported',
        details: [`${entityCount(entities.length)} → ${result.path}`],
      });
    } else if (result.status === 'failed') {
      notify({ kind: 'error', title: 'Export failed', details: [result.message] });
    }
  };
  const importList = async () => {
    const { files, refused } = await (openCsvFile ?? pickEntityCsvFile)();
    for (const { name, reason } of refused) {
      notify({ kind: 'error', title: `Could not read ${name}`, details: [reason] });
    }
    const file = files[0];
    if (!file) return;
    const read = readEntityCsv(file.name, file.bytes);
    if (!read.ok) {
      notify({ kind: 'error', title: `Could not import ${read.fileName}`, details: read.problems });
      return;
    }
    setPending({ kind: 'import', ...read });
  };

  return (
    <section className="library entities-screen">
      <div className="library-head">
        <h1>Entities</h1>
        <span className="muted">{entityCount(entities.length)}</span>
        <div className="entities-actions">
          <button type="button" className="button" onClick={() => setPending({ kind: 'new' })}>
            New entity
          </button>
          <button type="button" className="button" onClick={() => void importList()}>
            Import entity list (CSV)
          </button>
          <button
            type="button"
            className="button"
            disabled={entities.length === 0}
            onClick={() => void exportList()}
          >
            Export entity list (CSV)
          </button>
          <HistoryButtons history={history} />
        </div>
        <input
          type="search"
          className="search"
          placeholder="Filter names and aliases"
          aria-label="Filter entities"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        {library && layer !== null && (
          <LayerSelect
            layer={layer}
            layers={library.layers}
            own={annotator.id}
            names={names}
            onChange={setChosenLayer}
          />
        )}
      </div>
      {entities.length === 0 ? (
        <p className="agreement-notice">
          No entities yet. Link an actor to one from its details (the Entity field), create one with
          New entity, or import a team’s list.
        </p>
      ) : (
        <div className="entities-body">
          <div className="entities-main">
            <ActorTable
              entities={ordered}
              overview={overview}
              sort={shownSort}
              onSort={sortBy}
              selected={selected?.id ?? null}
              onSelect={setSelectedId}
              open={openList}
              onToggle={toggleList}
              titleOf={names.titleOf}
              annotatorName={names.annotatorName}
              onOpen={onOpen}
            />
            {visible.length === 0 && <p className="muted center">No entity matches “{query}”.</p>}
          </div>
          {selected && (
            <aside className="entities-side">
              <h2 className="actor-side-name">{selected.name}</h2>
              <ClaimPartners
                entity={selected}
                overview={overview}
                byId={byId}
                onSelect={setSelectedId}
              />
              <EntityEditor
                key={selected.id}
                entity={selected}
                mentions={mentions && (mentions.get(selected.id) ?? [])}
                onCommit={(after, description) =>
                  commit(description, [{ kind: 'entity', before: selected, after }])
                }
                onMerge={() => setPending({ kind: 'merge', entity: selected })}
                onDelete={() => setPending({ kind: 'delete', entity: selected })}
                onOpen={onOpen}
              />
            </aside>
          )}
        </div>
      )}
      {pending?.kind === 'new' && (
        <NewEntityDialog
          onCancel={() => setPending(null)}
          onCreate={(entity) => {
            setPending(null);
            commit(`Create entity “${entity.name}”`, [
              { kind: 'entity', before: null, after: entity },
            ]);
            setSelectedId(entity.id);
          }}
        />
      )}
      {pending?.kind === 'merge' && (
        <MergeEntityDialog
          source={pending.entity}
          entities={entities}
          byId={byId}
          search={search}
          onCancel={() => setPending(null)}
          onMerge={(target) => {
            const source = pending.entity;
            setPending(null);
            setSelectedId(target.id);
            void currentMentionsOf(source.id)
              .then((list) =>
                commit(
                  `Merge “${source.name}” into “${target.name}”`,
                  mergeEntityChanges(source, target, list, new Date()),
                ),
              )
              .catch(failed('Merge failed'));
          }}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete entity?"
          message={deleteMessage(pending.entity, mentions?.get(pending.entity.id)?.length ?? 0)}
          confirmLabel="Delete entity"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const entity = pending.entity;
            setPending(null);
            setSelectedId(null);
            void currentMentionsOf(entity.id)
              .then((list) =>
                commit(
                  `Delete entity “${entity.name}”`,
                  deleteEntityChanges(entity, list, new Date()),
                ),
              )
              .catch(failed('Delete failed'));
          }}
        />
      )}
      {pending?.kind === 'import' && (
        <ImportEntitiesDialog
          fileName={pending.fileName}
          incoming={pending.entities}
          library={entities}
          warnings={pending.warnings}
          onCancel={() => setPending(null)}
          onImport={(plan) => {
            setPending(null);
            commit(`Import ${pending.fileName}`, plan.changes);
            const held = plan.heldBack > 0 ? `, ${plan.heldBack} possible matches not added` : '';
            notify({
              kind: 'success',
              title: `Imported ${pending.fileName}`,
              details: [`${plan.matched} matched, ${plan.created} new${held}`],
            });
          }}
        />
      )}
    </section>
  );
}

function deleteMessage(entity: Entity, mentions: number): string {
  const unlinked = mentions === 0 ? '' : ` and its ${countOf(mentions, 'mention')} unlinked`;
  return `“${entity.name}” will be removed from the entity list${unlinked}. Undo brings it back.`;
}

function entityCount(count: number): string {
  return `${count} ${count === 1 ? 'entity' : 'entities'}`;
}
