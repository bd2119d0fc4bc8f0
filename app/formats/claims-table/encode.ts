// Model → the claims table: CSV with one row per claim, what an analyst pastes into a report —
// who claimed what, when, about whom. Each claim's claimants, date and targets come from its
// relations; an actor's entity name comes from the entity list. Formatted like the annotation
// CSV (csv/encode.ts): UTF-8 with a byte-order mark for Excel, CRLF rows, RFC 4180 quoting,
// formula-like cells defused with a leading `'` unless asked not to.
//
// Several claimants or targets share one cell, joined with " | ": a semicolon or comma would
// be ambiguous inside the quoted texts of actors ("Armenia and Azerbaijan; the OSCE"), and the
// entity list's CSV separates aliases with `|` too. Entity names are listed once each, in the
// order of the mentions that name them, so "Pompeo" and "the Secretary" both linked to Mike
// Pompeo give one name.

import { compareAnnotations, type Annotation } from '../../model/annotation.ts';
import { CLAIM } from '../../model/labels.ts';
import { FORMULA_START, writeSpreadsheetCsv } from '../csv/index.ts';
import type { DatasetModel } from '../dataset/index.ts';
import { groupByDocument } from '../group-by-document.ts';
import { claimLinksOf, type ClaimLinks } from './claim-links.ts';

/**
 * The header row, in plain words. Columns are only ever added (a spreadsheet that reads the
 * table by header keeps working): `Source`, the document's publisher, came after the others.
 */
export const CLAIMS_TABLE_COLUMNS = [
  'Document ID',
  'Document title',
  'Source',
  'Published',
  'Claim',
  'Start',
  'End',
  'Claimants',
  'Claimant entities',
  'Claim date',
  'Date value',
  'Date value status',
  'Targets',
  'Target entities',
  'Annotator',
  'Note',
] as const;

/** What joins several claimants, targets or entity names in one cell. */
export const CELL_SEPARATOR = ' | ';

export interface ClaimsTableOptions {
  /** Prefix cells a spreadsheet would run as a formula with `'` (default true). */
  defuseFormulas?: boolean;
}

/** The table, BOM first: documents in the order given, each one's claims by position. */
export function encodeClaimsTable(model: DatasetModel, options: ClaimsTableOptions = {}): string {
  const names = new Map(model.annotators.map((annotator) => [annotator.id, annotator.name]));
  const entityNames = new Map((model.entities ?? []).map((entity) => [entity.id, entity.name]));
  const annotations = groupByDocument(model.annotations);
  const relations = groupByDocument(model.relations ?? []);
  const entitiesOf = (actors: Annotation[]) =>
    join([
      ...new Set(
        actors.flatMap((actor) =>
          actor.entity === undefined ? [] : [entityNames.get(actor.entity) ?? actor.entity],
        ),
      ),
    ]);
  const rows = model.documents.flatMap((document) => {
    const own = annotations.get(document.id) ?? [];
    const links = claimLinksOf(own, relations.get(document.id) ?? []);
    return own
      .filter((annotation) => annotation.label === CLAIM)
      .sort(compareAnnotations)
      .map((claim) => {
        const { claimants, dates, targets }: ClaimLinks = links.get(claim.id) ?? {
          claimants: [],
          dates: [],
          targets: [],
        };
        return [
          document.id,
          document.title,
          document.source ?? '',
          document.publishedAt ?? '',
          claim.quote,
          claim.start,
          claim.end,
          join(claimants.map((actor) => actor.quote)),
          entitiesOf(claimants),
          join(dates.map((date) => date.quote)),
          join(dates.map((date) => date.value ?? '')),
          join(dates.map((date) => (date.value === undefined ? '' : (date.valueStatus ?? '')))),
          join(targets.map((actor) => actor.quote)),
          entitiesOf(targets),
          names.get(claim.annotator) ?? claim.annotator,
          claim.note,
        ];
      });
  });
  return writeSpreadsheetCsv(
    CLAIMS_TABLE_COLUMNS,
    rows,
    options.defuseFormulas === false ? false : FORMULA_START,
  );
}

/** A claim has one date, but a file may bring two: then both show, joined like the rest. */
function join(values: string[]): string {
  return values.every((value) => value === '') ? '' : values.join(CELL_SEPARATOR);
}
