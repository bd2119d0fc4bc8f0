// The filtered claims as CSV: the claims on the axis in its order, then the undated ones (their
// date cells empty), written like every CSV export of the app (app/formats/csv: BOM, CRLF,
// RFC 4180 quoting, formula-like cells defused with a leading `'`). Several claimants or targets
// share a cell joined with " | ", as the claims table does.

import { FORMULA_START, writeSpreadsheetCsv } from '../formats/csv/index.ts';
import { CELL_SEPARATOR } from '../formats/claims-table/encode.ts';
import { spanDays } from './date-span.ts';
import {
  documentSourceOf,
  type DatedClaim,
  type TimelineClaim,
  type TimelineClaims,
  type UndatedClaim,
} from './timeline-claims.ts';

export const TIMELINE_CSV_COLUMNS = [
  'Claim',
  'Claimants',
  'Claimant entity IDs',
  'Targets',
  'Target entity IDs',
  'Date text',
  'Date value',
  'Interval start',
  'Interval end',
  'Document title',
  'Document source',
  'Document ID',
  'Start',
  'End',
  'Layer',
] as const;

export interface TimelineCsvOptions {
  /** Prefix cells a spreadsheet would run as a formula with `'` (default true). */
  defuseFormulas?: boolean;
}

export function encodeTimelineCsv(
  claims: Pick<TimelineClaims, 'documents' | 'annotators'>,
  dated: readonly DatedClaim[],
  undated: readonly UndatedClaim[],
  options: TimelineCsvOptions = {},
): string {
  const layerNames = new Map(claims.annotators.map((annotator) => [annotator.id, annotator.name]));
  const row = (claim: TimelineClaim, date: DatedClaim | null) => {
    const document = claims.documents[claim.document]!;
    const days = date === null ? null : spanDays(date.from, date.to);
    return [
      claim.text,
      claim.claimants.map((actor) => actor.name).join(CELL_SEPARATOR),
      entityIds(claim.claimants),
      claim.targets.map((actor) => actor.name).join(CELL_SEPARATOR),
      entityIds(claim.targets),
      claim.dateText ?? '',
      date?.dateValue ?? '',
      days?.first ?? '',
      days?.last ?? '',
      document.title,
      documentSourceOf(document) ?? '',
      document.id,
      claim.start,
      claim.end,
      layerNames.get(claim.annotator) ?? claim.annotator,
    ];
  };
  return writeSpreadsheetCsv(
    TIMELINE_CSV_COLUMNS,
    [...dated.map((claim) => row(claim, claim)), ...undated.map((claim) => row(claim, null))],
    options.defuseFormulas === false ? false : FORMULA_START,
  );
}

function entityIds(actors: TimelineClaim['claimants']): string {
  return actors
    .flatMap((actor) => (actor.entity === undefined ? [] : [actor.entity]))
    .join(CELL_SEPARATOR);
}
