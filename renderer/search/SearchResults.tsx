// The hits, grouped by document: a header per document (select all or none of its hits, its
// title, its count) and each hit with its context, the hit emphasised, and chips for the labels
// already on it. A hit is a button: a click or Enter opens the document there; ↑ and ↓ move
// between hits. Long lists grow as they are scrolled (documents by fifty, a document's hits past
// the first twenty on request): a query found in every document must not build 10,000 rows
// before the first paints.

import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AnnotatorId, DocumentId, EntityId } from '../../app/model/ids.ts';
import type { Entity } from '../../app/model/entity.ts';
import { findLabel } from '../../app/model/labels.ts';
import { labelNameIn } from '../../app/model/label-set.ts';
import { useLabels } from '../labels/use-labels.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { hitContext } from '../../app/search/hit-context.ts';
import type { DocumentHits, SearchHit } from '../../app/search/search-index.ts';
import type { HitAnnotation, HitAnnotations } from './hit-annotations.ts';

const DOCUMENTS_PER_PAGE = 20;
const HITS_SHOWN = 10;

export function hitKey(hit: SearchHit): string {
  return `${hit.documentId}|${hit.start}`;
}

export interface SearchResultsProps {
  /** Grows as the search goes on (the same array): `resultCount` says when. */
  results: readonly DocumentHits[];
  resultCount: number;
  textOf(id: DocumentId): string;
  annotations: HitAnnotations;
  /** HitAnnotations' version: chips are drawn again when it moves. */
  annotationsVersion: number;
  annotator: AnnotatorId;
  entities: ReadonlyMap<EntityId, Entity>;
  isSelected(hit: SearchHit): boolean;
  onSelect(hits: readonly SearchHit[], selected: boolean): void;
  onOpen(hit: SearchHit): void;
}

/** Memoised: a keystroke re-renders the screen, and must not re-render the last query's list. */
export const SearchResults = memo(function SearchResults(props: SearchResultsProps) {
  const { results } = props;
  const [pages, setPages] = useState(1);
  const sentinel = useRef<HTMLDivElement>(null);
  const shown = results.slice(0, pages * DOCUMENTS_PER_PAGE);
  const more = results.length > shown.length;
  // A new search (a new results array): back to the first page.
  useEffect(() => setPages(1), [results]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !more) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setPages((n) => n + 1);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [more, pages]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [
      ...event.currentTarget.querySelectorAll<HTMLButtonElement>('.search-hit-open'),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    event.preventDefault();
    const next =
      buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    next?.focus();
    next?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <div className="search-results" onKeyDown={onKeyDown}>
      {shown.map((result) => (
        <DocumentGroup key={result.documentId} result={result} {...props} />
      ))}
      {more && (
        <div ref={sentinel} className="search-more muted">
          {results.length - shown.length} more documents…
        </div>
      )}
    </div>
  );
});

// Memoised: a search's later slices add documents, and the ones listed stay as they are.
const DocumentGroup = memo(function DocumentGroup({
  result,
  textOf,
  isSelected,
  onSelect,
  ...rest
}: SearchResultsProps & { result: DocumentHits }) {
  const [expanded, setExpanded] = useState(false);
  const text = textOf(result.documentId);
  const hits = expanded ? result.hits : result.hits.slice(0, HITS_SHOWN);
  const selected = result.hits.filter(isSelected).length;
  const groupBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (groupBox.current)
      groupBox.current.indeterminate = selected > 0 && selected < result.hits.length;
  }, [selected, result.hits.length]);
  const countText = result.count === 1 ? '1 hit' : `${result.count.toLocaleString('en')} hits`;

  return (
    <section
      className="search-group"
      aria-label={result.title}
      data-document-id={result.documentId}
    >
      <header className="search-group-head">
        <input
          ref={groupBox}
          type="checkbox"
          aria-label={`Select all hits in ${result.title}`}
          checked={selected === result.hits.length && selected > 0}
          onChange={(event) => onSelect(result.hits, event.target.checked)}
        />
        <h2 className="search-group-title">{result.title}</h2>
        <span className="search-group-count" data-testid="document-hit-count">
          {countText}
        </span>
      </header>
      <ol className="search-hits">
        {hits.map((hit) => (
          <HitRow
            key={hitKey(hit)}
            hit={hit}
            text={text}
            selected={isSelected(hit)}
            onSelect={onSelect}
            {...rest}
          />
        ))}
      </ol>
      {result.hits.length > hits.length && (
        <button
          type="button"
          className="button small ghost search-show-all"
          onClick={() => setExpanded(true)}
        >
          Show all {result.hits.length.toLocaleString('en')} hits
        </button>
      )}
      {result.count > result.hits.length && (
        <p className="search-note muted">
          {(result.count - result.hits.length).toLocaleString('en')} more not listed: the search
          keeps the first 10,000 hits.
        </p>
      )}
    </section>
  );
});

interface HitRowProps extends Omit<SearchResultsProps, 'results' | 'textOf' | 'isSelected'> {
  hit: SearchHit;
  text: string;
  selected: boolean;
}

function HitRow({
  hit,
  text,
  selected,
  onSelect,
  onOpen,
  annotations,
  annotator,
  entities,
}: HitRowProps) {
  const context = hitContext(text, hit.from, hit.to);
  const chips = annotations.overlapping(hit.documentId, hit.start, hit.end);
  return (
    <li className={`search-hit ${selected ? 'selected' : ''}`}>
      <input
        type="checkbox"
        aria-label={`Select “${context.match}” at ${hit.start}`}
        checked={selected}
        onChange={(event) => onSelect([hit], event.target.checked)}
      />
      <button
        type="button"
        className="search-hit-open"
        data-start={hit.start}
        onClick={() => onOpen(hit)}
        title="Open the document here (Enter)"
      >
        <span className="search-context">
          {context.before}
          <mark className="search-match">{context.match}</mark>
          {context.after}
        </span>
        <span className="search-chips" aria-label="Labels on this hit">
          {chips?.map((chip) => (
            <LabelChip
              key={chip.id}
              chip={chip}
              hit={hit}
              own={chip.annotator === annotator}
              entities={entities}
            />
          ))}
        </span>
      </button>
    </li>
  );
}

function LabelChip({
  chip,
  hit,
  own,
  entities,
}: {
  chip: HitAnnotation;
  hit: SearchHit;
  own: boolean;
  entities: ReadonlyMap<EntityId, Entity>;
}) {
  const labels = useLabels();
  const label = findLabel(labels, chip.label);
  const entity = chip.entity === undefined ? undefined : entities.get(chip.entity);
  const exact = chip.start === hit.start && chip.end === hit.end;
  const layer = own
    ? 'yours'
    : chip.annotator === RECONCILED_ANNOTATOR
      ? 'reconciled'
      : 'a colleague’s';
  const name = labelNameIn(labels, chip.label);
  return (
    <span
      className={`search-chip ${own ? 'own' : 'other'} ${exact ? 'exact' : 'overlap'}`}
      style={{ ['--chip-color' as string]: label?.color ?? '#64748b' }}
      title={`${name}, ${layer}${exact ? ', this exact span' : ', overlapping this hit'}${entity ? ` — ${entity.name}` : ''}`}
    >
      {name}
      {entity && <span className="search-chip-entity">· {entity.name}</span>}
    </span>
  );
}
