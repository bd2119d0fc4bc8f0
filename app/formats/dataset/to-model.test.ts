import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse.ts';
import { datasetToModel } from './to-model.ts';

function modelOf(fixture: string) {
  const result = parseDataset(
    readFileSync(new URL(`fixtures/${fixture}`, import.meta.url), 'utf8'),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return datasetToModel(result.value);
}

describe('datasetToModel', () => {
  it('gives each annotation its document id', () => {
    const { documents, annotations } = modelOf('valid-small.json');
    expect(annotations.map((annotation) => annotation.documentId)).toEqual([
      documents[0]!.id,
      documents[0]!.id,
      documents[0]!.id,
      documents[1]!.id,
      documents[1]!.id,
    ]);
  });

  it('fills an absent prefix and suffix from the text and an absent note with nothing', () => {
    const annotation = modelOf('valid-future-fields.json').annotations.find(
      (candidate) => candidate.id === 'ann-4',
    )!;
    expect(annotation).toMatchObject({
      prefix: '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: ',
      suffix: ' met in Yerevan 🇦🇲 on Friday.',
      note: '',
    });
  });

  it('takes up to 32 code points of context either side, as Marginalia writes them', () => {
    const result = parseDataset(
      readFileSync(new URL('fixtures/valid-small.json', import.meta.url), 'utf8'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const withoutContext = structuredClone(result.value);
    for (const document of withoutContext.documents) {
      for (const annotation of document.annotations) {
        delete annotation.prefix;
        delete annotation.suffix;
      }
    }
    expect(datasetToModel(withoutContext).annotations).toEqual(
      datasetToModel(result.value).annotations,
    );
  });

  it('keeps only version-1 fields, so later additions do not leak into the library', () => {
    const future = modelOf('valid-future-fields.json');
    const small = modelOf('valid-small.json');
    expect(future).toEqual(small);
  });
});
