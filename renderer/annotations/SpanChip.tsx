import type { Annotation } from '../../app/model/annotation.ts';

/** A linked span shown compactly: its label's colour and its text; a click selects it. */
export function SpanChip({
  annotation,
  detail,
  onChoose,
}: {
  annotation: Annotation;
  detail?: string | undefined;
  onChoose(): void;
}) {
  return (
    <button
      type="button"
      className={`span-chip span-chip-${annotation.label}`}
      onClick={onChoose}
      title={`${annotation.quote} (${annotation.start}–${annotation.end})`}
    >
      <span className="span-chip-quote">{annotation.quote}</span>
      {detail && <span className="span-chip-detail">{detail}</span>}
    </button>
  );
}
