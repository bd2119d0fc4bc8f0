import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotationId } from '../../app/model/ids.ts';
import type { Label } from '../../app/model/labels.ts';
import { pluralLabelName } from '../../app/model/label-set.ts';
import { labelStyleKey } from '../labels/label-style.ts';
import { useLabels } from '../labels/use-labels.ts';

type Row =
  { kind: 'header'; label: Label; count: number } | { kind: 'item'; annotation: Annotation };

export interface AnnotationListProps {
  annotations: readonly Annotation[];
  /** Changes whenever the (mutable, shared) annotation list does. */
  version: number;
  selectedId: AnnotationId | null;
  onChoose(annotation: Annotation): void;
  /** What an annotation carries, shown inline: a claim's claimant and date, an actor's entity, a date's value. */
  describe?(annotation: Annotation): string | null;
}

/**
 * The document's annotations grouped by label, virtualised: 10,000 rows cost a screenful. The
 * built-in labels always have their group; another label has one when it is visible in the
 * toolbar or annotations here carry it (hidden, or defined nowhere: then named by its id).
 */
export function AnnotationList({
  annotations,
  version,
  selectedId,
  onChoose,
  describe,
}: AnnotationListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const labels = useLabels();
  const rows = useMemo(() => {
    // One pass over the annotations (already in reading order), then one row list.
    const byLabel = new Map(labels.map((label) => [label.id as string, [] as Annotation[]]));
    const undefinedLabels: Label[] = [];
    for (const annotation of annotations) {
      let list = byLabel.get(annotation.label);
      if (!list) {
        byLabel.set(annotation.label, (list = []));
        undefinedLabels.push({ id: annotation.label, name: annotation.label, color: '#64748b' });
      }
      list.push(annotation);
    }
    const result: Row[] = [];
    for (const label of [...labels, ...undefinedLabels]) {
      const items = byLabel.get(label.id)!;
      if (items.length === 0 && label.hidden) continue;
      result.push({ kind: 'header', label, count: items.length });
      for (const annotation of items) result.push({ kind: 'item', annotation });
    }
    return result;
    // The session mutates its sorted list in place; `version` says when it did.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [annotations, version, labels]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]!.kind === 'header' ? 34 : 50),
    overscan: 8,
  });
  return (
    <div ref={scrollRef} className="annotation-list" aria-label="Annotations">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const style = {
            position: 'absolute' as const,
            top: 0,
            left: 0,
            right: 0,
            height: item.size,
            transform: `translateY(${item.start}px)`,
          };
          if (row.kind === 'header')
            return (
              <div key={`h-${row.label.id}`} className="list-header" style={style}>
                <span className={`legend-swatch legend-${labelStyleKey(row.label.id)}`} aria-hidden>
                  Ab
                </span>
                {pluralLabelName(row.label.name)} <span className="count">{row.count}</span>
              </div>
            );
          const { annotation } = row;
          const carried = describe?.(annotation);
          return (
            <button
              key={annotation.id}
              type="button"
              style={style}
              className={`list-item ${annotation.id === selectedId ? 'selected' : ''}`}
              data-annotation-id={annotation.id}
              data-label={annotation.label}
              onClick={() => onChoose(annotation)}
            >
              <span className="list-quote">{annotation.quote}</span>
              <span className="list-meta">
                {carried ? <span className="list-carried">{carried}</span> : null}
                {carried ? ' · ' : ''}
                {annotation.start}–{annotation.end}
                {annotation.note ? ' · note' : ''}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
