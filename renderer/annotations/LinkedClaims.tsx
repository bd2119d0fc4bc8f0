import type { Annotation } from '../../app/model/annotation.ts';
import { relationTypeName } from '../../app/model/relation.ts';
import type { DocumentSession } from '../document/document-session.ts';
import { SpanChip } from './SpanChip.tsx';

/** An actor's or a date's details: the claims that link to it, and as what. */
export function LinkedClaims({
  session,
  annotation,
  onChoose,
}: {
  session: DocumentSession;
  annotation: Annotation;
  onChoose(annotation: Annotation): void;
}) {
  const incoming = session.relationsTo(annotation.id);
  return (
    <div className="linked-claims">
      <h3 className="subhead">Claims linking here</h3>
      {incoming.length === 0 ? (
        <p className="muted">
          None yet. Select a claim and press c (claimant), d (date) or t (target) to link this.
        </p>
      ) : (
        <ul aria-label="Claims linking here">
          {incoming.map((relation) => {
            const claim = session.get(relation.from);
            if (!claim) return null;
            return (
              <li key={relation.id}>
                <span className="relation-role">{relationTypeName(relation.type)}</span>
                <SpanChip annotation={claim} onChoose={() => onChoose(claim)} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
