// What one annotation lacks: a claim without a claimant or without a date (relations of the
// layer), a date without a value, or with a value the date parser suggested and nobody confirmed.
// One finding per annotation, keyed by its document and offsets.

import type { Annotation } from '../model/annotation.ts';
import { CLAIM, DATE } from '../model/labels.ts';
import { CLAIM_DATE, CLAIMANT } from '../model/relation.ts';
import { findingKey, locationOf, quoted, type CheckedLayer } from './checked-layer.ts';
import type { Finding, FindingFix, FindingKind } from './finding.ts';

export function findIncompleteAnnotations(layer: CheckedLayer): Finding[] {
  // Annotation ids are unique within a document only (a file may number them a1, a2… in each).
  const withClaimant = new Set<string>();
  const withDate = new Set<string>();
  for (const relation of layer.relations) {
    if (relation.type === CLAIMANT) withClaimant.add(`${relation.documentId}|${relation.from}`);
    else if (relation.type === CLAIM_DATE) withDate.add(`${relation.documentId}|${relation.from}`);
  }
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (kind: FindingKind, annotation: Annotation, message: string, fix: FindingFix) => {
    const key = findingKey(
      kind,
      layer.annotator,
      annotation.documentId,
      annotation.start,
      annotation.end,
    );
    // Two annotations of one label on one span (a duplicate) make one finding.
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({
      key,
      kind,
      annotator: layer.annotator,
      documentId: annotation.documentId,
      message,
      locations: [locationOf(annotation)],
      fix,
    });
  };
  const open: FindingFix = { kind: 'open' };
  for (const annotation of layer.annotations) {
    const text = quoted(annotation.quote);
    const id = `${annotation.documentId}|${annotation.id}`;
    if (annotation.label === CLAIM) {
      if (!withClaimant.has(id))
        add('claim-without-claimant', annotation, `Claim ${text} has no claimant`, open);
      if (!withDate.has(id))
        add('claim-without-date', annotation, `Claim ${text} has no date`, open);
    } else if (annotation.label === DATE) {
      if (annotation.value === undefined)
        add('date-without-value', annotation, `Date ${text} has no value`, open);
      else if (annotation.valueStatus === 'suggested')
        add(
          'date-value-unconfirmed',
          annotation,
          `Date ${text} has the suggested value ${annotation.value}, not confirmed`,
          { kind: 'confirm-value', annotationId: annotation.id },
        );
    }
  }
  return findings;
}
