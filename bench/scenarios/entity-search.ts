// Searching the library's entities from an actor's Entity field (issue 8: "entity search over
// 10,000 entities with 3 aliases each: keystroke → list updated ≤ 16 ms p50"). The library is
// the enriched document (bench/fixture/enriched-library.ts) with a list of 10,000 entities. An
// actor without an entity is selected by clicking its row in the side panel; the Entity input is
// clicked (its list opens) and texts an analyst would type are typed into it one character at a
// time, as an analyst types them (without accents: "Testere" for "Təstərə"): full names, a
// surname alias, a name with a typo, a title alias. Each keystroke is timed from its keydown to
// the DOM showing the list for the new text and to the animation frame after that
// (bench/page/entity-search-probe.ts). Between texts, Esc clears the field. Then, in the same
// page, the search index alone (EntitySearch.search over the same entities and the same
// prefixes, no UI) for comparison.

import { openFromLibrary, seedLibrary } from '../harness/app-library.ts';
import { callProbe } from '../harness/page-probes.ts';
import { metric, type Scenario } from '../harness/scenario.ts';
import { ENRICHMENT_PARAMETERS, enrichedLibraryOf } from '../fixture/enriched-library.ts';
import { compareAnnotations } from '../../app/model/annotation.ts';
import { ACTOR, CLAIM } from '../../app/model/labels.ts';
import type { Entity } from '../../app/model/entity.ts';

const ENTITIES = 10_000;
/** Keystrokes of the first text are not recorded (JIT, first renders of the list). */
const WARMUP_KEYSTROKES = 6;

/** What an analyst types for a name: no accents, no letters the keyboard lacks. */
export function typedForm(text: string): string {
  return text
    .replace(/ə/g, 'e')
    .replace(/Ə/g, 'E')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** One letter swapped for the next one of the alphabet, in the middle of the longest word. */
function withTypo(text: string): string {
  const words = text.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  const swapped = String.fromCharCode(((longest.charCodeAt(at) - 97 + 1) % 26) + 97);
  return words
    .map((word) => (word === longest ? word.slice(0, at) + swapped + word.slice(at + 1) : word))
    .join(' ');
}

function textsToType(entities: readonly Entity[]): string[] {
  return [
    typedForm(entities[17]!.name),
    typedForm(entities[4242]!.name),
    typedForm(entities[777]!.aliases[0]!),
    withTypo(typedForm(entities[9001]!.name).toLowerCase()),
    typedForm(entities[2500]!.aliases[2]!),
    typedForm(entities[6123]!.name).toLowerCase(),
  ];
}

export const entitySearchScenario: Scenario = {
  name: 'entity-search',
  description: 'an actor selected: type into its Entity field over 10,000 entities → list updated',
  async run(context) {
    const listed = metric('entity-search', 'listed', 'entity search: key → list in DOM', 'ms');
    const frame = metric('entity-search', 'frame', 'entity search: key → list frame', 'ms');
    const indexAlone = metric(
      'entity-search',
      'index-alone',
      'entity search: EntitySearch alone (no UI)',
      'ms',
    );
    const enriched = enrichedLibraryOf(context.document, {
      ...ENRICHMENT_PARAMETERS,
      entities: ENTITIES,
    });
    const { entities } = enriched.rows;
    const [layer] = enriched.rows.layers;
    const sorted = [...layer!.annotations].sort(compareAnnotations);
    const claims = sorted.filter((annotation) => annotation.label === CLAIM).length;
    const actors = sorted.filter((annotation) => annotation.label === ACTOR);
    const actorIndex = actors.findIndex((actor, i) => i > 200 && actor.entity === undefined);
    const actor = actors[actorIndex]!;
    const texts = textsToType(entities);
    const optionsShown: number[] = [];
    let indexBuildMs: number;
    let fieldPresent = true;
    const browser = await context.openBrowser();
    try {
      const { page } = browser;
      await seedLibrary(page, context.appUrl, enriched.rows);
      await openFromLibrary(page, context.appUrl);
      // The actors follow the claims' group: two headers, every claim, the actors before it.
      await callProbe(page, 'revealListRow', 2, claims + actorIndex);
      await page.locator(`.list-item[data-annotation-id="${actor.id}"]`).click();
      const input = page.locator('.details input.entity-input');
      try {
        await input.waitFor({ timeout: 10_000 });
      } catch {
        fieldPresent = false;
      }
      if (fieldPresent) {
        await callProbe(page, 'settle');
        let keystroke = 0;
        for (const text of texts) {
          await input.click();
          await page.locator('.entity-combobox [role="listbox"]').waitFor();
          await callProbe(page, 'settle');
          for (let i = 1; i <= text.length; i++) {
            await callProbe(page, 'armEntityKeyProbe', text.slice(0, i));
            await page.keyboard.type(text[i - 1]!);
            const timings = await callProbe(page, 'entityKeyTimings');
            await callProbe(page, 'settle');
            if (keystroke++ < WARMUP_KEYSTROKES) continue;
            listed.samples.push(timings.listedAt - timings.keydownAt);
            frame.samples.push(timings.frameAt - timings.keydownAt);
            optionsShown.push(timings.options);
          }
          await page.keyboard.press('Escape');
          await callProbe(page, 'settle');
        }
      } else {
        context.log('entity-search: no Entity field in the actor’s details; the index alone only');
      }
      const prefixes = texts.flatMap((text) => Array.from(text, (_, i) => text.slice(0, i + 1)));
      const alone = await callProbe(page, 'timeEntitySearch', entities, prefixes);
      indexBuildMs = alone.buildMs;
      indexAlone.samples.push(...alone.ms);
    } finally {
      await browser.close();
    }
    context.log(`entity-search: frame ${frame.samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return {
      metrics: [listed, frame, indexAlone],
      details: {
        entities: entities.length,
        aliasesPerEntity: 3,
        fieldPresent,
        texts,
        warmupKeystrokes: WARMUP_KEYSTROKES,
        optionsShown,
        indexAloneBuildMs: Math.round(indexBuildMs),
      },
    };
  },
};
