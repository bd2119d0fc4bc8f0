// Model → W3C Web Annotation collection. Deterministic, like the dataset encoder: the same
// library exported twice differs only where `exportedAt` appears (the collection and page ids).
//
// Paging. The model (§5) pages a collection for serving over HTTP: the collection embeds or
// names its `first` page and each page names its `next` by IRI (the suite's schemas accept only
// a string there). A file has no server to fetch those IRIs from, so page 1 is embedded in
// `first`, as the model allows, and pages 2…n sit in order in `marginalia:nextPages`, each a
// complete standalone AnnotationPage with its own @context. A JSON-LD processor sees every page
// as a node of the one graph, so the `next` links resolve inside the file. By default everything
// is on one page, which is what a reader that only looks at `first.items` needs.

import type { Annotation } from '../../model/annotation.ts';
import type { Entity } from '../../model/entity.ts';
import type { AnnotatorId, DocumentId, EntityId } from '../../model/ids.ts';
import { countOf } from '../dataset/describe-value.ts';
import { encodeDataset, type DatasetAnnotation, type DatasetModel } from '../dataset/index.ts';
import {
  describeEntity,
  describeRelationTypes,
  encodeRelation,
  enrichmentBodies,
  exportedRelations,
} from './encode-enrichment.ts';
import { annotationIri, annotatorIri, collectionIri, documentIri, pageIri } from './iris.ts';
import {
  ANNO_CONTEXT,
  COLLECTION_CONTEXT,
  type W3cAgent,
  type W3cAnnotation,
  type W3cBody,
  type W3cCollection,
  type W3cItem,
  type W3cPage,
} from './types.ts';

export interface W3cExportOptions {
  exportedAt: Date;
  /** Annotations per page; all on one page when absent. */
  pageSize?: number;
}

/** The generator every exported annotation names. */
export const MARGINALIA_AGENT: W3cAgent = {
  id: 'https://marginalia.app',
  type: 'Software',
  name: 'Marginalia',
  homepage: 'https://marginalia.app',
};

/**
 * The documents' annotations as one AnnotationCollection (documents in the order given, each
 * document's annotations by position, then its relations). As with datasets, annotations of documents not given are
 * left out, and annotators and labels an annotation refers to but that were not given are
 * filled in.
 */
export function encodeW3cCollection(model: DatasetModel, options: W3cExportOptions): W3cCollection {
  const pageSize = options.pageSize ?? Number.POSITIVE_INFINITY;
  if (!(pageSize >= 1) || (Number.isFinite(pageSize) && !Number.isInteger(pageSize)))
    throw new RangeError(`page size must be a positive integer, not ${pageSize}`);
  // The dataset encoder already selects, orders and completes everything the same way.
  const dataset = encodeDataset({ ...model, exportedAt: options.exportedAt, generatorVersion: '' });
  const annotators = new Map(dataset.annotators.map((annotator) => [annotator.id, annotator]));
  // Entity links and values are read from the model itself, whatever the dataset encoder keeps.
  const enriched = new Map(model.annotations.map((a) => [`${a.documentId}|${a.id}`, a]));
  const entities = new Map((model.entities ?? []).map((entity) => [entity.id, entity]));
  const context = { annotators, enriched, entities };
  const items: W3cItem[] = dataset.documents.flatMap((document) => [
    ...document.annotations.map((annotation) => encodeAnnotation(annotation, document.id, context)),
    ...exportedRelations(
      model,
      document.id,
      new Set(document.annotations.map((annotation) => annotation.id)),
    ).map((relation) =>
      encodeRelation(relation, (id) => annotators.get(id)?.name ?? id, MARGINALIA_AGENT),
    ),
  ]);
  const relationTypes = describeRelationTypes(model);
  const published = new Map(model.documents.map((document) => [document.id, document.publishedAt]));

  const partOf = {
    id: collectionIri(options.exportedAt),
    label: `Marginalia annotations of ${countOf(dataset.documents.length, 'document')}`,
    total: items.length,
  };
  const pages = paginate(items, pageSize, partOf);
  // Built in reading order: the W3C properties, then the pages, then what only Marginalia reads.
  return {
    '@context': COLLECTION_CONTEXT,
    id: partOf.id,
    type: 'AnnotationCollection',
    label: partOf.label,
    created: dataset.exportedAt,
    total: partOf.total,
    ...(pages.length === 0 ? {} : { first: pages[0]!, last: pages.at(-1)!.id }),
    'marginalia:documents': dataset.documents.map((document) => ({
      id: documentIri(document.id),
      type: 'Text',
      'marginalia:title': document.title,
      'marginalia:text': document.text,
      ...(published.get(document.id) === undefined
        ? {}
        : { 'marginalia:publishedAt': published.get(document.id)! }),
    })),
    'marginalia:labels': dataset.labels.map(({ id: value, name, color, shortcut }) => ({
      'marginalia:value': value,
      'marginalia:name': name,
      'marginalia:color': color,
      ...(shortcut === undefined ? {} : { 'marginalia:shortcut': shortcut }),
    })),
    'marginalia:annotators': dataset.annotators.map(({ id: annotator, name }) =>
      agentOf(annotator, name),
    ),
    ...(entities.size === 0
      ? {}
      : { 'marginalia:entities': [...entities.values()].map(describeEntity) }),
    ...(relationTypes === undefined ? {} : { 'marginalia:relationTypes': relationTypes }),
    ...(pages.length > 1
      ? {
          'marginalia:nextPages': pages
            .slice(1)
            .map((page) => ({ '@context': ANNO_CONTEXT, ...page })),
        }
      : {}),
  };
}

/** The file's bytes: two-space JSON with a trailing newline. */
export function serialiseW3cCollection(collection: W3cCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}

interface EncodeContext {
  annotators: Map<AnnotatorId, { name: string }>;
  /** The model's annotations by `documentId|id`: where entity links and values are read. */
  enriched: Map<string, Annotation>;
  entities: Map<EntityId, Entity>;
}

function encodeAnnotation(
  annotation: DatasetAnnotation,
  document: DocumentId,
  { annotators, enriched, entities }: EncodeContext,
): W3cAnnotation {
  const body: W3cBody[] = [
    { type: 'TextualBody', purpose: 'tagging', value: annotation.label, format: 'text/plain' },
  ];
  if (annotation.note)
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: annotation.note,
      format: 'text/plain',
    });
  const enrichment = enrichmentBodies(enriched.get(`${document}|${annotation.id}`), entities);
  body.push(...enrichment);
  return {
    // The extension bodies use `marginalia:` terms, which need the prefix where they stand.
    '@context': enrichment.length === 0 ? ANNO_CONTEXT : COLLECTION_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: 'tagging',
    creator: agentOf(annotation.annotator, annotators.get(annotation.annotator)!.name),
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    generator: MARGINALIA_AGENT,
    body,
    target: {
      type: 'SpecificResource',
      source: documentIri(document),
      selector: [
        { type: 'TextPositionSelector', start: annotation.start, end: annotation.end },
        {
          type: 'TextQuoteSelector',
          exact: annotation.quote,
          ...(annotation.prefix ? { prefix: annotation.prefix } : {}),
          ...(annotation.suffix ? { suffix: annotation.suffix } : {}),
        },
        ...(annotation.page === undefined
          ? []
          : [
              {
                type: 'FragmentSelector' as const,
                conformsTo: 'http://tools.ietf.org/rfc/rfc8118' as const,
                value: `page=${annotation.page}` as const,
              },
            ]),
      ],
    },
  };
}

function agentOf(id: AnnotatorId, name: string): W3cAgent {
  return { id: annotatorIri(id), type: 'Person', name };
}

function paginate(items: W3cItem[], pageSize: number, partOf: W3cPage['partOf']): W3cPage[] {
  const pages: W3cPage[] = [];
  const collection = partOf.id;
  for (let startIndex = 0; startIndex < items.length; startIndex += pageSize) {
    const number = pages.length + 1;
    const page: W3cPage = {
      id: pageIri(collection, number),
      type: 'AnnotationPage',
      partOf: { ...partOf },
      startIndex,
      items: items.slice(startIndex, startIndex + pageSize),
    };
    if (number > 1) page.prev = pageIri(collection, number - 1);
    if (startIndex + pageSize < items.length) page.next = pageIri(collection, number + 1);
    pages.push(page);
  }
  return pages;
}
