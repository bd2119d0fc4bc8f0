// The library's entity list as a pure core: name keys, checks, search, and matching an incoming
// list against the library's (issue 8, "Entities").

export { accentFreeKey, nameKey } from './entity-names.ts';
export {
  ALIAS_SEPARATOR,
  checkEntity,
  describeUnknownKind,
  entityProblems,
  normaliseEntity,
  type EntityProblem,
} from './check-entity.ts';
export { EntitySearch, type EntityHit } from './entity-search.ts';
export { matchEntities, type EntityMatch, type EntityOffer } from './match-entities.ts';
export { describeEntityMatches } from './describe-entity-matches.ts';
export { nameBasedEntityId } from './name-based-id.ts';
