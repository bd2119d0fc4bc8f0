import { describe, expect, it } from 'vitest';
import { asAnnotationId, asAnnotatorId, asLabelId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import { documentIdOf } from '../text/document-id.ts';
import { describeImportPlan, LISTED_PER_HEADING } from './describe-plan.ts';
import type { ImportOrphan, ImportPlan } from './plan-types.ts';

const emptyPlan: ImportPlan = {
  format: 'marginalia-dataset',
  documentsToAdd: [],
  annotationsToAdd: [],
  annotatorsToAdd: [],
  reviewsToAdd: [],
  labelsToAdd: [],
  relationsToAdd: [],
  entitiesToAdd: [],
  entityMatches: [],
  alreadyPresent: { documents: 0, annotations: 0, annotators: 0, relations: 0 },
  conflicts: [],
  orphans: [],
  moved: [],
  issues: [],
  warnings: [],
  summary: [],
};

const text = 'Talks resumed in Geneva.';
const document = { id: documentIdOf(text), title: 'Talks', text };
const orphan = (n: number): ImportOrphan => ({
  source: `/documents/0/annotations/${n}`,
  id: asAnnotationId(`ann-${n}`),
  documentRef: '/documents/0',
  label: asLabelId('claim'),
  annotator: asAnnotatorId('ana'),
  quote: 'Baku',
  prefix: '',
  suffix: '',
  note: '',
  createdAt: '2024-05-01T09:30:00Z',
  updatedAt: '2024-05-01T09:30:00Z',
  reason: 'quote “Baku” not found in the document',
});

describe('describeImportPlan', () => {
  it('says nothing will be imported, and why, when there are issues', () => {
    const plan = {
      ...emptyPlan,
      documentsToAdd: [document],
      issues: [
        {
          path: '/documents/0/annotations/1/id',
          message: 'duplicate annotation id "a" (also at /documents/0/annotations/0/id)',
        },
        { path: '', message: 'not valid JSON: Unexpected end of input at line 3, column 1' },
      ],
    };
    expect(describeImportPlan(plan)).toEqual([
      'Nothing will be imported: 2 problems in the file must be fixed first.',
      '  /documents/0/annotations/1/id: duplicate annotation id "a" (also at /documents/0/annotations/0/id)',
      '  not valid JSON: Unexpected end of input at line 3, column 1',
    ]);
  });

  it('says what will be added, skipped, re-anchored and kept as orphans', () => {
    const plan: ImportPlan = {
      ...emptyPlan,
      documentsToAdd: [document],
      annotatorsToAdd: [{ id: asAnnotatorId('ana'), name: 'Ana' }],
      alreadyPresent: { documents: 1, annotations: 2, annotators: 0, relations: 0 },
      conflicts: [
        {
          source: '/documents/0/annotations/3',
          kind: 'annotation',
          id: 'ann-3',
          differences: ['label: "claim" in the library, "date" in the file'],
        },
      ],
      moved: [
        {
          source: '/documents/0/annotations/0',
          id: asAnnotationId('ann-0'),
          how: 'moved',
          from: { start: codePoints(0), end: codePoints(6) },
          to: { start: codePoints(17), end: codePoints(23) },
          quote: 'Geneva',
        },
        {
          source: 'line 2',
          id: asAnnotationId('ann-1'),
          how: 'moved',
          to: { start: codePoints(0), end: codePoints(5) },
          quote: 'Talks',
        },
        {
          source: 'line 3',
          id: asAnnotationId('ann-2'),
          how: 'fuzzy',
          to: { start: codePoints(17), end: codePoints(23) },
          quote: 'Genf',
          foundQuote: 'Geneva',
          score: 0.8123,
        },
      ],
      orphans: [orphan(4)],
      warnings: ['/total: the collection says it has 9 annotations; this file holds 5'],
    };
    expect(describeImportPlan(plan)).toEqual([
      'Will add 1 document, 1 annotator and 1 orphan.',
      'Already in the library, so skipped (same ids): 1 document and 2 annotations.',
      "1 item in the file has the id of one in the library but different content; the library's version is kept:",
      '  /documents/0/annotations/3: annotation "ann-3": label: "claim" in the library, "date" in the file',
      '3 annotations re-anchored to where their quote is:',
      '  /documents/0/annotations/0: “Geneva” moved from 0–6 to 17–23',
      '  line 2: “Talks” placed at 0–5',
      '  line 3: “Genf” matched approximately as “Geneva” at 17–23 (81 % alike)',
      '1 annotation could not be placed and will be kept as an orphan:',
      '  /documents/0/annotations/4: quote “Baku” not found in the document',
      'Warnings:',
      '  /total: the collection says it has 9 annotations; this file holds 5',
    ]);
  });

  it('says when there is nothing new', () => {
    expect(describeImportPlan(emptyPlan)).toEqual([
      'Nothing new to add: everything in the file is already in the library.',
    ]);
  });

  it('lists at most LISTED_PER_HEADING entries under a heading and counts the rest', () => {
    const orphans = Array.from({ length: LISTED_PER_HEADING + 5 }, (_, n) => orphan(n));
    const lines = describeImportPlan({ ...emptyPlan, orphans });
    expect(lines).toHaveLength(1 + 1 + LISTED_PER_HEADING + 1);
    expect(lines.at(-1)).toBe('  …and 5 more');
  });
});
