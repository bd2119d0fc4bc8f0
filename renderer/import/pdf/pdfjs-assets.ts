// pdf.js's own files, served from the app's build so that reading a PDF works offline: its
// worker, the Adobe character maps (CJK fonts without a Unicode map need them) and the 14
// standard fonts' data (for PDFs that name a font without embedding it). Vite copies each file
// into the build and gives its URL; nothing is fetched from elsewhere. The files are fetched on
// the main thread and handed to the worker (pdf.js's BinaryDataFactory), because pdf.js lets
// its worker fetch them only from http(s) URLs and the desktop app is served from app://.

/// <reference types="vite/client" />

import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// `no-inline`: small files would otherwise become data: URLs, which the CSP's connect-src
// ('self') rightly refuses to fetch.
const CMAP_URLS = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const STANDARD_FONT_URLS = import.meta.glob<string>(
  '../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}',
  { query: '?url&no-inline', import: 'default', eager: true },
);

/** The URL of pdf.js's worker script in the build. */
export const PDF_WORKER_URL: string = workerUrl;

function byFileName(urls: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(
    Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
  );
}

const FILES = {
  cMapUrl: byFileName(CMAP_URLS),
  standardFontDataUrl: byFileName(STANDARD_FONT_URLS),
} as const;

/**
 * Answers pdf.js's requests for built-in data (`kind` is the option that would have named a
 * folder: cMapUrl or standardFontDataUrl) from the files bundled above. pdf.js constructs it
 * with its URL options, which are unused here.
 */
export class BundledPdfData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind in FILES ? FILES[kind as keyof typeof FILES].get(filename) : undefined;
    if (url === undefined)
      throw new Error(`pdf.js asked for ${kind} ${filename}, which the app does not ship`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`could not load ${filename}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}
