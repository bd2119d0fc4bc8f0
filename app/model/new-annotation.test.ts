import { describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../test-support/corpus.ts';
import { ANA, corpusDocuments } from '../checks/test-support.ts';
import { asAnnotationId, asEntityId, asLabelId } from './ids.ts';
import { codePoints } from './offsets.ts';
import { newAnnotation } from './new-annotation.ts';

const corpus = corpusDocuments(readCorpusFiles());

describe('newAnnotation', () => {
  const document = { ...corpus[2]!, publishedAt: '2024-09-20' };
  const at = (label: string, quote: string, extra: object = {}) => {
    const start = document.text.indexOf(quote);
    return newAnnotation(document, {
      id: asAnnotationId('x1'),
      label: asLabelId(label),
      range: { start: codePoints(start), end: codePoints(start + quote.length) },
      annotator: ANA,
      now: new Date('2026-12-02T12:00:00Z'),
      ...extra,
    });
  };

  it('quotes the text with 32 code points of context, as the document session does', () => {
    const annotation = at('actor', 'Nagorno-Karabakh');
    expect(annotation).toMatchObject({
      id: 'x1',
      documentId: document.id,
      label: 'actor',
      quote: 'Nagorno-Karabakh',
      prefix: 'In September 2022, Azerbaijan swiftly seized back '.slice(-32),
      annotator: 'ana',
      note: '',
      createdAt: '2026-12-02T12:00:00.000Z',
    });
    expect(annotation.suffix).toHaveLength(32);
    expect(annotation.value).toBeUndefined();
  });

  it('gives a date the value its text denotes, suggested', () => {
    expect(at('date', 'September 2022')).toMatchObject({
      value: '2022-09',
      valueStatus: 'suggested',
    });
  });

  it('keeps a value proposed with more context, and an entity only on an actor', () => {
    expect(at('date', 'September 2022', { value: '2022-09-15' })).toMatchObject({
      value: '2022-09-15',
      valueStatus: 'suggested',
    });
    const entity = asEntityId('entity-karabakh');
    expect(at('actor', 'Azerbaijan', { entity }).entity).toBe(entity);
    expect(at('claim', 'Azerbaijan', { entity }).entity).toBeUndefined();
  });
});
