import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { EntityId } from '../../app/model/ids.ts';
import { labelNameIn } from '../../app/model/label-set.ts';
import { labelStyleKey } from '../labels/label-style.ts';
import { useLabels } from '../labels/use-labels.ts';
import {
  SUGGESTION_SOURCES,
  type Suggestion,
  type SuggestionSource,
} from '../../app/suggestions/index.ts';
import { KIND_NAMES, type DocumentSuggestions } from './document-suggestions.ts';
import './suggestions.css';

export interface SuggestionPanelProps {
  suggestions: DocumentSuggestions | null;
  entityNames: ReadonlyMap<EntityId, string>;
  /** Makes a suggestion the current one and shows it in the text. */
  onReveal(suggestion: Suggestion): void;
  onAcceptAll(source: SuggestionSource): void;
}

const KIND_TITLES: Record<SuggestionSource, string> = {
  entity: 'Entity mentions',
  date: 'Dates',
  tagged: 'Tagged elsewhere',
};

const ROW_HEIGHT = 54;

/**
 * The Suggestions section of the side panel: a count per kind with "Accept all", and every
 * shown suggestion with Accept and Reject. Collapsible; the keyboard walk (s, y, x) follows it.
 */
export function SuggestionPanel({
  suggestions,
  entityNames,
  onReveal,
  onAcceptAll,
}: SuggestionPanelProps) {
  const [open, setOpen] = useState(true);
  const subscribe = suggestions?.subscribe ?? noSubscription;
  const version = useSyncExternalStore(subscribe, () => suggestions?.version ?? -1);
  const list = suggestions?.visible() ?? EMPTY;
  const currentKey = suggestions?.currentKeyNow ?? null;
  const counts = useMemo(() => {
    const bySource = new Map<SuggestionSource, number>();
    for (const suggestion of list)
      bySource.set(suggestion.source, (bySource.get(suggestion.source) ?? 0) + 1);
    return bySource;
    // `list` is rebuilt whenever `version` moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [list, version]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const currentIndex =
    currentKey === null ? -1 : list.findIndex((suggestion) => suggestion.key === currentKey);
  useEffect(() => {
    if (open && currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [open, currentIndex, virtualizer]);

  const computing = suggestions !== null && !suggestions.complete;
  return (
    <section className={`suggestion-panel ${open ? 'open' : ''}`} aria-label="Suggestions">
      <button
        type="button"
        className="suggestion-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className="suggestion-caret" aria-hidden>
          {open ? '▾' : '▸'}
        </span>
        Suggestions
        <span
          className="suggestion-legend"
          aria-hidden
          title="Suggestions are drawn with a wavy underline: proposed, not yet annotations"
        >
          Ab
        </span>
        {computing && <span className="spinner" aria-label="Finding suggestions" />}
        <span className="count" data-testid="suggestion-count">
          {list.length}
        </span>
      </button>
      {open && (
        <>
          <p className="suggestion-hint muted">
            <kbd>s</kbd>/<kbd>S</kbd> walk · <kbd>y</kbd> or <kbd>Enter</kbd> accept · <kbd>x</kbd>{' '}
            reject
          </p>
          {list.length > 0 && (
            <ul className="suggestion-kinds">
              {SUGGESTION_SOURCES.filter((source) => counts.get(source)).map((source) => {
                const count = counts.get(source)!;
                const name = KIND_NAMES[source][count === 1 ? 0 : 1];
                return (
                  <li key={source} data-kind={source}>
                    <span className={`suggestion-kind suggestion-kind-${source}`}>
                      {KIND_TITLES[source]}
                    </span>
                    <span className="count">{count}</span>
                    <button
                      type="button"
                      className="button small"
                      aria-label={`Accept all ${count} ${name}`}
                      title={`Accept all ${count} ${name} in one step (undo takes them all back)`}
                      onClick={() => onAcceptAll(source)}
                    >
                      Accept all {count}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {list.length === 0 && !computing && (
            <p className="suggestion-empty muted">Nothing to suggest here.</p>
          )}
          <div
            ref={scrollRef}
            className="suggestion-list"
            role="list"
            aria-label="Suggested annotations"
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const suggestion = list[item.index]!;
                return (
                  <SuggestionRow
                    key={suggestion.key}
                    suggestion={suggestion}
                    current={suggestion.key === currentKey}
                    entityName={suggestion.entity ? entityNames.get(suggestion.entity) : undefined}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: item.size,
                      transform: `translateY(${item.start}px)`,
                    }}
                    onReveal={() => onReveal(suggestion)}
                    onAccept={() => suggestions?.accept(suggestion)}
                    onReject={() => suggestions?.reject(suggestion)}
                  />
                );
              })}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

function SuggestionRow({
  suggestion,
  current,
  entityName,
  style,
  onReveal,
  onAccept,
  onReject,
}: {
  suggestion: Suggestion;
  current: boolean;
  entityName: string | undefined;
  style: React.CSSProperties;
  onReveal(): void;
  onAccept(): void;
  onReject(): void;
}) {
  const labels = useLabels();
  const detail =
    suggestion.value ??
    (entityName
      ? `= ${entityName}`
      : suggestion.source === 'date'
        ? 'no value from the text alone'
        : null);
  return (
    <div
      role="listitem"
      className={`suggestion-item ${current ? 'current' : ''}`}
      style={style}
      data-suggestion-key={suggestion.key}
      data-kind={suggestion.source}
      aria-current={current ? 'true' : undefined}
    >
      <button
        type="button"
        className="suggestion-main"
        onClick={onReveal}
        title="Show it in the text"
      >
        <span className={`suggestion-quote suggestion-label-${labelStyleKey(suggestion.label)}`}>
          {suggestion.quote}
        </span>
        <span className="suggestion-meta">
          {labelNameIn(labels, suggestion.label)}
          {suggestion.source === 'tagged' ? ' · tagged elsewhere' : ''}
          {detail ? <span className="suggestion-detail"> · {detail}</span> : null}
        </span>
      </button>
      <span className="suggestion-actions">
        <button
          type="button"
          className="icon-button suggestion-accept"
          aria-label={`Accept “${suggestion.quote}”`}
          title="Accept (y or Enter)"
          onClick={onAccept}
        >
          ✓
        </button>
        <button
          type="button"
          className="icon-button suggestion-reject"
          aria-label={`Reject “${suggestion.quote}”`}
          title="Reject (x)"
          onClick={onReject}
        >
          ✕
        </button>
      </span>
    </div>
  );
}

const EMPTY: readonly Suggestion[] = [];
const noSubscription = () => () => {};
