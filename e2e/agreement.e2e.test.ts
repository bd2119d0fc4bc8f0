// Agreement as two analysts meet it: Ana and Bo tag the same documents on their own machines,
// Ana imports Bo's export, and the Agreement screen shows the very numbers `marginalia agree`
// computes from the two exported files (app/agreement, run here in Node), with the reason
// behind an undefined value on screen.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  computeAgreement,
  scoreAgreement,
  type AgreementMeasures,
  type PairwiseAgreement,
} from '../app/agreement/index.ts';
import { agreementInputOfDatasets } from '../app/agreement/datasets-agreement-input.ts';
import { parseDataset, type DatasetV1 } from '../app/formats/dataset/index.ts';
import { documentIdOf } from '../app/text/document-id.ts';
import {
  corpusFilesNamed,
  dragSelect,
  enterName,
  importThroughChooser,
  listedQuotes,
  openApp,
  openDocument,
  type AppSession,
  exportAs,
} from './app-driver.ts';

// One sentence both tag whole as a claim: every token has the same category for both, so the
// kappas are 0/0 (undefined) while F1 and α_U are a perfect 1.
const STATEMENT = 'Baku and Yerevan agreed to keep talking.';
const REPORT = 'One year after';

const apps: AppSession[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function openAs(name: string, files: string[]): Promise<AppSession> {
  const app = await openApp();
  apps.push(app);
  await enterName(app.page, name);
  await importThroughChooser(app.page, files);
  await expect.poll(() => app.page.locator('.title-link').count()).toBe(files.length);
  return app;
}

async function tag(page: Page, needle: string, key: string): Promise<void> {
  const label = { '1': 'claim', '2': 'actor', '3': 'date' }[key]!;
  const before = (await listedQuotes(page, label)).length;
  await dragSelect(page, needle);
  await page.keyboard.press(key);
  await expect.poll(async () => (await listedQuotes(page, label)).length).toBe(before + 1);
}

function readDataset(file: string): DatasetV1 {
  const parsed = parseDataset(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

/** What a cell shows for a value: three decimals with a real minus, or a dash when undefined. */
function shown(value: number | null): string {
  return value === null ? '—' : value.toFixed(3).replace('-', '−');
}

/** The table's text for each measure a row has (cells of measures it lacks are empty), keyed like the report. */
async function rowValues(page: Page, scope: string, id?: string): Promise<Record<string, string>> {
  const row = page.locator(
    `tr[data-scope="${scope}"]${id === undefined ? '' : `[data-id="${id}"]`}`,
  );
  return row.evaluate((tr) =>
    Object.fromEntries(
      [...tr.querySelectorAll('td[data-value]')].map((cell) => [
        cell.getAttribute('data-measure'),
        cell.querySelector('.score-value')!.textContent,
      ]),
    ),
  );
}

function expectedValues(
  measures: Partial<Record<keyof AgreementMeasures, PairwiseAgreement | number | null>>,
): Record<string, string> {
  // With one pair of annotators, a pairwise cell shows that pair's value, which is also the mean.
  return Object.fromEntries(
    Object.entries(measures).map(([key, measure]) => [
      key,
      shown(typeof measure === 'object' && measure !== null ? measure.mean : measure),
    ]),
  );
}

describe('agreement between two analysts', () => {
  it('shows the measures app/agreement computes from both exports, and explains an undefined one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'marginalia-agreement-'));
    const statementFile = join(folder, 'statement.txt');
    writeFileSync(statementFile, `${STATEMENT}\n`);
    const files = [...corpusFilesNamed('002_'), statementFile];

    const ana = await openAs('Ana', files);
    await openDocument(ana.page, REPORT);
    await tag(ana.page, 'Hasmik Tolmajyan', '2');
    await tag(ana.page, 'September 2022', '3');
    await tag(ana.page, 'Antony Blinken', '2');
    await tag(ana.page, 'Armenia has shown multiple times its sincere hope', '1');
    await ana.page.getByRole('button', { name: 'Library', exact: true }).first().click();
    await openDocument(ana.page, STATEMENT);
    await tag(ana.page, STATEMENT, '1');
    const anaFile = await exportAs(ana, 'ana.json');

    // Bo agrees on one actor, draws the date wider, misses Blinken, tags another actor, and
    // tags the same statement whole.
    const bo = await openAs('Bo', files);
    await openDocument(bo.page, REPORT);
    await tag(bo.page, 'Hasmik Tolmajyan', '2');
    await tag(bo.page, 'In September 2022', '3');
    await tag(bo.page, 'The United States and France', '2');
    await tag(bo.page, 'Armenia has shown multiple times its sincere hope', '1');
    await bo.page.getByRole('button', { name: 'Library', exact: true }).first().click();
    await openDocument(bo.page, STATEMENT);
    await tag(bo.page, STATEMENT, '1');
    const boFile = await exportAs(bo, 'bo.json');

    // Before Bo's layer arrives there is nothing to compare, and the screen says how to get there.
    const { page } = ana;
    await page.getByRole('button', { name: 'Agreement', exact: true }).click();
    await page.getByRole('heading', { name: 'No document has two annotators yet' }).waitFor();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import annotations' }).first().click();
    await (await chooser).setFiles([boFile]);
    const dialog = page.getByRole('dialog', { name: 'Import bo.json' });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // The screen follows the import: Ana and Bo are ticked, and the table appears.
    await page.locator('.agreement-table').waitFor();
    expect(await page.getByRole('checkbox', { name: /Ana/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Bo/ }).isChecked()).toBe(true);

    // What `marginalia agree ana.json bo.json` computes.
    const merged = agreementInputOfDatasets([readDataset(anaFile), readDataset(boFile)]);
    const report = computeAgreement(merged.input);
    const scored = scoreAgreement(merged.input);
    const reportId = merged.input.documents.find((document) =>
      merged.titles.get(document.id)!.startsWith(REPORT),
    )!.id;
    const statementId = documentIdOf(STATEMENT);
    expect(Object.keys(report.documents).sort()).toEqual([reportId, statementId].sort());

    await expect.poll(() => rowValues(page, 'overall')).toEqual(expectedValues(report.overall));
    for (const id of [reportId, statementId])
      expect(await rowValues(page, 'document', id)).toEqual(expectedValues(report.documents[id]!));
    expect(Object.keys(report.labels)).toEqual(['actor', 'claim', 'date']);
    for (const [id, measures] of Object.entries(report.labels))
      expect(await rowValues(page, 'label', id)).toEqual(expectedValues(measures));
    // Not a table of one number: the two analysts agree in part.
    expect(report.overall.f1Exact.mean).toBeGreaterThan(0);
    expect(report.overall.f1Exact.mean).toBeLessThan(1);

    // The statement's kappas are undefined, and the screen says why, in the cell and below the table.
    const statement = scored.documents.get(statementId)!;
    const reason = [...statement.cohenKappa.pairs.values()][0]!;
    expect(reason.value).toBeNull();
    expect(statement.f1Exact.mean.value).toBe(1);
    const reasonText = (reason as { reason: string }).reason;
    const cohenCell = page.locator(
      `tr[data-scope="document"][data-id="${statementId}"] td[data-measure="cohenKappa"]`,
    );
    expect(await cohenCell.getAttribute('title')).toContain(reasonText);
    const note = page
      .getByRole('region', { name: 'Undefined values' })
      .locator('li', { hasText: reasonText });
    expect(await note.textContent()).toMatch(/chance/i);
    expect(await cohenCell.locator('.note-ref').textContent()).toBe(
      String((await note.evaluate((li) => [...li.parentElement!.children].indexOf(li))) + 1),
    );

    // The chart: F1 overlap and α_U overall and per label, described for screen readers.
    const chart = page.getByRole('img', { name: /Agreement by label/ });
    expect(await chart.evaluate((svg) => svg.tagName)).toBe('svg');
    expect(await chart.getAttribute('aria-label')).toContain(
      `Overall: F1 overlap ${shown(report.overall.f1Overlap.mean)}, alpha-U ${shown(report.overall.krippendorffAlphaU)}`,
    );
    expect(await chart.locator('[data-group]').count()).toBe(4);

    // Without Bo, no document has two annotators; with him again, the table comes back.
    await page.getByRole('checkbox', { name: /Bo/ }).uncheck();
    await page.getByText('No document has two of the chosen annotators').waitFor();
    await page.getByRole('checkbox', { name: /Bo/ }).check();
    await expect.poll(() => rowValues(page, 'overall')).toEqual(expectedValues(report.overall));
  });
});
