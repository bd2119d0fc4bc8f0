// Consistency checks across the library (issue 10): one layer's findings (the analyst's own by
// default) with a count per kind, each opening its document at the place, offering its fix, or
// set aside with Dismiss (remembered, undoable, restorable under "Show dismissed").

import { useMemo, useState, type RefObject } from 'react';
import {
  countByKind,
  FINDING_KIND_TITLES,
  FINDING_KINDS,
  layersOf,
  type Finding,
  type FindingKind,
} from '../../app/checks/index.ts';
import { createDismissal } from '../../app/model/dismissal.ts';
import type { AnnotatorId } from '../../app/model/ids.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import { useAppServices } from '../shell/app-services.ts';
import type { DocumentTarget, ScreenCommand } from '../shell/views.ts';
import { FindingItem, fixButtonText } from './FindingItem.tsx';
import { labelNameIn } from '../../app/model/label-set.ts';
import { useLabels } from '../labels/use-labels.ts';
import { fixChanges } from './fix-changes.ts';
import { placeOf } from './finding-place.ts';
import { useCheckFindings } from './use-check-findings.ts';
import { useLibraryHistory } from '../shell/use-library-history.ts';
import './checks.css';

export interface ChecksScreenProps {
  /** Opens a document, optionally at a place in it. */
  onOpen(target: DocumentTarget): void;
  /** Where this screen registers its handler of undo and redo while it shows. */
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
}

/** Rows listed per kind before "Show all": a first check of a big library finds thousands. */
const ROWS_SHOWN = 100;

type KindFilter = FindingKind | 'all';

export function ChecksScreen({ onOpen, commandsRef }: ChecksScreenProps) {
  const { db, annotator } = useAppServices();
  const labels = useLabels();
  const labelNameOf = (id: string) => labelNameIn(labels, id);
  const [layer, setLayer] = useState<AnnotatorId>(annotator.id);
  const [kind, setKind] = useState<KindFilter>('all');
  const [showDismissed, setShowDismissed] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<FindingKind>>(new Set());
  const { model, findings, omitted, dismissals, checking } = useCheckFindings(
    db,
    annotator.id,
    layer,
  );
  const history = useLibraryHistory(db, commandsRef);
  const own = layer === annotator.id;

  const names = useMemo(() => {
    const annotators = new Map(model?.annotators.map((entry) => [entry.id, entry.name]));
    const entities = new Map<string, string>(
      model?.entities?.map((entity) => [entity.id, entity.name]),
    );
    const titles = new Map<string, string>(
      model?.documents.map((document) => [document.id, document.title]),
    );
    return {
      annotator: (id: AnnotatorId) =>
        id === RECONCILED_ANNOTATOR ? 'Reconciled' : (annotators.get(id) ?? id),
      entity: (id: string) => entities.get(id) ?? id,
      title: (id: string) => titles.get(id) ?? 'Untitled',
    };
  }, [model]);
  const layers = useMemo(() => {
    const present = model ? layersOf(model) : [];
    return [annotator.id, ...present.filter((id) => id !== annotator.id)];
  }, [model, annotator.id]);

  const active = useMemo(
    () => (findings ?? []).filter((finding) => !dismissals.has(finding.key)),
    [findings, dismissals],
  );
  const dismissedCount = (findings?.length ?? 0) - active.length;
  const shown = showDismissed ? (findings ?? []) : active;
  // What is counted but not listed (past the bound on missed occurrences) counts too.
  const counts = useMemo(() => {
    const listed = countByKind(active);
    if (omitted) for (const candidate of FINDING_KINDS) listed[candidate] += omitted[candidate];
    return listed;
  }, [active, omitted]);
  const total = FINDING_KINDS.reduce((sum, candidate) => sum + counts[candidate], 0);
  const sections = FINDING_KINDS.filter(
    (candidate) =>
      (kind === 'all' || kind === candidate) && shown.some((finding) => finding.kind === candidate),
  );

  const open = (finding: Finding) => {
    const place = finding.locations[0]!;
    onOpen({
      id: place.documentId,
      focus: {
        start: place.start,
        end: place.end,
        ...(place.annotationId ? { annotationId: place.annotationId } : {}),
      },
    });
  };
  const fix = (finding: Finding) => {
    if (!model) return;
    const changes = fixChanges(finding, model, annotator.id);
    history.commit(
      `${fixButtonText(finding.fix, names.entity, labelNameOf) ?? 'Fix'} “${shorten(finding.locations[0]!.quote)}”`,
      changes,
    );
  };
  const dismiss = (finding: Finding) =>
    history.commit(`Dismiss “${shorten(finding.locations[0]!.quote)}”`, [
      {
        kind: 'dismissal',
        before: null,
        after: createDismissal('check', annotator.id, finding.documentId, finding.key),
      },
    ]);
  const restore = (finding: Finding) => {
    const before = dismissals.get(finding.key);
    if (before)
      history.commit(`Restore “${shorten(finding.locations[0]!.quote)}”`, [
        { kind: 'dismissal', before, after: null },
      ]);
  };

  return (
    <div className="library checks">
      <div className="library-head checks-head">
        <h1>Checks</h1>
        <label className="checks-layer">
          <span className="muted">Layer</span>
          <select
            aria-label="Layer"
            value={layer}
            onChange={(event) => setLayer(event.target.value as AnnotatorId)}
          >
            {layers.map((id) => (
              <option key={id} value={id}>
                {id === annotator.id ? 'Your layer' : `${names.annotator(id)}’s layer`}
              </option>
            ))}
          </select>
        </label>
        {checking && (
          <span className="computing" role="status">
            <span className="spinner" /> Checking…
          </span>
        )}
        <span className="checks-tools">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={showDismissed}
              onChange={(event) => setShowDismissed(event.target.checked)}
            />
            Show dismissed ({dismissedCount})
          </label>
          <button
            type="button"
            className="button small"
            disabled={history.nextUndo === undefined}
            onClick={() => history.undo()}
            title={history.nextUndo ? `Undo ${history.nextUndo}` : 'Nothing to undo'}
          >
            Undo
          </button>
        </span>
      </div>

      <div className="checks-summary" role="tablist" aria-label="Finding kinds">
        <button
          type="button"
          role="tab"
          aria-selected={kind === 'all'}
          className={`checks-kind${kind === 'all' ? ' active' : ''}`}
          onClick={() => setKind('all')}
        >
          All <span className="checks-count">{total}</span>
        </button>
        {FINDING_KINDS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            aria-selected={kind === candidate}
            className={`checks-kind${kind === candidate ? ' active' : ''}${counts[candidate] === 0 ? ' empty' : ''}`}
            onClick={() => setKind(candidate)}
            data-kind={candidate}
          >
            {FINDING_KIND_TITLES[candidate]}{' '}
            <span className="checks-count">{counts[candidate]}</span>
          </button>
        ))}
      </div>

      {findings === null ? (
        <p className="screen-loading">Checking the library…</p>
      ) : sections.length === 0 ? (
        <div className="checks-empty">
          <p className="checks-empty-title">
            {total === 0 ? 'Nothing to report' : 'Nothing of this kind'}
          </p>
          <p className="muted">
            {own ? 'Your layer' : `${names.annotator(layer)}’s layer`} is consistent
            {kind === 'all' ? '' : ` as far as ${FINDING_KIND_TITLES[kind].toLowerCase()} go`}
            {dismissedCount > 0 ? `, apart from ${dismissedCount} dismissed` : ''}.
          </p>
        </div>
      ) : (
        sections.map((section) => {
          const rows = shown.filter((finding) => finding.kind === section);
          const visible = expanded.has(section) ? rows : rows.slice(0, ROWS_SHOWN);
          return (
            <section
              key={section}
              className="checks-section"
              aria-label={FINDING_KIND_TITLES[section]}
            >
              <h2 className="list-header">
                {FINDING_KIND_TITLES[section]}
                <span className="count">{counts[section]}</span>
              </h2>
              <ul className="checks-list">
                {visible.map((finding) => (
                  <FindingItem
                    key={finding.key}
                    finding={finding}
                    place={placeOf(model!, finding, names.title)}
                    fixText={own ? fixButtonText(finding.fix, names.entity, labelNameOf) : null}
                    dismissed={dismissals.has(finding.key)}
                    onOpen={() => open(finding)}
                    onFix={() => fix(finding)}
                    onDismiss={() => dismiss(finding)}
                    onRestore={() => restore(finding)}
                  />
                ))}
              </ul>
              {visible.length < rows.length && (
                <button
                  type="button"
                  className="button small checks-show-all"
                  onClick={() => setExpanded(new Set([...expanded, section]))}
                >
                  Show all {rows.length}
                </button>
              )}
              {(omitted?.[section] ?? 0) > 0 && (
                <p className="checks-omitted muted">
                  And {omitted![section].toLocaleString()} more, counted but not listed: they come
                  up as those above are tagged.
                </p>
              )}
            </section>
          );
        })
      )}
    </div>
  );
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
