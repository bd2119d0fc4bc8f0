// The lines the import dialog shows before the analyst confirms: what will be added, what is
// already there, what was re-anchored or left as an orphan and why, or why nothing can be
// imported. Lists are cut short; the plan itself keeps everything.

import { showQuote } from '../anchoring/show-quote.ts';
import { describeEntityMatches } from '../entities/describe-entity-matches.ts';
import { countOf } from '../formats/dataset/describe-value.ts';
import type { ImportIssue } from './bundle.ts';
import type { PlannedEntities } from './plan-entities.ts';
import type { ImportPlan } from './plan-types.ts';

/** What the plan alone does not say about entities: the analyst's choices and what they left. */
export type EntityDecisions = Pick<PlannedEntities, 'confirmed' | 'aliasesNotApplied' | 'keptNew'>;

const NO_DECISIONS: EntityDecisions = { confirmed: [], aliasesNotApplied: [], keptNew: new Set() };

/** Most entries listed under one heading; the rest are counted. */
export const LISTED_PER_HEADING = 20;

/** What the plan will do, in lines for the UI; the first line is the verdict. */
export function describeImportPlan(
  plan: ImportPlan,
  decisions: EntityDecisions = NO_DECISIONS,
): string[] {
  if (plan.issues.length > 0) return describeImportIssues(plan.issues);

  const lines: string[] = [];
  const added = [
    [plan.documentsToAdd.length, 'document'],
    [plan.annotationsToAdd.length, 'annotation'],
    [plan.annotatorsToAdd.length, 'annotator'],
    [plan.orphans.length, 'orphan'],
    [plan.reviewsToAdd.length, 'document review'],
    [plan.relationsToAdd.length, 'relation'],
  ] as const;
  const adding = added.filter(([count]) => count > 0).map(([count, noun]) => countOf(count, noun));
  if (plan.entitiesToAdd.length > 0) adding.push(entityCount(plan.entitiesToAdd.length));
  lines.push(
    adding.length === 0
      ? 'Nothing new to add: everything in the file is already in the library.'
      : `Will add ${joinWords(adding)}.`,
  );

  const { documents, annotations, annotators, relations } = plan.alreadyPresent;
  const present = [
    [documents, 'document'],
    [annotations, 'annotation'],
    [annotators, 'annotator'],
    [relations, 'relation'],
  ] as const;
  const skipping = present
    .filter(([count]) => count > 0)
    .map(([count, noun]) => countOf(count, noun));
  if (skipping.length > 0)
    lines.push(`Already in the library, so skipped (same ids): ${joinWords(skipping)}.`);

  if (plan.conflicts.length > 0) {
    lines.push(
      `${countOf(plan.conflicts.length, 'item')} in the file ${plan.conflicts.length === 1 ? 'has' : 'have'} the id of one in the library but different content; the library's version is kept:`,
      ...listed(
        plan.conflicts.map(
          ({ source, kind, id, differences }) =>
            `${source === '' ? '' : `${where(source)}: `}${kind} ${JSON.stringify(id)}: ${differences.join('; ')}`,
        ),
      ),
    );
  }

  lines.push(...describeEntities(plan, decisions));

  if (plan.moved.length > 0) {
    lines.push(
      `${countOf(plan.moved.length, 'annotation')} re-anchored to where ${plan.moved.length === 1 ? 'its' : 'their'} quote is:`,
      ...listed(
        plan.moved.map(({ source, how, from, offsetsProblem, to, quote, foundQuote, score }) => {
          const place = `${to.start}–${to.end}`;
          const found =
            how === 'fuzzy'
              ? `matched approximately as ${showQuote(foundQuote ?? '')} at ${place} (${Math.floor((score ?? 0) * 100)} % alike)`
              : from === undefined
                ? `placed at ${place}`
                : `moved from ${from.start}–${from.end} to ${place}`;
          const why = offsetsProblem === undefined ? '' : ` (${offsetsProblem})`;
          return `${where(source)}: ${showQuote(quote)} ${found}${why}`;
        }),
      ),
    );
  }

  if (plan.orphans.length > 0) {
    lines.push(
      `${countOf(plan.orphans.length, 'annotation')} could not be placed and will be kept as ${plan.orphans.length === 1 ? 'an orphan' : 'orphans'}:`,
      ...listed(plan.orphans.map(({ source, reason }) => `${where(source)}: ${reason}`)),
    );
  }

  if (plan.warnings.length > 0) lines.push('Warnings:', ...listed(plan.warnings));
  return lines;
}

/**
 * The file's entities: matched (describeEntityMatches' words), confirmed or kept apart by the
 * analyst, offered and waiting, and the aliases a matched entity brings that are not applied.
 */
function describeEntities(plan: ImportPlan, decisions: EntityDecisions): string[] {
  if (plan.entityMatches.length === 0) return [];
  const confirmed = new Set(decisions.confirmed.map(({ incoming }) => incoming.id));
  // Kept apart by choice: new, with nothing left to confirm.
  const matches = plan.entityMatches
    .filter((m) => !confirmed.has(m.incoming.id))
    .map((m) => (decisions.keptNew.has(m.incoming.id) ? { ...m, offered: [] } : m));
  const lines = describeEntityMatches(matches);
  if (decisions.confirmed.length > 0)
    lines.push(
      `${decisions.confirmed.length} confirmed by you: ${decisions.confirmed
        .map(({ incoming, entity }) => `“${incoming.name}” is “${entity.name}”`)
        .join(', ')}`,
    );
  const notApplied = decisions.aliasesNotApplied.map(
    ({ entity, aliases }) => `“${entity.name}”: ${aliases.map((a) => `“${a}”`).join(', ')}`,
  );
  return [
    'Entities in the file:',
    ...listed(lines),
    ...(notApplied.length === 0
      ? []
      : [
          "Names the file gives matched entities, not added to the library's records (edit an entity to add them):",
          ...listed(notApplied),
        ]),
  ];
}

function entityCount(count: number): string {
  return `${count} ${count === 1 ? 'entity' : 'entities'}`;
}

/** Why nothing can be imported from a file: the verdict, then each issue at its place. */
export function describeImportIssues(issues: readonly ImportIssue[], fileName?: string): string[] {
  const from = fileName === undefined ? '' : ` from ${fileName}`;
  return [
    `Nothing will be imported${from}: ${countOf(issues.length, 'problem')} in the file must be fixed first.`,
    ...listed(issues.map(({ path, message }) => (path === '' ? message : `${path}: ${message}`))),
  ];
}

/** Where in the file an entry comes from; a file of one W3C annotation has the empty pointer. */
function where(source: string): string {
  return source === '' ? 'the annotation' : source;
}

/** Entries indented under their heading, cut after LISTED_PER_HEADING. */
function listed(entries: string[]): string[] {
  const shown = entries.slice(0, LISTED_PER_HEADING).map((entry) => `  ${entry}`);
  const more = entries.length - shown.length;
  return more > 0 ? [...shown, `  …and ${more} more`] : shown;
}

/** ["a", "b", "c"] → "a, b and c". */
function joinWords(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
