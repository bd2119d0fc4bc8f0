// The claims of the library on a time axis (issue 10; docs/timeline.md): every claim with a dated
// `date` relation placed by the interval its value covers, filtered by claimant, target,
// document, publication date and layer; zoomed from decades to days and panned; each entry
// opens its claim. The claims without a date value lie beside it as a to-do. The picture as
// drawn exports as SVG or PNG, the filtered claims as CSV.

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { describeTickUnit } from '../../app/timeline/axis-ticks.ts';
import {
  buildTimeIndex,
  claimsOverlapping,
  type TimeIndex,
} from '../../app/timeline/time-index.ts';
import {
  dayOfX,
  fitView,
  panView,
  ZOOM_STEP,
  zoomView,
  type TimeView,
} from '../../app/timeline/time-scale.ts';
import type { DatedClaim, TimelineClaim } from '../../app/timeline/timeline-claims.ts';
import { encodeTimelineCsv } from '../../app/timeline/timeline-csv.ts';
import {
  filterClaims,
  filterOptionsOf,
  NO_FILTER,
  prepareEntityFilters,
  type TimelineFilter,
} from '../../app/timeline/timeline-filter.ts';
import { buildScene } from '../../app/timeline/timeline-scene.ts';
import { writeTimelineSvg } from '../../app/timeline/timeline-svg.ts';
import { useAppServices } from '../shell/app-services.ts';
import type { DocumentTarget, ScreenCommand } from '../shell/views.ts';
import { describeRange, describeTimeline } from './describe-timeline.ts';
import { TimelineChart } from './TimelineChart.tsx';
import {
  saveTimelineFile,
  svgSize,
  svgToPng,
  type TimelineExportFormat,
} from './timeline-export.ts';
import { TimelineFilters } from './TimelineFilters.tsx';
import { UndatedClaims } from './UndatedClaims.tsx';
import { useElementSize } from './use-element-size.ts';
import { useTimelineClaims } from './use-timeline-claims.ts';
import './timeline.css';

export interface TimelineScreenProps {
  /** Opens a document, optionally at a place in it. */
  onOpen(target: DocumentTarget): void;
  /**
   * Where a screen registers its handler of undo and redo; the timeline edits nothing, so it
   * leaves it empty (the shell clears it when the previous screen goes).
   */
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
}

export function TimelineScreen({ onOpen }: TimelineScreenProps) {
  const { db, platform, annotator, notify } = useAppServices();
  const claims = useTimelineClaims(db);
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const [view, setView] = useState<TimeView | null>(null);
  const [plotRef, size] = useElementSize<HTMLDivElement>();

  const options = useMemo(() => (claims ? filterOptionsOf(claims) : null), [claims]);
  const filtered = useMemo(() => (claims ? filterClaims(claims, filter) : null), [claims, filter]);
  // Indexes by the list they index: clearing a filter finds the whole library's index again
  // instead of rebuilding it (filterClaims hands back the same list when nothing is filtered).
  const indexes = useRef(new WeakMap<readonly DatedClaim[], TimeIndex>());
  const index = useMemo(() => {
    if (!filtered) return null;
    let built = indexes.current.get(filtered.dated);
    if (!built) indexes.current.set(filtered.dated, (built = buildTimeIndex(filtered.dated)));
    return built;
  }, [filtered]);

  // The claimant and target filters' lists of claims per entity, made while the analyst looks.
  useEffect(() => {
    if (!claims) return;
    const idle = requestIdleCallback(() => prepareEntityFilters(claims), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [claims]);

  // The first view fits every claim; a filter that leaves none of its claims in view fits again.
  useEffect(() => {
    if (!index?.extent || size.width === 0) return;
    const { from, to } = index.extent;
    setView((current) =>
      current !== null &&
      claimsOverlapping(index, dayOfX(current, 0), dayOfX(current, size.width)).length > 0
        ? current
        : fitView(from, to, size.width),
    );
  }, [index, size.width]);

  const scene = useMemo(
    () =>
      index && view && size.width > 0
        ? buildScene(index, claims!.documents, view, size.width, size.height)
        : null,
    [index, claims, view, size.width, size.height],
  );

  const zoom = useCallback(
    (factor: number, x?: number) => {
      setView((current) => current && zoomView(current, factor, x ?? size.width / 2));
    },
    [size.width],
  );
  const pan = useCallback(
    (dx: number) => setView((current) => current && panView(current, dx)),
    [],
  );
  const fit = useCallback(() => {
    if (index?.extent) setView(fitView(index.extent.from, index.extent.to, size.width));
  }, [index, size.width]);

  // + and − zoom, arrows pan, wherever the focus is but in a form control (a select uses arrows).
  const keys = useRef({ zoom, pan, fit, width: size.width });
  useEffect(() => {
    keys.current = { zoom, pan, fit, width: size.width };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        target?.closest('input, select, textarea, dialog') ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      const { zoom, pan, fit, width } = keys.current;
      const step = width / 8;
      const action: Record<string, () => void> = {
        '+': () => zoom(ZOOM_STEP),
        '=': () => zoom(ZOOM_STEP),
        '-': () => zoom(1 / ZOOM_STEP),
        '−': () => zoom(1 / ZOOM_STEP),
        ArrowLeft: () => pan(step),
        ArrowRight: () => pan(-step),
        '0': fit,
      };
      const run = action[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const openClaim = useCallback(
    (claim: TimelineClaim) =>
      onOpen({
        id: claim.documentId,
        focus: { start: claim.start, end: claim.end, annotationId: claim.id },
      }),
    [onOpen],
  );

  const exportAs = async (format: TimelineExportFormat) => {
    if (!claims || !filtered || !index || !scene || !view) return;
    try {
      const caption = describeTimeline(claims, filter, view, size.width, scene);
      let content: string | Uint8Array;
      if (format === 'csv') content = encodeTimelineCsv(claims, filtered.dated, filtered.undated);
      else {
        const svg = writeTimelineSvg(scene, index.claims, caption);
        content =
          format === 'svg' ? svg : await svgToPng(svg, svgSize(svg).width, svgSize(svg).height);
      }
      const result = await saveTimelineFile(platform, format, content);
      if (result.status === 'saved')
        notify({
          kind: 'success',
          title: `Timeline exported as ${format.toUpperCase()}`,
          details: [result.path],
        });
      else if (result.status === 'failed')
        notify({ kind: 'error', title: 'Export failed', details: [result.message] });
    } catch (error) {
      notify({
        kind: 'error',
        title: 'Export failed',
        details: [error instanceof Error ? error.message : String(error)],
      });
    }
  };

  if (!claims || !options || !filtered)
    return <div className="screen-loading">Reading the claims of the library…</div>;

  const total = claims.dated.length + claims.undated.length;
  if (total === 0)
    return (
      <section className="empty-library timeline-empty">
        <h1>No claims yet</h1>
        <p>
          The timeline places every claim linked to a date with a value. Open a document, tag a
          claim (<kbd>1</kbd>) and a date (<kbd>3</kbd>), give the date its value and link it to the
          claim with <kbd>d</kbd>.
        </p>
      </section>
    );

  return (
    <section className="timeline-screen" aria-label="Timeline">
      <header className="timeline-head">
        <h1>Timeline</h1>
        <span className="muted" data-testid="timeline-summary">
          {filtered.dated.length.toLocaleString('en')}{' '}
          {filtered.dated.length === 1 ? 'claim' : 'claims'} on the axis
          {filtered.dated.length !== claims.dated.length &&
            ` (of ${claims.dated.length.toLocaleString('en')})`}
        </span>
        <div className="timeline-tools">
          <div className="timeline-zoom" role="group" aria-label="Zoom">
            <button
              type="button"
              className="button small"
              onClick={() => zoom(1 / ZOOM_STEP)}
              aria-label="Zoom out"
              title="Zoom out (−)"
            >
              −
            </button>
            <span className="timeline-scale" aria-live="polite">
              {scene ? describeTickUnit(scene.unit) : ''}
            </span>
            <button
              type="button"
              className="button small"
              onClick={() => zoom(ZOOM_STEP)}
              aria-label="Zoom in"
              title="Zoom in (+)"
            >
              +
            </button>
            <button
              type="button"
              className="button small"
              onClick={fit}
              title="Show every claim (0)"
            >
              Fit
            </button>
          </div>
          <div className="timeline-export" role="group" aria-label="Export">
            <span className="muted">Export</span>
            <button
              type="button"
              className="button small"
              onClick={() => void exportAs('svg')}
              disabled={!scene}
              title="The picture as drawn, as SVG"
            >
              SVG
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => void exportAs('png')}
              disabled={!scene}
              title="The picture as drawn, as PNG"
            >
              PNG
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => void exportAs('csv')}
              title="The filtered claims as a table"
            >
              CSV
            </button>
          </div>
        </div>
      </header>
      <TimelineFilters
        filter={filter}
        options={options}
        annotator={annotator}
        onChange={setFilter}
      />
      <div className="timeline-body">
        <div className="timeline-plot-card">
          <div className="timeline-plot" ref={plotRef}>
            {scene && index ? (
              <TimelineChart
                scene={scene}
                index={index}
                documents={claims.documents}
                onZoom={zoom}
                onPan={pan}
                onOpen={openClaim}
              />
            ) : filtered.dated.length === 0 ? (
              <p className="timeline-nothing muted">
                No claim with a dated date matches these filters.
              </p>
            ) : null}
          </div>
          {scene && view && (
            <footer className="timeline-foot muted">
              <span data-testid="timeline-range">{describeRange(view, size.width)}</span>
              <span>
                {scene.inView.toLocaleString('en')} in view
                {scene.hidden > 0 &&
                  ` · ${scene.hidden.toLocaleString('en')} not drawn for lack of room: zoom in (the bars below count them)`}
              </span>
              <span className="timeline-keys">
                Drag or <kbd>←</kbd> <kbd>→</kbd> to pan · <kbd>+</kbd> <kbd>−</kbd> or Ctrl/⌘+wheel
                to zoom
              </span>
            </footer>
          )}
        </div>
        <UndatedClaims claims={filtered.undated} documents={claims.documents} onOpen={openClaim} />
      </div>
    </section>
  );
}
