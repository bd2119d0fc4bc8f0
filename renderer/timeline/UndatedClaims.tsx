// Claims the timeline cannot place, beside it as a to-do: no date linked, or a date without a
// value. Each opens the claim in its document, where `d` links a date or the date gets a value.
// Long lists grow by pages: a library can hold thousands of them.

import { memo, useState } from 'react';
import type { TimelineDocument, UndatedClaim } from '../../app/timeline/timeline-claims.ts';
import { actorNames, documentWhere } from '../../app/timeline/timeline-claims.ts';

const PAGE = 100;

/** Memoised: zooming and panning do not touch it. */
export const UndatedClaims = memo(function UndatedClaims({
  claims,
  documents,
  onOpen,
}: {
  claims: readonly UndatedClaim[];
  documents: readonly TimelineDocument[];
  onOpen(claim: UndatedClaim): void;
}) {
  const [shown, setShown] = useState(PAGE);
  return (
    <aside className="timeline-undated" aria-labelledby="timeline-undated-title">
      <h2 id="timeline-undated-title">
        Without a date value <span className="count">{claims.length.toLocaleString('en')}</span>
      </h2>
      {claims.length === 0 ? (
        <p className="muted timeline-undated-empty">
          Every claim here has a dated date. Nothing to do.
        </p>
      ) : (
        <>
          <p className="muted timeline-undated-hint">
            Open one to link its date (<kbd>d</kbd>) or give its date a value.
          </p>
          <ul aria-label="Claims without a date value">
            {claims.slice(0, shown).map((claim) => (
              <li key={`${claim.documentId}|${claim.annotator}|${claim.id}`}>
                <button
                  type="button"
                  className="timeline-undated-claim"
                  onClick={() => onOpen(claim)}
                >
                  <span className="timeline-undated-text">{claim.text}</span>
                  <span className="timeline-undated-meta">
                    {claim.reason === 'no-date' ? 'No date' : `“${claim.dateText}” has no value`}
                    {' · '}
                    {actorNames(claim.claimants) || 'no claimant'}
                    {' · '}
                    {documentWhere(documents[claim.document]!)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {claims.length > shown && (
            <button
              type="button"
              className="button small timeline-more"
              onClick={() => setShown(shown + PAGE)}
            >
              Show {Math.min(PAGE, claims.length - shown)} more of{' '}
              {(claims.length - shown).toLocaleString('en')}
            </button>
          )}
        </>
      )}
    </aside>
  );
});
