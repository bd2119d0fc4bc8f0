import {
  useCallback,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import type {
  AnnotationId,
  AnnotatorId,
  DocumentId,
  LabelId,
  SpanGroupId,
} from '../../app/model/ids.ts';
import type { SpanGroup } from '../../app/reconcile/compare-layers.ts';
import { isTypingTarget } from '../document-screen/shortcuts.ts';
import type { ScreenCommand } from '../shell/views.ts';
import { useAppServices } from '../shell/app-services.ts';
import { useScreenCommands } from '../shell/use-screen-commands.ts';
import type { EnrichmentChoice, EnrichmentComparison } from '../../app/reconcile/enrichment.ts';
import { isEnrichmentConflictKind, type ReviewConflictKind } from '../../app/model/review.ts';
import { ENRICHMENT_KIND_NAMES } from './EnrichmentPanel.tsx';
import { GroupPanel, KIND_NAMES } from './GroupPanel.tsx';
import { ReviewPane, type ReviewView } from './ReviewPane.tsx';
import { COUNTED_KINDS, type ReviewItem, type ReviewSession } from './review-session.ts';
import { reviewShortcutOf } from './review-shortcuts.ts';
import { useReviewSession } from './use-review-session.ts';
import './review.css';

export interface ReviewScreenProps {
  documentId: DocumentId;
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
  onBack(): void;
}

/** Compares annotators' layers on one document and records the reviewer's decisions. */
export function ReviewScreen({ documentId, commandsRef, onBack }: ReviewScreenProps) {
  const { db } = useAppServices();
  const state = useReviewSession(db, documentId);
  if (state.status === 'loading') return <div className="screen-loading">Opening the review…</div>;
  if (state.status === 'missing')
    return (
      <div className="screen-loading">
        This document is no longer in the library.{' '}
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
      </div>
    );
  return (
    <OpenReview
      session={state.session}
      title={state.row.title}
      names={state.names}
      commandsRef={commandsRef}
      onBack={onBack}
    />
  );
}

interface OpenReviewProps {
  session: ReviewSession;
  title: string;
  names: ReadonlyMap<AnnotatorId, string>;
  commandsRef: ReviewScreenProps['commandsRef'];
  onBack(): void;
}

function OpenReview({ session, title, names, commandsRef, onBack }: OpenReviewProps) {
  const { annotator, notify } = useAppServices();
  useSyncExternalStore(session.subscribe, session.getVersion);
  const viewRef = useRef<ReviewView | null>(null);
  const [currentId, setCurrentId] = useState<SpanGroupId | null>(null);
  /** The enrichment comparison the keys act on; null when they act on the span group. */
  const [comparisonId, setComparisonId] = useState<SpanGroupId | null>(null);
  const [editing, setEditing] = useState(false);
  const current = session.group(currentId);
  const currentComparison =
    comparisonId === null
      ? undefined
      : session
          .comparisonsOf(current ?? NO_GROUP)
          .find((comparison) => comparison.id === comparisonId);
  const counts = session.counts();

  const choose = useCallback(
    (group: SpanGroup | null, reveal = true, comparison: SpanGroupId | null = null) => {
      setCurrentId(group?.id ?? null);
      setComparisonId(comparison);
      setEditing(false);
      viewRef.current?.painter.setCurrent(group?.id ?? null);
      if (group && reveal) viewRef.current?.reveal(group);
    },
    [],
  );
  const onView = useCallback((view: ReviewView | null) => {
    viewRef.current = view;
  }, []);
  // The painter is made after the first render: tell it which group is current.
  useEffect(() => {
    viewRef.current?.painter.setCurrent(current?.id ?? null);
  });

  const step = useCallback(
    (direction: 1 | -1) => {
      const from: ReviewItem | null = current
        ? { group: current, comparison: currentComparison?.id ?? null }
        : null;
      const next = session.nextOpen(from, direction);
      if (next) choose(next.group, true, next.comparison);
      else
        notify({
          kind: 'info',
          title: 'Nothing left to review',
          details: ['Every span group and every link, entity and value has a decision.'],
        });
    },
    [session, current, currentComparison, choose, notify],
  );
  const decideEnrichment = useCallback(
    (comparison: EnrichmentComparison, choice: EnrichmentChoice) => {
      try {
        session.decideEnrichment(comparison, choice, annotator.id);
        setComparisonId(comparison.id);
        setEditing(false);
      } catch (error) {
        notify({
          kind: 'error',
          title: 'That decision is not possible',
          details: [error instanceof Error ? error.message : String(error)],
        });
      }
    },
    [session, annotator.id, notify],
  );

  const accept = useCallback(
    (memberIds: readonly AnnotationId[]) => {
      if (current) session.accept(current, memberIds, annotator.id);
    },
    [session, current, annotator.id],
  );
  const reject = useCallback(() => {
    if (current) session.reject(current);
  }, [session, current]);
  const edit = useCallback(
    (label: LabelId, useSelection: boolean) => {
      if (!current) return;
      const range = useSelection ? viewRef.current?.selectionRange() : null;
      if (useSelection && !range)
        return notify({
          kind: 'info',
          title: 'Select the text to use as boundaries',
          details: ['Or untick “Use the current text selection”.'],
        });
      const bounds = range ?? current.members[0]!;
      session.edit(current, { start: bounds.start, end: bounds.end, label }, annotator.id);
      setEditing(false);
      window.getSelection()?.removeAllRanges();
    },
    [session, current, annotator.id, notify],
  );
  const acceptAgreed = useCallback(() => {
    const accepted = session.acceptAllAgreed(annotator.id);
    const carried = session.carriedByLastDecision;
    const conflicts = (['link', 'entity', 'value'] as const).reduce(
      (sum, kind) => sum + (session.counts().openByKind[kind] ?? 0),
      0,
    );
    const details = [
      ...(carried > 0
        ? [
            `Carried ${carried} ${carried === 1 ? 'link set, entity or value' : 'link sets, entities and values'} every annotator agrees on.`,
          ]
        : []),
      ...(conflicts > 0
        ? [
            `${conflicts} link, entity or value ${conflicts === 1 ? 'conflict' : 'conflicts'} to settle: press n.`,
          ]
        : []),
    ];
    notify({
      kind: accepted > 0 || carried > 0 ? 'success' : 'info',
      title:
        accepted > 0
          ? `Accepted ${accepted} agreed spans`
          : carried > 0
            ? 'Carried what every annotator agrees on'
            : 'No open agreed spans',
      details,
    });
  }, [session, annotator.id, notify]);

  const runCommand = useScreenCommands(commandsRef, session, step);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const shortcut = reviewShortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      switch (shortcut.kind) {
        case 'command':
          return runCommand(shortcut.command);
        case 'member': {
          if (currentComparison) {
            const side = currentComparison.sides[shortcut.index];
            if (side)
              decideEnrichment(currentComparison, { kind: 'accept', annotators: [side.annotator] });
            return;
          }
          const member = current?.members[shortcut.index];
          if (member) accept([member.id]);
          return;
        }
        case 'accept-all':
          if (currentComparison) {
            if (currentComparison.kind === 'link' || currentComparison.agreed)
              decideEnrichment(currentComparison, {
                kind: 'accept',
                annotators: currentComparison.sides.map((side) => side.annotator),
              });
            else
              notify({
                kind: 'info',
                title: `The annotators gave different ${currentComparison.kind === 'entity' ? 'entities' : 'values'}`,
                details: ['Accept one with its number, or set it by hand (e).'],
              });
            return;
          }
          return current && accept(current.members.map((member) => member.id));
        case 'reject':
          return currentComparison
            ? decideEnrichment(currentComparison, { kind: 'reject' })
            : reject();
        case 'edit':
          return current && setEditing(true);
        case 'escape':
          return editing ? setEditing(false) : choose(null, false);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [
    runCommand,
    current,
    currentComparison,
    accept,
    reject,
    editing,
    choose,
    decideEnrichment,
    notify,
  ]);

  const toggleAnnotator = (id: AnnotatorId) => {
    const chosen = session.annotators.includes(id)
      ? session.annotators.filter((other) => other !== id)
      : [...session.annotators, id];
    session.chooseAnnotators(chosen);
    choose(null, false);
  };
  const tooFew = session.annotators.length < 2;

  return (
    <div className="document-screen review-screen">
      <div className="document-main">
        <div className="document-head review-head">
          <div className="review-title-row">
            <button type="button" className="button small" onClick={onBack}>
              ← Document
            </button>
            <h1 className="document-title">
              <span className="muted">Review · </span>
              {title}
            </h1>
          </div>
          <div className="review-toolbar">
            <fieldset className="annotator-picker">
              <legend>Compare</legend>
              {session.layerAnnotators.map((id) => (
                <label key={id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={session.annotators.includes(id)}
                    onChange={() => toggleAnnotator(id)}
                  />
                  <span>{names.get(id) ?? id}</span>
                </label>
              ))}
            </fieldset>
            <div className="review-progress" aria-live="polite">
              <span
                className="review-counts"
                data-open={counts.open}
                data-resolved={counts.resolved}
              >
                <strong>{counts.open} open</strong> · {counts.resolved} resolved
              </span>
              <span className="review-kinds">
                {COUNTED_KINDS.filter((kind) => counts.openByKind[kind]).map((kind) => (
                  <span
                    key={kind}
                    className={`kind-badge kind-${kind}`}
                    title={`${kindName(kind)}: open`}
                    data-kind={kind}
                  >
                    {kindName(kind)} {counts.openByKind[kind]}
                  </span>
                ))}
              </span>
            </div>
            <div className="review-buttons">
              <button
                type="button"
                className="button"
                onClick={() => step(-1)}
                disabled={counts.open === 0}
                title="Previous unresolved (p)"
              >
                ‹ Previous <kbd>p</kbd>
              </button>
              <button
                type="button"
                className="button"
                onClick={() => step(1)}
                disabled={counts.open === 0}
                title="Next unresolved (n)"
              >
                Next <kbd>n</kbd> ›
              </button>
              <button
                type="button"
                className="button primary"
                onClick={acceptAgreed}
                disabled={!counts.openByKind.agreed && !session.hasAgreedToCarry()}
              >
                Accept all agreed
              </button>
              <span className="toolbar-separator" />
              <button
                type="button"
                className="button"
                onClick={() => session.undo()}
                disabled={!session.canUndo}
                title={session.nextUndo ? `Undo ${session.nextUndo} (Ctrl+Z)` : 'Undo'}
              >
                Undo
              </button>
              <button
                type="button"
                className="button"
                onClick={() => session.redo()}
                disabled={!session.canRedo}
                title={session.nextRedo ? `Redo ${session.nextRedo} (Ctrl+Shift+Z)` : 'Redo'}
              >
                Redo
              </button>
            </div>
          </div>
          {tooFew && <p className="form-error">Choose at least two annotators to compare.</p>}
          {session.writeError && (
            <p className="form-error" role="alert">
              {session.writeError}
            </p>
          )}
        </div>
        <ReviewPane
          session={session}
          onView={onView}
          onClickGroups={(groups) => choose(groups[0] ?? null, false)}
        />
      </div>
      <aside className="side-panel review-panel">
        {current ? (
          <GroupPanel
            session={session}
            group={current}
            names={names}
            editing={editing}
            onEditing={setEditing}
            onAccept={accept}
            onReject={reject}
            onEdit={edit}
            currentComparison={currentComparison?.id ?? null}
            onSelectComparison={(comparison) => {
              setComparisonId(comparison?.id ?? null);
              setEditing(false);
            }}
            onDecideEnrichment={decideEnrichment}
          />
        ) : (
          <section className="details review-empty">
            <h2>
              {counts.open === 0 && counts.resolved > 0
                ? 'Review complete'
                : 'No span group selected'}
            </h2>
            <p className="muted">
              Press <kbd>n</kbd> for the next unresolved span, or click a span in the text.
            </p>
          </section>
        )}
        <ReviewLegend />
      </aside>
    </div>
  );
}

const NO_GROUP = { id: '' } as SpanGroup;

function kindName(kind: ReviewConflictKind): string {
  return isEnrichmentConflictKind(kind) ? ENRICHMENT_KIND_NAMES[kind] : KIND_NAMES[kind];
}

function ReviewLegend() {
  return (
    <section className="review-legend" aria-label="Keys and colours">
      <h3>Colours</h3>
      <ul>
        <li>
          <span className="swatch swatch-agreed" /> Agreed
        </li>
        <li>
          <span className="swatch swatch-label" /> Label conflict
        </li>
        <li>
          <span className="swatch swatch-boundary" /> Boundary conflict
        </li>
        <li>
          <span className="swatch swatch-single" /> Only one annotator
        </li>
        <li>
          <span className="swatch swatch-enrichment" /> Link, entity or value conflict
        </li>
        <li>
          <span className="swatch swatch-resolved" /> Resolved
        </li>
      </ul>
      <h3>Keys</h3>
      <p className="muted">
        <kbd>n</kbd>/<kbd>p</kbd> next/previous · <kbd>1</kbd>–<kbd>9</kbd> accept a member (or an
        annotator’s links, entity or value) · <kbd>a</kbd> accept all · <kbd>x</kbd> reject ·{' '}
        <kbd>e</kbd> edit · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
      </p>
    </section>
  );
}
