import { useEffect, useMemo, useState } from 'react';
import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotatorId, LabelId } from '../../app/model/ids.ts';
import { labelNameIn } from '../../app/model/label-set.ts';
import { labelStyleKey } from '../labels/label-style.ts';
import { useLabels } from '../labels/use-labels.ts';
import type { SpanGroupKind } from '../../app/model/review.ts';
import type { SpanGroup } from '../../app/reconcile/compare-layers.ts';
import { formatDateTime } from '../library/format.ts';
import type { EnrichmentChoice, EnrichmentComparison } from '../../app/reconcile/enrichment.ts';
import type { SpanGroupId } from '../../app/model/ids.ts';
import { ENRICHMENT_KIND_NAMES, EnrichmentPanel, SideSummary } from './EnrichmentPanel.tsx';
import type { ReviewSession } from './review-session.ts';

export const KIND_NAMES: Record<SpanGroupKind, string> = {
  agreed: 'Agreed',
  label: 'Label conflict',
  boundary: 'Boundary conflict',
  single: 'Only one annotator',
  partial: 'Some annotators',
};

const KIND_HINTS: Record<SpanGroupKind, string> = {
  agreed: 'Every compared annotator marked exactly this span with this label.',
  label: 'Same span, different labels.',
  boundary: 'Overlapping spans with the same label but different boundaries.',
  single: 'Only one of the compared annotators marked this span.',
  partial: 'Several, but not all, compared annotators marked this span.',
};

export interface GroupPanelProps {
  session: ReviewSession;
  group: SpanGroup;
  names: ReadonlyMap<AnnotatorId, string>;
  /** Whether the edit form is open (the `e` key opens it too). */
  editing: boolean;
  onEditing(editing: boolean): void;
  onAccept(memberIds: Annotation['id'][]): void;
  onReject(): void;
  /** Applies an edit: the label chosen, with the text selection's boundaries when asked. */
  onEdit(label: LabelId, useSelection: boolean): void;
  /** The enrichment comparison the keys act on, when it is one of this group's. */
  currentComparison: SpanGroupId | null;
  onSelectComparison(comparison: EnrichmentComparison | null): void;
  onDecideEnrichment(comparison: EnrichmentComparison, choice: EnrichmentChoice): void;
}

/** The current span group: its members, the decisions open to the reviewer, the decision made. */
export function GroupPanel({
  session,
  group,
  names,
  editing,
  onEditing,
  onAccept,
  onReject,
  onEdit,
  currentComparison,
  onSelectComparison,
  onDecideEnrichment,
}: GroupPanelProps) {
  const status = session.statusOf(group);
  const decided = session.decisionOf(group);
  const entry = session.entryOf(group);
  const [label, setLabel] = useState<LabelId>(group.members[0]!.label);
  const labels = useLabels();
  // The labels a reviewer can decide on: the visible ones, and any the annotators used.
  const options = labels.filter(
    (option) => !option.hidden || group.members.some((member) => member.label === option.id),
  );
  const [useSelection, setUseSelection] = useState(true);
  useEffect(() => setLabel(group.members[0]!.label), [group]);
  const nameOf = (id: AnnotatorId) => names.get(id) ?? id;
  const comparisons = session.comparisonsOf(group);
  const onSpan = currentComparison === null;

  return (
    <section
      className="details review-group"
      aria-label="Span group"
      data-kind={group.kind}
      data-status={status}
    >
      <div className="details-head">
        <h2>
          <span className={`kind-badge kind-${group.kind}`}>{KIND_NAMES[group.kind]}</span>
        </h2>
        <span className={`status-badge status-${status}`}>
          {status === 'open' ? 'Open' : 'Resolved'}
        </span>
      </div>
      <p className="muted review-hint">{KIND_HINTS[group.kind]}</p>
      <ol className="member-list">
        {group.members.map((member, i) => (
          <li key={member.id} className="member" data-annotator={member.annotator}>
            <div className="member-head">
              {onSpan && <kbd>{i + 1}</kbd>}
              <strong className="ellipsis">{nameOf(member.annotator)}</strong>
              <span className={`chip chip-${labelStyleKey(member.label)} checked`}>
                {labelNameIn(labels, member.label)}
              </span>
              <span className="list-meta">
                {member.start}–{member.end}
              </span>
              <button
                type="button"
                className="button small"
                onClick={() => onAccept([member.id])}
                title={`Accept ${nameOf(member.annotator)}’s span (${i + 1})`}
              >
                Accept
              </button>
            </div>
            <blockquote className="member-quote">{member.quote}</blockquote>
          </li>
        ))}
      </ol>
      <div className="review-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => onAccept(group.members.map((member) => member.id))}
          title="Accept every member (a)"
        >
          Accept all {onSpan && <kbd>a</kbd>}
        </button>
        <button
          type="button"
          className="button danger-text"
          onClick={onReject}
          title="Reject the group: nothing of it in the reconciled layer (x)"
        >
          Reject {onSpan && <kbd>x</kbd>}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (!onSpan) onSelectComparison(null);
            onEditing(!(editing && onSpan));
          }}
          aria-expanded={editing && onSpan}
          title="Set the label or boundaries by hand (e)"
        >
          Edit… {onSpan && <kbd>e</kbd>}
        </button>
      </div>
      {editing && onSpan && (
        <form
          className="edit-form"
          aria-label="Edit decision"
          onSubmit={(event) => {
            event.preventDefault();
            onEdit(label, useSelection);
          }}
        >
          <div className="label-choice" role="radiogroup" aria-label="Label">
            {options.map((option) => (
              <label
                key={option.id}
                className={`chip chip-${labelStyleKey(option.id)} ${label === option.id ? 'checked' : ''}`}
              >
                <input
                  type="radio"
                  name="review-label"
                  checked={label === option.id}
                  onChange={() => setLabel(option.id)}
                />
                {option.name}
              </label>
            ))}
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={useSelection}
              onChange={(event) => setUseSelection(event.target.checked)}
            />
            <span>Use the current text selection as boundaries</span>
          </label>
          <div className="review-actions">
            <button type="submit" className="button primary small">
              Apply edit
            </button>
            <button type="button" className="button small" onClick={() => onEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <Decision
        decided={decided}
        rejected={status === 'resolved' && decided.length === 0 && entry !== undefined}
        nameOf={nameOf}
      />
      <EnrichmentPreview session={session} group={group} names={names} />
      {comparisons.length > 0 && (
        <div className="enrichments">
          <h3 className="section-title">Beyond the span</h3>
          {comparisons.map((comparison) => (
            <EnrichmentPanel
              key={comparison.id}
              session={session}
              comparison={comparison}
              names={names}
              current={comparison.id === currentComparison}
              editing={editing && comparison.id === currentComparison}
              onEditing={onEditing}
              onSelect={() => onSelectComparison(comparison)}
              onDecide={(choice) => onDecideEnrichment(comparison, choice)}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function Decision({
  decided,
  rejected,
  nameOf,
}: {
  decided: Annotation[];
  rejected: boolean;
  nameOf(id: AnnotatorId): string;
}) {
  if (rejected)
    return (
      <div className="decision" data-decision="rejected">
        <h3>Decision</h3>
        <p>Rejected: nothing of this group is in the reconciled layer.</p>
      </div>
    );
  if (decided.length === 0) return null;
  return <DecidedAnnotations decided={decided} nameOf={nameOf} />;
}

function DecidedAnnotations({
  decided,
  nameOf,
}: {
  decided: Annotation[];
  nameOf(id: AnnotatorId): string;
}) {
  const labels = useLabels();
  return (
    <div className="decision">
      <h3>Decision</h3>
      {decided.map((annotation) => {
        const provenance = annotation.provenance!;
        return (
          <div key={annotation.id} className="decision-item" data-decision={provenance.decision}>
            <div className="member-head">
              <span className={`chip chip-${labelStyleKey(annotation.label)} checked`}>
                {labelNameIn(labels, annotation.label)}
              </span>
              <span className="list-meta">
                {annotation.start}–{annotation.end}
              </span>
              <span className="decision-kind">{provenance.decision}</span>
            </div>
            <blockquote className="member-quote">{annotation.quote}</blockquote>
            <p className="list-meta">
              {provenance.decidedBy ? `by ${nameOf(provenance.decidedBy)}` : 'by merge'},{' '}
              {formatDateTime(provenance.decidedAt)} · from{' '}
              {provenance.sources
                .map(
                  (source) =>
                    `${nameOf(source.annotator)} (${source.label} ${source.start}–${source.end})`,
                )
                .join(', ')}
            </p>
          </div>
        );
      })}
    </div>
  );
}

/** For an open agreed group: what each annotator linked beyond the span, before the span is accepted. */
function EnrichmentPreview({
  session,
  group,
  names,
}: {
  session: ReviewSession;
  group: SpanGroup;
  names: ReadonlyMap<AnnotatorId, string>;
}) {
  // Computed again when the session changes (its version), not on every render.
  const version = session.version;
  const preview = useMemo(
    () => (version >= 0 ? session.previewComparisons(group) : []),
    [session, group, version],
  );
  if (preview.length === 0) return null;
  const nameOf = (id: AnnotatorId) => names.get(id) ?? id;
  return (
    <div className="enrichments preview" aria-label="Beyond the span, before accepting">
      <h3 className="section-title">Beyond the span</h3>
      <p className="muted review-hint">
        Accepting the span carries what every annotator agrees on; differences stay open as
        conflicts.
      </p>
      {preview.map((comparison) => (
        <div
          key={comparison.id}
          className="enrichment"
          data-kind={comparison.kind}
          data-agreed={comparison.agreed}
        >
          <div className="member-head">
            <span className={`kind-badge kind-${comparison.agreed ? 'agreed' : comparison.kind}`}>
              {comparison.agreed
                ? PREVIEW_AGREED[comparison.kind]
                : ENRICHMENT_KIND_NAMES[comparison.kind]}
            </span>
          </div>
          <ul className="enrichment-links">
            {comparison.sides.map((side) => (
              <li key={side.annotator}>
                <strong>{nameOf(side.annotator)}</strong>{' '}
                <SideSummary session={session} kind={comparison.kind} side={side} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

const PREVIEW_AGREED = { link: 'Same links', entity: 'Same entity', value: 'Same value' } as const;
