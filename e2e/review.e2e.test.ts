// Reviewing a colleague's annotations: Ana and Bo annotate the same corpus document in their own
// profiles, Ana imports Bo's export, reviews the two layers with the keyboard (undoing and
// redoing a decision on the way) and exports the reconciled dataset, which must validate.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

const apps: AppSession[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const TITLE = 'One year after';
const CLAIM = '1';
const ACTOR = '2';
const DATE = '3';

async function tag(page: Page, quote: string, key: string): Promise<void> {
  await dragSelect(page, quote);
  await page.keyboard.press(key);
}

async function importAnnotations(app: AppSession, file: string, fileName: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Import annotations' }).click();
  await (await chooser).setFiles([file]);
  await app.page
    .getByRole('dialog', { name: `Import ${fileName}` })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
}

/** The header's counts: [open, resolved]. */
async function counts(page: Page): Promise<[number, number]> {
  const header = page.locator('.review-counts');
  return [
    Number(await header.getAttribute('data-open')),
    Number(await header.getAttribute('data-resolved')),
  ];
}

/** The quotes of the current group's members, as the side panel lists them. */
async function currentMembers(page: Page): Promise<string[]> {
  return page.locator('.review-group .member-quote').allTextContents();
}

function validate(file: string): string {
  return execFileSync(
    'node',
    [join(import.meta.dirname, '../bin/marginalia.mjs'), 'validate', file],
    { encoding: 'utf8' },
  );
}

describe('reviewing a colleague’s annotations', () => {
  it('reconciles two layers with the keyboard and exports the reconciled dataset', async () => {
    const ana = await openApp();
    apps.push(ana);
    await enterName(ana.page, 'Ana');
    await importThroughChooser(ana.page, corpusFilesNamed('002_'));
    await openDocument(ana.page, TITLE);
    await tag(ana.page, 'September 2022', DATE);
    await tag(ana.page, 'Nagorno-Karabakh', ACTOR);
    await tag(ana.page, 'Russia', ACTOR);
    await tag(ana.page, 'Antony Blinken', ACTOR);
    await tag(ana.page, 'Hasmik Tolmajyan', ACTOR);
    await expect.poll(() => listedQuotes(ana.page, 'actor')).toHaveLength(4);
    // With one layer there is nothing to compare.
    expect(await ana.page.getByRole('button', { name: 'Review' }).isDisabled()).toBe(true);
    const anaFile = await exportAs(ana, 'ana.json');
    const anaId = JSON.parse(readFileSync(anaFile, 'utf8')).annotators.find(
      (annotator: { name: string }) => annotator.name === 'Ana',
    ).id;

    const bo = await openApp();
    apps.push(bo);
    await enterName(bo.page, 'Bo');
    await importThroughChooser(bo.page, corpusFilesNamed('002_'));
    await openDocument(bo.page, TITLE);
    await tag(bo.page, 'September 2022', DATE); // agreed
    await tag(bo.page, 'seized back Nagorno-Karabakh', ACTOR); // boundary conflict
    await tag(bo.page, 'Russia', CLAIM); // label conflict
    await tag(bo.page, 'Secretary of State', ACTOR); // Bo's alone
    await tag(bo.page, 'Antony Blinken', ACTOR); // agreed
    await tag(bo.page, 'Hasmik Tolmajyan', ACTOR); // agreed
    await expect.poll(() => listedQuotes(bo.page, 'actor')).toHaveLength(4);
    const boFile = await exportAs(bo, 'bo.json');

    await importAnnotations(ana, boFile, 'bo.json');
    await ana.page.locator('.tab', { hasText: 'Library' }).click();
    await openDocument(ana.page, TITLE);
    const { page } = ana;
    await page.getByRole('button', { name: 'Review' }).click();
    await page.locator('.document-scroll[data-ready="true"]').waitFor();
    // Three agreed, one label conflict, one boundary conflict, one of Bo's alone.
    await expect.poll(() => counts(page)).toEqual([6, 0]);
    expect(await page.locator('.review-kinds').textContent()).toMatch(
      /Label conflict 1.*Boundary conflict 1.*Only one annotator 1.*Agreed 3/,
    );

    await page.getByRole('button', { name: 'Accept all agreed' }).click();
    await expect.poll(() => counts(page)).toEqual([3, 3]);

    await page.keyboard.press('n');
    await expect
      .poll(() => page.locator('.review-group').getAttribute('data-kind'))
      .toBe('boundary');
    expect(await currentMembers(page)).toEqual([
      'seized back Nagorno-Karabakh',
      'Nagorno-Karabakh',
    ]);
    await page.keyboard.press('2'); // Ana's boundaries
    await expect.poll(() => counts(page)).toEqual([2, 4]);

    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.review-group').getAttribute('data-kind')).toBe('label');
    expect(await page.locator('.review-group .member-head .chip').allTextContents()).toEqual([
      'Actor',
      'Claim',
    ]);
    await page.keyboard.press('1'); // actor
    await expect.poll(() => counts(page)).toEqual([1, 5]);

    await page.keyboard.press('n');
    await expect.poll(() => currentMembers(page)).toEqual(['Secretary of State']);
    await page.keyboard.press('x');
    await expect.poll(() => counts(page)).toEqual([0, 6]);
    await expect.poll(() => page.locator('.decision[data-decision="rejected"]').count()).toBe(1);

    await page.keyboard.press('Control+z');
    await expect.poll(() => counts(page)).toEqual([1, 5]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => counts(page)).toEqual([0, 6]);

    // The decisions were saved: a fresh load of the review finds them.
    await page.getByRole('button', { name: '← Document' }).click();
    await page.getByRole('button', { name: 'Review' }).click();
    await expect.poll(() => counts(page)).toEqual([0, 6]);

    const reconciledFile = await exportAs(ana, 'reconciled.json', { layers: /Reconciled only/ });
    expect(validate(reconciledFile)).toMatch(/valid/i);
    const dataset = JSON.parse(readFileSync(reconciledFile, 'utf8'));
    expect(dataset.annotators).toEqual([
      { id: 'reconciled', name: 'Reconciled', role: 'reconciled' },
    ]);
    const annotations: {
      annotator: string;
      quote: string;
      label: string;
      provenance: { decision: string; decidedBy: string; sources: { annotator: string }[] };
    }[] = dataset.documents.flatMap((document: { annotations: unknown[] }) => document.annotations);
    expect(
      annotations.every(
        (annotation) =>
          annotation.annotator === 'reconciled' && annotation.provenance.decidedBy === anaId,
      ),
    ).toBe(true);
    const byQuote = Object.fromEntries(
      annotations.map((annotation) => [annotation.quote, annotation]),
    );
    expect(Object.keys(byQuote).sort()).toEqual([
      'Antony Blinken',
      'Hasmik Tolmajyan',
      'Nagorno-Karabakh',
      'Russia',
      'September 2022',
    ]);
    for (const quote of ['September 2022', 'Antony Blinken', 'Hasmik Tolmajyan']) {
      expect(byQuote[quote]!.provenance.decision).toBe('unanimous');
      expect(byQuote[quote]!.provenance.sources).toHaveLength(2);
    }
    expect(byQuote['Nagorno-Karabakh']!.provenance.decision).toBe('adjudicated');
    expect(byQuote['Russia']).toMatchObject({
      label: 'actor',
      provenance: { decision: 'adjudicated', sources: [{ annotator: anaId }] },
    });

    // All layers: both annotators' layers, the reconciled one and the review, still valid.
    const allFile = await exportAs(ana, 'all.json', { layers: /All layers/ });
    expect(validate(allFile)).toMatch(/valid/i);
    const all = JSON.parse(readFileSync(allFile, 'utf8'));
    expect(
      all.documents[0].review.conflicts.map((conflict: { status: string }) => conflict.status),
    ).toEqual(['resolved', 'resolved', 'resolved']);
  });
});
