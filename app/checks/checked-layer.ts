// What every check reads: one annotator's layer across the library, with the names a message
// needs. Built once per layer by checkLayers (check-layers.ts).

import type { Annotation, SourceDocument } from '../model/annotation.ts';
import type { AnnotatorId, DocumentId, EntityId, LabelId } from '../model/ids.ts';
import type { Relation } from '../model/relation.ts';
import type { FindingLocation } from './finding.ts';

export interface CheckedLayer {
  annotator: AnnotatorId;
  /** The layer's annotations in every document. */
  annotations: readonly Annotation[];
  /** The layer's relations. */
  relations: readonly Relation[];
  /** Every document of the library or file, the untagged ones too (missed occurrences). */
  documents: readonly SourceDocument[];
  labelName(id: LabelId): string;
  entityName(id: EntityId): string;
}

/** A finding's key: its parts as a JSON array, so no part can run into the next. */
export function findingKey(...parts: (string | number)[]): string {
  return JSON.stringify(parts);
}

export function locationOf(annotation: Annotation): FindingLocation {
  return {
    documentId: annotation.documentId,
    start: annotation.start,
    end: annotation.end,
    quote: annotation.quote,
    annotationId: annotation.id,
    label: annotation.label,
  };
}

/** A quote as a message shows it: quoted, one line, a long claim cut to its first words. */
export function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return `“${chars.length > 60 ? `${chars.slice(0, 59).join('').trimEnd()}…` : line}”`;
}

/** "1 place", "3 places". */
export function places(count: number): string {
  return count === 1 ? '1 place' : `${count} places`;
}

/** Groups a list by a key, keeping the first-seen order of keys. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The order findings' locations are listed in: by document (library order), then offset. */
export function compareLocations(
  documentOrder: ReadonlyMap<DocumentId, number>,
  a: FindingLocation,
  b: FindingLocation,
): number {
  return (
    (documentOrder.get(a.documentId) ?? 0) - (documentOrder.get(b.documentId) ?? 0) ||
    a.start - b.start ||
    b.end - a.end
  );
}
