// Reviewing beyond the spans: Ana and Ben tagged the same spans of a corpus report but gave the
// ambassador's claim different claimants, linked her name to different entities and gave the
// date different values. A reviewer imports both datasets, accepts what they agree on (spans, the
// Blinken entity both linked under different names and one Wikidata id, the claim's date link),
// finds each link, entity and value conflict with `n`, settles them with the keyboard, and
// exports a reconciled dataset whose relations, entity links and values carry their provenance.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeDataset } from '../app/formats/dataset/index.ts';
import type { Annotation, SourceDocument } from '../app/model/annotation.ts';
import type { DateValue } from '../app/model/date-value.ts';
import type { Entity } from '../app/model/entity.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asEntityId,
  asLabelId,
  asRelationId,
  type AnnotatorId,
} from '../app/model/ids.ts';
import { BUILT_IN_LABELS } from '../app/model/labels.ts';
import { codePoints } from '../app/model/offsets.ts';
import {
  BUILT_IN_RELATION_TYPES,
  CLAIM_DATE,
  CLAIMANT,
  type Relation,
} from '../app/model/relation.ts';
import { documentIdOf } from '../app/text/document-id.ts';
import { normaliseText } from '../app/text/normalise.ts';
import { quoteSelectorAt } from '../app/text/quote-selector.ts';
import {
  corpusFilesNamed,
  enterName,
  importThroughChooser,
  openApp,
  openDocument,
  type AppSession,
} from './app-driver.ts';

const apps: AppSession[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const TITLE = 'One year after';
const [CORPUS_FILE] = corpusFilesNamed('002_');
const TEXT = normaliseText(readFileSync(CORPUS_FILE!, 'utf8'));
const DOCUMENT: SourceDocument = { id: documentIdOf(TEXT), title: 'One year after', text: TEXT };
const CLAIM_TEXT =
  'Armenia has shown multiple times its sincere hope and determination to reach a just and durable peace in the region';

/** An annotation of the first occurrence of `quote`, code points counted as the format does. */
function span(
  annotator: AnnotatorId,
  quote: string,
  label: string,
  extra: Partial<Annotation> = {},
): Annotation {
  const at = TEXT.indexOf(quote);
  const start = codePoints([...TEXT.slice(0, at)].length);
  const end = codePoints(start + [...quote].length);
  return {
    id: asAnnotationId(`${annotator}-${label}-${start}`),
    documentId: DOCUMENT.id,
    label: asLabelId(label),
    start,
    end,
    ...quoteSelectorAt(TEXT, start, end),
    annotator,
    note: '',
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:00:00.000Z',
    ...extra,
  };
}

function link(from: Annotation, type: Relation['type'], to: Annotation): Relation {
  return {
    id: asRelationId(`${from.id}-${type}`),
    documentId: DOCUMENT.id,
    type,
    from: from.id,
    to: to.id,
    annotator: from.annotator,
    createdAt: from.createdAt,
    updatedAt: from.updatedAt,
  };
}

/** One annotator's dataset: the same four spans, and their own claimant, entities and value. */
function colleagueFile(
  dir: string,
  name: string,
  options: { claimant: 'tolmajyan' | 'blinken'; tolmajyan: Entity; blinken: Entity; value: string },
): string {
  const annotator = asAnnotatorId(name.toLowerCase());
  const claim = span(annotator, CLAIM_TEXT, 'claim');
  const tolmajyan = span(annotator, 'Hasmik Tolmajyan', 'actor', { entity: options.tolmajyan.id });
  const blinken = span(annotator, 'Antony Blinken', 'actor', { entity: options.blinken.id });
  const date = span(annotator, 'September 2022', 'date', {
    value: options.value as DateValue,
    valueStatus: 'confirmed',
  });
  const dataset = encodeDataset({
    documents: [DOCUMENT],
    annotations: [claim, tolmajyan, blinken, date],
    annotators: [{ id: annotator, name }],
    labels: [...BUILT_IN_LABELS],
    relations: [
      link(claim, CLAIMANT, options.claimant === 'tolmajyan' ? tolmajyan : blinken),
      link(claim, CLAIM_DATE, date),
    ],
    relationTypes: [...BUILT_IN_RELATION_TYPES],
    entities: [options.tolmajyan, options.blinken],
    exportedAt: new Date('2026-11-30T10:00:00.000Z'),
    generatorVersion: 'test',
  });
  const file = join(dir, `${name.toLowerCase()}.json`);
  writeFileSync(file, JSON.stringify(dataset, null, 2));
  return file;
}

async function importAnnotations(page: Page, file: string): Promise<void> {
  const name = file.split('/').pop()!;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import annotations' }).click();
  await (await chooser).setFiles([file]);
  const dialog = page.getByRole('dialog', { name: `Import ${name}` });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function counts(page: Page): Promise<[number, number]> {
  const header = page.locator('.review-counts');
  return [
    Number(await header.getAttribute('data-open')),
    Number(await header.getAttribute('data-resolved')),
  ];
}

/** The kind of the enrichment conflict the keys act on, or null. */
async function currentConflict(page: Page): Promise<string | null> {
  const current = page.locator('.enrichment.current');
  return (await current.count()) === 0 ? null : current.getAttribute('data-kind');
}

function validate(file: string): string {
  return execFileSync(
    'node',
    [join(import.meta.dirname, '../bin/marginalia.mjs'), 'validate', file],
    { encoding: 'utf8' },
  );
}

describe('reviewing links, entities and values', () => {
  it('finds each conflict with n, settles it with the keyboard, and exports the links with provenance', async () => {
    const reviewer = await openApp();
    apps.push(reviewer);
    const { page } = reviewer;
    await page.setViewportSize({ width: 1440, height: 1000 });
    const dir = reviewer.browser.downloadsDir;
    const blinken = (id: string, name: string): Entity => ({
      id: asEntityId(id),
      name,
      kind: 'person',
      aliases: [],
      wikidata: 'Q4774567',
    });
    const anaFile = colleagueFile(dir, 'Ana', {
      claimant: 'tolmajyan',
      tolmajyan: {
        id: asEntityId('ana-tolmajyan'),
        name: 'Hasmik Tolmajyan',
        kind: 'person',
        aliases: [],
      },
      blinken: blinken('ana-blinken', 'Antony Blinken'),
      value: '2022-09',
    });
    const benFile = colleagueFile(dir, 'Ben', {
      claimant: 'blinken',
      tolmajyan: {
        id: asEntityId('ben-tolmajyan'),
        name: 'Hasmik Tolmadjian',
        kind: 'person',
        aliases: [],
      },
      blinken: blinken('ben-blinken', 'Antony J. Blinken'),
      value: '2022-09-19',
    });

    await enterName(page, 'Rosa');
    await importThroughChooser(page, [CORPUS_FILE!]);
    await page.locator('.title-link', { hasText: TITLE }).waitFor();
    await importAnnotations(page, anaFile);
    await importAnnotations(page, benFile);
    await openDocument(page, TITLE);
    await page.getByRole('button', { name: 'Review' }).click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    await expect.poll(() => counts(page)).toEqual([4, 0]);

    // Before accepting, the first agreed span (the date) already shows that its values differ.
    await page.keyboard.press('n');
    await expect
      .poll(() => page.locator('.enrichments.preview .kind-badge').allTextContents())
      .toEqual(['Value conflict']);
    await page.keyboard.press('Escape');

    // Every span is agreed: accepting them carries the Blinken entity (one Wikidata id) and
    // leaves the claim's links, Tolmajyan's entity and the date's value in conflict.
    await page.getByRole('button', { name: 'Accept all agreed' }).click();
    await expect.poll(() => counts(page)).toEqual([3, 4]);
    expect(await page.locator('.review-kinds').textContent()).toMatch(
      /Link conflict 1.*Entity conflict 1.*Value conflict 1/,
    );

    // In reading order: the date (value), the claim (links), the ambassador (entity).
    await page.keyboard.press('n');
    await expect.poll(() => currentConflict(page)).toBe('value');
    const value = page.getByRole('region', { name: 'Value of the date' });
    expect(await value.locator('.member code').allTextContents()).toEqual([
      '2022-09',
      '2022-09-19',
    ]);
    await page.keyboard.press('e');
    await value.getByLabel('Value', { exact: true }).fill('2022-09-19/2022-09-20');
    await value.getByLabel('Value', { exact: true }).press('Enter');
    await expect.poll(() => counts(page)).toEqual([2, 5]);
    await expect
      .poll(() => value.locator('.decision').textContent())
      .toMatch(/2022-09-19\/2022-09-20.*edited by Rosa/);

    await page.keyboard.press('n');
    await expect.poll(() => currentConflict(page)).toBe('link');
    const links = page.getByRole('region', { name: 'Links of the claim' });
    expect(await links.locator('.member').nth(0).textContent()).toMatch(
      /Claimant.*Hasmik Tolmajyan/,
    );
    expect(await links.locator('.member').nth(1).textContent()).toMatch(/Claimant.*Antony Blinken/);
    await page.keyboard.press('1'); // Ana's links
    await expect.poll(() => counts(page)).toEqual([1, 6]);

    await page.keyboard.press('n');
    await expect.poll(() => currentConflict(page)).toBe('entity');
    const entity = page.getByRole('region', { name: 'Entity of the actor' });
    expect(await entity.locator('.member .enrichment-value').allTextContents()).toEqual([
      'Hasmik Tolmajyan',
      'Hasmik Tolmadjian',
    ]);
    await page.keyboard.press('2'); // Ben's entity
    await expect.poll(() => counts(page)).toEqual([0, 7]);

    // One undo takes back the last decision alone; redo restores it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => counts(page)).toEqual([1, 6]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => counts(page)).toEqual([0, 7]);

    // The Agreement screen measures the same disagreements: one claimant of two links differs,
    // one entity of two (Blinken is one actor by his Wikidata id), the one date value.
    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await page.locator('.agreement-table').waitFor();
    const overall = page.locator('tr[data-scope="overall"]');
    const valueOf = (measure: string) =>
      overall.locator(`td[data-measure="${measure}"]`).getAttribute('data-value');
    await expect.poll(() => valueOf('relationF1Exact')).toBe('0.5');
    expect(await valueOf('entityAgreement')).toBe('0.5');
    expect(await valueOf('dateValueAgreement')).toBe('0');
    await page.getByRole('button', { name: 'Library', exact: true }).first().click();
    await openDocument(page, TITLE);
    await page.getByRole('button', { name: 'Review' }).click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();

    // The reconciled dataset: every link between reconciled spans, the entities and the value, with provenance.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '← Document' }).click();
    await page.getByRole('button', { name: 'Export dataset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /Marginalia dataset/ }).check();
    await dialog.getByRole('radio', { name: /Reconciled only/ }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = join(dir, 'reconciled.json');
    await (await download).saveAs(file);
    expect(validate(file)).toMatch(/valid/i);
    const dataset = JSON.parse(readFileSync(file, 'utf8'));
    const rosa = JSON.parse(readFileSync(file, 'utf8')).documents[0].annotations[0].provenance
      .decidedBy;
    const [document] = dataset.documents;
    const byId = new Map(
      document.annotations.map((annotation: { id: string; quote: string }) => [
        annotation.id,
        annotation,
      ]),
    );
    const quoteOf = (id: string) => (byId.get(id) as { quote: string }).quote;
    expect(
      document.relations.map(
        (relation: {
          type: string;
          from: string;
          to: string;
          provenance: { decision: string; sources: { annotator: string }[] };
        }) => [
          relation.type,
          quoteOf(relation.from),
          quoteOf(relation.to),
          relation.provenance.decision,
          relation.provenance.sources.map((source) => source.annotator),
        ],
      ),
    ).toEqual(
      expect.arrayContaining([
        ['claimant', CLAIM_TEXT, 'Hasmik Tolmajyan', 'adjudicated', ['ana']],
        ['date', CLAIM_TEXT, 'September 2022', 'adjudicated', ['ana', 'ben']],
      ]),
    );
    expect(document.relations).toHaveLength(2);
    const annotation = (quote: string) =>
      document.annotations.find((candidate: { quote: string }) => candidate.quote === quote);
    const entityName = (id: string) =>
      dataset.entities.find((candidate: { id: string }) => candidate.id === id).name;
    expect(entityName(annotation('Hasmik Tolmajyan').entity)).toBe('Hasmik Tolmadjian');
    expect(annotation('Hasmik Tolmajyan').provenance.entity).toMatchObject({
      decision: 'adjudicated',
      decidedBy: rosa,
      annotators: ['ben'],
    });
    expect(annotation('Antony Blinken').provenance.entity).toMatchObject({
      decision: 'unanimous',
      annotators: ['ana', 'ben'],
    });
    expect(annotation('September 2022')).toMatchObject({
      value: '2022-09-19/2022-09-20',
      provenance: { value: { decision: 'edited', decidedBy: rosa } },
    });
  });
});
