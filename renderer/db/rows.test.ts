import { describe, expect, it } from 'vitest';
import { asAnnotatorId } from '../../app/model/ids.ts';
import { randomDocumentId } from '../test-support/test-database.ts';
import { layerKeyOf, parseLayerKey } from './rows.ts';

describe('parseLayerKey', () => {
  it('gives back the document and annotator a key was made of', () => {
    const documentId = randomDocumentId();
    const annotatorId = asAnnotatorId('annotator-alice');
    expect(parseLayerKey(layerKeyOf(documentId, annotatorId))).toEqual({ documentId, annotatorId });
  });

  it('keeps a "|" inside the annotator id (an imported team|alice), splitting at the first', () => {
    const documentId = randomDocumentId();
    const annotatorId = asAnnotatorId('team|alice|2024');
    expect(parseLayerKey(layerKeyOf(documentId, annotatorId))).toEqual({ documentId, annotatorId });
  });
});
