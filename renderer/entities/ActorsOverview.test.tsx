// The actors overview of the Entities screen in real Chromium over a real IndexedDB database:
// a corpus report where Alice tagged Pompeo, the two foreign ministers and two of Pompeo's
// claims about them (linked through the change hub, as the document screen links them), and Bob
// tagged Pompeo too. What the analyst sees: counts per layer, sorting, the lists behind a count,
// a claim opened in its document, and who claims things about whom.

import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { BAYRAMOV, MNATSAKANYAN, POMPEO } from '../../app/entities/corpus-entities.ts';
import type { Annotation } from '../../app/model/annotation.ts';
import type { AnnotatorId, EntityId } from '../../app/model/ids.ts';
import {
  asEntityId,
  asRelationId,
  type DocumentId,
  type RelationTypeId,
} from '../../app/model/ids.ts';
import { ACTOR, CLAIM } from '../../app/model/labels.ts';
import { codePoints } from '../../app/model/offsets.ts';
import { CLAIMANT, TARGET, type Relation } from '../../app/model/relation.ts';
import { documentIdOf } from '../../app/text/document-id.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import { layerKeyOf } from '../db/rows.ts';
import type { DocumentTarget } from '../shell/views.ts';
import { codePointRangeOf, POMPEO_EXCERPT } from '../test-support/corpus-excerpts.ts';
import { renderWithServices } from '../test-support/render-with-services.tsx';
import { ALICE, BOB, makeAnnotation, openTestDatabase } from '../test-support/test-database.ts';
import { EntitiesScreen } from './EntitiesScreen.tsx';
import '../styles.css';

const TEXT = POMPEO_EXCERPT;
const DOCUMENT_ID: DocumentId = documentIdOf(TEXT);
const CALL = 'Both must implement a ceasefire and return to substantive negotiations.';
const TALKS = 'we discussed critical steps to halt the violence in the Nagorno-Karabakh conflict';

function span(
  quote: string,
  label: typeof ACTOR | typeof CLAIM,
  annotator: AnnotatorId,
  entity?: EntityId,
) {
  const { start, end } = codePointRangeOf(TEXT, quote);
  const points = [...TEXT];
  const annotation: Annotation = makeAnnotation({
    documentId: DOCUMENT_ID,
    label,
    annotator,
    quote,
    start: codePoints(start),
    end: codePoints(end),
    prefix: points.slice(Math.max(0, start - 32), start).join(''),
    suffix: points.slice(end, end + 32).join(''),
  });
  return entity === undefined ? annotation : { ...annotation, entity };
}

function link(type: RelationTypeId, from: Annotation, to: Annotation): Relation {
  return {
    id: asRelationId(crypto.randomUUID()),
    documentId: DOCUMENT_ID,
    type,
    from: from.id,
    to: to.id,
    annotator: from.annotator,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

const pompeo = span('Mike Pompeo', ACTOR, ALICE.id, POMPEO.id);
const mnatsakanyan = span('@ZMnatsakanyan', ACTOR, ALICE.id, MNATSAKANYAN.id);
const bayramov = span('@bayramov_jeyhun', ACTOR, ALICE.id, BAYRAMOV.id);
const call = span(CALL, CLAIM, ALICE.id);
const talks = span(TALKS, CLAIM, ALICE.id);
const bobsPompeo = span('Mike Pompeo', ACTOR, BOB.id, POMPEO.id);

async function writeLibrary(db: MarginaliaDatabase) {
  await addDocuments(db, [
    { id: DOCUMENT_ID, title: 'Pompeo steps in', text: TEXT, format: 'text', sourceName: 'p.txt' },
  ]);
  await db.annotators.bulkPut([ALICE, BOB]);
  await db.entities.bulkPut([POMPEO, MNATSAKANYAN, BAYRAMOV]);
  await db.layers.bulkPut([
    {
      key: layerKeyOf(DOCUMENT_ID, ALICE.id),
      documentId: DOCUMENT_ID,
      annotatorId: ALICE.id,
      annotations: [pompeo, mnatsakanyan, bayramov, call, talks],
    },
    {
      key: layerKeyOf(DOCUMENT_ID, BOB.id),
      documentId: DOCUMENT_ID,
      annotatorId: BOB.id,
      annotations: [bobsPompeo],
    },
  ]);
  await linkThroughHub(db, [
    link(CLAIMANT, call, pompeo),
    link(TARGET, call, mnatsakanyan),
    link(TARGET, call, bayramov),
    link(CLAIMANT, talks, pompeo),
    link(TARGET, talks, mnatsakanyan),
  ]);
}

/** Links as the document screen makes them: relation changes through the one change hub. */
async function linkThroughHub(db: MarginaliaDatabase, relations: Relation[]) {
  const hub = changeHubOf(db);
  hub.commit(
    DOCUMENT_ID,
    'Link',
    relations.map((after) => ({ kind: 'relation', before: null, after })),
  );
  await hub.whenPersisted();
}

function renderScreen(db: MarginaliaDatabase) {
  const opened: DocumentTarget[] = [];
  renderWithServices(
    db,
    <EntitiesScreen onOpen={(target) => opened.push(target)} commandsRef={{ current: null }} />,
  );
  return opened;
}

const row = (id: EntityId) => document.querySelector(`[data-entity-id="${id}"]`);
const count = (id: EntityId, column: string) =>
  row(id)?.querySelector(`[data-count="${column}"]`)?.textContent;
const countButton = (id: EntityId, column: string) =>
  row(id)!.querySelector<HTMLButtonElement>(`[data-count="${column}"] button`)!;
const countsOf = (id: EntityId) =>
  ['mentions', 'documents', 'claimsMade', 'claimsAbout'].map((column) => count(id, column));
const rowNames = () =>
  [...document.querySelectorAll('tr[data-entity-id] .title-link')].map((cell) => cell.textContent);
const header = (name: string) => page.getByRole('columnheader', { name });
const partnerRows = (caption: string) =>
  [...document.querySelectorAll(`table[aria-label="${caption}"] tr[data-partner]`)].map((tr) =>
    [tr.querySelector('th')!.textContent, tr.querySelector('.partner-count')!.textContent].join(
      ' ',
    ),
  );

describe('the actors overview', () => {
  it('counts mentions, documents, claims made and claims about in the analyst’s layer', async () => {
    const db = openTestDatabase();
    await writeLibrary(db);
    renderScreen(db);
    await expect.poll(() => countsOf(POMPEO.id)).toEqual(['1', '1', '2', '0']);
    expect(countsOf(MNATSAKANYAN.id)).toEqual(['1', '1', '0', '2']);
    expect(countsOf(BAYRAMOV.id)).toEqual(['1', '1', '0', '1']);
    await expect.element(page.getByRole('combobox', { name: 'Layer' })).toHaveValue(ALICE.id);

    // Bob's layer: his Pompeo, no claims; all layers: both Pompeos, Alice's claims.
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Layer' }), 'Bob’s layer');
    await expect.poll(() => countsOf(POMPEO.id)).toEqual(['1', '1', '0', '0']);
    expect(countsOf(MNATSAKANYAN.id)).toEqual(['0', '0', '0', '0']);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Layer' }), 'All layers');
    await expect.poll(() => countsOf(POMPEO.id)).toEqual(['2', '1', '2', '0']);
  });

  it('sorts by any column, saying which and how in aria-sort', async () => {
    const db = openTestDatabase();
    await writeLibrary(db);
    renderScreen(db);
    await expect.poll(() => count(MNATSAKANYAN.id, 'claimsAbout')).toBe('2');
    expect(rowNames()).toEqual(['Jeyhun Bayramov', 'Mike Pompeo', 'Zohrab Mnatsakanyan']);
    await expect.element(header('Name')).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(header('Claims about').getByRole('button'));
    await expect.element(header('Claims about')).toHaveAttribute('aria-sort', 'descending');
    await expect.element(header('Name')).toHaveAttribute('aria-sort', 'none');
    expect(rowNames()).toEqual(['Zohrab Mnatsakanyan', 'Jeyhun Bayramov', 'Mike Pompeo']);

    await userEvent.click(header('Claims about').getByRole('button'));
    await expect.element(header('Claims about')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Mike Pompeo', 'Jeyhun Bayramov', 'Zohrab Mnatsakanyan']);

    await userEvent.click(header('Claims made').getByRole('button'));
    expect(rowNames()[0]).toBe('Mike Pompeo');
    await userEvent.click(header('Name').getByRole('button'));
    await expect.element(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Jeyhun Bayramov', 'Mike Pompeo', 'Zohrab Mnatsakanyan']);
    await userEvent.click(header('Name').getByRole('button'));
    await expect.element(header('Name')).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Zohrab Mnatsakanyan', 'Mike Pompeo', 'Jeyhun Bayramov']);
  });

  it('opens the claims an entity makes under its row, and a claim in its document', async () => {
    const db = openTestDatabase();
    await writeLibrary(db);
    const opened = renderScreen(db);
    await expect.poll(() => count(POMPEO.id, 'claimsMade')).toBe('2');
    await userEvent.click(countButton(POMPEO.id, 'claimsMade'));
    expect(countButton(POMPEO.id, 'claimsMade').getAttribute('aria-label')).toBe('2 claims made');
    const list = page.getByRole('region', { name: '2 claims made by Mike Pompeo' });
    await expect.element(list).toHaveTextContent(TALKS);
    await expect.element(list).toHaveTextContent(CALL);
    expect(
      list
        .getByRole('listitem')
        .elements()
        .map((item) => item.textContent),
    ).toEqual([
      `${TALKS}Pompeo steps inclaimant Mike Pompeotagged by you`,
      `${CALL}Pompeo steps inclaimant Mike Pompeotagged by you`,
    ]);

    await userEvent.click(list.getByRole('button', { name: new RegExp(`^“?${CALL}`) }));
    expect(opened).toEqual([
      { id: DOCUMENT_ID, focus: { start: call.start, end: call.end, annotationId: call.id } },
    ]);

    // A mention is listed with its context and opens at itself.
    await userEvent.click(countButton(MNATSAKANYAN.id, 'mentions'));
    const mentions = page.getByRole('region', { name: '1 mention of Zohrab Mnatsakanyan' });
    await expect
      .element(mentions)
      .toHaveTextContent('Armenian Foreign Minister @ZMnatsakanyan and');
    await expect.element(list).not.toBeInTheDocument();
    await userEvent.click(mentions.getByRole('button', { name: /Foreign Minister/ }));
    expect(opened.at(-1)?.focus?.annotationId).toBe(mnatsakanyan.id);
  });

  it('shows whom an entity makes claims about and who claims about it, and walks there', async () => {
    const db = openTestDatabase();
    await writeLibrary(db);
    renderScreen(db);
    await userEvent.click(page.getByRole('button', { name: 'Mike Pompeo', exact: true }));
    await expect
      .poll(() => partnerRows('Makes claims about'))
      .toEqual(['Zohrab Mnatsakanyan 2', 'Jeyhun Bayramov 1']);
    expect(partnerRows('Claims about it are made by')).toEqual([]);
    await expect
      .element(page.getByRole('table', { name: 'Claims about it are made by' }))
      .toHaveTextContent('No claim about Mike Pompeo has a claimant yet.');

    const partners = page.getByRole('region', { name: 'Claims between actors' });
    await userEvent.click(partners.getByRole('button', { name: 'Zohrab Mnatsakanyan' }));
    await expect
      .element(page.getByRole('heading', { level: 2 }))
      .toHaveTextContent('Zohrab Mnatsakanyan');
    await expect.poll(() => partnerRows('Claims about it are made by')).toEqual(['Mike Pompeo 2']);
  });

  it('stays true to the database: a link made elsewhere is counted a moment later', async () => {
    const db = openTestDatabase();
    await writeLibrary(db);
    renderScreen(db);
    await expect.poll(() => count(BAYRAMOV.id, 'claimsAbout')).toBe('1');
    await linkThroughHub(db, [link(TARGET, talks, bayramov)]);
    await expect.poll(() => count(BAYRAMOV.id, 'claimsAbout')).toBe('2');
    changeHubOf(db).undo(DOCUMENT_ID);
    await expect.poll(() => count(BAYRAMOV.id, 'claimsAbout')).toBe('1');
  });

  it('shows a long list a hundred rows at a time, the busiest first when sorted by a count', async () => {
    const db = openTestDatabase();
    await writeLibrary(db);
    const others = Array.from({ length: 147 }, (_, i) => ({
      id: asEntityId(`other-${i}`),
      name: `Actor ${String(i).padStart(3, '0')}`,
      kind: 'person' as const,
      aliases: [],
    }));
    await db.entities.bulkPut(others);
    renderScreen(db);
    await expect.poll(() => rowNames().length).toBe(100);
    // By name, the corpus's actors come after the "Actor …" ones: not among the first hundred.
    expect(rowNames()).not.toContain('Mike Pompeo');
    await userEvent.click(header('Claims made').getByRole('button'));
    expect(rowNames()[0]).toBe('Mike Pompeo');

    await userEvent.click(page.getByRole('button', { name: 'Show 50 more' }));
    await expect.poll(() => rowNames().length).toBe(150);
    await expect
      .element(page.getByRole('button', { name: /^Show \d+ more$/ }))
      .not.toBeInTheDocument();
  });
});
