// Annotators: the library keeps its names; a file that contradicts itself is refused.

import { describe, expect, it } from 'vitest';
import { asAnnotatorId } from '../model/ids.ts';
import { planImport } from './plan.ts';
import { bundle, date, library, options, withText } from './plan-test-support.ts';

describe('planImport: annotators', () => {
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
