// The analyst's own tag set (issue 11): a label "Location" added on the Labels screen with key 4
// tags a span of a corpus report, survives a reload in the toolbar, the side panel and the
// highlight's colour, and travels through an export into a fresh profile with its name and
// colour. A dataset that brings a fifth label, its colour written `#D3A`, shows it everywhere:
// the toolbar, the side panel, the library's counts, the review, agreement and the exports.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeDataset, serialiseDataset } from '../app/formats/dataset/index.ts';
import type { Annotation, SourceDocument } from '../app/model/annotation.ts';
import { asAnnotationId, asAnnotatorId, asLabelId, type AnnotatorId } from '../app/model/ids.ts';
import { BUILT_IN_LABELS, type Label } from '../app/model/labels.ts';
import { codePoints } from '../app/model/offsets.ts';
import { documentIdOf } from '../app/text/document-id.ts';
import { normaliseText } from '../app/text/normalise.ts';
import { quoteSelectorAt } from '../app/text/quote-selector.ts';
import {
  corpusFilesNamed,
  dragSelect,
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  panelCount,
  selectedText,
  type AppSession,
  exportAs,
  lookAt,
} from './app-driver.ts';

const apps: AppSession[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function newProfile(name: string): Promise<AppSession> {
  const app = await openApp();
  apps.push(app);
  await enterName(app.page, name);
  return app;
}

async function showLabels(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Labels', exact: true }).click();
  await page.getByRole('heading', { name: 'Labels' }).waitFor();
}

async function showLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Library', exact: true }).first().click();
}

/** The Labels screen's row of a label: its name, colour and key as the fields show them. */
async function labelRow(page: Page, id: string) {
  const row = page.locator(`tr[data-label-id="${id}"]`);
  await row.waitFor();
  return {
    name: await row.locator('.label-name-input').inputValue(),
    colour: await row.locator('.colour-text').inputValue(),
    count: await row.locator('[data-label-count]').textContent(),
  };
}

/** The toolbar's label buttons as the analyst reads them: name then key ("Location4"). */
function toolbarButtons(page: Page): Promise<string[]> {
  return page
    .getByRole('toolbar', { name: 'Tag selection' })
    .locator('.label-button')
    .allTextContents();
}

/** How many ranges the CSS highlight of a label holds at depth 0, and the rule that colours it. */
function highlightOf(page: Page, key: string) {
  return page.evaluate((key) => {
    const name = `mg-${key}-0`;
    const rule = [...document.querySelectorAll('style[data-testid="label-styles"]')]
      .map((style) => style.textContent ?? '')
      .join('\n')
      .split('\n')
      .find((line) => line.startsWith(`::highlight(${name})`));
    return { ranges: CSS.highlights.get(name)?.size ?? 0, rule: rule ?? null };
  }, key);
}

async function importAnnotations(app: AppSession, file: string, name: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Import annotations' }).click();
  await (await chooser).setFiles([file]);
  const dialog = app.page.getByRole('dialog', { name: `Import ${name}` });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Selects `needle` in the open document (retrying a drag the page moved under) and presses `key`. */
async function tagWithKey(page: Page, needle: string, key: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  for (let attempt = 0; attempt < 4; attempt++) {
    await dragSelect(page, needle);
    if ((await selectedText(page)).trim() === needle) break;
  }
  expect((await selectedText(page)).trim()).toBe(needle);
  await page.keyboard.press(key);
}

describe('the analyst’s own tag set', () => {
  it('adds Location with key 4, tags with it, keeps it through a reload and takes it to a fresh profile', async () => {
    const ana = await newProfile('Ana');
    const { page } = ana;
    await importThroughChooser(page, corpusFilesNamed('002_'));
    await page.locator('.title-link', { hasText: 'One year after' }).waitFor();

    await showLabels(page);
    const form = page.getByRole('form', { name: 'Add a label' });
    await form.getByLabel('Name').fill('Location');
    await form.getByLabel('Colour', { exact: true }).fill('#C026D3');
    await form.getByLabel('Key').selectOption('4');
    await form.getByRole('button', { name: 'Add label' }).click();
    expect(await labelRow(page, 'location')).toEqual({
      name: 'Location',
      colour: '#c026d3',
      count: '0',
    });

    // The form says what is wrong, next to the form, in words.
    await form.getByLabel('Name').fill('location');
    await form.getByLabel('Key').selectOption('5');
    await form.getByRole('button', { name: 'Add label' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('A label named Location already exists');
    await form.getByLabel('Name').fill('Place');
    await form.getByLabel('Key').selectOption('4');
    await form.getByRole('button', { name: 'Add label' }).click();
    await expect
      .poll(() => form.getByRole('alert').textContent())
      .toBe('Key 4 is taken by Location');
    await form.getByLabel('Name').fill('');
    // Built-in labels stay: their Delete says why it cannot.
    await expect
      .poll(() => page.getByRole('button', { name: 'Delete Claim' }).isDisabled())
      .toBe(true);
    await lookAt(page, 'labels-screen');

    await showLibrary(page);
    await openDocument(page, 'One year after');
    expect(await toolbarButtons(page)).toEqual(['AbClaim1', 'AbActor2', 'AbDate3', 'AbLocation4']);
    await tagWithKey(page, 'Nagorno-Karabakh', '4');
    await expect.poll(() => listedQuotes(page, 'location')).toEqual(['Nagorno-Karabakh']);
    expect(await panelCount(page, 'Locations')).toBe(1);
    await expect
      .poll(() => highlightOf(page, 'l-location'))
      .toEqual({
        ranges: 1,
        rule: '::highlight(mg-l-location-0) { background-color: color-mix(in srgb, #c026d3 20%, transparent); text-decoration: underline 2px #c026d3; }',
      });

    await page.reload();
    await openDocument(page, 'One year after');
    expect(await toolbarButtons(page)).toEqual(['AbClaim1', 'AbActor2', 'AbDate3', 'AbLocation4']);
    await expect.poll(() => listedQuotes(page, 'location')).toEqual(['Nagorno-Karabakh']);
    await expect.poll(async () => (await highlightOf(page, 'l-location')).ranges).toBe(1);
    await lookAt(page, 'location-tagged');

    const dataset = await exportAs(ana, 'ana.json', { format: /Marginalia dataset/ });
    const exported = JSON.parse(readFileSync(dataset, 'utf8'));
    expect(exported.labels.at(-1)).toEqual({
      id: 'location',
      name: 'Location',
      color: '#c026d3',
      shortcut: '4',
    });
    expect(
      exported.documents[0].annotations.map((annotation: { label: string; quote: string }) => [
        annotation.label,
        annotation.quote,
      ]),
    ).toEqual([['location', 'Nagorno-Karabakh']]);

    const bo = await newProfile('Bo');
    await importAnnotations(bo, dataset, 'ana.json');
    await expect
      .poll(() =>
        bo.page
          .locator('tr', { hasText: 'One year after' })
          .locator('[data-count="location"]')
          .textContent(),
      )
      .toBe('1');
    await showLabels(bo.page);
    expect(await labelRow(bo.page, 'location')).toEqual({
      name: 'Location',
      colour: '#c026d3',
      count: '1',
    });

    // Deleting it asks where its annotation goes; one Undo brings back the label and the tag.
    await bo.page.getByRole('button', { name: 'Delete Location' }).click();
    const dialog = bo.page.getByRole('dialog', { name: 'Delete label “Location”?' });
    await dialog.getByLabel('Move its annotation to:').selectOption({ label: 'Actor' });
    await lookAt(bo.page, 'delete-label');
    await dialog.getByRole('button', { name: 'Move and delete' }).click();
    await bo.page.locator('tr[data-label-id="location"]').waitFor({ state: 'detached' });
    await expect.poll(() => labelRow(bo.page, 'actor').then((row) => row.count)).toBe('1');
    await bo.page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(() => labelRow(bo.page, 'location'))
      .toEqual({ name: 'Location', colour: '#c026d3', count: '1' });
    await expect.poll(() => labelRow(bo.page, 'actor').then((row) => row.count)).toBe('0');
  });

  it('shows a fifth label a dataset brings, its colour written #D3A, everywhere', async () => {
    const cy = await newProfile('Cy');
    const { page } = cy;
    const file = join(cy.browser.downloadsDir, 'five-labels.json');
    writeFileSync(file, fiveLabelDataset());
    await importAnnotations(cy, file, 'five-labels.json');

    // The library counts it in a column of its own.
    const row = page.locator('tr', { hasText: 'One year after' });
    await expect.poll(() => row.locator('[data-count="region"]').textContent()).toBe('2');
    expect(await page.locator('.library-table th').allTextContents()).toEqual(
      expect.arrayContaining(['Locations', 'Regions']),
    );

    await lookAt(page, 'five-labels-library');
    await showLabels(page);
    expect(await labelRow(page, 'region')).toEqual({
      name: 'Region',
      colour: '#dd33aa',
      count: '2',
    });
    expect(await labelRow(page, 'location')).toEqual({
      name: 'Location',
      colour: '#0891b2',
      count: '2',
    });

    await showLibrary(page);
    await openDocument(page, 'One year after');
    expect(await toolbarButtons(page)).toEqual([
      'AbClaim1',
      'AbActor2',
      'AbDate3',
      'AbLocation4',
      'AbRegion5',
    ]);
    // Both layers' spans are listed; this profile's analyst sees the imported ones under their labels.
    await expect
      .poll(() => listedQuotes(page, 'region'))
      .toEqual(['Nagorno-Karabakh', 'Nagorno-Karabakh']);
    expect(await panelCount(page, 'Regions')).toBe(2);
    await expect.poll(async () => (await highlightOf(page, 'l-region')).rule).toContain('#dd33aa');
    await lookAt(page, 'five-labels-toolbar');

    // The review names the labels of each side of a conflict, and offers the fifth to decide on.
    await page.getByRole('button', { name: 'Review' }).click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    // The first open group: Ben's Actor against Ana's Location on "Armenian separatists".
    await page.keyboard.press('n');
    const group = page.getByRole('region', { name: 'Span group' });
    await expect
      .poll(() => group.locator('.member-head .chip').allTextContents())
      .toEqual(['Actor', 'Location']);
    await group.getByRole('button', { name: /Edit…/ }).click();
    expect(
      await group.getByRole('radiogroup', { name: 'Label' }).locator('label').allTextContents(),
    ).toEqual(['Claim', 'Actor', 'Date', 'Location', 'Region']);
    await lookAt(page, 'five-labels-review');
    await group.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await page.locator('.agreement-table').waitFor();
    for (const [id, name] of [
      ['location', 'Location'],
      ['region', 'Region'],
    ])
      await expect
        .poll(() => page.locator(`tr[data-scope="label"][data-id="${id}"]`).textContent())
        .toContain(name);
    await lookAt(page, 'five-labels-agreement');

    const dataset = JSON.parse(
      readFileSync(await exportAs(cy, 'cy.json', { format: /Marginalia dataset/ }), 'utf8'),
    );
    expect(dataset.labels.slice(3)).toEqual([
      { id: 'location', name: 'Location', color: '#0891b2', shortcut: '4' },
      { id: 'region', name: 'Region', color: '#dd33aa', shortcut: '5' },
    ]);
    const csv = readFileSync(
      await exportAs(cy, 'cy.csv', { format: /^CSV, one row per annotation/ }),
      'utf8',
    );
    expect(csv.split('\r\n').filter((line) => line.includes(',region,Region,'))).toHaveLength(2);
  });
});

/** Ana and Ben on a corpus report: both tag Nagorno-Karabakh a Region, and disagree on Armenia. */
function fiveLabelDataset(): string {
  const text = normaliseText(readFileSync(corpusFilesNamed('002_')[0]!, 'utf8'));
  const document: SourceDocument = { id: documentIdOf(text), title: 'One year after', text };
  const ana = { id: asAnnotatorId('annotator-ana'), name: 'Ana' };
  const ben = { id: asAnnotatorId('annotator-ben'), name: 'Ben' };
  const span = (annotator: AnnotatorId, quote: string, label: string): Annotation => {
    const at = text.indexOf(quote);
    const start = codePoints([...text.slice(0, at)].length);
    const end = codePoints(start + [...quote].length);
    return {
      id: asAnnotationId(`${annotator}-${label}-${start}`),
      documentId: document.id,
      label: asLabelId(label),
      start,
      end,
      ...quoteSelectorAt(text, start, end),
      annotator,
      note: '',
      createdAt: '2026-11-30T09:00:00.000Z',
      updatedAt: '2026-11-30T09:00:00.000Z',
    };
  };
  const labels: Label[] = [
    ...BUILT_IN_LABELS,
    { id: asLabelId('location'), name: 'Location', color: '#0891B2', shortcut: '4' },
    { id: asLabelId('region'), name: 'Region', color: '#D3A', shortcut: '5' },
  ];
  const json = serialiseDataset(
    encodeDataset({
      documents: [document],
      annotations: [
        span(ana.id, 'Nagorno-Karabakh', 'region'),
        span(ben.id, 'Nagorno-Karabakh', 'region'),
        span(ana.id, 'Armenian separatists', 'location'),
        span(ben.id, 'Armenian separatists', 'actor'),
        span(ana.id, 'Hasmik Tolmajyan', 'actor'),
        span(ben.id, 'Paris', 'location'),
      ],
      annotators: [ana, ben],
      labels,
      exportedAt: new Date('2026-12-01T00:00:00.000Z'),
      generatorVersion: 'test',
    }),
  );
  // encodeDataset writes colours as given: the file keeps the three-digit, uppercase notation.
  expect(json).toContain('"#D3A"');
  return json;
}
