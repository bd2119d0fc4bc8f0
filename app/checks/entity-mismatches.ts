// Entity mismatch: actor mentions with the same text linked to different entities in one layer
// ("Aliyev" to Ilham Aliyev in two places, to Heydar Aliyev in one). And, softer, an unlinked
// mention: the same text linked to one entity in some places and to none in others.

import type { Annotation } from '../model/annotation.ts';
import type { EntityId } from '../model/ids.ts';
import { ACTOR } from '../model/labels.ts';
import {
  findingKey,
  groupBy,
  locationOf,
  places,
  quoted,
  type CheckedLayer,
} from './checked-layer.ts';
import type { Finding } from './finding.ts';
import { joinAnd } from './label-mismatches.ts';

export function findEntityMismatches(layer: CheckedLayer): Finding[] {
  const findings: Finding[] = [];
  const actors = layer.annotations.filter((annotation) => annotation.label === ACTOR);
  for (const [quote, mentions] of groupBy(actors, (a) => a.quote)) {
    const linked = mentions.filter((a) => a.entity !== undefined);
    const unlinked = mentions.filter((a) => a.entity === undefined);
    const byEntity = [...groupBy(linked, (a) => a.entity!)].sort(
      ([, a], [, b]) => b.length - a.length,
    );
    if (byEntity.length >= 2) findings.push(mismatchOf(layer, quote, byEntity));
    else if (byEntity.length === 1 && unlinked.length > 0)
      findings.push(unlinkedOf(layer, quote, byEntity[0]!, unlinked));
  }
  return findings;
}

function mismatchOf(
  layer: CheckedLayer,
  quote: string,
  byEntity: [EntityId, Annotation[]][],
): Finding {
  const [entity, majority] = byEntity[0]!;
  const others = byEntity.slice(1).flatMap(([, group]) => group);
  const strict = majority.length > byEntity[1]![1].length;
  const counts = byEntity.map(
    ([id, group]) => `${layer.entityName(id)} in ${places(group.length)}`,
  );
  return {
    key: findingKey('entity-mismatch', layer.annotator, quote),
    kind: 'entity-mismatch',
    annotator: layer.annotator,
    documentId: null,
    message: `${quoted(quote)} is linked to ${joinAnd(counts)}`,
    locations: [...others, ...majority].map(locationOf),
    fix: strict
      ? { kind: 'link-entity', entity, annotationIds: others.map((a) => a.id) }
      : { kind: 'open' },
  };
}

function unlinkedOf(
  layer: CheckedLayer,
  quote: string,
  [entity, linked]: [EntityId, Annotation[]],
  unlinked: Annotation[],
): Finding {
  return {
    key: findingKey('unlinked-mention', layer.annotator, quote),
    kind: 'unlinked-mention',
    annotator: layer.annotator,
    documentId: null,
    message: `${quoted(quote)} is linked to ${layer.entityName(entity)} in ${places(linked.length)}, to no entity in ${places(unlinked.length)}`,
    locations: [...unlinked, ...linked].map(locationOf),
    fix: { kind: 'link-entity', entity, annotationIds: unlinked.map((a) => a.id) },
  };
}
