import { describe, expect, it } from 'vitest';
import { asLabelId } from '../model/ids.ts';
import type { BundleAnnotation } from './bundle.ts';
import { checkBundleAnnotation } from './check-bundle-annotation.ts';

const valid: BundleAnnotation = { source: 'line 3', document: 0, label: asLabelId('date') };

describe('checkBundleAnnotation', () => {
  it('accepts an annotation with only the required fields', () => {
    expect(checkBundleAnnotation(valid, 1)).toEqual([]);
  });

  it('says which field has the wrong type, and what it has instead', () => {
    const broken = {
      ...valid,
      document: 2,
      label: '',
      id: 7,
      quote: null,
      start: '27',
    } as unknown as BundleAnnotation;
    expect(checkBundleAnnotation(broken, 2)).toEqual([
      {
        path: 'line 3',
        message: "document: expected the index of one of the file's documents (it has 2), found 2",
      },
      { path: 'line 3', message: 'label: expected a non-empty string, found an empty string' },
      { path: 'line 3', message: 'id: expected a non-empty string, found 7' },
      { path: 'line 3', message: 'quote: expected a string, found null' },
      { path: 'line 3', message: 'start: expected a number, found "27"' },
    ]);
  });

  it('describes a document index that is not a number without converting it to one', () => {
    const odd = { ...valid, document: { toString: '' } } as unknown as BundleAnnotation;
    expect(checkBundleAnnotation(odd, 1)).toEqual([
      {
        path: 'line 3',
        message:
          "document: expected the index of one of the file's documents (it has 1), found an object",
      },
    ]);
  });
});
