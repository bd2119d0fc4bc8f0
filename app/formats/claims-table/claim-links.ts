// What a claim is linked to, gathered once per document: its claimants, its date and its
// targets (app/model/relation.ts), each the linked annotation itself, in text order. The claims
// table reads this; relations of other types are not columns of it.

import { compareAnnotations, type Annotation } from '../../model/annotation.ts';
import type { AnnotationId } from '../../model/ids.ts';
import { CLAIM_DATE, CLAIMANT, TARGET, type Relation } from '../../model/relation.ts';

export interface ClaimLinks {
  claimants: Annotation[];
  dates: Annotation[];
  targets: Annotation[];
}

/**
 * The links of every claim of one document, by the claim's id. `annotations` and `relations`
 * are that document's; a relation whose end is not among the annotations is ignored.
 */
export function claimLinksOf(
  annotations: readonly Annotation[],
  relations: readonly Relation[],
): Map<AnnotationId, ClaimLinks> {
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const links = new Map<AnnotationId, ClaimLinks>();
  for (const relation of relations) {
    const to = byId.get(relation.to);
    if (to === undefined || !byId.has(relation.from)) continue;
    const role =
      relation.type === CLAIMANT
        ? 'claimants'
        : relation.type === CLAIM_DATE
          ? 'dates'
          : relation.type === TARGET
            ? 'targets'
            : undefined;
    if (role === undefined) continue;
    let entry = links.get(relation.from);
    if (entry === undefined)
      links.set(relation.from, (entry = { claimants: [], dates: [], targets: [] }));
    if (!entry[role].includes(to)) entry[role].push(to);
  }
  for (const entry of links.values())
    for (const list of [entry.claimants, entry.dates, entry.targets]) list.sort(compareAnnotations);
  return links;
}
