// Label mismatch: the same text tagged with different labels in different places of one layer
// ("Pompeo" an Actor in three places, a Claim in one). One finding per text, library-wide.

import type { Annotation } from '../model/annotation.ts';
import {
  findingKey,
  groupBy,
  locationOf,
  places,
  quoted,
  type CheckedLayer,
} from './checked-layer.ts';
import type { Finding, FindingFix } from './finding.ts';

export function findLabelMismatches(layer: CheckedLayer): Finding[] {
  const findings: Finding[] = [];
  for (const [quote, annotations] of groupBy(layer.annotations, (a) => a.quote)) {
    const byLabel = groupBy(annotations, (a) => a.label);
    if (byLabel.size < 2) continue;
    // Most-used label first; ties in the order the labels were first met.
    const ranked = [...byLabel].sort(([, a], [, b]) => b.length - a.length);
    const [majorityLabel, majority] = ranked[0]!;
    const strict = majority.length > ranked[1]![1].length;
    const others: Annotation[] = ranked.slice(1).flatMap(([, group]) => group);
    const fix: FindingFix = strict
      ? { kind: 'relabel', label: majorityLabel, annotationIds: others.map((a) => a.id) }
      : { kind: 'open' };
    const counts = ranked.map(
      ([label, group]) => `${layer.labelName(label)} in ${places(group.length)}`,
    );
    findings.push({
      key: findingKey('label-mismatch', layer.annotator, quote),
      kind: 'label-mismatch',
      annotator: layer.annotator,
      documentId: null,
      message: `${quoted(quote)} is tagged ${joinAnd(counts)}`,
      // The places that differ from the majority first: those are the ones to look at.
      locations: [...others, ...majority].map(locationOf),
      fix,
    });
  }
  return findings;
}

/** "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}
