// W3C Web Annotation JSON-LD → ImportBundle. Accepts a single Annotation, an array of them, an
// AnnotationPage, or an AnnotationCollection whose pages are embedded (in `first`, in a `next`
// object, or, as Marginalia writes them, in `marginalia:nextPages`). A page only named by an IRI
// cannot be fetched from a file: that is a warning, not an issue. Documents come from the
// collection's `marginalia:documents` when it has them (with title and text), otherwise from
// the targets' sources, without text: the importer anchors those against the library.
//
// The JSON is read as plain JSON with the terms of the W3C context; it is not JSON-LD-expanded,
// so a file that renames terms in its own @context is not understood (no tool we know does).

import type {
  BundleAnnotation,
  BundleRelation,
  ImportBundle,
  ImportIssue,
} from '../../import/bundle.ts';
import { capIssues } from '../../import/issues.ts';
import { asLabelId } from '../../model/ids.ts';
import { err, ok, type Result } from '../../result.ts';
import { documentIdOf } from '../../text/document-id.ts';
import { isNormalised } from '../../text/normalise.ts';
import { checkPublishedAt } from '../../dates/date-value.ts';
import { describeValue } from '../dataset/describe-value.ts';
import { childPointer } from '../dataset/json-pointer.ts';
import { isRecord } from '../dataset/semantic-checks.ts';
import { decodeAnnotation, decodeAttribution } from './decode-annotation.ts';
import { DecodeContext, hasType } from './decode-context.ts';
import { isLinking, readEntity, readRelation, readRelationType } from './decode-enrichment.ts';
import { annotationIri, annotatorIdFromIri, documentIdFromIri } from './iris.ts';
import { normaliseLabelColour } from '../../model/label-colour.ts';

interface Located {
  value: Record<string, unknown>;
  path: string;
}

/** Decodes parsed W3C JSON; every problem that makes it unusable comes back with its JSON path. */
export function decodeW3c(json: unknown): Result<ImportBundle, ImportIssue[]> {
  const context = new DecodeContext();
  if (isRecord(json) && hasType(json, 'AnnotationCollection')) readExtension(json, context);
  const found = annotationsOf(json, context);
  const annotations: BundleAnnotation[] = [];
  const links: Located[] = [];
  const seen = new Map<string, string>();
  for (const { value, path } of found) {
    // Checked on the file's IRIs, before decoding, so a broken first copy still counts.
    if (typeof value.id === 'string') {
      const idPath = childPointer(path, 'id');
      const first = seen.get(value.id);
      if (first !== undefined)
        context.issue(
          idPath,
          `duplicate annotation id ${JSON.stringify(value.id)} (also at ${first})`,
        );
      else seen.set(value.id, idPath);
    }
    // Links name annotations by IRI, which may come later in the file: read once all are known.
    if (isLinking(value)) links.push({ value, path });
    else {
      const annotation = decodeAnnotation(value, path, context);
      if (annotation !== undefined) annotations.push(annotation);
    }
  }
  const relations = decodeLinks(links, annotations, context);
  if (context.issues.length > 0) return err(capIssues(context.issues));
  return ok({
    format: 'w3c-annotation',
    documents: context.documents,
    annotations,
    annotators: [...context.annotators].map(([id, name]) => ({ id, name })),
    labels: [...context.labels.values()],
    ...(relations.length === 0 ? {} : { relations }),
    ...(context.relationTypes.length === 0 ? {} : { relationTypes: context.relationTypes }),
    ...(context.entities.size === 0 ? {} : { entities: [...context.entities.values()] }),
    warnings: context.warnings,
  });
}

function decodeLinks(
  links: Located[],
  annotations: BundleAnnotation[],
  context: DecodeContext,
): BundleRelation[] {
  if (links.length === 0) return [];
  // By the IRI the file used: annotationIri gives back what our own exports wrote, and any
  // other tool's IRI is kept whole as the id.
  const documents = new Map<string, number>();
  for (const annotation of annotations)
    if (annotation.id !== undefined)
      documents
        .set(annotationIri(annotation.id), annotation.document)
        .set(annotation.id, annotation.document);
  const relations: BundleRelation[] = [];
  for (const { value, path } of links) {
    const { annotator, createdAt, updatedAt } = decodeAttribution(value, path, context);
    const relation = readRelation(value, path, context, (iri) => documents.get(iri), {
      ...(annotator === undefined ? {} : { annotator: annotator.id }),
      ...(createdAt === undefined ? {} : { createdAt }),
      ...(updatedAt === undefined ? {} : { updatedAt }),
    });
    if (relation === undefined) continue;
    if (annotator !== undefined) context.annotator(annotator.id, annotator.name);
    relations.push(relation);
  }
  return relations;
}

/** The annotation objects of the file, wherever its containers hold them, in reading order. */
function annotationsOf(json: unknown, context: DecodeContext): Located[] {
  if (Array.isArray(json)) return itemsOf(json, '', context);
  if (!isRecord(json)) {
    context.issue(
      '',
      `expected a W3C Annotation, an array of them, an AnnotationPage or an AnnotationCollection, found ${describeValue(json)}`,
    );
    return [];
  }
  if (hasType(json, 'AnnotationCollection')) return collectionItems(json, context);
  if (hasType(json, 'AnnotationPage')) return itemsOf(json.items, '/items', context);
  if (hasType(json, 'Annotation') || json.target !== undefined) return [{ value: json, path: '' }];
  context.issue(
    '/type',
    `expected "Annotation", "AnnotationPage" or "AnnotationCollection", found ${describeValue(json.type)}`,
  );
  return [];
}

function collectionItems(collection: Record<string, unknown>, context: DecodeContext): Located[] {
  // Pages a file may embed, by id: in first, in marginalia:nextPages, or as a `next` object.
  const embedded = new Map<string, Located>();
  const remember = (page: Located) => {
    if (typeof page.value.id === 'string' && !embedded.has(page.value.id))
      embedded.set(page.value.id, page);
  };
  const nextPages = collection['marginalia:nextPages'];
  if (Array.isArray(nextPages))
    nextPages.forEach((page, i) => {
      if (isRecord(page)) remember({ value: page, path: childPointer('/marginalia:nextPages', i) });
    });

  const items: Located[] = [];
  const visited = new Set<string>();
  let link: unknown = collection.first;
  let linkPath = '/first';
  while (link !== undefined) {
    let page: Located | undefined;
    if (isRecord(link)) page = { value: link, path: linkPath };
    else if (typeof link === 'string') page = embedded.get(link);
    else {
      context.issue(
        linkPath,
        `expected an AnnotationPage or its IRI, found ${describeValue(link)}`,
      );
      break;
    }
    if (page === undefined) {
      context.warn(
        linkPath,
        `names the page ${JSON.stringify(link)}, which is not in this file; its annotations are not imported`,
      );
      break;
    }
    const id = typeof page.value.id === 'string' ? page.value.id : page.path;
    if (visited.has(id)) {
      context.warn(linkPath, `leads back to the page ${JSON.stringify(id)}; reading stops there`);
      break;
    }
    visited.add(id);
    items.push(...itemsOf(page.value.items, childPointer(page.path, 'items'), context));
    link = page.value.next;
    linkPath = childPointer(page.path, 'next');
  }
  if (typeof collection.total === 'number' && collection.total !== items.length)
    context.warn(
      '/total',
      `the collection says it has ${collection.total} annotations; this file holds ${items.length}`,
    );
  return items;
}

function itemsOf(value: unknown, path: string, context: DecodeContext): Located[] {
  if (!Array.isArray(value)) {
    context.issue(path, `expected an array of annotations, found ${describeValue(value)}`);
    return [];
  }
  const items: Located[] = [];
  value.forEach((item, i) => {
    const itemPath = childPointer(path, i);
    if (isRecord(item)) items.push({ value: item, path: itemPath });
    else if (typeof item === 'string')
      context.warn(
        itemPath,
        `names the annotation ${JSON.stringify(item)} without including it; it is not imported`,
      );
    else context.issue(itemPath, `expected an annotation, found ${describeValue(item)}`);
  });
  return items;
}

/**
 * What Marginalia adds to a collection it exports: documents with text (and publication date),
 * labels, annotators, entities and relation types.
 */
function readExtension(collection: Record<string, unknown>, context: DecodeContext): void {
  for (const [document, path] of listAt(collection, 'marginalia:documents', context)) {
    const iri = context.string(document.id, childPointer(path, 'id'), 'the IRI of a document');
    const title = optionalString(
      document['marginalia:title'],
      childPointer(path, 'marginalia:title'),
      context,
    );
    const text = optionalString(
      document['marginalia:text'],
      childPointer(path, 'marginalia:text'),
      context,
    );
    const publishedAt = optionalString(
      document['marginalia:publishedAt'],
      childPointer(path, 'marginalia:publishedAt'),
      context,
    );
    const publishedProblem = publishedAt === undefined ? null : checkPublishedAt(publishedAt);
    if (publishedProblem !== null) {
      context.issue(childPointer(path, 'marginalia:publishedAt'), publishedProblem);
      continue;
    }
    if (iri === undefined) continue;
    const id = documentIdFromIri(iri);
    if (
      text !== undefined &&
      id !== undefined &&
      (!isNormalised(text) || documentIdOf(text) !== id)
    ) {
      context.issue(
        childPointer(path, 'marginalia:text'),
        `expected the normalised text whose SHA-256 is "${id}"; this text's is "${documentIdOf(text)}"`,
      );
      continue;
    }
    if (context.hasDocument(iri)) {
      context.issue(childPointer(path, 'id'), `duplicate document ${JSON.stringify(iri)}`);
      continue;
    }
    context.documentFor(iri, {
      ...(title === undefined ? {} : { title }),
      ...(text === undefined ? {} : { text }),
      ...(publishedAt === undefined ? {} : { publishedAt }),
    });
  }
  for (const [entity, path] of listAt(collection, 'marginalia:entities', context))
    readEntity(entity, path, context);
  for (const [type, path] of listAt(collection, 'marginalia:relationTypes', context))
    readRelationType(type, path, context);
  for (const [label, path] of listAt(collection, 'marginalia:labels', context)) {
    const value = context.string(label['marginalia:value'], childPointer(path, 'marginalia:value'));
    const name = context.string(label['marginalia:name'], childPointer(path, 'marginalia:name'));
    const color = optionalString(
      label['marginalia:color'],
      childPointer(path, 'marginalia:color'),
      context,
    );
    const normalised = color === undefined ? undefined : normaliseLabelColour(color);
    if (normalised === null)
      context.issue(
        childPointer(path, 'marginalia:color'),
        `expected a CSS hex colour such as #d33 or #dd3333, found ${describeValue(color)}`,
      );
    else if (value !== undefined && name !== undefined)
      context.labels.set(asLabelId(value), {
        id: asLabelId(value),
        name,
        ...(normalised === undefined ? {} : { color: normalised }),
      });
  }
  for (const [agent, path] of listAt(collection, 'marginalia:annotators', context)) {
    const iri = context.string(agent.id, childPointer(path, 'id'), 'an IRI');
    const name = context.string(agent.name, childPointer(path, 'name'));
    if (iri !== undefined && name !== undefined) context.annotator(annotatorIdFromIri(iri), name);
  }
}

function listAt(
  collection: Record<string, unknown>,
  key: string,
  context: DecodeContext,
): [Record<string, unknown>, string][] {
  const value = collection[key];
  if (value === undefined) return [];
  const path = childPointer('', key);
  if (!Array.isArray(value)) {
    context.issue(path, `expected an array, found ${describeValue(value)}`);
    return [];
  }
  const items: [Record<string, unknown>, string][] = [];
  value.forEach((item, i) => {
    if (isRecord(item)) items.push([item, childPointer(path, i)]);
    else context.issue(childPointer(path, i), `expected an object, found ${describeValue(item)}`);
  });
  return items;
}

function optionalString(value: unknown, path: string, context: DecodeContext): string | undefined {
  return value === undefined ? undefined : context.string(value, path);
}
