// A document's metadata (source, authors, URL, language) and its pages travel in the dataset as
// additive version-1 fields: written when the library has them, read back unchanged, checked.

import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../model/annotation.ts';
import { asAnnotatorId } from '../../model/ids.ts';
import { BUILT_IN_LABELS } from '../../model/labels.ts';
import { encodeDataset } from './encode.ts';
import { parseDataset } from './parse.ts';
import { serialiseDataset } from './serialise.ts';
import { annotateQuote, makeDocument } from './test-support.ts';
import { datasetToModel } from './to-model.ts';
import { encodeW3cCollection } from '../w3c/index.ts';
import { corpusReport } from '../../test-support/corpus.ts';

const paged: SourceDocument = {
  ...makeDocument('Ceasefire', corpusReport('000_')),
  source: 'Caucasus Wire',
  authors: ['Ana Petrosyan', 'Ben Aliyev'],
  url: 'https://example.org/ceasefire',
  language: 'en-GB',
  publishedAt: '2020-10-26',
};
const pageTwo = [...paged.text].indexOf('B'); // somewhere inside the text
paged.pageStarts = [0, pageTwo, pageTwo, pageTwo + 40];

const ana = { id: asAnnotatorId('ana'), name: 'Ana Petrosyan' };
const onPageOne = annotateQuote(paged, [...paged.text].slice(0, 12).join(''), {
  id: 'first',
  label: 'claim',
  annotator: 'ana',
});

function exported() {
  return encodeDataset({
    documents: [paged],
    annotations: [onPageOne],
    annotators: [ana],
    labels: [...BUILT_IN_LABELS],
    exportedAt: new Date('2024-05-10T12:00:00Z'),
    generatorVersion: '0.1.0',
  });
}

describe('document metadata and pages in a dataset', () => {
  it('writes them beside the title, and each annotation’s page', () => {
    const [document] = exported().documents;
    expect(Object.keys(document!).slice(0, 8)).toEqual([
      'id',
      'title',
      'publishedAt',
      'source',
      'authors',
      'url',
      'language',
      'text',
    ]);
    expect(document!.pageStarts).toEqual(paged.pageStarts);
    expect(document!.annotations[0]!.page).toBe(1);
  });

  it('reads them back unchanged', () => {
    const parsed = parseDataset(serialiseDataset(exported()));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(datasetToModel(parsed.value).documents).toEqual([paged]);
  });

  it('refuses pages out of order or beyond the text, and a URL that is not http', () => {
    const dataset = JSON.parse(serialiseDataset(exported()));
    dataset.documents[0].pageStarts = [0, 50, 20];
    dataset.documents[0].url = 'javascript:alert(1)';
    const parsed = parseDataset(JSON.stringify(dataset));
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.error.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['/documents/0/pageStarts', '/documents/0/url']));
  });
});

describe('pages in the W3C export', () => {
  it('adds a PDF page FragmentSelector after the text selectors', () => {
    const model = {
      documents: [paged],
      annotations: [onPageOne],
      annotators: [ana],
      labels: [...BUILT_IN_LABELS],
    };
    const collection = encodeW3cCollection(model, {
      exportedAt: new Date('2024-05-10T12:00:00Z'),
    });
    const annotation = collection.first!.items.find(
      (item) => 'target' in item && item.motivation === 'tagging',
    )!;
    if (!('target' in annotation) || !('selector' in annotation.target))
      throw new Error('no target');
    expect(annotation.target.selector.map((selector) => selector.type)).toEqual([
      'TextPositionSelector',
      'TextQuoteSelector',
      'FragmentSelector',
    ]);
    expect(annotation.target.selector[2]).toEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc8118',
      value: 'page=1',
    });
  });
});
