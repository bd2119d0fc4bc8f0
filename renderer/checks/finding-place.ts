// The second line of a finding: its document's title and the text around its first place, cut
// from the library snapshot (code points, like every offset), for the analyst to judge the
// finding without opening the document.

import type { Finding } from '../../app/checks/index.ts';
import type { DatasetModel } from '../../app/formats/dataset/to-model.ts';
import { CodePointIndex, sliceByCodePoints } from '../../app/text/code-points.ts';

/** Code points of context shown either side of the quote. */
const CONTEXT = 48;

export interface FindingPlace {
  title: string;
  before: string;
  quote: string;
  after: string;
}

// One index per document text, kept while the text lives: a list shows many places per document.
const indexes = new WeakMap<object, Map<string, CodePointIndex>>();

export function placeOf(
  model: DatasetModel,
  finding: Finding,
  titleOf: (id: string) => string,
): FindingPlace {
  const place = finding.locations[0]!;
  const document = model.documents.find((candidate) => candidate.id === place.documentId);
  if (!document)
    return { title: titleOf(place.documentId), before: '', quote: place.quote, after: '' };
  let byDocument = indexes.get(model);
  if (!byDocument) indexes.set(model, (byDocument = new Map()));
  let index = byDocument.get(document.id);
  if (!index) byDocument.set(document.id, (index = new CodePointIndex(document.text)));
  const slice = (from: number, to: number) =>
    sliceByCodePoints(
      document.text,
      Math.max(0, from),
      Math.min(index.codePointLength, to),
      index,
    ).replace(/\s+/g, ' ');
  const before = slice(place.start - CONTEXT, place.start);
  const after = slice(place.end, place.end + CONTEXT);
  return {
    title: document.title,
    before: `${place.start - CONTEXT > 0 ? '…' : ''}${before.trimStart()}`,
    quote: place.quote.replace(/\s+/g, ' '),
    after: `${after.trimEnd()}${place.end + CONTEXT < index.codePointLength ? '…' : ''}`,
  };
}
