// One W3C Annotation → one bundle annotation. Reads what Marginalia writes exactly, and what
// other tools write as far as it means a tagged span of a text: a target with a
// TextQuoteSelector and/or a TextPositionSelector, and a tag as a TextualBody (purpose tagging
// or classifying, or no purpose under a tagging motivation), a bare IRI body, or a resource
// body with a tagging purpose. An `identifying` body links an actor to an entity of the file's
// list, and a `describing` body on a date may hold its value (decode-enrichment.ts); linking
// annotations are relations, read apart (decode.ts). Malformed values are issues (the file is
// refused); shapes that are valid W3C but say nothing Marginalia can hold are warnings, and the
// annotation is skipped.

import { isDateTime } from '../dataset/date-time-format.ts';
import type { BundleAnnotation } from '../../import/bundle.ts';
import { asAnnotatorId, type AnnotatorId } from '../../model/ids.ts';
import { describeValue } from '../dataset/describe-value.ts';
import { childPointer } from '../dataset/json-pointer.ts';
import { isRecord } from '../dataset/semantic-checks.ts';
import { asArray, hasType, type DecodeContext } from './decode-context.ts';
import { readEntityBody, readValue, type DescribingBody } from './decode-enrichment.ts';
import { annotationIdFromIri, annotatorIdFromIri } from './iris.ts';

const TAG_PURPOSES = ['tagging', 'classifying'];

/** The annotation at `path`, or undefined when it was skipped (a warning) or broken (an issue). */
export function decodeAnnotation(
  annotation: Record<string, unknown>,
  path: string,
  context: DecodeContext,
): BundleAnnotation | undefined {
  const issuesBefore = context.issues.length;
  const id =
    annotation.id === undefined
      ? undefined
      : context.string(annotation.id, childPointer(path, 'id'), 'an IRI');
  const target = decodeTarget(annotation.target, childPointer(path, 'target'), context);
  const { label, note, entity, value, valueStatus } = decodeBodies(annotation, path, context);
  const { annotator, createdAt, updatedAt } = decodeAttribution(annotation, path, context);
  if (context.issues.length > issuesBefore || target === undefined) return undefined;
  if (label === undefined) {
    context.warn(path, 'has no tag (a tagging or classifying body), so it is not imported');
    return undefined;
  }
  const { source, ...selection } = target;
  if (annotator !== undefined) context.annotator(annotator.id, annotator.name);
  return {
    source: path,
    ...(id === undefined ? {} : { id: annotationIdFromIri(id) }),
    document: context.documentFor(source),
    ...selection,
    label: context.label(label),
    ...(annotator === undefined ? {} : { annotator: annotator.id }),
    ...(note === undefined ? {} : { note }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
    ...(entity === undefined ? {} : { entity }),
    ...(value === undefined ? {} : { value }),
    ...(valueStatus === undefined ? {} : { valueStatus }),
  };
}

/** Who made an annotation (a span's or a link's) and when; `modified` defaults to `created`. */
export function decodeAttribution(
  annotation: Record<string, unknown>,
  path: string,
  context: DecodeContext,
): { annotator?: { id: AnnotatorId; name: string }; createdAt?: string; updatedAt?: string } {
  const annotator = decodeCreator(annotation.creator, childPointer(path, 'creator'), context);
  const createdAt = dateTime(annotation.created, childPointer(path, 'created'), context);
  const updatedAt =
    dateTime(annotation.modified, childPointer(path, 'modified'), context) ?? createdAt;
  return {
    ...(annotator === undefined ? {} : { annotator }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(updatedAt === undefined ? {} : { updatedAt }),
  };
}

type Selection = Pick<BundleAnnotation, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>;

/** The target's document IRI and what its selectors say. */
function decodeTarget(
  value: unknown,
  path: string,
  context: DecodeContext,
): (Selection & { source: string }) | undefined {
  const targets = asArray(value);
  if (targets.length === 0) {
    context.issue(path, 'required property "target" is missing');
    return undefined;
  }
  // Several targets would mean one tag on several spans; Marginalia's annotation has one.
  const usable = targets.findIndex((target) => isRecord(target) && target.selector !== undefined);
  if (usable < 0) {
    context.warn(path, 'names no part of a text (no selector), so it is not imported');
    return undefined;
  }
  if (targets.length > 1)
    context.warn(path, `has ${targets.length} targets; only the one with a selector is imported`);
  const targetPath = Array.isArray(value) ? childPointer(path, usable) : path;
  const target = targets[usable] as Record<string, unknown>;
  const sourceValue = isRecord(target.source) ? target.source.id : target.source;
  const sourcePath = childPointer(targetPath, 'source');
  const source = context.string(
    sourceValue,
    isRecord(target.source) ? childPointer(sourcePath, 'id') : sourcePath,
    'the IRI of a document',
  );
  const selection = decodeSelectors(target.selector, childPointer(targetPath, 'selector'), context);
  if (source === undefined || selection === undefined) return undefined;
  return { source, ...selection };
}

function decodeSelectors(
  value: unknown,
  path: string,
  context: DecodeContext,
): Selection | undefined {
  const selectors = asArray(value);
  const at = (i: number) => (Array.isArray(value) ? childPointer(path, i) : path);
  const quoteAt = selectors.findIndex((s) => isRecord(s) && hasType(s, 'TextQuoteSelector'));
  const positionAt = selectors.findIndex((s) => isRecord(s) && hasType(s, 'TextPositionSelector'));
  if (quoteAt < 0 && positionAt < 0) {
    context.warn(path, 'has no TextQuoteSelector or TextPositionSelector, so it is not imported');
    return undefined;
  }
  const selection: Selection = {};
  if (quoteAt >= 0) {
    const quote = selectors[quoteAt] as Record<string, unknown>;
    const exact = context.string(quote.exact, childPointer(at(quoteAt), 'exact'));
    if (exact === '')
      context.issue(childPointer(at(quoteAt), 'exact'), 'expected a non-empty quote');
    else if (exact !== undefined) selection.quote = exact;
    for (const side of ['prefix', 'suffix'] as const)
      if (quote[side] !== undefined) {
        const text = context.string(quote[side], childPointer(at(quoteAt), side));
        if (text !== undefined) selection[side] = text;
      }
  }
  if (positionAt >= 0) {
    const position = selectors[positionAt] as Record<string, unknown>;
    const start = offset(position.start, childPointer(at(positionAt), 'start'), context);
    const end = offset(position.end, childPointer(at(positionAt), 'end'), context);
    if (start !== undefined && end !== undefined) {
      if (end <= start)
        context.issue(
          childPointer(at(positionAt), 'end'),
          `expected an end greater than start (${start}), found ${end}`,
        );
      else Object.assign(selection, { start, end });
    }
  }
  return selection;
}

function offset(value: unknown, path: string, context: DecodeContext): number | undefined {
  if (Number.isSafeInteger(value) && (value as number) >= 0) return value as number;
  context.issue(
    path,
    `expected a non-negative integer (code points), found ${describeValue(value)}`,
  );
  return undefined;
}

/** The tag, the note, the entity and the value an annotation's bodies carry. */
function decodeBodies(
  annotation: Record<string, unknown>,
  path: string,
  context: DecodeContext,
): Pick<BundleAnnotation, 'note' | 'entity' | 'value' | 'valueStatus'> & { label?: string } {
  const motivatedToTag = asArray(annotation.motivation).some((m) =>
    TAG_PURPOSES.includes(m as string),
  );
  const tags: string[] = [];
  const notes: string[] = [];
  const describing: DescribingBody[] = [];
  let entity: BundleAnnotation['entity'];
  const bodies = asArray(annotation.body).map((body, i): [unknown, string] => [
    body,
    Array.isArray(annotation.body)
      ? childPointer(childPointer(path, 'body'), i)
      : childPointer(path, 'body'),
  ]);
  // bodyValue is shorthand for a TextualBody without a purpose (model §3.2.5).
  if (annotation.bodyValue !== undefined)
    bodies.push([
      { type: 'TextualBody', value: annotation.bodyValue },
      childPointer(path, 'bodyValue'),
    ]);

  for (const [body, bodyPath] of bodies) {
    if (typeof body === 'string') {
      tags.push(body); // an IRI body: a tag named by IRI (http://example.org/tags/claim)
      continue;
    }
    if (!isRecord(body)) {
      context.issue(
        bodyPath,
        `expected a body (an object or an IRI), found ${describeValue(body)}`,
      );
      continue;
    }
    const purposes = asArray(body.purpose);
    if (purposes.includes('identifying')) {
      entity ??= readEntityBody(body, bodyPath, context);
      continue;
    }
    if (
      purposes.includes('describing') &&
      hasType(body, 'TextualBody') &&
      typeof body.value === 'string'
    ) {
      describing.push({
        value: body.value,
        status: body['marginalia:valueStatus'],
        path: bodyPath,
      });
      continue;
    }
    const tagging =
      purposes.some((p) => TAG_PURPOSES.includes(p as string)) ||
      (purposes.length === 0 && motivatedToTag);
    if (hasType(body, 'TextualBody') || (body.value !== undefined && body.source === undefined)) {
      const valuePath = bodyPath.endsWith('/bodyValue')
        ? bodyPath
        : childPointer(bodyPath, 'value');
      const value = context.string(body.value, valuePath);
      if (value === undefined) continue;
      if (tagging && value === '') context.issue(valuePath, 'expected a non-empty tag');
      else (tagging ? tags : notes).push(value);
    } else if (tagging && typeof (body.source ?? body.id) === 'string') {
      tags.push((body.source ?? body.id) as string);
    } else {
      context.warn(bodyPath, 'is neither a tag nor text, so it is not imported');
    }
  }
  if (tags.length > 1)
    context.warn(
      path,
      `has ${tags.length} tags; only the first, ${JSON.stringify(tags[0])}, is imported`,
    );
  const { notes: descriptions, ...value } = readValue(tags[0], describing, context);
  notes.push(...descriptions);
  return {
    ...(tags.length > 0 ? { label: tags[0] } : {}),
    ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}),
    ...(entity === undefined ? {} : { entity }),
    ...value,
  };
}

/** The first creator as an annotator id and name; recorded only if the annotation is kept. */
function decodeCreator(
  value: unknown,
  path: string,
  context: DecodeContext,
): { id: AnnotatorId; name: string } | undefined {
  const creators = asArray(value);
  if (creators.length === 0) return undefined;
  const creator = creators[0];
  const creatorPath = Array.isArray(value) ? childPointer(path, 0) : path;
  if (typeof creator === 'string') {
    return { id: annotatorIdFromIri(creator), name: creator };
  }
  if (!isRecord(creator)) {
    context.issue(
      creatorPath,
      `expected an agent (an object or an IRI), found ${describeValue(creator)}`,
    );
    return undefined;
  }
  const name = [creator.name, creator.nickname].find((candidate) => typeof candidate === 'string');
  const iri = typeof creator.id === 'string' ? creator.id : undefined;
  if (iri === undefined && name === undefined) {
    context.issue(creatorPath, 'expected an agent with an "id" or a "name"');
    return undefined;
  }
  return {
    id: iri === undefined ? asAnnotatorId(name as string) : annotatorIdFromIri(iri),
    name: (name as string | undefined) ?? iri!,
  };
}

/**
 * xsd:dateTime (model §3.3.1). The model only says a time zone SHOULD be given; Marginalia's
 * timestamps need one, so a time without it is taken as UTC (the zone the model recommends).
 * Then the dataset schema's own rule (RFC 3339: a real day, hours to 23), so that an imported
 * timestamp is one the app's exports and backups can write and read again.
 */
const WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?$/;

function dateTime(value: unknown, path: string, context: DecodeContext): string | undefined {
  if (value === undefined) return undefined;
  const text =
    typeof value !== 'string' ? undefined : WITHOUT_ZONE.test(value) ? `${value}Z` : value;
  if (text !== undefined && isDateTime(text)) return text;
  context.issue(
    path,
    `expected a date and time such as "2024-05-01T09:30:00Z", found ${describeValue(value)}`,
  );
  return undefined;
}
