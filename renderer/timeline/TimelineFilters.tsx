// The timeline's filters, each a labelled control: Claimant, Target, Document, Published from,
// Published to, Layer. Options list only what has claims, with how many.

import { memo, useId, useMemo } from 'react';
import type { Annotator } from '../../app/model/annotation.ts';
import type { AnnotatorId, DocumentId, EntityId } from '../../app/model/ids.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import {
  isFiltered,
  NO_FILTER,
  type FilterOption,
  type FilterOptions,
  type TimelineFilter,
} from '../../app/timeline/timeline-filter.ts';

export interface TimelineFiltersProps {
  filter: TimelineFilter;
  options: FilterOptions;
  /** The analyst: their layer is named "Mine". */
  annotator: Annotator;
  onChange(filter: TimelineFilter): void;
}

/** Memoised: zooming and panning re-render the screen, not these (a library lists 1,000 documents). */
export const TimelineFilters = memo(function TimelineFilters({
  filter,
  options,
  annotator,
  onChange,
}: TimelineFiltersProps) {
  const set = (patch: Partial<TimelineFilter>) => onChange({ ...filter, ...patch });
  const layers = useMemo(
    () =>
      options.layers.map((option) => ({
        ...option,
        name:
          option.id === annotator.id
            ? `Mine (${annotator.name})`
            : option.id === RECONCILED_ANNOTATOR
              ? 'Reconciled'
              : option.name,
      })),
    [options.layers, annotator],
  );
  return (
    <div className="timeline-filters" role="group" aria-label="Filters">
      <Choice
        label="Claimant"
        all="Anyone"
        value={filter.claimant}
        options={options.claimants}
        onChange={(claimant) => set({ claimant: claimant as EntityId | null })}
      />
      <Choice
        label="Target"
        all="Anyone"
        value={filter.target}
        options={options.targets}
        onChange={(target) => set({ target: target as EntityId | null })}
      />
      <Choice
        label="Document"
        all="All documents"
        value={filter.document}
        options={options.documents}
        onChange={(document) => set({ document: document as DocumentId | null })}
        wide
      />
      <DateFilter
        label="Published from"
        value={filter.publishedFrom}
        max={filter.publishedTo}
        onChange={(publishedFrom) => set({ publishedFrom })}
      />
      <DateFilter
        label="Published to"
        value={filter.publishedTo}
        min={filter.publishedFrom}
        onChange={(publishedTo) => set({ publishedTo })}
      />
      <Choice
        label="Layer"
        all="All layers"
        value={filter.layer}
        options={layers}
        onChange={(layer) => set({ layer: layer as AnnotatorId | null })}
      />
      <button
        type="button"
        className="button small ghost timeline-clear"
        disabled={!isFiltered(filter)}
        onClick={() => onChange(NO_FILTER)}
      >
        Clear filters
      </button>
    </div>
  );
});

function Choice<T extends string>({
  label,
  all,
  value,
  options,
  onChange,
  wide = false,
}: {
  label: string;
  all: string;
  value: T | null;
  options: readonly FilterOption<T>[];
  onChange(value: string | null): void;
  wide?: boolean;
}) {
  // A label of its own (not wrapping the control): a wrapping label would add the chosen
  // option to the control's accessible name ("Claimant Anyone").
  const id = useId();
  const optionElements = useMemo(
    () =>
      options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name} ({option.count})
        </option>
      )),
    [options],
  );
  return (
    <div className={`timeline-filter ${wide ? 'wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{all}</option>
        {optionElements}
      </select>
    </div>
  );
}

/** A day (`YYYY-MM-DD`, or empty for none) bounded by `min` and `max` when they are set. */
function DateFilter({
  label,
  value,
  min = '',
  max = '',
  onChange,
}: {
  label: string;
  value: string;
  min?: string;
  max?: string;
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="timeline-filter">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
