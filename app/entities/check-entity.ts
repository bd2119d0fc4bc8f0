// What makes an entity well formed, in one place for the entity editor, the CSV reader and the
// dataset reader: a name, a known kind, a Wikidata id of the form Q + digits, and aliases that
// are neither the name again nor each other (compared by nameKey, the rule matching uses).
//
// An alias may not contain `|`: the CSV format the team shares its list in separates aliases
// with it (issue 8), and an entity that could not be written there would break a team's export.

import { ENTITY_KINDS, isEntityKind, WIKIDATA_ID_PATTERN, type Entity } from '../model/entity.ts';
import { nameKey } from './entity-names.ts';

/** Separates aliases in one CSV cell, hence refused inside an alias. */
export const ALIAS_SEPARATOR = '|';

/** One problem with one field of an entity; `field` is also the CSV column it comes from. */
export interface EntityProblem {
  field: 'name' | 'kind' | 'aliases' | 'wikidata';
  message: string;
}

/** Every problem of an entity, each naming its field ("kind: “company” is not one of …"). */
export function checkEntity(entity: Entity): string[] {
  return entityProblems(entity).map((problem) => `${problem.field}: ${problem.message}`);
}

/** checkEntity's problems with the field apart, for callers that place them (a CSV column). */
export function entityProblems(entity: Entity): EntityProblem[] {
  const problems: EntityProblem[] = [];
  const nameKeyOfEntity = nameKey(entity.name);
  if (nameKeyOfEntity === '') problems.push({ field: 'name', message: 'is empty' });
  if (!isEntityKind(entity.kind)) {
    problems.push({ field: 'kind', message: describeUnknownKind(entity.kind) });
  }
  if (entity.wikidata !== undefined && !WIKIDATA_ID_PATTERN.test(entity.wikidata)) {
    problems.push({
      field: 'wikidata',
      message: `“${entity.wikidata}” is not a Wikidata id: Q followed by digits, like Q42`,
    });
  }
  const seen = new Set<string>();
  for (const alias of entity.aliases) {
    const key = nameKey(alias);
    const message =
      key === ''
        ? 'an alias is empty'
        : alias.includes(ALIAS_SEPARATOR)
          ? `“${alias}” contains “${ALIAS_SEPARATOR}”, which separates aliases`
          : nameKeyOfEntity !== '' && key === nameKeyOfEntity
            ? `“${alias}” is the name itself`
            : seen.has(key)
              ? `“${alias}” is listed twice`
              : undefined;
    if (message !== undefined) problems.push({ field: 'aliases', message });
    seen.add(key);
  }
  return problems;
}

/** “company” is not one of person, organisation, state, group, other */
export function describeUnknownKind(kind: string): string {
  return `“${kind}” is not one of ${ENTITY_KINDS.join(', ')}`;
}

/**
 * The entity as stored: name and aliases trimmed with inner whitespace collapsed (names are one
 * line), empty aliases and those repeating the name or an earlier alias dropped (first spelling
 * kept), the Wikidata id trimmed (and absent when blank), a blank note absent. A note keeps its
 * line breaks: it is prose.
 */
export function normaliseEntity(entity: Entity): Entity {
  const name = collapseWhitespace(entity.name);
  const seen = new Set([nameKey(name)]);
  const aliases: string[] = [];
  for (const alias of entity.aliases.map(collapseWhitespace)) {
    const key = nameKey(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  const { wikidata: rawWikidata, note: rawNote, ...rest } = entity;
  const wikidata = rawWikidata?.trim();
  const note = rawNote?.trim() === '' ? undefined : rawNote;
  return {
    ...rest,
    name,
    aliases,
    ...(wikidata ? { wikidata } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
