// Documents are matched by id; new ones come with their text; missing ones orphan their spans.

import { describe, expect, it } from 'vitest';
import { asDocumentId } from '../model/ids.ts';
import { documentIdOf } from '../text/document-id.ts';
import { planImport } from './plan.ts';
import {
  bundle,
  date,
  library,
  ME,
  options,
  TALKS,
  TALKS_ID,
  withText,
} from './plan-test-support.ts';

describe('planImport: documents', () => {
  it('adds a new document with its text, named by the hash of that text', () => {
    const plan = planImport(bundle([withText], [date]), library(), options);
    expect(plan.issues).toEqual([]);
    expect(plan.documentsToAdd).toEqual([{ id: TALKS_ID, title: 'Ceasefire talks', text: TALKS }]);
    expect(plan.alreadyPresent.documents).toBe(0);
  });

  it('titles an untitled document by its first line', () => {
    const plan = planImport(
      bundle([{ ref: 'line 1', text: `\n  ${TALKS}` }], []),
      library(),
      options,
    );
    expect(plan.documentsToAdd[0]!.title).toBe('Talks resumed in Geneva on 3 May 2024.');
  });

  it('normalises the text, so CRLF and decomposed accents get the library’s id', () => {
    const raw = 'Baku\r\nAzərbaycan'.normalize('NFD');
    const plan = planImport(bundle([{ ref: 'line 1', text: raw }], []), library(), options);
    expect(plan.documentsToAdd[0]!.text).toBe('Baku\nAzərbaycan');
    expect(plan.documentsToAdd[0]!.id).toBe(documentIdOf('Baku\nAzərbaycan'));
  });

  it('skips a document the library has and anchors against the library’s text', () => {
    const plan = planImport(
      bundle([{ ref: '/documents/0', id: TALKS_ID }], [date]),
      library([[TALKS_ID, TALKS]]),
      options,
    );
    expect(plan.documentsToAdd).toEqual([]);
    expect(plan.alreadyPresent.documents).toBe(1);
    expect(plan.annotationsToAdd).toHaveLength(1);
  });

  it('refuses a document whose id is not the hash of its text', () => {
    const wrong = asDocumentId(`sha256:${'0'.repeat(64)}`);
    const plan = planImport(bundle([{ ...withText, id: wrong }], [date]), library(), options);
    expect(plan.issues).toEqual([
      {
        path: '/documents/0',
        message: `document id "${wrong}" does not match its text, whose SHA-256 is "${TALKS_ID}"`,
      },
    ]);
  });

  it('keeps the annotations of a document it has no text for as orphans', () => {
    const plan = planImport(
      bundle([{ ref: 'https://example.org/article' }], [date]),
      library(),
      options,
    );
    expect(plan.issues).toEqual([]);
    expect(plan.annotationsToAdd).toEqual([]);
    expect(plan.orphans).toEqual([
      expect.objectContaining({
        source: '/annotations/0',
        id: 'ann-1',
        documentRef: 'https://example.org/article',
        quote: '3 May 2024',
        label: 'date',
        annotator: ME.id,
        start: 27,
        end: 37,
        reason:
          'document https://example.org/article is not in the library and the file does not include its text',
      }),
    ]);
  });
});
