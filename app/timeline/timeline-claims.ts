// The claims of a library as the timeline places them: every claim of every layer, with what its
// relations say (its claimants and targets, by entity name or else the mention's text, and its
// date), split into the claims with a dated `date` relation (placed on the axis by the interval
// their date value covers) and those without one (the to-do list beside the axis).

import { claimLinksOf } from '../formats/claims-table/claim-links.ts';
import type { Annotation, Annotator } from '../model/annotation.ts';
import type { DateValue } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import type { AnnotationId, AnnotatorId, DocumentId, EntityId } from '../model/ids.ts';
import { CLAIM } from '../model/labels.ts';
import type { CodePointOffset } from '../model/offsets.ts';
import type { Relation } from '../model/relation.ts';
import { dateValueSpan } from './date-span.ts';

/** What the timeline reads of a library: a DatasetModel fits, texts are not needed. */
export interface TimelineLibrary {
  documents: readonly TimelineDocument[];
  annotations: readonly Annotation[];
  relations?: readonly Relation[];
  entities?: readonly Entity[];
  annotators: readonly Annotator[];
}

export interface TimelineDocument {
  id: DocumentId;
  title: string;
  /** `YYYY-MM-DD`. */
  publishedAt?: string;
  /** Where the report comes from (an outlet, an agency): the document's `source` metadata. */
  source?: string;
}

/** A document's source as the timeline's entries and CSV show it; undefined when it has none. */
export function documentSourceOf(document: TimelineDocument): string | undefined {
  return document.source;
}

/** "Title (Source)", or the title alone: where a claim was read, as entries and lists say it. */
export function documentWhere(document: TimelineDocument): string {
  const source = documentSourceOf(document);
  return source === undefined ? document.title : `${document.title} (${source})`;
}

/** An actor linked to a claim, named as the timeline shows it. */
export interface LinkedActor {
  /** The entity's name when the mention is linked to one, else the mention's text. */
  name: string;
  entity?: EntityId;
}

/** One claim of one layer with its links. */
export interface TimelineClaim {
  id: AnnotationId;
  documentId: DocumentId;
  /** Index into the library's documents. */
  document: number;
  annotator: AnnotatorId;
  /** The claim's span, code points, end-exclusive. */
  start: CodePointOffset;
  end: CodePointOffset;
  text: string;
  claimants: LinkedActor[];
  targets: LinkedActor[];
  /** The linked date's text, when the claim has a date relation. */
  dateText?: string;
}

/** A claim placed on the axis: [from, to) in day numbers, the interval its date value covers. */
export interface DatedClaim extends TimelineClaim {
  dateText: string;
  dateValue: DateValue;
  from: number;
  to: number;
}

/** Why a claim is not on the axis. */
export type UndatedReason = 'no-date' | 'no-value';

export interface UndatedClaim extends TimelineClaim {
  reason: UndatedReason;
}

export interface TimelineClaims {
  documents: readonly TimelineDocument[];
  annotators: readonly Annotator[];
  /** Ordered by `from`, then `to`, then document and position: the axis's order. */
  dated: DatedClaim[];
  /** In document order, then by position. */
  undated: UndatedClaim[];
}

/** Every claim of the library, dated or not. Linear in annotations and relations. */
export function timelineClaimsOf(library: TimelineLibrary): TimelineClaims {
  const documentIndex = new Map(library.documents.map((document, i) => [document.id, i]));
  const entityNames = new Map((library.entities ?? []).map((entity) => [entity.id, entity.name]));
  const annotationsByLayer = groupByLayer(library.annotations);
  const relationsByLayer = groupByLayer(library.relations ?? []);
  const spans = new Map<DateValue, { from: number; to: number } | null>();
  const spanOf = (value: DateValue) => {
    let span = spans.get(value);
    if (span === undefined) spans.set(value, (span = dateValueSpan(value)));
    return span;
  };

  // Layers in document order, each layer's claims by position: with a stable sort by date after,
  // claims of the same date keep that order.
  const layers = [...annotationsByLayer]
    .map(([key, annotations]) => ({
      key,
      annotations,
      document: documentIndex.get(annotations[0]!.documentId),
    }))
    .filter((layer): layer is typeof layer & { document: number } => layer.document !== undefined)
    .sort((a, b) => a.document - b.document || compare(a.key, b.key));
  const dated: DatedClaim[] = [];
  const undated: UndatedClaim[] = [];
  for (const { key, annotations, document } of layers) {
    const links = claimLinksOf(annotations, relationsByLayer.get(key) ?? []);
    const claims = annotations.filter((annotation) => annotation.label === CLAIM);
    claims.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const annotation of claims) {
      const linked = links.get(annotation.id);
      const date = linked?.dates[0];
      const claimants = linked ? actorsOf(linked.claimants, entityNames) : [];
      const targets = linked ? actorsOf(linked.targets, entityNames) : [];
      const span = date?.value === undefined ? null : spanOf(date.value);
      // Both kinds are built whole in one literal each: one object shape per kind keeps the
      // property reads of filtering and layout fast over 100,000 claims.
      if (date !== undefined && span !== null) {
        dated.push({
          id: annotation.id,
          documentId: annotation.documentId,
          document,
          annotator: annotation.annotator,
          start: annotation.start,
          end: annotation.end,
          text: annotation.quote,
          claimants,
          targets,
          dateText: date.quote,
          dateValue: date.value!,
          from: span.from,
          to: span.to,
        });
      } else {
        undated.push({
          id: annotation.id,
          documentId: annotation.documentId,
          document,
          annotator: annotation.annotator,
          start: annotation.start,
          end: annotation.end,
          text: annotation.quote,
          claimants,
          targets,
          dateText: date?.quote,
          reason: date === undefined ? 'no-date' : 'no-value',
        });
      }
    }
  }
  return {
    documents: library.documents,
    annotators: library.annotators,
    dated: sortByDate(dated),
    undated,
  };
}

/**
 * Claims sorted by start, then end, stably. A comparison sort of 100,000 objects costs a few
 * hundred ms on a busy machine; a counting sort by day and small sorts within each day cost a
 * pass or two. Dates spread over more days than the claims are many fall back to the plain sort.
 */
export function sortByDate(claims: DatedClaim[]): DatedClaim[] {
  if (claims.length < 2) return claims;
  let low = Infinity;
  let high = -Infinity;
  for (const claim of claims) {
    const day = Math.floor(claim.from);
    if (day < low) low = day;
    if (day > high) high = day;
  }
  const byDate = (a: DatedClaim, b: DatedClaim) => a.from - b.from || a.to - b.to;
  const range = high - low + 1;
  if (range > 4 * claims.length + 10_000) return claims.sort(byDate);
  const starts = new Int32Array(range + 1);
  for (const claim of claims) starts[Math.floor(claim.from) - low + 1]!++;
  for (let day = 1; day <= range; day++) starts[day]! += starts[day - 1]!;
  const bucketStarts = starts.slice(0, range);
  const sorted = new Array<DatedClaim>(claims.length);
  for (const claim of claims) sorted[starts[Math.floor(claim.from) - low]!++] = claim;
  // Within a day, by exact start and end: an insertion sort, stable, on a handful of claims.
  for (let day = 0; day < range; day++) {
    const end = starts[day]!;
    for (let i = bucketStarts[day]! + 1; i < end; i++) {
      const claim = sorted[i]!;
      let j = i - 1;
      while (j >= bucketStarts[day]! && byDate(sorted[j]!, claim) > 0) {
        sorted[j + 1] = sorted[j]!;
        j--;
      }
      sorted[j + 1] = claim;
    }
  }
  return sorted;
}

/** The actors as the timeline names them, mentions of one entity (or one unlinked text) once. */
function actorsOf(
  actors: readonly Annotation[],
  entityNames: ReadonlyMap<EntityId, string>,
): LinkedActor[] {
  const named: LinkedActor[] = [];
  for (const actor of actors) {
    const entity = actor.entity;
    if (entity === undefined) {
      if (!named.some((other) => other.entity === undefined && other.name === actor.quote))
        named.push({ name: actor.quote });
    } else if (!named.some((other) => other.entity === entity)) {
      named.push({ name: entityNames.get(entity) ?? actor.quote, entity });
    }
  }
  return named;
}

/** The names joined as the timeline writes them: "Mike Pompeo, Turkey". */
export function actorNames(actors: readonly LinkedActor[]): string {
  return actors.map((actor) => actor.name).join(', ');
}

/** Records grouped by their layer (document and annotator), in the order given. */
function groupByLayer<T extends { documentId: DocumentId; annotator: AnnotatorId }>(
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  // Records come layer by layer (read from layer records): look a group up only when the layer
  // changes, not once per record.
  let current: T[] | undefined;
  let previous: T | undefined;
  for (const item of items) {
    if (
      current === undefined ||
      item.documentId !== previous!.documentId ||
      item.annotator !== previous!.annotator
    ) {
      const key = `${item.documentId}|${item.annotator}`;
      current = groups.get(key);
      if (current === undefined) groups.set(key, (current = []));
    }
    current.push(item);
    previous = item;
  }
  return groups;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
