// The timeline as a self-contained SVG file: the scene the screen shows (the filtered, zoomed
// view), drawn with presentation attributes only (no style sheet, no external font, no script),
// with a caption saying what it shows. The screen's SVG (renderer/timeline/TimelineChart.tsx)
// draws the same scene with the same attributes; the PNG export rasterises this text.

import type { DatedClaim } from './timeline-claims.ts';
import type { TimelineScene } from './timeline-scene.ts';
import { TIMELINE_GEOMETRY as G, TIMELINE_STYLE as S } from './timeline-style.ts';

/** Room for the caption above the picture. */
const CAPTION_HEIGHT = 34;

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(
      ([name, value]) =>
        ` ${name}="${typeof value === 'number' ? round(value) : escapeXml(value)}"`,
    )
    .join('');
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function element(name: string, values: Record<string, string | number>, content?: string): string {
  return content === undefined
    ? `<${name}${attributes(values)}/>`
    : `<${name}${attributes(values)}>${content}</${name}>`;
}

/** The SVG text of `scene`, with `caption` (what is shown: the filters, the range) above it. */
export function writeTimelineSvg(
  scene: TimelineScene,
  claims: readonly DatedClaim[],
  caption: string,
): string {
  const { width } = scene;
  const height = scene.height + CAPTION_HEIGHT;
  const parts: string[] = [];
  parts.push(element('rect', { x: 0, y: 0, width, height, fill: S.background }));
  parts.push(
    element(
      'text',
      { x: 12, y: 22, 'font-size': 14, 'font-weight': 600, fill: S.ink },
      escapeXml(caption),
    ),
  );
  parts.push(`<g transform="translate(0 ${CAPTION_HEIGHT})">`);
  parts.push(element('rect', { x: 0, y: 0, width, height: G.axisHeight, fill: S.axisBand }));
  for (const tick of scene.ticks) {
    parts.push(
      element('line', {
        x1: tick.x,
        x2: tick.x,
        y1: G.axisHeight - 6,
        y2: scene.height,
        stroke: tick.major ? S.gridMajor : S.grid,
        'stroke-width': 1,
      }),
    );
    parts.push(
      element(
        'text',
        {
          x: tick.x + 4,
          y: 19,
          'font-size': 11,
          'font-weight': tick.major ? 700 : 500,
          fill: tick.major ? S.ink : S.inkSoft,
        },
        escapeXml(tick.label),
      ),
    );
  }
  for (const entry of scene.entries) {
    const claim = claims[entry.claim]!;
    parts.push(`<g><title>${escapeXml(claim.text)}</title>`);
    parts.push(
      element('rect', {
        x: entry.cardX - 4,
        y: entry.y - 4,
        width: entry.cardWidth + 8,
        height: G.rowHeight - 6,
        rx: 5,
        fill: S.cardFill,
        stroke: S.cardStroke,
        'stroke-width': 1,
      }),
    );
    parts.push(
      element('rect', {
        x: entry.barX,
        y: entry.y,
        width: entry.barWidth,
        height: G.barHeight,
        rx: 3,
        fill: entry.interval ? S.intervalFill : S.claim,
        stroke: S.claimStroke,
        'stroke-width': entry.interval ? 0.75 : 0,
      }),
    );
    parts.push(
      element(
        'text',
        { x: entry.textX, y: entry.y + 21, 'font-size': G.titleSize, fill: S.ink },
        escapeXml(entry.title),
      ),
    );
    parts.push(
      element(
        'text',
        { x: entry.textX, y: entry.y + 35, 'font-size': G.detailSize, fill: S.muted },
        escapeXml(entry.detail),
      ),
    );
    parts.push('</g>');
  }
  const baseline = scene.densityY + G.densityHeight;
  parts.push(
    element('line', {
      x1: 0,
      x2: width,
      y1: baseline,
      y2: baseline,
      stroke: S.gridMajor,
      'stroke-width': 1,
    }),
  );
  for (const bin of scene.density) {
    const barHeight = Math.max(2, ((G.densityHeight - 6) * bin.count) / scene.densityMax);
    parts.push(
      element('rect', {
        x: bin.x,
        y: scene.densityY + G.densityHeight - barHeight,
        width: bin.width - 1,
        height: barHeight,
        fill: S.density,
      }),
    );
  }
  parts.push('</g>');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(S.fontFamily)}">${parts.join('')}</svg>\n`
  );
}
