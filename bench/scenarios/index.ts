// Every benchmark, in the order they run. A new one (a bigger document, an export, a review
// screen) is a module in this folder that exports a Scenario, added here.

import type { Scenario } from '../harness/scenario.ts';
import { actorsScenario } from './actors.ts';
import { addSpanScenario } from './add-span.ts';
import { agreeEnrichedScenario } from './agree-enriched.ts';
import { checksScenario } from './checks.ts';
import { cliCommandsScenario } from './cli-commands.ts';
import { entitySearchScenario } from './entity-search.ts';
import { hostileFilesScenario } from './hostile-files.ts';
import { hostileImportScenario } from './hostile-import.ts';
import { importEnrichedScenario } from './import-enriched.ts';
import { importExportScenario } from './import-export.ts';
import { linkRelationScenario } from './link-relation.ts';
import { openDocumentScenario } from './open-document.ts';
import { openEnrichedScenario } from './open-enriched.ts';
import { openReviewScenario } from './open-review.ts';
import { openReviewEnrichedScenario } from './open-review-enriched.ts';
import { pdfImportScenario } from './pdf-import.ts';
import { rendererHeapScenario } from './renderer-heap.ts';
import { timelineScenario } from './timeline.ts';
import { searchScenario } from './search.ts';
import { suggestionsScenario } from './suggestions.ts';

export const SCENARIOS: readonly Scenario[] = [
  openDocumentScenario,
  addSpanScenario,
  openReviewScenario,
  openReviewEnrichedScenario,
  rendererHeapScenario,
  importExportScenario,
  openEnrichedScenario,
  linkRelationScenario,
  entitySearchScenario,
  importEnrichedScenario,
  cliCommandsScenario,
  agreeEnrichedScenario,
  searchScenario,
  suggestionsScenario,
  actorsScenario,
  timelineScenario,
  checksScenario,
  hostileFilesScenario,
  hostileImportScenario,
  pdfImportScenario,
];
