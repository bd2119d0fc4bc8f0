// The Entities screen's list: one row per entity with its mentions and documents counted. A
// library can hold ten thousand entities; rendering them all would take longer than reading
// them, so the first ROWS_SHOWN are shown and the filter finds the rest.

import type { Entity } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';
import { documentsOf, type MentionIndex } from './entity-store.ts';

export const ROWS_SHOWN = 300;

export interface EntityTableProps {
  entities: readonly Entity[];
  /** Undefined while the mentions are being read. */
  mentions: MentionIndex | undefined;
  selected: EntityId | null;
  onSelect(id: EntityId): void;
}

export function EntityTable({ entities, mentions, selected, onSelect }: EntityTableProps) {
  const shown = entities.slice(0, ROWS_SHOWN);
  return (
    <>
      <table className="library-table entity-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Kind</th>
            <th>Aliases</th>
            <th>Wikidata</th>
            <th className="numeric">Mentions</th>
            <th className="numeric">Documents</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entity) => {
            const list = mentions?.get(entity.id) ?? [];
            return (
              <tr
                key={entity.id}
                data-entity-id={entity.id}
                className={entity.id === selected ? 'selected' : ''}
                aria-selected={entity.id === selected}
              >
                <td>
                  <button type="button" className="title-link" onClick={() => onSelect(entity.id)}>
                    {entity.name}
                  </button>
                </td>
                <td>
                  <span className="entity-kind">{entity.kind}</span>
                </td>
                <td className="entity-aliases-cell">{entity.aliases.join(' · ')}</td>
                <td>{entity.wikidata ?? ''}</td>
                <td className="numeric" data-count="mentions">
                  {mentions ? list.length : '…'}
                </td>
                <td className="numeric" data-count="documents">
                  {mentions ? documentsOf(list).length : '…'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {entities.length > shown.length && (
        <p className="muted center">
          Showing {shown.length} of {entities.length}: filter to find the others.
        </p>
      )}
    </>
  );
}
