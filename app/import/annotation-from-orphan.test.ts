import { describe, expect, it } from 'vitest';
import { asAnnotationId, asAnnotatorId, asDocumentId, asLabelId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import type { AnnotationProvenance } from '../model/review.ts';
import { quoteSelectorAt } from '../text/quote-selector.ts';
import { annotationFromOrphan } from './annotation-from-orphan.ts';
import type { ImportOrphan } from './plan-types.ts';

const TEXT = 'On 5 October 2023 Ilham Aliyev did not travel to Granada.';
const DOCUMENT = asDocumentId(`sha256:${'ab'.repeat(32)}`);
const PLACED_AT = new Date('2026-11-03T12:00:00.000Z');

const ORPHAN: ImportOrphan = {
  source: '/documents/0/annotations/1',
  id: asAnnotationId('0b5b6a8e-3f0e-4a36-9a57-3c4b3a1e9d02'),
  documentRef: DOCUMENT,
  documentId: DOCUMENT,
  label: asLabelId('actor'),
  annotator: asAnnotatorId('annotator-colleague'),
  quote: 'Nikol Pashinyan',
  prefix: 'met ',
  suffix: ' in',
  start: 90,
  end: 105,
  note: 'check the spelling',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:05:00.000Z',
  reason: 'quote not found in the text',
};

/** The placement the session computes: the text at the offsets, with its context. */
function placementOf(needle: string) {
  const start = codePoints([...TEXT.slice(0, TEXT.indexOf(needle))].length);
  const end = codePoints(start + [...needle].length);
  return { start, end, ...quoteSelectorAt(TEXT, start, end) };
}

describe('annotationFromOrphan', () => {
  it('keeps what the orphan says and who said it, and quotes the text where it is placed', () => {
    const annotation = annotationFromOrphan(ORPHAN, DOCUMENT, placementOf('Granada'), PLACED_AT);
    expect(annotation).toEqual({
      id: ORPHAN.id,
      documentId: DOCUMENT,
      label: ORPHAN.label,
      start: 49,
      end: 56,
      quote: 'Granada',
      prefix: ' Ilham Aliyev did not travel to ',
      suffix: '.',
      annotator: ORPHAN.annotator,
      note: 'check the spelling',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-03T12:00:00.000Z',
    });
  });

  it('leaves the import bookkeeping behind', () => {
    const row = { ...ORPHAN, fileName: 'shifted.json', importedAt: '2026-11-02T08:00:00.000Z' };
    const annotation = annotationFromOrphan(row, DOCUMENT, placementOf('Granada'), PLACED_AT);
    for (const field of ['source', 'documentRef', 'reason', 'fileName', 'importedAt'])
      expect(annotation).not.toHaveProperty(field);
  });

  it('keeps a reconciled orphan’s provenance, which records a decision already made', () => {
    const provenance: AnnotationProvenance = {
      decision: 'adjudicated',
      decidedBy: asAnnotatorId('annotator-lead'),
      decidedAt: '2026-11-01T11:00:00.000Z',
      sources: [
        {
          annotator: asAnnotatorId('annotator-colleague'),
          annotationId: asAnnotationId('source-1'),
          label: asLabelId('actor'),
          start: codePoints(90),
          end: codePoints(105),
        },
      ],
    };
    const annotation = annotationFromOrphan(
      { ...ORPHAN, provenance },
      DOCUMENT,
      placementOf('Ilham Aliyev'),
      PLACED_AT,
    );
    expect(annotation.provenance).toEqual(provenance);
    expect(annotation.quote).toBe('Ilham Aliyev');
  });
});
