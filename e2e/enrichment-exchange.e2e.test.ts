// The enrichment travels: actors linked to entities (one created from its mention, one merged
// into another on the Entities screen, a Wikidata id typed), a claim with its claimant and date,
// exported in every format that carries them; a colleague imports the dataset while the
// document is open and finds everything, entities included.

import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
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

const TITLE = 'The conflict between Armenia';
const CLAIM = 'both sides of the conflict must recognize that the status quo has changed';
const apps: AppSession[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** Tags an actor and links it to an entity: an existing one found by `query`, or a new one. */
async function tagActor(
  page: Page,
  needle: string,
  from: number,
  to: number,
  entity: { query: string; create?: boolean },
) {
  await dragSelect(page, needle, from, to);
  await page.keyboard.press('2');
  const field = page
    .getByRole('region', { name: 'Annotation details' })
    .getByRole('combobox', { name: 'Entity', exact: true });
  await field.fill(entity.query);
  if (entity.create)
    await page
      .getByRole('option', { name: new RegExp(`^Create entity “${entity.query}”`) })
      .click();
  else
    await page
      .getByRole('option', { name: new RegExp(`^${entity.query}`) })
      .first()
      .click();
  await expect
    .poll(() => page.locator('.list-item[data-label="actor"] .list-carried').allTextContents())
    .toContain(`= ${entity.query}`);
}

describe('enrichment that travels', () => {
  it('exports entities, links and values in every format, and a colleague’s import shows them in the open document', async () => {
    const ana = await openApp();
    apps.push(ana);
    const { page } = ana;
    await page.setViewportSize({ width: 1440, height: 900 });
    await enterName(page, 'Ana');
    await importThroughChooser(page, corpusFilesNamed('000_'));
    const published = page.locator('tr', { hasText: TITLE }).getByLabel('Published');
    await published.fill('2020-10-26');
    await published.press('Enter');
    await openDocument(page, TITLE);

    // Entities: Mike Pompeo created from his first mention and found by name for the second;
    // the two spellings of Stephen Bigan each created, then merged on the Entities screen.
    await tagActor(
      page,
      'Secretary of State Mike Pompeo then',
      'Secretary of State '.length,
      'Secretary of State Mike Pompeo'.length,
      { query: 'Mike Pompeo', create: true },
    );
    await tagActor(
      page,
      'Secretary of State Mike Pompeo, reaffirming',
      'Secretary of State '.length,
      'Secretary of State Mike Pompeo'.length,
      { query: 'Mike Pompeo' },
    );
    await tagActor(page, 'Stephen Bigan warned', 0, 'Stephen Bigan'.length, {
      query: 'Stephen Bigan',
      create: true,
    });
    await tagActor(page, 'Stephen Bigoon', 0, 'Stephen Bigoon'.length, {
      query: 'Stephen Bigoon',
      create: true,
    });
    // Creating and linking the entity is one step: undo unlinks it (and forgets the entity), redo brings both.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect
      .poll(() => page.locator('.list-item[data-label="actor"] .list-carried').allTextContents())
      .not.toContain('= Stephen Bigoon');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect
      .poll(() => page.locator('.list-item[data-label="actor"] .list-carried').allTextContents())
      .toContain('= Stephen Bigoon');

    // A claim of the United States, dated by "last Friday" (its value confirmed).
    await dragSelect(page, CLAIM);
    await page.keyboard.press('1');
    await dragSelect(page, 'The United States stressed', 0, 'The United States'.length);
    await page.keyboard.press('2');
    await dragSelect(page, 'last Friday');
    await page.keyboard.press('3');
    const details = page.getByRole('region', { name: 'Annotation details' });
    await expect
      .poll(() => details.getByLabel('Value', { exact: true }).inputValue())
      .toBe('2020-10-23');
    await details.getByLabel('Value', { exact: true }).press('Enter');
    await page.locator('.list-item[data-label="claim"]').click();
    await page.keyboard.press('c');
    await details.getByRole('combobox', { name: 'Claimant' }).fill('United');
    await details.getByRole('combobox', { name: 'Claimant' }).press('Enter');
    await details.getByRole('combobox', { name: 'Claimant' }).press('Escape');
    await page.keyboard.press('d');
    await details.getByRole('combobox', { name: 'Claim date' }).press('Enter');
    await expect
      .poll(() => page.locator('.list-item[data-label="claim"] .list-carried').textContent())
      .toBe('by The United States · on last Friday (2020-10-23)');

    // The Entities screen: Bigoon merged into Bigan (undone and redone), a Wikidata id for Pompeo.
    await page.getByRole('button', { name: 'Entities', exact: true }).click();
    const table = page.locator('.entity-table, table').first();
    await table.getByRole('button', { name: 'Stephen Bigoon' }).click();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge “Stephen Bigoon” into…' });
    await merge.getByLabel('Find the entity to keep').fill('Bigan');
    await merge.getByRole('radio', { name: /Stephen Bigan/ }).check();
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => table.getByRole('button', { name: 'Stephen Bigoon' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => table.getByRole('button', { name: 'Stephen Bigoon' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => table.getByRole('button', { name: 'Stephen Bigoon' }).count()).toBe(0);
    await table.getByRole('button', { name: 'Mike Pompeo' }).click();
    const editor = page.getByRole('region', { name: 'Entity details' });
    await editor.getByLabel('Wikidata id').fill('Q473239');
    await editor.getByLabel('Wikidata id').press('Enter');
    await expect
      .poll(() => table.locator('tr', { hasText: 'Mike Pompeo' }).textContent())
      .toContain('Q473239');

    // Every format that carries the enrichment.
    const dataset = await exportAs(ana, 'ana.json', { format: /^Marginalia dataset/ });
    const w3c = await exportAs(ana, 'ana.jsonld', { format: /^W3C Web Annotation/ });
    const jsonl = await exportAs(ana, 'ana.jsonl', { format: /^JSONL spans/ });
    const claims = await exportAs(ana, 'claims.csv', { format: /^Claims table/ });
    const brat = await exportAs(ana, 'ana-brat.zip', { format: /^brat/ });

    const data = JSON.parse(readFileSync(dataset, 'utf8'));
    expect(data.documents[0].publishedAt).toBe('2020-10-26');
    expect(
      data.documents[0].relations.map((relation: { type: string }) => relation.type).sort(),
    ).toEqual(['claimant', 'date']);
    expect(data.entities.map((entity: { name: string }) => entity.name).sort()).toEqual([
      'Mike Pompeo',
      'Stephen Bigan',
    ]);
    expect(
      data.entities.find((entity: { name: string }) => entity.name === 'Stephen Bigan').aliases,
    ).toContain('Stephen Bigoon');
    expect(readFileSync(w3c, 'utf8')).toContain('"linking"');
    expect(readFileSync(w3c, 'utf8')).toContain('http://www.wikidata.org/entity/Q473239');
    expect(readFileSync(jsonl, 'utf8')).toContain('"relations"');
    const table2 = readFileSync(claims, 'utf8');
    expect(table2).toContain(CLAIM);
    expect(table2).toContain('The United States');
    expect(table2).toContain('2020-10-23');
    const files = unzipSync(new Uint8Array(readFileSync(brat)));
    const ann = Object.entries(files).find(([name]) => name.endsWith('.ann'))!;
    const annText = strFromU8(ann[1]);
    expect(annText).toMatch(/^R\d+\tClaimant Arg1:T\d+ Arg2:T\d+$/m);
    expect(annText).toMatch(/^N\d+\tReference T\d+ Wikidata:Q473239\tMike Pompeo$/m);
    expect(annText).toMatch(/^#\d+\tAnnotatorNotes T\d+\t2020-10-23$/m);

    // A colleague with the same report open imports Ana's dataset and sees it appear.
    const bo = await openApp();
    apps.push(bo);
    await enterName(bo.page, 'Bo');
    await importThroughChooser(bo.page, corpusFilesNamed('000_'));
    await openDocument(bo.page, TITLE);
    expect(await listedQuotes(bo.page, 'claim')).toEqual([]);
    const chooser = bo.page.waitForEvent('filechooser');
    await bo.page.getByRole('button', { name: 'Import annotations' }).click();
    await (await chooser).setFiles([dataset]);
    const dialog = bo.page.getByRole('dialog', { name: 'Import ana.json' });
    await expect.poll(() => dialog.textContent()).toContain('2 relations');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => listedQuotes(bo.page, 'claim')).toEqual([CLAIM]);
    await expect
      .poll(() => bo.page.locator('.list-item[data-label="claim"] .list-carried').textContent())
      .toBe('by The United States · on last Friday (2020-10-23)');
    await expect
      .poll(() => bo.page.locator('.list-item[data-label="actor"] .list-carried').allTextContents())
      .toEqual(expect.arrayContaining(['= Mike Pompeo', '= Stephen Bigan']));
    await bo.page.getByRole('button', { name: 'Entities', exact: true }).click();
    await expect
      .poll(() => bo.page.locator('tr', { hasText: 'Stephen Bigan' }).textContent())
      .toContain('Stephen Bigoon');
  });
});
