// The Entity field in real Chromium over a real IndexedDB database, driven through an open
// DocumentSession as the actor's details drive it: search by alias, create from the span's
// text, and the offer to add the span's text as an alias, each one undoable step.

import { useSyncExternalStore } from 'react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ALIYEV } from '../../app/entities/corpus-entities.ts';
import type { AnnotationId } from '../../app/model/ids.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { DocumentSession } from '../document/document-session.ts';
import { renderWithServices } from '../test-support/render-with-services.tsx';
import { openTestDatabase } from '../test-support/test-database.ts';
import { useAppServices } from '../shell/app-services.ts';
import { EntityField } from './EntityField.tsx';
import { useEntities } from './use-entities.ts';
import { POMPEO_ENTITY, TEXT, writeEntityLibrary } from './entity-test-library.ts';
import '../styles.css';

/** The library with Mike Pompeo and Aliyev listed, and an open session on the report. */
async function openReport(db: MarginaliaDatabase) {
  const written = await writeEntityLibrary(db);
  // Start from unlinked mentions: the field is where they get linked.
  await db.entities.clear();
  await db.entities.bulkPut([POMPEO_ENTITY, ALIYEV]);
  const annotations = (await readDocumentAnnotations(db, written.documentId)).map(
    ({ entity: _unlinked, ...annotation }) => annotation,
  );
  const row = await db.documents.get(written.documentId);
  const session = new DocumentSession(db, written.documentId, TEXT, annotations, row);
  onTestFinished(() => session.dispose());
  return { session, ...written };
}

function Harness({ session, id }: { session: DocumentSession; id: AnnotationId }) {
  useSyncExternalStore(session.subscribe, session.getVersion);
  const entities = useEntities(useAppServices().db);
  return <EntityField session={session} annotation={session.get(id)!} entities={entities} />;
}

function renderField(db: MarginaliaDatabase, session: DocumentSession, id: AnnotationId) {
  renderWithServices(db, <Harness session={session} id={id} />, { width: '360px' });
}

const field = () => page.getByRole('combobox', { name: 'Entity', exact: true });
/** The combobox's options (the kind select's own options are options too). */
const listed = () => page.getByRole('listbox').getByRole('option');
const stored = async (db: MarginaliaDatabase, session: DocumentSession, id: AnnotationId) => {
  await session.whenPersisted();
  return (await readDocumentAnnotations(db, session.documentId)).find((a) => a.id === id)!;
};

describe('EntityField', () => {
  it('finds “Mike Pompeo” by its alias when the analyst types “pompeo”, and links it', async () => {
    const db = openTestDatabase();
    const { session, alicesPompeo } = await openReport(db);
    renderField(db, session, alicesPompeo.id);

    await userEvent.type(field(), 'pompeo');
    const option = listed().first();
    await expect.element(option).toHaveTextContent('Mike Pompeoperson');
    await expect.element(option).toHaveTextContent('alias “Pompeo”');
    // The span's text is already an alias: nothing to offer.
    await expect.element(page.getByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');

    await expect.element(page.getByTestId('linked-entity')).toHaveTextContent('Mike Pompeo');
    await expect.element(page.getByTestId('linked-entity')).toHaveTextContent('Q473239');
    expect((await stored(db, session, alicesPompeo.id)).entity).toBe(POMPEO_ENTITY.id);

    await userEvent.click(page.getByRole('button', { name: 'Unlink' }));
    await expect.element(page.getByTestId('linked-entity')).not.toBeInTheDocument();
    expect((await stored(db, session, alicesPompeo.id)).entity).toBeUndefined();
  });

  it('creates an entity from the span’s text with the chosen kind, undone in one step', async () => {
    const db = openTestDatabase();
    const { session, bobsPompeo } = await openReport(db);
    renderField(db, session, bobsPompeo.id);

    await userEvent.click(field());
    // Nothing typed: the guesses are for “Secretary Pompeo”, which no entity goes by.
    await expect.element(listed()).toHaveTextContent('Create entity “Secretary Pompeo”');
    await userEvent.selectOptions(
      page.getByRole('combobox', { name: 'Kind of new entity' }),
      'other',
    );
    await userEvent.click(page.getByRole('option', { name: 'Create entity “Secretary Pompeo”' }));

    await expect
      .element(page.getByTestId('linked-entity'))
      .toHaveTextContent('Secretary Pompeoother');
    const linked = (await stored(db, session, bobsPompeo.id)).entity!;
    expect(await db.entities.get(linked)).toEqual({
      id: linked,
      name: 'Secretary Pompeo',
      kind: 'other',
      aliases: [],
    });

    expect(session.undo()).toBe(true);
    expect((await stored(db, session, bobsPompeo.id)).entity).toBeUndefined();
    expect(await db.entities.get(linked)).toBeUndefined();
  });

  it('offers the span’s text as an alias of the entity picked, in the same step', async () => {
    const db = openTestDatabase();
    const { session, bobsPompeo } = await openReport(db);
    renderField(db, session, bobsPompeo.id);

    await userEvent.type(field(), 'mike');
    const offer = page.getByRole('checkbox', { name: 'Add “Secretary Pompeo” as an alias' });
    await expect.element(offer).toBeChecked();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByTestId('linked-entity')).toHaveTextContent('Mike Pompeo');
    expect((await stored(db, session, bobsPompeo.id)).entity).toBe(POMPEO_ENTITY.id);
    expect((await db.entities.get(POMPEO_ENTITY.id))!.aliases).toEqual([
      'Pompeo',
      'Secretary Pompeo',
    ]);

    // One undo takes back the link and the alias together.
    session.undo();
    expect((await stored(db, session, bobsPompeo.id)).entity).toBeUndefined();
    expect(await db.entities.get(POMPEO_ENTITY.id)).toEqual(POMPEO_ENTITY);

    // Declined while linking, the offer stays on the linked entity as a button.
    await userEvent.type(field(), 'mike');
    await userEvent.click(offer);
    await expect.element(offer).not.toBeChecked();
    await userEvent.click(page.getByRole('option', { name: /Mike Pompeo/ }));
    await session.whenPersisted();
    expect(await db.entities.get(POMPEO_ENTITY.id)).toEqual(POMPEO_ENTITY);
    await userEvent.click(page.getByRole('button', { name: 'Add “Secretary Pompeo” as an alias' }));
    await session.whenPersisted();
    expect((await db.entities.get(POMPEO_ENTITY.id))!.aliases).toContain('Secretary Pompeo');
  });

  it('walks the options with the arrow keys and closes on Escape', async () => {
    const db = openTestDatabase();
    const { session, alicesAliyev } = await openReport(db);
    renderField(db, session, alicesAliyev.id);

    await userEvent.type(field(), 'a');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
    const options = listed();
    await expect.element(options.first()).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Escape}');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
    await expect.element(page.getByRole('listbox')).not.toBeInTheDocument();
  });
});
