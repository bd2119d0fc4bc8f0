import { describe, expect, it } from 'vitest';
import type { Annotator } from '../model/annotation.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asDocumentId,
  asLabelId,
  type DocumentId,
} from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import { documentIdOf } from '../text/document-id.ts';
import type { BundleAnnotation, BundleDocument, ImportBundle } from './bundle.ts';
import { derivedAnnotationId } from './derived-annotation-id.ts';
import { planImport } from './plan.ts';
import type { ExistingAnnotation, LibrarySnapshot } from './plan-types.ts';

const TALKS =
  'Talks resumed in Geneva on 3 May 2024.\nMinister Bayramov said a deal was “within reach”.';
const TALKS_ID = documentIdOf(TALKS);
const ME: Annotator = { id: asAnnotatorId('annotator-me'), name: 'Me' };
const options = { importedAt: new Date('2024-06-01T12:00:00Z'), fallbackAnnotator: ME };

function bundle(
  documents: BundleDocument[],
  annotations: Omit<BundleAnnotation, 'source' | 'document' | 'label'>[] &
    Partial<BundleAnnotation>[],
  extra: Partial<ImportBundle> = {},
): ImportBundle {
  return {
    format: 'marginalia-dataset',
    documents,
    annotations: annotations.map((annotation, i) => ({
      source: `/annotations/${i}`,
      document: 0,
      label: asLabelId('date'),
      ...annotation,
    })),
    annotators: [],
    labels: [],
    warnings: [],
    ...extra,
  };
}

function library(
  documents: [DocumentId, string][] = [],
  annotations: [string, ExistingAnnotation?][] = [],
  annotators: [string, string][] = [],
): LibrarySnapshot {
  const existing = annotations.filter((entry): entry is [string, ExistingAnnotation] => !!entry[1]);
  return {
    documents: new Map(documents.map(([id, text]) => [id, { title: 'In the library', text }])),
    annotationIds: new Set(annotations.map(([id]) => id)),
    annotators: new Map(annotators.map(([id, name]) => [asAnnotatorId(id), name])),
    annotations: new Map(existing),
  };
}

const withText: BundleDocument = { ref: '/documents/0', title: 'Ceasefire talks', text: TALKS };
const date = { id: asAnnotationId('ann-1'), start: 27, end: 37, quote: '3 May 2024' };

describe('planImport', () => {
  describe('documents', () => {
    it('adds a new document with its text, named by the hash of that text', () => {
      const plan = planImport(bundle([withText], [date]), library(), options);
      expect(plan.issues).toEqual([]);
      expect(plan.documentsToAdd).toEqual([
        { id: TALKS_ID, title: 'Ceasefire talks', text: TALKS },
      ]);
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

  describe('annotations', () => {
    it('builds full annotations, quote and context cut from the text', () => {
      const plan = planImport(
        bundle([withText], [{ ...date, note: 'Hedged.' }]),
        library(),
        options,
      );
      expect(plan.annotationsToAdd).toEqual([
        {
          id: 'ann-1',
          documentId: TALKS_ID,
          label: 'date',
          start: 27,
          end: 37,
          quote: '3 May 2024',
          prefix: 'Talks resumed in Geneva on ',
          suffix: '.\nMinister Bayramov said a deal ',
          annotator: ME.id,
          note: 'Hedged.',
          createdAt: '2024-06-01T12:00:00.000Z',
          updatedAt: '2024-06-01T12:00:00.000Z',
        },
      ]);
      expect(plan.moved).toEqual([]);
      expect(plan.annotatorsToAdd).toEqual([ME]);
    });

    it('keeps the file’s timestamps and refuses ones that are not ISO 8601', () => {
      const good = {
        ...date,
        createdAt: '2024-05-01T09:30:00Z',
        updatedAt: '2024-05-02T10:00:00+02:00',
      };
      expect(
        planImport(bundle([withText], [good]), library(), options).annotationsToAdd[0],
      ).toMatchObject({
        createdAt: '2024-05-01T09:30:00Z',
        updatedAt: '2024-05-02T10:00:00+02:00',
      });
      const bad = { ...date, createdAt: 'yesterday' };
      expect(planImport(bundle([withText], [bad]), library(), options).issues).toEqual([
        {
          path: '/annotations/0',
          message:
            'createdAt: expected an ISO 8601 date-time with a time zone, such as "2024-05-01T09:30:00Z", found "yesterday"',
        },
      ]);
    });

    it('re-anchors an annotation whose offsets do not hold its quote, and says so', () => {
      const plan = planImport(
        bundle([withText], [{ ...date, start: 0, end: 10 }]),
        library(),
        options,
      );
      expect(plan.annotationsToAdd[0]).toMatchObject({ start: 27, end: 37, quote: '3 May 2024' });
      expect(plan.moved).toEqual([
        {
          source: '/annotations/0',
          id: 'ann-1',
          how: 'moved',
          from: { start: 0, end: 10 },
          to: { start: 27, end: 37 },
          quote: '3 May 2024',
        },
      ]);
    });

    it('stores the text found by a fuzzy match as the quote', () => {
      const actor = {
        id: asAnnotationId('ann-2'),
        label: asLabelId('actor'),
        quote: 'Minister Bairamov',
      };
      const plan = planImport(bundle([withText], [actor]), library(), options);
      expect(plan.annotationsToAdd[0]).toMatchObject({
        quote: 'Minister Bayramov',
        start: 39,
        end: 56,
      });
      expect(plan.moved[0]).toMatchObject({ how: 'fuzzy', foundQuote: 'Minister Bayramov' });
    });

    it('keeps an annotation whose quote is not in the text as an orphan', () => {
      const plan = planImport(
        bundle([withText], [{ ...date, quote: '4 June 2025' }]),
        library(),
        options,
      );
      expect(plan.annotationsToAdd).toEqual([]);
      expect(plan.orphans).toEqual([
        expect.objectContaining({
          id: 'ann-1',
          documentId: TALKS_ID,
          reason: 'quote “4 June 2025” not found in the document; offsets 27–37 hold “3 May 2024”',
        }),
      ]);
    });

    it('finds the offsets of a CRLF file in its normalised text instead of trusting them', () => {
      // Offsets count in the file's text; after CRLF → LF, 42–59 would be one character off.
      const crlf = TALKS.replace('\n', '\r\n');
      const start = crlf.indexOf('Minister');
      const actor = { label: asLabelId('actor'), start, end: start + 17 };
      const plan = planImport(bundle([{ ref: 'line 1', text: crlf }], [actor]), library(), options);
      expect(plan.annotationsToAdd[0]).toMatchObject({
        start: start - 1,
        quote: 'Minister Bayramov',
      });
    });

    it('refuses labels neither the file nor the built-in set defines', () => {
      const plan = planImport(
        bundle(
          [withText],
          [
            { ...date, label: asLabelId('person') },
            { ...date, id: asAnnotationId('ann-2'), label: asLabelId('place') },
          ],
          {
            labels: [{ id: asLabelId('place'), name: 'Place' }],
          },
        ),
        library(),
        options,
      );
      expect(plan.issues).toEqual([
        {
          path: '/annotations/0',
          message:
            'unknown label "person" (the file and the built-in set define "claim", "actor", "date", "place")',
        },
      ]);
    });

    it('lists the file’s own labels that what it adds uses', () => {
      const place = { id: asLabelId('place'), name: 'Place', color: '#123456' };
      const unused = { id: asLabelId('unused'), name: 'Unused' };
      const claim = { id: asLabelId('claim'), name: 'Claim' };
      const plan = planImport(
        bundle(
          [withText],
          [
            { ...date, label: asLabelId('place') },
            { ...date, id: asAnnotationId('ann-2'), label: asLabelId('claim') },
          ],
          {
            labels: [place, unused, claim],
          },
        ),
        library(),
        options,
      );
      expect(plan.labelsToAdd).toEqual([place]);
    });

    it('refuses two annotations with the same id', () => {
      const plan = planImport(
        bundle([withText], [date, { ...date, start: 0, end: 5, quote: 'Talks' }]),
        library(),
        options,
      );
      expect(plan.issues).toEqual([
        {
          path: '/annotations/1',
          message: 'duplicate annotation id "ann-1" (also at /annotations/0)',
        },
      ]);
    });

    it('refers an annotation to a document the file does not have as an issue', () => {
      const plan = planImport(bundle([withText], [{ ...date, document: 3 }]), library(), options);
      expect(plan.issues).toEqual([
        { path: '/annotations/0', message: 'refers to document 3, but the file has 1' },
      ]);
    });
  });

  describe('what the library already has', () => {
    it('skips an annotation with a known id and never overwrites it', () => {
      const plan = planImport(bundle([withText], [date]), library([], [['ann-1']]), options);
      expect(plan.annotationsToAdd).toEqual([]);
      expect(plan.alreadyPresent.annotations).toBe(1);
      expect(plan.conflicts).toEqual([]);
    });

    it('lists a known id with different content as a conflict', () => {
      const existing: ExistingAnnotation = {
        documentId: TALKS_ID,
        label: asLabelId('claim'),
        start: codePoints(27),
        end: codePoints(37),
        annotator: ME.id,
        note: 'Mine.',
      };
      const plan = planImport(
        bundle([withText], [date]),
        library([], [['ann-1', existing]]),
        options,
      );
      expect(plan.annotationsToAdd).toEqual([]);
      expect(plan.conflicts).toEqual([
        {
          source: '/annotations/0',
          kind: 'annotation',
          id: 'ann-1',
          differences: [
            'label: "claim" in the library, "date" in the file',
            'note: "Mine." in the library, "" in the file',
          ],
        },
      ]);
    });

    it('gives an id-less annotation an id from what it is, so importing it again adds nothing', () => {
      const idless = { start: 27, end: 37 };
      const first = planImport(bundle([withText], [idless]), library(), options);
      const id = first.annotationsToAdd[0]!.id;
      expect(id).toBe(derivedAnnotationId([TALKS_ID, 27, 37, 'date', ME.id]));
      const again = planImport(
        bundle([withText], [idless]),
        library([[TALKS_ID, TALKS]], [[id]], [[ME.id, ME.name]]),
        options,
      );
      expect(again.annotationsToAdd).toEqual([]);
      expect(again.alreadyPresent).toEqual({ documents: 1, annotations: 1, annotators: 0 });
      expect(again.summary[0]).toBe(
        'Nothing new to add: everything in the file is already in the library.',
      );
    });

    it('imports the same id-less annotation twice in one file once', () => {
      const plan = planImport(
        bundle(
          [withText],
          [
            { start: 27, end: 37 },
            { start: 27, end: 37 },
          ],
        ),
        library(),
        options,
      );
      expect(plan.annotationsToAdd).toHaveLength(1);
      expect(plan.warnings).toEqual([
        '/annotations/1: the same annotation as an earlier one in the file; imported once',
      ]);
    });

    it('keeps the library’s name for a known annotator and shows the file’s', () => {
      const plan = planImport(
        bundle([withText], [{ ...date, annotator: asAnnotatorId('ana') }], {
          annotators: [
            { id: asAnnotatorId('ana'), name: 'Ana Petrosyan' },
            { id: asAnnotatorId('ben'), name: 'Ben Aliyev' },
          ],
        }),
        library([], [], [['ana', 'Ana P.']]),
        options,
      );
      expect(plan.annotatorsToAdd).toEqual([{ id: 'ben', name: 'Ben Aliyev' }]);
      expect(plan.alreadyPresent.annotators).toBe(1);
      expect(plan.conflicts).toEqual([
        {
          source: '',
          kind: 'annotator',
          id: 'ana',
          differences: ['name: "Ana P." in the library, "Ana Petrosyan" in the file'],
        },
      ]);
    });

    it('refuses an annotator listed twice under different names', () => {
      const plan = planImport(
        bundle([withText], [], {
          annotators: [
            { id: asAnnotatorId('ana'), name: 'Ana' },
            { id: asAnnotatorId('ana'), name: 'Anna' },
          ],
        }),
        library(),
        options,
      );
      expect(plan.issues).toEqual([
        { path: '', message: 'annotator "ana" is listed twice, as "Ana" and "Anna"' },
      ]);
    });
  });

  it('plans 100,000 annotations on 1,000 documents in a few seconds at most', () => {
    const documents: BundleDocument[] = [];
    const annotations: BundleAnnotation[] = [];
    for (let d = 0; d < 1000; d++) {
      const text = `Report ${d}.\n${TALKS.repeat(20)}`;
      documents.push({ ref: `/documents/${d}`, text });
      const base = text.indexOf('3 May 2024');
      for (let a = 0; a < 100; a++) {
        const start = base + (a % 20) * TALKS.length;
        annotations.push({
          source: `/documents/${d}/annotations/${a}`,
          id: asAnnotationId(`d${d}-a${a}`),
          document: d,
          label: asLabelId('date'),
          start,
          end: start + 10,
          quote: '3 May 2024',
        });
      }
    }
    const began = performance.now();
    const plan = planImport(
      {
        format: 'marginalia-dataset',
        documents,
        annotations,
        annotators: [],
        labels: [],
        warnings: [],
      },
      library(),
      options,
    );
    const elapsed = performance.now() - began;
    expect(plan.annotationsToAdd).toHaveLength(100_000);
    expect(plan.moved).toEqual([]);
    // About 0.5 s on the 2-core CI machine, most of it building the annotation objects.
    expect(elapsed).toBeLessThan(5000);
  });
});
