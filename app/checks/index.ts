// Consistency checks (issue 10): findings about one annotator's layer, shared by the Checks
// screen and `marginalia check`. docs/checks.md states each rule and key.
export {
  checkLayers,
  checkLibrary,
  countByKind,
  layersOf,
  LISTED_MISSED_OCCURRENCES,
  type CheckOptions,
  type CheckReport,
} from './check-layers.ts';
export {
  FINDING_KINDS,
  FINDING_KIND_TITLES,
  type Finding,
  type FindingFix,
  type FindingKind,
  type FindingLocation,
} from './finding.ts';
