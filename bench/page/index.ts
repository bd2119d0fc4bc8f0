// Everything the benchmark runs inside Chromium, bundled by bench/harness/page-probes.ts into
// one script that every page of the bench's browser gets before its own scripts. (Functions
// handed to page.evaluate from tsx-compiled code cannot be used directly: tsx's keepNames
// makes them call a __name helper that does not exist in the page.)

import { addTimings, armAddProbe, selectWordsForAdd } from './add-probe.ts';
import { armEntityKeyProbe, entityKeyTimings, timeEntitySearch } from './entity-search-probe.ts';
import { loadFloorData, renderFloor } from './floor.ts';
import { idle, nextFrame, settle } from './frames.ts';
import { armOpenProbe, openTimings, registeredRanges } from './open-probe.ts';
import { startLongFrameWatch, stopLongFrameWatch } from './long-frames.ts';
import { armLinkProbe, linkTimings, revealListRow } from './link-probe.ts';
import { readDocumentRow, readLayerRelations, writeLibrary } from './write-library.ts';
import { scrollDocumentTo } from './scroll.ts';
import { armTimelineProbe, timelineTimings } from './timeline-probe.ts';

export const probes = {
  addTimings,
  armAddProbe,
  armEntityKeyProbe,
  armLinkProbe,
  armOpenProbe,
  armTimelineProbe,
  entityKeyTimings,
  idle,
  linkTimings,
  loadFloorData,
  nextFrame,
  openTimings,
  readDocumentRow,
  readLayerRelations,
  registeredRanges,
  renderFloor,
  revealListRow,
  scrollDocumentTo,
  selectWordsForAdd,
  settle,
  startLongFrameWatch,
  stopLongFrameWatch,
  timeEntitySearch,
  timelineTimings,
  writeLibrary,
};

export type Probes = typeof probes;

declare global {
  var marginaliaBench: Probes;
}

globalThis.marginaliaBench = probes;
