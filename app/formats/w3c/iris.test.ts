import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asAnnotationId,
  asAnnotatorId,
  asEntityId,
  asRelationId,
  type DocumentId,
} from '../../model/ids.ts';
import { documentIdOf } from '../../text/document-id.ts';
import {
  annotationIdFromIri,
  annotationIri,
  annotatorIdFromIri,
  annotatorIri,
  documentIdFromIri,
  documentIri,
  entityIdFromIri,
  entityIri,
  relationIdFromIri,
  relationIri,
} from './iris.ts';

describe('document IRIs', () => {
  it('are RFC 6920 ni: URIs of the SHA-256 (the RFC’s own example)', () => {
    expect(documentIri(documentIdOf('Hello World!'))).toBe(
      'ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk',
    );
  });

  it('give back the document id, for any hash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const id = `sha256:${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
        expect(documentIdFromIri(documentIri(id as DocumentId))).toBe(id);
      }),
    );
  });

  it('accept an authority, a query and a bare sha256: id; refuse anything else', () => {
    const id = documentIdOf('Hello World!');
    expect(
      documentIdFromIri(
        'ni://example.com/sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk?ct=text/plain',
      ),
    ).toBe(id);
    expect(documentIdFromIri(id)).toBe(id);
    expect(documentIdFromIri('https://example.com/article')).toBeUndefined();
    expect(
      documentIdFromIri('ni:///sha-512;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk'),
    ).toBeUndefined();
    // The last character carries two unused bits; only the canonical spelling names the id.
    expect(
      documentIdFromIri('ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGl'),
    ).toBeUndefined();
  });
});

describe('annotation and annotator IRIs', () => {
  it('use urn:uuid: for UUIDs and a Marginalia URN for other ids', () => {
    expect(annotationIri(asAnnotationId('0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e01'))).toBe(
      'urn:uuid:0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e01',
    );
    expect(annotationIri(asAnnotationId('ann 1/ü'))).toBe(
      'urn:marginalia:annotation:ann%201%2F%C3%BC',
    );
    expect(annotatorIri(asAnnotatorId('annotator-5b0e1a8e-7f3c-4d2a-9c61-0d4f2b7a8e11'))).toBe(
      'urn:marginalia:annotator:annotator-5b0e1a8e-7f3c-4d2a-9c61-0d4f2b7a8e11',
    );
  });

  it('give back the id they were made from', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme', minLength: 1 })), (id) => {
        expect(annotationIdFromIri(annotationIri(asAnnotationId(id)))).toBe(id);
        expect(annotatorIdFromIri(annotatorIri(asAnnotatorId(id)))).toBe(id);
      }),
    );
  });

  it('keep another tool’s IRI whole, as the id', () => {
    expect(annotationIdFromIri('http://example.org/anno1')).toBe('http://example.org/anno1');
    expect(annotatorIdFromIri('urn:marginalia:annotator:%E0')).toBe('urn:marginalia:annotator:%E0');
  });
});

describe('relation and entity IRIs', () => {
  it('give back any id, a UUID as urn:uuid and anything else under its own prefix', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uuid(), fc.string({ unit: 'grapheme', minLength: 1 })), (id) => {
        expect(relationIdFromIri(relationIri(asRelationId(id)))).toBe(id);
        expect(entityIdFromIri(entityIri(asEntityId(id)))).toBe(id);
      }),
    );
    expect(entityIri(asEntityId('entity-1'))).toBe('urn:marginalia:entity:entity-1');
    expect(relationIri(asRelationId('r 1'))).toBe('urn:marginalia:relation:r%201');
  });
});
