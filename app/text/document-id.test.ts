import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDocumentId } from '../model/ids.ts';
import { documentIdOf } from './document-id.ts';

/** The id computed independently, with Web Crypto instead of the noble hash the code uses. */
async function expectedId(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  return `sha256:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

describe('documentIdOf', () => {
  it('is sha256: + the hex SHA-256 of the UTF-8 text', async () => {
    // The known digest of the empty string pins the format without any hash library.
    expect(documentIdOf('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(documentIdOf('Azerbaijan’s “Əliyev”\u00a0😀')).toBe(
      await expectedId('Azerbaijan’s “Əliyev”\u00a0😀'),
    );
  });

  it('matches Web Crypto and the DocumentId pattern for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (text) => {
        const id = documentIdOf(text);
        expect(id).toBe(await expectedId(text));
        expect(isDocumentId(id)).toBe(true);
      }),
    );
  });

  it('tells apart texts that differ only in normalisation', () => {
    expect(documentIdOf('é')).not.toBe(documentIdOf('e\u0301'));
  });
});
