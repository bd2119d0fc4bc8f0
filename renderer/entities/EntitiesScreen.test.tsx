// The Entities screen in real Chromium over a real IndexedDB database: editing, merging and
// deleting entities as the analyst does, every step read back from the database and undone.

import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ALIYEV } from '../../app/entities/corpus-entities.ts';
import type { OpenDocumentsResult } from '../../app/ipc/contract.ts';
import type { EntityId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { renderWithServices } from '../test-support/render-with-services.tsx';
import { openTestDatabase } from '../test-support/test-database.ts';
import { EntitiesScreen } from './EntitiesScreen.tsx';
import { readEntityMentions } from './entity-store.ts';
import { POMPEO_DUPLICATE, POMPEO_ENTITY, writeEntityLibrary } from './entity-test-library.ts';
import '../styles.css';

function renderScreen(db: MarginaliaDatabase, csv?: { name: string; text: string }) {
  const openCsvFile = async (): Promise<OpenDocumentsResult> => ({
    files: csv ? [{ name: csv.name, bytes: new TextEncoder().encode(csv.text) }] : [],
    refused: [],
  });
  return renderWithServices(
    db,
    <EntitiesScreen
      onOpen={() => undefined}
      commandsRef={{ current: null }}
      openCsvFile={openCsvFile}
    />,
  );
}

const row = (id: EntityId) => document.querySelector(`[data-entity-id="${id}"]`);
const mentionCount = (id: EntityId) =>
  row(id)?.querySelector('[data-count="mentions"]')?.textContent;
const details = () => page.getByRole('region', { name: 'Entity details' });
const select = (name: string) => userEvent.click(page.getByRole('button', { name, exact: true }));
const chooseLayer = (layer: string) =>
  userEvent.selectOptions(page.getByRole('combobox', { name: 'Layer' }), layer);
const linkedTo = async (db: MarginaliaDatabase, id: EntityId) =>
  ((await readEntityMentions(db)).get(id) ?? []).map((m) => m.annotation.quote);

describe('EntitiesScreen', () => {
  it('lists every entity with its mentions and documents, and edits a kind undoably', async () => {
    const db = openTestDatabase();
    await writeEntityLibrary(db);
    renderScreen(db);
    // Alice's own layer first (she has linked actors): her "Pompeo" alone; Bob's joins in All.
    await expect.poll(() => mentionCount(POMPEO_DUPLICATE.id)).toBe('1');
    await chooseLayer('All layers');
    await expect.poll(() => mentionCount(POMPEO_DUPLICATE.id)).toBe('2');
    expect(mentionCount(POMPEO_ENTITY.id)).toBe('0');
    expect(row(ALIYEV.id)?.textContent).toContain('Q168413');

    await select('Secretary Pompeo');
    await userEvent.selectOptions(details().getByLabelText('Kind'), 'person');
    await expect
      .poll(async () => (await db.entities.get(POMPEO_DUPLICATE.id))?.kind)
      .toBe('person');

    await userEvent.click(page.getByRole('button', { name: 'Undo' }));
    await expect.poll(async () => (await db.entities.get(POMPEO_DUPLICATE.id))?.kind).toBe('other');
    await expect.element(details().getByLabelText('Kind')).toHaveValue('other');
  });

  it('merges one entity into another, relinking its mentions, and Ctrl+Z undoes it', async () => {
    const db = openTestDatabase();
    await writeEntityLibrary(db);
    renderScreen(db);
    await chooseLayer('All layers');
    await select('Secretary Pompeo');
    await userEvent.click(page.getByRole('button', { name: 'Merge into…' }));
    await userEvent.type(page.getByRole('searchbox', { name: 'Find the entity to keep' }), 'mike');
    await userEvent.click(page.getByRole('radio', { name: /Mike Pompeo/ }));
    await userEvent.click(page.getByRole('button', { name: 'Merge', exact: true }));

    await expect.poll(() => row(POMPEO_DUPLICATE.id)).toBeNull();
    await expect.poll(() => mentionCount(POMPEO_ENTITY.id)).toBe('2');
    expect(await linkedTo(db, POMPEO_ENTITY.id)).toEqual(['Pompeo', 'Secretary Pompeo']);
    expect((await db.entities.get(POMPEO_ENTITY.id))!.aliases).toContain('Secretary Pompeo');

    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect.poll(() => mentionCount(POMPEO_DUPLICATE.id)).toBe('2');
    expect(await db.entities.get(POMPEO_ENTITY.id)).toEqual(POMPEO_ENTITY);
    expect(await linkedTo(db, POMPEO_ENTITY.id)).toEqual([]);
  });

  it('deletes an entity only after confirmation, unlinking its mentions', async () => {
    const db = openTestDatabase();
    await writeEntityLibrary(db);
    renderScreen(db);
    await select('Secretary Pompeo');
    await expect.element(details()).toHaveTextContent('2 mentions in 1 document');

    await userEvent.click(details().getByRole('button', { name: 'Delete' }));
    const dialog = page.getByRole('dialog', { name: 'Delete entity?' });
    await expect
      .element(dialog)
      .toHaveTextContent(
        '“Secretary Pompeo” will be removed from the entity list and its 2 mentions unlinked.',
      );
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(await db.entities.get(POMPEO_DUPLICATE.id)).toEqual(POMPEO_DUPLICATE);

    await userEvent.click(details().getByRole('button', { name: 'Delete' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Delete entity' }));
    await expect.poll(() => db.entities.get(POMPEO_DUPLICATE.id)).toBeUndefined();
    await expect.poll(() => linkedTo(db, POMPEO_DUPLICATE.id)).toEqual([]);
    expect(await linkedTo(db, ALIYEV.id)).toEqual(['Aliyev']);
  });

  it('refuses a malformed Wikidata id with a message and writes a well-formed one', async () => {
    const db = openTestDatabase();
    await writeEntityLibrary(db);
    renderScreen(db);
    await select('Secretary Pompeo');
    const wikidata = details().getByLabelText('Wikidata id');

    await userEvent.type(wikidata, 'q473239{Enter}');
    await expect
      .element(details().getByRole('alert'))
      .toHaveTextContent('“q473239” is not a Wikidata id: Q followed by digits, like Q42');
    expect(await db.entities.get(POMPEO_DUPLICATE.id)).toEqual(POMPEO_DUPLICATE);

    await userEvent.clear(wikidata);
    await userEvent.type(wikidata, 'Q473239{Enter}');
    await expect
      .poll(async () => (await db.entities.get(POMPEO_DUPLICATE.id))?.wikidata)
      .toBe('Q473239');
    await expect.element(details().getByRole('alert')).not.toBeInTheDocument();
  });

  it('names the file and line of a bad entity list, and writes nothing', async () => {
    const db = openTestDatabase();
    await writeEntityLibrary(db);
    const csv = 'name,kind\r\nNikol Pashinyan,person\r\nGazprom,company\r\n';
    const { notices } = renderScreen(db, { name: 'team.csv', text: csv });
    await userEvent.click(page.getByRole('button', { name: 'Import entity list (CSV)' }));
    await expect
      .poll(() => notices)
      .toEqual([
        {
          kind: 'error',
          title: 'Could not import team.csv',
          details: [
            'team.csv, line 3, kind: “company” is not one of person, organisation, state, group, other',
          ],
        },
      ]);
    expect(await db.entities.count()).toBe(3);
  });

  it('imports a list matching existing entities without duplicating them, and says so', async () => {
    const db = openTestDatabase();
    await writeEntityLibrary(db);
    const csv = 'name,kind,aliases\r\nMIKE POMPEO,person,\r\nNikol Pashinyan,person,Pashinyan\r\n';
    const { notices } = renderScreen(db, { name: 'team.csv', text: csv });
    await userEvent.click(page.getByRole('button', { name: 'Import entity list (CSV)' }));
    const dialog = page.getByRole('dialog', { name: 'Import team.csv' });
    await expect.element(dialog).toHaveTextContent("1 entity matched the library's (1 by name)");
    await expect.element(dialog).toHaveTextContent('1 new');
    await userEvent.click(dialog.getByRole('button', { name: 'Add 1 new' }));

    await expect.poll(() => db.entities.count()).toBe(4);
    expect((await db.entities.toArray()).map((entity) => entity.name).sort()).toEqual([
      'Ilham Aliyev',
      'Mike Pompeo',
      'Nikol Pashinyan',
      'Secretary Pompeo',
    ]);
    expect(notices).toEqual([
      { kind: 'success', title: 'Imported team.csv', details: ['1 matched, 1 new'] },
    ]);
  });
});
