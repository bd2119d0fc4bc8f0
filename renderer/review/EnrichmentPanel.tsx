import { useEffect, useRef, useState } from 'react';
import { describeDateValue, parseDateValue } from '../../app/dates/date-value.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import type { DateValue } from '../../app/model/date-value.ts';
import type { AnnotationId, AnnotatorId, EntityId } from '../../app/model/ids.ts';
import {
  BUILT_IN_RELATION_TYPES,
  relationTypeName,
  type Relation,
} from '../../app/model/relation.ts';
import type { EnrichmentConflictKind } from '../../app/model/review.ts';
import {
  linkKey,
  type EnrichmentChoice,
  type EnrichmentComparison,
  type EnrichmentSide,
  type ReconciledLink,
} from '../../app/reconcile/enrichment.ts';
import { formatDateTime } from '../library/format.ts';
import type { ReviewSession } from './review-session.ts';

export const ENRICHMENT_KIND_NAMES: Record<EnrichmentConflictKind, string> = {
  link: 'Link conflict',
  entity: 'Entity conflict',
  value: 'Value conflict',
};

const AGREED_NAMES: Record<EnrichmentConflictKind, string> = {
  link: 'Links agreed',
  entity: 'Entity agreed',
  value: 'Value agreed',
};

const REGION_NAMES: Record<EnrichmentConflictKind, string> = {
  link: 'Links',
  entity: 'Entity',
  value: 'Value',
};

export interface EnrichmentPanelProps {
  session: ReviewSession;
  comparison: EnrichmentComparison;
  names: ReadonlyMap<AnnotatorId, string>;
  /** Whether this comparison is the review's current item (the keys act on it). */
  current: boolean;
  editing: boolean;
  onEditing(editing: boolean): void;
  onSelect(): void;
  onDecide(choice: EnrichmentChoice): void;
}

/**
 * One aspect of a decided span beyond the span itself — a claim's links, an actor's entity, a
 * date's value — as each annotator gave it, side by side, with the decisions open to the reviewer.
 */
export function EnrichmentPanel({
  session,
  comparison,
  names,
  current,
  editing,
  onEditing,
  onSelect,
  onDecide,
}: EnrichmentPanelProps) {
  const { kind, sides, agreed, status } = comparison;
  const nameOf = (id: AnnotatorId) => names.get(id) ?? id;
  const conflict = !agreed;
  const canAcceptAll = kind === 'link' || agreed;
  const ref = useRef<HTMLElement>(null);
  // The panel lists the span first: bring the comparison the keys now act on into view.
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current, comparison.id]);
  return (
    <section
      ref={ref}
      className={`enrichment ${current ? 'current' : ''}`}
      aria-label={`${REGION_NAMES[kind]} of the ${comparison.reconciled.label}`}
      data-kind={kind}
      data-status={status}
      data-agreed={agreed}
      onClick={current ? undefined : onSelect}
    >
      <div className="member-head">
        <span className={`kind-badge kind-${conflict ? kind : 'agreed'}`}>
          {conflict ? ENRICHMENT_KIND_NAMES[kind] : AGREED_NAMES[kind]}
        </span>
        <span className={`status-badge status-${status}`}>
          {status === 'open' ? 'Open' : 'Resolved'}
        </span>
      </div>
      <ol className="member-list">
        {sides.map((side, i) => (
          <li key={side.annotator} className="member" data-annotator={side.annotator}>
            <div className="member-head">
              {current && <kbd>{i + 1}</kbd>}
              <strong className="ellipsis">{nameOf(side.annotator)}</strong>
              <button
                type="button"
                className="button small"
                onClick={(event) => {
                  event.stopPropagation();
                  onDecide({ kind: 'accept', annotators: [side.annotator] });
                }}
                disabled={kind !== 'link' && side.key === '' && !conflict}
                title={`Accept ${nameOf(side.annotator)}’s ${REGION_NAMES[kind].toLowerCase()}${current ? ` (${i + 1})` : ''}`}
              >
                Accept
              </button>
            </div>
            <SideContent session={session} kind={kind} side={side} />
          </li>
        ))}
      </ol>
      {current && (
        <div className="review-actions">
          {canAcceptAll && (
            <button
              type="button"
              className="button primary"
              onClick={() =>
                onDecide({ kind: 'accept', annotators: sides.map((side) => side.annotator) })
              }
              title="Accept what every annotator gave (a)"
            >
              {kind === 'link' && conflict ? 'Accept all links' : 'Accept'} <kbd>a</kbd>
            </button>
          )}
          <button
            type="button"
            className="button danger-text"
            onClick={() => onDecide({ kind: 'reject' })}
            title={`Reject: no ${REGION_NAMES[kind].toLowerCase()} in the reconciled layer (x)`}
          >
            Reject <kbd>x</kbd>
          </button>
          <button
            type="button"
            className="button"
            onClick={() => onEditing(!editing)}
            aria-expanded={editing}
            title="Set it by hand (e)"
          >
            Set by hand… <kbd>e</kbd>
          </button>
        </div>
      )}
      {current && editing && (
        <SetByHand
          session={session}
          comparison={comparison}
          onDecide={onDecide}
          onCancel={() => onEditing(false)}
        />
      )}
      <EnrichmentDecision session={session} comparison={comparison} nameOf={nameOf} />
    </section>
  );
}

function SideContent({
  session,
  kind,
  side,
}: {
  session: ReviewSession;
  kind: EnrichmentConflictKind;
  side: EnrichmentSide;
}) {
  if (kind === 'entity')
    return (
      <p className="enrichment-value">
        {side.entity ? (
          <EntityName session={session} id={side.entity} />
        ) : (
          <span className="muted">No entity</span>
        )}
      </p>
    );
  if (kind === 'value')
    return (
      <p className="enrichment-value">
        {side.value ? (
          <DateValueText value={side.value} />
        ) : (
          <span className="muted">No value</span>
        )}
      </p>
    );
  if (side.links.length === 0 && side.waiting.length === 0)
    return (
      <p className="enrichment-value">
        <span className="muted">No links</span>
      </p>
    );
  return (
    <ul className="enrichment-links">
      {side.links.map((link) => (
        <li key={linkKey(link)}>
          <span className="link-type">{relationTypeName(link.type)}</span>{' '}
          <Quote annotation={session.reconciledAnnotation(link.to)} />
        </li>
      ))}
      {side.waiting.map((relation) => (
        <li
          key={relation.id}
          className="waiting"
          title="Its endpoint’s span is not decided yet: the link is compared once it is"
        >
          <span className="link-type">{relationTypeName(relation.type)}</span>{' '}
          <Quote annotation={session.sourceAnnotation(relation.to)} />{' '}
          <span className="muted">(waits for its span)</span>
        </li>
      ))}
    </ul>
  );
}

/** One side's links, entity or value on one line. */
export function SideSummary({
  session,
  kind,
  side,
}: {
  session: ReviewSession;
  kind: EnrichmentConflictKind;
  side: EnrichmentSide;
}) {
  if (kind === 'entity')
    return side.entity ? (
      <EntityName session={session} id={side.entity} />
    ) : (
      <span className="muted">no entity</span>
    );
  if (kind === 'value')
    return side.value ? (
      <DateValueText value={side.value} />
    ) : (
      <span className="muted">no value</span>
    );
  const parts = [
    ...side.links.map(
      (link) =>
        `${relationTypeName(link.type)} “${(session.reconciledAnnotation(link.to) ?? session.sourceAnnotation(link.source.to))?.quote ?? '?'}”`,
    ),
    ...side.waiting.map(
      (relation) =>
        `${relationTypeName(relation.type)} “${session.sourceAnnotation(relation.to)?.quote ?? '?'}” (waits for its span)`,
    ),
  ];
  return parts.length > 0 ? (
    <span>{parts.join(' · ')}</span>
  ) : (
    <span className="muted">no links</span>
  );
}

function Quote({ annotation }: { annotation: Annotation | undefined }) {
  return annotation ? (
    <q className="link-quote">{annotation.quote}</q>
  ) : (
    <span className="muted">(gone)</span>
  );
}

function EntityName({ session, id }: { session: ReviewSession; id: EntityId }) {
  const entity = session.entity(id);
  if (!entity) return <span title="Not in the library’s entity list">{id}</span>;
  return (
    <span>
      {entity.name}
      {entity.wikidata && <span className="muted"> · {entity.wikidata}</span>}
    </span>
  );
}

function DateValueText({ value }: { value: DateValue }) {
  return (
    <span>
      <code>{value}</code> <span className="muted">{describeDateValue(value)}</span>
    </span>
  );
}

/** What the reconciled layer holds for this aspect now, and how it was decided. */
function EnrichmentDecision({
  session,
  comparison,
  nameOf,
}: {
  session: ReviewSession;
  comparison: EnrichmentComparison;
  nameOf(id: AnnotatorId): string;
}) {
  const { kind, reconciled, entry } = comparison;
  const by = (decidedBy: AnnotatorId | null, decidedAt: string) =>
    `${decidedBy ? `by ${nameOf(decidedBy)}` : 'by merge'}, ${formatDateTime(decidedAt)}`;
  if (kind === 'link') {
    const relations = session.reconciledRelationsFrom(reconciled.id);
    if (relations.length === 0)
      return entry?.status === 'resolved' ? (
        <div className="decision" data-decision="rejected">
          <p>Decided: no links.</p>
        </div>
      ) : null;
    return (
      <div className="decision">
        <h3>Reconciled links</h3>
        <ul className="enrichment-links">
          {relations.map((relation: Relation) => (
            <li key={relation.id} data-decision={relation.provenance?.decision}>
              <span className="link-type">{relationTypeName(relation.type)}</span>{' '}
              <Quote annotation={session.reconciledAnnotation(relation.to)} />{' '}
              {relation.provenance && (
                <span className="list-meta">
                  · {relation.provenance.decision}{' '}
                  {by(relation.provenance.decidedBy, relation.provenance.decidedAt)}
                  {relation.provenance.sources.length > 0 &&
                    ` · from ${relation.provenance.sources.map((source) => nameOf(source.annotator)).join(', ')}`}
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const provenance =
    kind === 'entity' ? reconciled.provenance?.entity : reconciled.provenance?.value;
  const has = kind === 'entity' ? reconciled.entity : reconciled.value;
  if (!has)
    return entry?.status === 'resolved' ? (
      <div className="decision" data-decision="rejected">
        <p>Decided: no {kind}.</p>
      </div>
    ) : null;
  return (
    <div className="decision" data-decision={provenance?.decision}>
      <h3>Reconciled {kind}</h3>
      <p>
        {kind === 'entity' ? (
          <EntityName session={session} id={reconciled.entity!} />
        ) : (
          <DateValueText value={reconciled.value!} />
        )}
        {provenance && (
          <span className="list-meta">
            {' '}
            · {provenance.decision} {by(provenance.decidedBy, provenance.decidedAt)}
            {provenance.annotators.length > 0 &&
              ` · from ${provenance.annotators.map(nameOf).join(', ')}`}
          </span>
        )}
      </p>
    </div>
  );
}

/** The hand-set form: links ticked from every side's and any reconciled span; an entity; a value. */
function SetByHand({
  session,
  comparison,
  onDecide,
  onCancel,
}: {
  session: ReviewSession;
  comparison: EnrichmentComparison;
  onDecide(choice: EnrichmentChoice): void;
  onCancel(): void;
}) {
  const { kind, reconciled } = comparison;
  const [links, setLinks] = useState<ReconciledLink[]>(() =>
    session.reconciledRelationsFrom(reconciled.id).map(({ type, to }) => ({ type, to })),
  );
  const [entity, setEntity] = useState<string>(
    reconciled.entity ?? comparison.sides.find((side) => side.entity)?.entity ?? '',
  );
  const [value, setValue] = useState<string>(
    reconciled.value ?? comparison.sides.find((side) => side.value)?.value ?? '',
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [value]);

  const offered = new Map<string, ReconciledLink>();
  for (const side of comparison.sides)
    for (const link of side.links) offered.set(linkKey(link), { type: link.type, to: link.to });
  for (const link of links) offered.set(linkKey(link), link);
  const chosen = new Set(links.map(linkKey));
  const toggle = (link: ReconciledLink) =>
    setLinks(
      chosen.has(linkKey(link))
        ? links.filter((other) => linkKey(other) !== linkKey(link))
        : [...links, link],
    );
  const types = BUILT_IN_RELATION_TYPES.filter((type) => type.from === reconciled.label);

  const submit = () => {
    if (kind === 'link') return onDecide({ kind: 'set', links });
    if (kind === 'entity')
      return onDecide({ kind: 'set', entity: entity === '' ? null : (entity as EntityId) });
    if (value.trim() === '') return onDecide({ kind: 'set', value: null });
    const parsed = parseDateValue(value);
    if (!parsed.ok) return setError(parsed.message);
    onDecide({ kind: 'set', value: parsed.value });
  };

  return (
    <form
      className="edit-form"
      aria-label={`Set the ${REGION_NAMES[kind].toLowerCase()} by hand`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {kind === 'link' && (
        <>
          <fieldset className="link-choices">
            <legend>Links</legend>
            {[...offered.values()].map((link) => (
              <label key={linkKey(link)} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(linkKey(link))}
                  onChange={() => toggle(link)}
                />
                <span>
                  <span className="link-type">{relationTypeName(link.type)}</span>{' '}
                  <Quote annotation={session.reconciledAnnotation(link.to)} />
                </span>
              </label>
            ))}
          </fieldset>
          {types.map((type) => (
            <AddLink
              key={type.id}
              session={session}
              type={type.id}
              label={type.to}
              name={type.name}
              onAdd={(to) =>
                !chosen.has(linkKey({ type: type.id, to })) &&
                setLinks([...links, { type: type.id, to }])
              }
            />
          ))}
        </>
      )}
      {kind === 'entity' && (
        <label className="field">
          <span>Entity</span>
          <select value={entity} onChange={(event) => setEntity(event.target.value)}>
            <option value="">No entity</option>
            {session.entityList().map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
                {option.wikidata ? ` (${option.wikidata})` : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'value' && (
        <label className="field">
          <span>Value</span>
          {/* The form opens from the `e` key: typing goes straight into the value. */}
          <input
            value={value}
            onChange={(event) => setValue(event.target.value)}
            placeholder="YYYY-MM-DD, YYYY-MM, YYYY-Www or an interval"
            aria-invalid={error !== null}
            autoFocus
          />
        </label>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="review-actions">
        <button type="submit" className="button primary small">
          Apply
        </button>
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A reconciled span of the right label to link to, by a select named after the relation type. */
function AddLink({
  session,
  type,
  label,
  name,
  onAdd,
}: {
  session: ReviewSession;
  type: string;
  label: string;
  name: string;
  onAdd(to: AnnotationId): void;
}) {
  const candidates = session.reconciled.filter((annotation) => annotation.label === label);
  if (candidates.length === 0) return null;
  return (
    <label className="field" data-type={type}>
      <span>Add {name.toLowerCase()}</span>
      <select
        value=""
        onChange={(event) => {
          if (event.target.value) onAdd(event.target.value as AnnotationId);
        }}
      >
        <option value="">Choose a reconciled {label}…</option>
        {candidates.map((annotation) => (
          <option key={annotation.id} value={annotation.id}>
            {annotation.quote}
          </option>
        ))}
      </select>
    </label>
  );
}
