// The Entities screen's list as an actors overview: one row per entity with its mentions,
// documents, claims made and claims about it counted in the chosen layer; every header sorts
// (aria-sort says how), and a count opens, under its row, the list it counts. A library can hold
// ten thousand entities; rendering them all would take longer than reading them, and every sort
// re-orders what is rendered (300 rows took ~100 ms to re-order on the bench machine), so the
// first ROWS_PER_PAGE of the order are shown (the busiest, sorted by a count), more on demand, and
// the filter finds the rest.

import { memo, useState } from 'react';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import {
  activityOf,
  type EntityActivity,
  type ActorColumn,
  type ActorOverview,
  type ActorSort,
} from '../../app/entities/actor-overview.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';
import type { DocumentTarget } from '../shell/views.ts';
import { ActorActivityList, type ActivityKind } from './ActorActivityList.tsx';

export const ROWS_PER_PAGE = 100;

/**
 * A count column and how its button is named: without the entity's name, which the row already
 * says (a button named after the entity selects it; a count must not answer to that name too).
 */
const COUNT_COLUMNS: readonly {
  column: ActivityKind;
  header: string;
  name(count: number): string;
}[] = [
  { column: 'mentions', header: 'Mentions', name: (n) => countOf(n, 'mention') },
  { column: 'documents', header: 'Documents', name: (n) => countOf(n, 'document') },
  { column: 'claimsMade', header: 'Claims made', name: (n) => `${countOf(n, 'claim')} made` },
  { column: 'claimsAbout', header: 'Claims about', name: (n) => `${countOf(n, 'claim')} about it` },
];

const TEXT_COLUMNS: readonly { column: ActorColumn; header: string }[] = [
  { column: 'name', header: 'Name' },
  { column: 'kind', header: 'Kind' },
  { column: 'aliases', header: 'Aliases' },
  { column: 'wikidata', header: 'Wikidata' },
];

/** Which count of which entity is open under its row. */
export interface OpenList {
  entity: EntityId;
  kind: ActivityKind;
}

export interface ActorTableProps {
  /** In the order to show. */
  entities: readonly Entity[];
  /** Undefined while the library is being read. */
  overview: ActorOverview | undefined;
  /** The order shown; null while the filter's ranking orders the list. */
  sort: ActorSort | null;
  onSort(column: ActorColumn): void;
  selected: EntityId | null;
  onSelect(id: EntityId): void;
  open: OpenList | null;
  onToggle(list: OpenList): void;
  titleOf(documentId: string): string;
  annotatorName(id: string): string;
  onOpen(target: DocumentTarget): void;
}

const COLUMN_COUNT = TEXT_COLUMNS.length + COUNT_COLUMNS.length;

export function ActorTable(props: ActorTableProps) {
  const { entities, overview, selected, open } = props;
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const shown = entities.slice(0, limit);
  return (
    <>
      <table className="library-table entity-table actor-table">
        <thead>
          <tr>
            {TEXT_COLUMNS.map(({ column, header }) => (
              <SortHeader key={column} column={column} header={header} {...props} />
            ))}
            {COUNT_COLUMNS.map(({ column, header }) => (
              <SortHeader key={column} column={column} header={header} numeric {...props} />
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((entity) => (
            <ActorRow
              key={entity.id}
              entity={entity}
              activity={overview && activityOf(overview, entity.id)}
              selected={entity.id === selected}
              listOpen={open?.entity === entity.id ? open.kind : null}
              onSelect={props.onSelect}
              onToggle={props.onToggle}
              titleOf={props.titleOf}
              annotatorName={props.annotatorName}
              onOpen={props.onOpen}
            />
          ))}
        </tbody>
      </table>
      {entities.length > shown.length && (
        <p className="muted center actor-more">
          Showing {shown.length} of {entities.length}: filter to find one, or{' '}
          <button
            type="button"
            className="button small"
            onClick={() => setLimit(limit + ROWS_PER_PAGE)}
          >
            Show {Math.min(ROWS_PER_PAGE, entities.length - shown.length)} more
          </button>
        </p>
      )}
    </>
  );
}

interface ActorRowProps {
  entity: Entity;
  /** Undefined while the library is being read. */
  activity: EntityActivity | undefined;
  selected: boolean;
  listOpen: ActivityKind | null;
  onSelect(id: EntityId): void;
  onToggle(list: OpenList): void;
  titleOf(documentId: string): string;
  annotatorName(id: string): string;
  onOpen(target: DocumentTarget): void;
}

/**
 * One entity's row, and its open list under it. Memoised: a sort only moves rows, and with
 * stable callbacks none of them renders again (re-rendering every row was most of a sort's time).
 */
const ActorRow = memo(function ActorRow(props: ActorRowProps) {
  const { entity, activity, listOpen } = props;
  return (
    <>
      <tr
        data-entity-id={entity.id}
        className={props.selected ? 'selected' : ''}
        aria-selected={props.selected}
      >
        <td>
          <button type="button" className="title-link" onClick={() => props.onSelect(entity.id)}>
            {entity.name}
          </button>
        </td>
        <td>
          <span className="entity-kind">{entity.kind}</span>
        </td>
        <td className="entity-aliases-cell" title={entity.aliases.join('\n')}>
          {entity.aliases.join(' · ')}
        </td>
        <td className="actor-wikidata">{entity.wikidata ?? ''}</td>
        {COUNT_COLUMNS.map(({ column, name }) => (
          <td key={column} className="numeric" data-count={column}>
            <CountButton
              count={activity && activity[column].length}
              label={name}
              title={`${entity.name}: ${COUNT_TITLES[column]}`}
              expanded={listOpen === column}
              onClick={() => props.onToggle({ entity: entity.id, kind: column })}
            />
          </td>
        ))}
      </tr>
      {listOpen !== null && activity && (
        <tr className="actor-list-row">
          <td colSpan={COLUMN_COUNT}>
            <ActorActivityList
              entity={entity}
              kind={listOpen}
              activity={activity}
              titleOf={props.titleOf}
              annotatorName={props.annotatorName}
              onOpen={props.onOpen}
              onClose={() => props.onToggle({ entity: entity.id, kind: listOpen })}
            />
          </td>
        </tr>
      )}
    </>
  );
});

function SortHeader(
  props: ActorTableProps & { column: ActorColumn; header: string; numeric?: boolean },
) {
  const { column, header, sort } = props;
  const direction = sort?.column === column ? sort.direction : undefined;
  return (
    <th
      className={props.numeric ? 'numeric' : undefined}
      aria-sort={direction ?? 'none'}
      scope="col"
    >
      <button type="button" className="sort-header" onClick={() => props.onSort(column)}>
        {header}
        <span className="sort-arrow" aria-hidden>
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '▵'}
        </span>
      </button>
    </th>
  );
}

const COUNT_TITLES: Record<ActivityKind, string> = {
  mentions: 'show its mentions',
  documents: 'show the documents it is mentioned in',
  claimsMade: 'show the claims it makes',
  claimsAbout: 'show the claims about it',
};

function CountButton(props: {
  count: number | undefined;
  label(count: number): string;
  title: string;
  expanded: boolean;
  onClick(): void;
}) {
  if (props.count === undefined) return <span className="muted">…</span>;
  if (props.count === 0) return <span className="actor-count-zero">0</span>;
  return (
    <button
      type="button"
      className={`actor-count${props.expanded ? ' open' : ''}`}
      aria-expanded={props.expanded}
      aria-label={props.label(props.count)}
      title={props.title}
      onClick={props.onClick}
    >
      {props.count}
    </button>
  );
}
