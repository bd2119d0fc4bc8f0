import { describe, expect, it } from 'vitest';
import { derivedAnnotationId } from './derived-annotation-id.ts';

const parts = ['sha256:' + 'ab'.repeat(32), 30, 40, 'date', 'ana'];

describe('derivedAnnotationId', () => {
  it('gives the same id for the same parts, so a re-import finds it present', () => {
    expect(derivedAnnotationId(parts)).toBe(derivedAnnotationId([...parts]));
  });

  it('gives a different id when any part differs', () => {
    const ids = new Set([
      derivedAnnotationId(parts),
      derivedAnnotationId([parts[0]!, 31, 40, 'date', 'ana']),
      derivedAnnotationId([parts[0]!, 30, 40, 'claim', 'ana']),
      derivedAnnotationId([parts[0]!, 30, 40, 'date', 'ben']),
      // Parts are kept apart: "ab" + "c" is not "a" + "bc".
      derivedAnnotationId(['ab', 'c']),
      derivedAnnotationId(['a', 'bc']),
    ]);
    expect(ids.size).toBe(6);
  });

  it('looks like a UUID, version 8', () => {
    expect(derivedAnnotationId(parts)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('is pinned: changing the derivation would duplicate every earlier import', () => {
    expect(derivedAnnotationId(['x'])).toMatchInlineSnapshot(
      `"269bdea6-a590-84ff-b089-086318d24ac9"`,
    );
  });
});
