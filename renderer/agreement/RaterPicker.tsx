import { countOf } from '../../app/formats/dataset/describe-value.ts';
import type { AnnotatorId } from '../../app/model/ids.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';

export interface RaterOption {
  id: AnnotatorId;
  name: string;
  /** Documents the annotator has a layer on. */
  documents: number;
}

/** Which annotators' layers are compared: a checkbox each. */
export function RaterPicker({
  options,
  chosen,
  ownId,
  onToggle,
}: {
  options: readonly RaterOption[];
  chosen: ReadonlySet<AnnotatorId>;
  ownId: AnnotatorId;
  onToggle(id: AnnotatorId, checked: boolean): void;
}) {
  return (
    <fieldset className="rater-picker">
      <legend>Annotators compared</legend>
      {options.map((option) => (
        <label
          key={option.id}
          className={`rater-chip ${chosen.has(option.id) ? 'checked' : ''}`}
          title={option.id}
        >
          <input
            type="checkbox"
            checked={chosen.has(option.id)}
            onChange={(event) => onToggle(option.id, event.target.checked)}
          />
          <span className="rater-name">
            {option.name}
            {option.id === ownId && <span className="muted"> (you)</span>}
            {option.id === RECONCILED_ANNOTATOR && (
              <span className="muted"> (review verdicts)</span>
            )}
          </span>
          <span className="rater-count">{countOf(option.documents, 'doc')}</span>
        </label>
      ))}
    </fieldset>
  );
}
