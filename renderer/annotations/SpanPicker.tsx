import { useEffect, useRef } from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import { labelNameIn } from '../../app/model/label-set.ts';
import { labelStyleKey } from '../labels/label-style.ts';
import { useLabels } from '../labels/use-labels.ts';

/** Where spans overlap, a click offers each of them, innermost first. */
export function SpanPicker({
  annotations,
  point,
  onPick,
  onClose,
}: {
  annotations: readonly Annotation[];
  point: { x: number; y: number };
  onPick(annotation: Annotation): void;
  onClose(): void;
}) {
  const labels = useLabels();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onDown = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="span-picker"
      role="menu"
      aria-label="Overlapping annotations"
      style={{
        left: Math.min(point.x, window.innerWidth - 320),
        top: Math.min(point.y + 12, window.innerHeight - 40 * annotations.length - 40),
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="span-picker-title">{annotations.length} overlapping spans</div>
      {annotations.map((annotation) => (
        <button
          key={annotation.id}
          type="button"
          role="menuitem"
          className="span-picker-item"
          onClick={() => onPick(annotation)}
        >
          <span className={`chip chip-${labelStyleKey(annotation.label)}`}>
            {labelNameIn(labels, annotation.label)}
          </span>
          <span className="span-picker-quote">{annotation.quote}</span>
        </button>
      ))}
    </div>
  );
}
