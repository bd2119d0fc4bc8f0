// Inter-annotator agreement of the library: the measures of app/agreement (the ones
// `marginalia agree` prints) for the annotators the analyst picks, as a table, a chart of the
// labels (and one of the relations, entities and date values when the library has them), and
// the reason behind every undefined value.

import { useMemo, useState } from 'react';
import { countOf } from '../../app/formats/dataset/describe-value.ts';
import type { AnnotatorId, DocumentId, LabelId } from '../../app/model/ids.ts';
import { BUILT_IN_RELATION_TYPES } from '../../app/model/relation.ts';
import { useAppServices } from '../shell/app-services.ts';
import { annotatorsWithLayers, hasComparableDocument, isDefaultRater } from './agreement-input.ts';
import { agreementView, type AgreementNames } from './agreement-rows.ts';
import { AgreementChart } from './AgreementChart.tsx';
import { AgreementNotes, AgreementTable } from './AgreementTable.tsx';
import { RaterPicker, type RaterOption } from './RaterPicker.tsx';
import { useAgreement, useAgreementLibrary } from './use-agreement.ts';

export function AgreementScreen({
  onOpenDocument,
  onImportAnnotations,
}: {
  onOpenDocument(id: DocumentId): void;
  onImportAnnotations(): void;
}) {
  const { db, annotator } = useAppServices();
  const libraryView = useAgreementLibrary(db);
  const library = libraryView?.summary;
  // Ticks the analyst changed; everyone else keeps the default (all but the reconciled layer),
  // so an annotator who arrives with an import is compared at once.
  const [ticks, setTicks] = useState<ReadonlyMap<AnnotatorId, boolean>>(new Map());

  const present = useMemo(
    () => (library ? annotatorsWithLayers(library.layers) : new Map<AnnotatorId, number>()),
    [library],
  );
  const chosen = useMemo(
    () => new Set([...present.keys()].filter((id) => ticks.get(id) ?? isDefaultRater(id))),
    [present, ticks],
  );
  const names = useMemo<AgreementNames | null>(
    () =>
      library
        ? {
            titles: new Map(
              library.model.documents.map((document) => [document.id, document.title]),
            ),
            labels: new Map(
              library.model.labels.map((label) => [
                label.id as LabelId,
                { name: label.name, color: label.color },
              ]),
            ),
            annotators: new Map(library.model.annotators.map((entry) => [entry.id, entry.name])),
            relationTypes: new Map(
              (library.model.relationTypes ?? BUILT_IN_RELATION_TYPES).map((type) => [
                type.id,
                type.name,
              ]),
            ),
          }
        : null,
    [library],
  );
  const comparable = library !== undefined && hasComparableDocument(library.layers, chosen);
  const { outcome, computing } = useAgreement(db, comparable ? libraryView : undefined, chosen);
  const view = useMemo(
    () => (outcome?.ok && names ? agreementView(outcome.value.scored, names) : null),
    [outcome, names],
  );

  if (!library || !names) return <div className="screen-loading">Reading the library…</div>;

  const defaults = new Set([...present.keys()].filter(isDefaultRater));
  if (!hasComparableDocument(library.layers, defaults))
    return (
      <section className="empty-library agreement-empty">
        <h1>No document has two annotators yet</h1>
        <p>
          Agreement compares how two or more people tagged the same document. Ask a colleague to
          export their annotations (Export dataset), then bring them in here with{' '}
          <strong>Import annotations</strong>: their layer joins yours on every document you share.
        </p>
        <button type="button" className="button primary" onClick={onImportAnnotations}>
          Import annotations
        </button>
        <p className="muted">
          Both of you need the same documents: a dataset export carries its documents with it.
        </p>
      </section>
    );

  const options: RaterOption[] = [...present].map(([id, documents]) => ({
    id,
    name: id === annotator.id ? annotator.name : (names.annotators.get(id) ?? id),
    documents,
  }));
  const result = outcome?.ok ? outcome.value : null;
  const compared = result?.scored.documents.size ?? 0;
  const raters = new Set(
    [...(result?.scored.documents.values() ?? [])].flatMap((document) => document.raters),
  ).size;
  const enrichment = result?.scored.enrichment;
  const enriched =
    enrichment !== undefined &&
    enrichment.relations + enrichment.entityLinks + enrichment.dateValues > 0;

  return (
    <section className="library agreement">
      <div className="library-head">
        <h1>Agreement</h1>
        {comparable && result && (
          <span className="muted" data-testid="agreement-summary">
            {countOf(raters, 'annotator')} · {countOf(compared, 'document')} compared
            {result.skipped > 0 && ` · ${result.skipped} with fewer than two of them left out`}
          </span>
        )}
        {computing && (
          <span className="computing" role="status">
            <span className="spinner" aria-hidden />
            Computing…
          </span>
        )}
      </div>
      <RaterPicker
        options={options}
        chosen={chosen}
        ownId={annotator.id}
        onToggle={(id, checked) => setTicks((current) => new Map(current).set(id, checked))}
      />
      {!comparable ? (
        <p className="agreement-notice" role="note">
          No document has two of the chosen annotators. Tick at least two who tagged the same
          document.
        </p>
      ) : outcome && !outcome.ok ? (
        <p className="form-error" role="alert">
          Agreement could not be computed: {outcome.message}
        </p>
      ) : view === null ? (
        <div className="agreement-computing">Computing agreement…</div>
      ) : (
        <div className={`agreement-body ${computing ? 'stale' : ''}`} aria-busy={computing}>
          <div className="agreement-main">
            <AgreementTable rows={view.rows} onOpenDocument={onOpenDocument} />
            <AgreementNotes notes={view.notes} />
          </div>
          <aside className="agreement-side">
            <div className="chart-card">
              <h2>Overall and by label</h2>
              <AgreementChart rows={view.rows} />
            </div>
            {enriched && (
              <div className="chart-card">
                <h2>Relations, entities and date values</h2>
                <AgreementChart rows={view.rows} kind="enrichment" />
              </div>
            )}
            <MeasureLegend />
          </aside>
        </div>
      )}
    </section>
  );
}

function MeasureLegend() {
  return (
    <p className="agreement-legend">
      <strong>Cohen’s κ</strong> compares two annotators token by token and corrects for the
      agreement chance alone would give; <strong>Fleiss’ κ</strong> does the same for all annotators
      at once.{' '}
      <strong>
        Krippendorff’s α<sub>U</sub>
      </strong>{' '}
      compares where spans begin and end, character by character. <strong>F1 exact</strong> counts
      the spans two annotators tagged with the same label and the same boundaries;{' '}
      <strong>F1 overlap</strong>, those with the same label sharing at least one character. 1 is
      complete agreement; 0 is chance level for the kappas and α<sub>U</sub> (below 0 is worse than
      chance), and no shared span for F1. <strong>Relation F1</strong> does the same for the links
      between spans (claimant, date, target), matching both ends exactly or by overlap;{' '}
      <strong>Entities</strong> and <strong>Date values</strong> are the share of actors and dates
      both tagged at exactly the same place, each with an entity or a value, on which they chose the
      same one. Overall, the kappas, F1 and these pool every document; α<sub>U</sub> is the mean of
      the documents’. Definitions and conventions: see docs/agreement.md.
    </p>
  );
}
