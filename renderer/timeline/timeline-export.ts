// The timeline's exports, saved through the platform like every export (a save dialog in
// Electron, a download in the browser): the picture as drawn, as SVG or as PNG (the same SVG
// rasterised on a canvas at twice its size, for print and slides), and the filtered claims as CSV.

import type { SaveFileResult } from '../../app/ipc/contract.ts';
import type { Platform } from '../platform/platform.ts';

export type TimelineExportFormat = 'svg' | 'png' | 'csv';

const FILTERS: Record<TimelineExportFormat, { name: string; extensions: string[] }> = {
  svg: { name: 'SVG image', extensions: ['svg'] },
  png: { name: 'PNG image', extensions: ['png'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
};

/** PNGs are drawn at this multiple of the screen's size, sharp on high-density screens and in print. */
const PNG_SCALE = 2;

export function saveTimelineFile(
  platform: Platform,
  format: TimelineExportFormat,
  content: string | Uint8Array,
  now = new Date(),
): Promise<SaveFileResult> {
  return platform.saveFile({
    suggestedName: `marginalia-timeline-${now.toISOString().slice(0, 10)}.${format}`,
    content,
    filters: [FILTERS[format]],
  });
}

/** The SVG text rasterised to PNG bytes. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const context = canvas.getContext('2d')!;
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (result) => (result ? resolve(result) : reject(new Error('the PNG could not be encoded'))),
        'image/png',
      ),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The width and height an SVG text declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { width, height };
}
