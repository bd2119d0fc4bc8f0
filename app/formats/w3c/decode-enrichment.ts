// Reading back what encode-enrichment.ts writes: the collection's entity list and relation
// types, an annotation's identifying (entity) and describing (date value) bodies, and linking
// annotations as relations. Each reader reports a malformed value as an issue with its path.

import type { BundleAnnotation, BundleRelation } from '../../import/bundle.ts';
import { DATE_VALUE_FORMS, isDateValue, parseDateValue } from '../../dates/date-value.ts';
import type { DateValue, ValueStatus } from '../../model/date-value.ts';
import { VALUE_STATUSES } from '../../model/date-value.ts';
import { isEntityKind, WIKIDATA_ID_PATTERN, wikidataIri } from '../../model/entity.ts';
import { asLabelId, asRelationTypeId, type EntityId } from '../../model/ids.ts';
import { describeValue } from '../dataset/describe-value.ts';
import { childPointer } from '../dataset/json-pointer.ts';
import { isRecord } from '../dataset/semantic-checks.ts';
import { asArray, type DecodeContext } from './decode-context.ts';
import { annotationIdFromIri, entityIdFromIri, relationIdFromIri } from './iris.ts';

/** One entry of `marginalia:entities`, recorded in the context. */
export function readEntity(
  entry: Record<string, unknown>,
  path: string,
  context: DecodeContext,
): void {
  const at = (key: string) => childPointer(path, key);
  const iri = context.string(entry.id, at('id'), 'the IRI of an entity');
  const name = context.string(entry['marginalia:name'], at('marginalia:name'));
  const kind = context.string(entry['marginalia:kind'], at('marginalia:kind'));
  const aliases = entry['marginalia:aliases'] ?? [];
  const wikidata = entry['marginalia:wikidata'];
  const note = entry['marginalia:note'];
  if (kind !== undefined && !isEntityKind(kind))
    context.issue(
      at('marginalia:kind'),
      `expected person, organisation, state, group or other, found ${describeValue(kind)}`,
    );
  if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string'))
    context.issue(
      at('marginalia:aliases'),
      `expected an array of names, found ${describeValue(aliases)}`,
    );
  if (
    wikidata !== undefined &&
    (typeof wikidata !== 'string' || !WIKIDATA_ID_PATTERN.test(wikidata))
  )
    context.issue(
      at('marginalia:wikidata'),
      `expected a Wikidata id, Q followed by digits, found ${describeValue(wikidata)}`,
    );
  if (note !== undefined) context.string(note, at('marginalia:note'));
  if (iri === undefined || name === undefined || kind === undefined || !isEntityKind(kind)) return;
  const id = entityIdFromIri(iri);
  if (context.entities.has(id)) {
    context.issue(at('id'), `duplicate entity ${JSON.stringify(iri)}`);
    return;
  }
  context.entities.set(id, {
    id,
    name,
    kind,
    aliases: Array.isArray(aliases) ? (aliases as string[]) : [],
    ...(typeof wikidata === 'string' ? { wikidata } : {}),
    ...(typeof note === 'string' ? { note } : {}),
  });
}

/** One entry of `marginalia:relationTypes`, recorded in the context. */
export function readRelationType(
  entry: Record<string, unknown>,
  path: string,
  context: DecodeContext,
): void {
  const [id, name, from, to] = ['id', 'name', 'from', 'to'].map((key) =>
    context.string(entry[`marginalia:${key}`], childPointer(path, `marginalia:${key}`)),
  );
  const single = entry['marginalia:single'];
  if (single !== undefined && typeof single !== 'boolean')
    context.issue(
      childPointer(path, 'marginalia:single'),
      `expected true or false, found ${describeValue(single)}`,
    );
  if (id === undefined || name === undefined || from === undefined || to === undefined) return;
  context.relationTypes.push({
    id: asRelationTypeId(id),
    name,
    from: asLabelId(from),
    to: asLabelId(to),
    ...(typeof single === 'boolean' ? { single } : {}),
  });
}

/**
 * The entity an identifying body names: by `marginalia:entity` (what Marginalia writes), or by
 * a Wikidata IRI source that an entry of the entity list carries. A link to an entity the file
 * does not describe is dropped with a warning: an entity id alone says nothing a library can use.
 */
export function readEntityBody(
  body: Record<string, unknown>,
  path: string,
  context: DecodeContext,
): EntityId | undefined {
  const named = body['marginalia:entity'];
  if (named !== undefined) {
    const iri = context.string(
      named,
      childPointer(path, 'marginalia:entity'),
      'the IRI of an entity',
    );
    if (iri === undefined) return undefined;
    const id = entityIdFromIri(iri);
    if (context.entities.has(id)) return id;
    context.warn(
      path,
      `names the entity ${JSON.stringify(iri)}, which this file does not describe; the link is not imported`,
    );
    return undefined;
  }
  const source = isRecord(body.source) ? body.source.id : (body.source ?? body.id);
  const match = [...context.entities.values()].find(
    (entity) => entity.wikidata !== undefined && wikidataIri(entity.wikidata) === source,
  );
  if (match !== undefined) return match.id;
  context.warn(
    path,
    'identifies a resource that is no entity of this file; the link is not imported',
  );
  return undefined;
}

/** A describing body, kept until the label is known: only a date's can be its value. */
export interface DescribingBody {
  value: string;
  /** Set when the body carries `marginalia:valueStatus`, i.e. Marginalia wrote it as a value. */
  status?: unknown;
  path: string;
}

/**
 * The value and status among a date annotation's describing bodies; the rest stay notes. A body
 * Marginalia wrote as a value (it has `marginalia:valueStatus`) must hold a valid one; another
 * tool's describing text counts only when it happens to be a valid value.
 */
export function readValue(
  label: string | undefined,
  bodies: DescribingBody[],
  context: DecodeContext,
): { value?: DateValue; valueStatus?: ValueStatus; notes: string[] } {
  const notes: string[] = [];
  let found: Pick<BundleAnnotation, 'value' | 'valueStatus'> | undefined;
  for (const body of bodies) {
    const marked = body.status !== undefined;
    if (found !== undefined || label !== 'date' || (!marked && !isDateValue(body.value))) {
      if (marked && label !== 'date')
        context.issue(body.path, 'a date value on an annotation that is not a date');
      else notes.push(body.value);
      continue;
    }
    const parsed = parseDateValue(body.value);
    if (!parsed.ok || parsed.value !== body.value) {
      context.issue(
        childPointer(body.path, 'value'),
        parsed.ok ? `expected ${DATE_VALUE_FORMS}, without spaces around it` : parsed.message,
      );
      continue;
    }
    if (marked && !VALUE_STATUSES.includes(body.status as ValueStatus)) {
      context.issue(
        childPointer(body.path, 'marginalia:valueStatus'),
        `expected "suggested" or "confirmed", found ${describeValue(body.status)}`,
      );
      continue;
    }
    found = { value: parsed.value, ...(marked ? { valueStatus: body.status as ValueStatus } : {}) };
  }
  return { ...found, notes };
}

/** Whether a W3C annotation is a link between annotations rather than a tagged span. */
export function isLinking(annotation: Record<string, unknown>): boolean {
  return asArray(annotation.motivation).includes('linking');
}

/**
 * A linking annotation as a relation between two annotations of the file. Its document is the
 * claim's; `documentOf` answers for the annotations already decoded. Links without a Marginalia
 * relation type, or between annotations the file does not hold, are skipped with a warning.
 */
export function readRelation(
  link: Record<string, unknown>,
  path: string,
  context: DecodeContext,
  documentOf: (iri: string) => number | undefined,
  metadata: Pick<BundleRelation, 'annotator' | 'createdAt' | 'updatedAt'>,
): BundleRelation | undefined {
  const type = link['marginalia:relationType'];
  if (type === undefined) {
    context.warn(path, 'links resources without a Marginalia relation type, so it is not imported');
    return undefined;
  }
  const typeName = context.string(type, childPointer(path, 'marginalia:relationType'));
  const id =
    link.id === undefined ? undefined : context.string(link.id, childPointer(path, 'id'), 'an IRI');
  const ends = (['target', 'body'] as const).map((key) => {
    const items = asArray(link[key]);
    const item = items[0];
    const iri = isRecord(item) ? item.id : item;
    if (items.length !== 1 || typeof iri !== 'string') {
      context.issue(
        childPointer(path, key),
        `expected the IRI of one annotation, found ${describeValue(link[key])}`,
      );
      return undefined;
    }
    return iri;
  });
  const [from, to] = ends;
  if (typeName === undefined || from === undefined || to === undefined) return undefined;
  const document = documentOf(from);
  const toDocument = documentOf(to);
  if (document === undefined || toDocument === undefined) {
    context.warn(
      path,
      `links ${JSON.stringify(document === undefined ? from : to)}, which is not an annotation of this file; it is not imported`,
    );
    return undefined;
  }
  if (document !== toDocument) {
    context.issue(childPointer(path, 'body'), 'links annotations of two different documents');
    return undefined;
  }
  return {
    source: path,
    ...(id === undefined ? {} : { id: relationIdFromIri(id) }),
    document,
    type: asRelationTypeId(typeName),
    from: annotationIdFromIri(from),
    to: annotationIdFromIri(to),
    ...metadata,
  };
}
