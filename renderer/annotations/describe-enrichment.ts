// One line for what an annotation carries, as the side panel lists it: a claim's claimant(s) and
// date, an actor's entity, a date's value (marked when only suggested).

import type { Annotation } from '../../app/model/annotation.ts';
import type { EntityId } from '../../app/model/ids.ts';
import { ACTOR, CLAIM, DATE } from '../../app/model/labels.ts';
import { CLAIMANT, CLAIM_DATE } from '../../app/model/relation.ts';
import type { DocumentSession } from '../document/document-session.ts';

export function describeEnrichment(
  session: DocumentSession,
  entityNames: ReadonlyMap<EntityId, string>,
  annotation: Annotation,
): string | null {
  if (annotation.label === CLAIM) {
    const claimants: string[] = [];
    const dates: string[] = [];
    for (const relation of session.relationsFrom(annotation.id)) {
      const linked = session.get(relation.to);
      if (!linked) continue;
      if (relation.type === CLAIMANT) claimants.push(linked.quote);
      else if (relation.type === CLAIM_DATE)
        dates.push(linked.value ? `${linked.quote} (${linked.value})` : linked.quote);
    }
    const parts = [
      claimants.length > 0 ? `by ${claimants.join(', ')}` : '',
      dates.length > 0 ? `on ${dates.join(', ')}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : null;
  }
  if (annotation.label === ACTOR && annotation.entity)
    return `= ${entityNames.get(annotation.entity) ?? 'unknown entity'}`;
  if (annotation.label === DATE && annotation.value)
    return annotation.valueStatus === 'suggested' ? `${annotation.value}?` : annotation.value;
  return null;
}
