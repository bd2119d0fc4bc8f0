import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../../app/text/document-id.ts';
import { nativeDocumentIdOf } from './native-document-id.ts';

describe('nativeDocumentIdOf', () => {
  it('gives the portable function’s ids, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(nativeDocumentIdOf(text)).toBe(documentIdOf(text));
      }),
    );
    expect(nativeDocumentIdOf('🕊️ Talks')).toBe(documentIdOf('🕊️ Talks'));
  });
});
