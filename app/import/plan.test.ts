import { describe, expect, it } from 'vitest';
import { asAnnotationId, asLabelId } from '../model/ids.ts';
import { codePoints } from '../model/offsets.ts';
import type { BundleAnnotation, BundleDocument } from './bundle.ts';
import { derivedAnnotationId } from './derived-annotation-id.ts';
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
import type { ExistingAnnotation } from './plan-types.ts';

describe('planImport', () => {
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
      {
        path: '/annotations/0',
        message: "document: expected the index of one of the file's documents (it has 1), found 3",
      },
    ]);
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
      expect(again.alreadyPresent).toEqual({
        documents: 1,
        annotations: 1,
        annotators: 0,
        relations: 0,
      });
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
  });

  it('plans 100,000 annotations on 1,000 documents, all placed where their offsets say', () => {
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
    expect(plan.annotationsToAdd).toHaveLength(100_000);
    expect(plan.moved).toEqual([]);
  });
});
