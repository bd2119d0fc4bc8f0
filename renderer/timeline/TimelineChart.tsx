// The time axis with its claims: the scene of app/timeline/timeline-scene.ts drawn as SVG, with
// the same presentation attributes as the exported picture (app/timeline/timeline-svg.ts), plus
// what only a screen has: each entry a button (click or Enter opens the claim; its full text on
// hover and in its accessible name), dragging to pan, and the wheel to zoom (with Ctrl/⌘
// anywhere, or over the axis).

import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { TimeIndex } from '../../app/timeline/time-index.ts';
import type { DatedClaim, TimelineDocument } from '../../app/timeline/timeline-claims.ts';
import { entryDetail, type TimelineScene } from '../../app/timeline/timeline-scene.ts';
import { TIMELINE_GEOMETRY as G, TIMELINE_STYLE as S } from '../../app/timeline/timeline-style.ts';

export interface TimelineChartProps {
  scene: TimelineScene;
  index: TimeIndex;
  documents: readonly TimelineDocument[];
  /** Zoom by `factor` around `x` px from the left edge. */
  onZoom(factor: number, x: number): void;
  /** Pan by `dx` px (positive: later times come into view from the left… the picture moves right). */
  onPan(dx: number): void;
  onOpen(claim: DatedClaim): void;
}

/** A drag shorter than this is a click. */
const CLICK_SLOP = 4;

export function TimelineChart({
  scene,
  index,
  documents,
  onZoom,
  onPan,
  onOpen,
}: TimelineChartProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; moved: number; pointer: number } | null>(null);
  const lastDrag = useRef(0);
  const zoom = useRef(onZoom);
  const pan = useRef(onPan);
  useEffect(() => {
    zoom.current = onZoom;
    pan.current = onPan;
  });

  // React's wheel listeners are passive; zooming must stop the page from scrolling.
  useEffect(() => {
    const svg = svgRef.current!;
    const onWheel = (event: WheelEvent) => {
      const box = svg.getBoundingClientRect();
      const x = event.clientX - box.left;
      const overAxis = event.clientY - box.top < G.axisHeight;
      if (event.ctrlKey || event.metaKey || overAxis) {
        event.preventDefault();
        zoom.current(Math.exp(-event.deltaY * 0.002), x);
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
        event.preventDefault();
        pan.current(-(event.deltaX || event.deltaY));
      }
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, []);

  // Read by npm run bench (bench/page/timeline-probe.ts): the first frame showing this scene.
  useEffect(() => {
    const frame = requestAnimationFrame(() =>
      performance.mark('marginalia:timeline-painted', {
        detail: { entries: scene.entries.length, inView: scene.inView },
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [scene]);

  const onPointerDown = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, moved: 0, pointer: event.pointerId };
  };
  const onPointerMove = (event: ReactPointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    if (!current || current.pointer !== event.pointerId) return;
    const dx = event.clientX - current.x;
    if (dx === 0) return;
    current.moved += Math.abs(dx);
    current.x = event.clientX;
    if (current.moved > CLICK_SLOP) {
      if (!svgRef.current!.hasPointerCapture(event.pointerId))
        svgRef.current!.setPointerCapture(event.pointerId);
      pan.current(dx);
    }
  };
  const onPointerUp = () => {
    lastDrag.current = drag.current?.moved ?? 0;
    drag.current = null;
  };

  return (
    <svg
      ref={svgRef}
      className="timeline-chart"
      width={scene.width}
      height={scene.height}
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      fontFamily={S.fontFamily}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      aria-label="Claims on the time axis"
      role="group"
    >
      <rect x={0} y={0} width={scene.width} height={scene.height} fill={S.background} />
      <rect
        className="timeline-axis-band"
        x={0}
        y={0}
        width={scene.width}
        height={G.axisHeight}
        fill={S.axisBand}
      />
      <g aria-hidden>
        {scene.ticks.map((tick) => (
          <g key={`${tick.x}|${tick.label}`} className="timeline-tick">
            <line
              x1={tick.x}
              x2={tick.x}
              y1={G.axisHeight - 6}
              y2={scene.height}
              stroke={tick.major ? S.gridMajor : S.grid}
              strokeWidth={1}
            />
            <text
              x={tick.x + 4}
              y={19}
              fontSize={11}
              fontWeight={tick.major ? 700 : 500}
              fill={tick.major ? S.ink : S.inkSoft}
            >
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {scene.entries.map((entry) => {
        const claim = index.claims[entry.claim]!;
        const document = documents[claim.document]!;
        const open = () => {
          if (lastDrag.current <= CLICK_SLOP) onOpen(claim);
        };
        return (
          <g
            key={`${claim.documentId}|${claim.annotator}|${claim.id}`}
            className="timeline-entry"
            role="button"
            tabIndex={0}
            data-claim-id={claim.id}
            aria-label={`${claim.text} — ${entryDetail(claim, document)}`}
            onClick={open}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onOpen(claim);
              }
            }}
          >
            <title>{`${claim.text}\n${entryDetail(claim, document)}\nDate: “${claim.dateText}” (${claim.dateValue})`}</title>
            <rect
              className="timeline-card"
              x={entry.cardX - 4}
              y={entry.y - 4}
              width={entry.cardWidth + 8}
              height={G.rowHeight - 6}
              rx={5}
              fill={S.cardFill}
              stroke={S.cardStroke}
              strokeWidth={1}
            />
            <rect
              className="timeline-bar"
              x={entry.barX}
              y={entry.y}
              width={entry.barWidth}
              height={G.barHeight}
              rx={3}
              fill={entry.interval ? S.intervalFill : S.claim}
              stroke={S.claimStroke}
              strokeWidth={entry.interval ? 0.75 : 0}
            />
            <text
              className="timeline-entry-title"
              x={entry.textX}
              y={entry.y + 21}
              fontSize={G.titleSize}
              fill={S.ink}
            >
              {entry.title}
            </text>
            <text x={entry.textX} y={entry.y + 35} fontSize={G.detailSize} fill={S.muted}>
              {entry.detail}
            </text>
          </g>
        );
      })}
      <g aria-hidden className="timeline-density">
        <line
          x1={0}
          x2={scene.width}
          y1={scene.densityY + G.densityHeight}
          y2={scene.densityY + G.densityHeight}
          stroke={S.gridMajor}
          strokeWidth={1}
        />
        {scene.density.map((bin) => {
          const height = Math.max(2, ((G.densityHeight - 6) * bin.count) / scene.densityMax);
          return (
            <rect
              key={bin.x}
              x={bin.x}
              y={scene.densityY + G.densityHeight - height}
              width={bin.width - 1}
              height={height}
              fill={S.density}
            />
          );
        })}
      </g>
    </svg>
  );
}
