// Which annotations a claim's relation field offers: those of the label the relation type links
// to, in the claim's layer, not yet linked so, nearest to the claim first (a claimant is usually
// in the same sentence), filtered by what the analyst types (ignoring case and accents).

import type { Annotation } from '../../app/model/annotation.ts';
import type { RelationType } from '../../app/model/relation.ts';
import type { DocumentSession } from '../document/document-session.ts';

/** Lowercased, without accents: what typed text is compared on. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Code points between two spans; 0 when they overlap. */
function gapBetween(
  a: Pick<Annotation, 'start' | 'end'>,
  b: Pick<Annotation, 'start' | 'end'>,
): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

export function relationCandidates(
  session: DocumentSession,
  claim: Annotation,
  type: RelationType,
  query: string,
  limit = 30,
): Annotation[] {
  const linked = new Set(
    session
      .relationsFrom(claim.id)
      .filter((relation) => relation.type === type.id)
      .map((relation) => relation.to),
  );
  const needle = foldForSearch(query.trim());
  const candidates = session
    .sorted()
    .filter(
      (annotation) =>
        annotation.label === type.to &&
        annotation.annotator === claim.annotator &&
        !linked.has(annotation.id) &&
        (needle === '' || foldForSearch(annotation.quote).includes(needle)),
    );
  return candidates
    .map((annotation) => ({ annotation, gap: gapBetween(claim, annotation) }))
    .sort((a, b) => a.gap - b.gap || a.annotation.start - b.annotation.start)
    .slice(0, limit)
    .map(({ annotation }) => annotation);
}
