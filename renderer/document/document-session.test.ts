import fc from 'fast-check';
import type { Change } from '../changes/change.ts';
import { describe, expect, it } from 'vitest';
import { compareAnnotations, type Annotation } from '../../app/model/annotation.ts';
import { asAnnotationId, asLabelId, type DocumentId } from '../../app/model/ids.ts';
import { codePoints, type CodePointRange } from '../../app/model/offsets.ts';
import { readDocumentAnnotations } from '../db/annotation-store.ts';
import { countByLabel } from '../db/write-changes.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { addDocuments } from '../db/document-store.ts';
import {
  ALICE,
  BOB,
  makeAnnotation,
  openTestDatabase,
  randomDocumentId,
} from '../test-support/test-database.ts';
import { DocumentSession } from './document-session.ts';

const CLAIM = asLabelId('claim');
const ACTOR = asLabelId('actor');
const DATE = asLabelId('date');

const CREATED_AT = new Date('2024-03-01T09:00:00.000Z');
const EDITED_AT = new Date('2024-03-01T09:05:00.000Z');

// Astral characters (an emoji, a CJK extension B ideograph) early on, so every later UTF-16
// index is ahead of its code-point offset; a second paragraph with curly quotes.
const TEXT =
  'Ilham Aliyev 😀 met 𠀀 Pashinyan on 5 October 2023.\nBoth leaders “agreed to continue talks” in Granada, the statement said.';
const CODE_POINTS = [...TEXT];

/** The code-point range of the first occurrence of `needle` (at or after UTF-16 index `from`). */
function rangeOf(needle: string, from = 0): CodePointRange {
  const index = TEXT.indexOf(needle, from);
  if (index < 0) throw new Error(`"${needle}" is not in the test text`);
  const start = [...TEXT.slice(0, index)].length;
  return { start: codePoints(start), end: codePoints(start + [...needle].length) };
}

/** The text between two code-point offsets, computed without the code under test. */
function textAt(start: number, end: number): string {
  return CODE_POINTS.slice(Math.max(0, start), Math.min(CODE_POINTS.length, end)).join('');
}

/** A database with the test text imported under a fresh id (undo histories are per id). */
async function libraryWithText(db: MarginaliaDatabase, text = TEXT): Promise<DocumentId> {
  const documentId = randomDocumentId();
  await addDocuments(
    db,
    [{ id: documentId, title: 'Granada', text, format: 'text', sourceName: 'granada.txt' }],
    CREATED_AT,
  );
  return documentId;
}

async function openSession() {
  const db = openTestDatabase();
  const documentId = await libraryWithText(db);
  return { db, documentId, session: new DocumentSession(db, documentId, TEXT, []) };
}

/** The session's annotations, copied, in reading order. */
function snapshot(session: DocumentSession): Annotation[] {
  return structuredClone([...session.sorted()]);
}

/** The database and the screen agree: same annotations, and the library's counts match. */
async function expectPersisted(db: MarginaliaDatabase, session: DocumentSession): Promise<void> {
  await session.whenPersisted();
  expect(session.writeError).toBeNull();
  const stored = (await readDocumentAnnotations(db, session.documentId)).sort(compareAnnotations);
  expect(stored).toEqual([...session.sorted()]);
  const counts = Object.fromEntries(
    Object.entries((await db.documents.get(session.documentId))!.counts).filter(
      ([, count]) => count > 0,
    ),
  );
  expect(counts).toEqual(countByLabel(session.sorted()));
}

describe('DocumentSession.create', () => {
  it('stores code-point offsets, and the quote is the text at those code points', async () => {
    const { session } = await openSession();
    const range = rangeOf('Pashinyan');
    // Two astral characters precede the name: its UTF-16 index is two ahead of its offset.
    expect(TEXT.indexOf('Pashinyan')).toBe(range.start + 2);

    const annotation = session.create(ACTOR, range, ALICE, CREATED_AT);
    expect(annotation).toMatchObject({
      start: range.start,
      end: range.end,
      quote: 'Pashinyan',
      label: ACTOR,
      annotator: ALICE.id,
      note: '',
    });
    expect(textAt(annotation.start, annotation.end)).toBe(annotation.quote);
    expect(annotation.createdAt).toBe(CREATED_AT.toISOString());
    expect(annotation.updatedAt).toBe(CREATED_AT.toISOString());
    expect(session.get(annotation.id)).toBe(annotation);
    expect(session.size).toBe(1);
  });

  it('keeps 32 code points of context either side, fewer at the start of the text', async () => {
    const { session } = await openSession();
    const pashinyan = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    expect(pashinyan.prefix).toBe('Ilham Aliyev 😀 met 𠀀 ');
    expect(pashinyan.suffix).toBe(textAt(pashinyan.end, pashinyan.end + 32));
    expect(pashinyan.suffix).toBe(' on 5 October 2023.\nBoth leaders');

    // Both astral characters fall inside this prefix; each is one code point of context.
    const october = session.create(DATE, rangeOf('October'), ALICE, CREATED_AT);
    expect(october.prefix).toBe(textAt(october.start - 32, october.start));
    expect([...october.prefix]).toHaveLength(32);
    expect(october.prefix).toBe('m Aliyev 😀 met 𠀀 Pashinyan on 5 ');
  });

  it('quotes an astral character whole', async () => {
    const { session } = await openSession();
    const emoji = session.create(CLAIM, rangeOf('😀'), ALICE, CREATED_AT);
    expect(emoji.end - emoji.start).toBe(1);
    expect(emoji.quote).toBe('😀');
    const ideograph = session.create(CLAIM, rangeOf('𠀀'), ALICE, CREATED_AT);
    expect(ideograph).toMatchObject({ start: 19, end: 20, quote: '𠀀' });
  });

  it('quotes up to the very end of the text, with an empty suffix', async () => {
    const { session } = await openSession();
    const said = session.create(CLAIM, rangeOf('said.'), ALICE, CREATED_AT);
    expect(said.end).toBe(CODE_POINTS.length);
    expect(said).toMatchObject({ quote: 'said.', suffix: '' });
  });

  it('refuses a range outside the text and records nothing', async () => {
    const { session } = await openSession();
    expect(() =>
      session.create(
        CLAIM,
        { start: codePoints(5), end: codePoints(CODE_POINTS.length + 1) },
        ALICE,
        CREATED_AT,
      ),
    ).toThrow(RangeError);
    expect(session.size).toBe(0);
    expect(session.history.canUndo).toBe(false);
  });

  it('gives every annotation its own id', async () => {
    const { session } = await openSession();
    const first = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    const second = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    expect(first.id).not.toBe(second.id);
    expect(session.size).toBe(2);
  });
});

describe('DocumentSession.update and remove', () => {
  it('relabels, keeping the span and quote', async () => {
    const { db, session } = await openSession();
    const created = session.create(CLAIM, rangeOf('Ilham Aliyev'), ALICE, CREATED_AT);
    session.update(created.id, { label: ACTOR }, EDITED_AT);
    expect(session.get(created.id)).toEqual({
      ...created,
      label: ACTOR,
      updatedAt: EDITED_AT.toISOString(),
    });
    expect(session.history.nextUndo).toBe('Relabel');
    await expectPersisted(db, session);
  });

  it('edits the note', async () => {
    const { db, session } = await openSession();
    const created = session.create(CLAIM, rangeOf('agreed to continue talks'), ALICE, CREATED_AT);
    session.update(created.id, { note: 'reported, not confirmed' }, EDITED_AT);
    expect(session.get(created.id)).toEqual({
      ...created,
      note: 'reported, not confirmed',
      updatedAt: EDITED_AT.toISOString(),
    });
    expect(session.history.nextUndo).toBe('Edit note');
    await expectPersisted(db, session);
  });

  it('moves the span and re-reads quote and context from the text', async () => {
    const { db, session } = await openSession();
    const created = session.create(DATE, rangeOf('October'), ALICE, CREATED_AT);
    const widened = rangeOf('5 October 2023');
    session.update(created.id, { range: widened }, EDITED_AT);
    const moved = session.get(created.id)!;
    expect(moved).toMatchObject({
      start: widened.start,
      end: widened.end,
      quote: '5 October 2023',
      prefix: textAt(widened.start - 32, widened.start),
      suffix: textAt(widened.end, widened.end + 32),
    });
    expect(session.history.nextUndo).toBe('Edit span');
    await expectPersisted(db, session);
  });

  it('ignores an update or removal of an annotation it does not have', async () => {
    const { session } = await openSession();
    session.update(asAnnotationId('no-such-annotation'), { label: ACTOR }, EDITED_AT);
    session.remove(asAnnotationId('no-such-annotation'));
    expect(session.size).toBe(0);
    expect(session.history.canUndo).toBe(false);
  });

  it('removes an annotation', async () => {
    const { db, session } = await openSession();
    const kept = session.create(ACTOR, rangeOf('Ilham Aliyev'), ALICE, CREATED_AT);
    const removed = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    session.remove(removed.id);
    expect(session.get(removed.id)).toBeUndefined();
    expect(session.sorted()).toEqual([kept]);
    expect(session.history.nextUndo).toBe('Delete “Pashinyan”');
    await expectPersisted(db, session);
  });
});

describe('DocumentSession undo and redo', () => {
  it('undoes and redoes each step of a sequence exactly, in the session and in the database', async () => {
    const { db, session } = await openSession();
    const states = [snapshot(session)];
    const aliyev = session.create(ACTOR, rangeOf('Ilham Aliyev'), ALICE, CREATED_AT);
    states.push(snapshot(session));
    const talks = session.create(CLAIM, rangeOf('“agreed to continue talks”'), ALICE, CREATED_AT);
    states.push(snapshot(session));
    session.update(aliyev.id, { label: CLAIM }, EDITED_AT);
    states.push(snapshot(session));
    session.update(talks.id, { note: 'as reported' }, EDITED_AT);
    states.push(snapshot(session));
    session.update(talks.id, { range: rangeOf('agreed to continue talks') }, EDITED_AT);
    states.push(snapshot(session));
    session.remove(aliyev.id);
    states.push(snapshot(session));
    expect(states.map((state) => state.length)).toEqual([0, 1, 2, 2, 2, 2, 1]);

    for (let step = states.length - 2; step >= 0; step--) {
      expect(session.undo()).toBe(true);
      expect(snapshot(session)).toEqual(states[step]);
    }
    expect(session.undo()).toBe(false);
    await expectPersisted(db, session);

    for (let step = 1; step < states.length; step++) {
      expect(session.redo()).toBe(true);
      expect(snapshot(session)).toEqual(states[step]);
    }
    expect(session.redo()).toBe(false);
    await expectPersisted(db, session);
  });

  it('names the next undo and redo, and a new change clears the redo stack', async () => {
    const { session } = await openSession();
    const created = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    session.remove(created.id);
    expect(session.history.nextUndo).toBe('Delete “Pashinyan”');
    session.undo();
    expect(session.history.nextUndo).toBe('Tag “Pashinyan”');
    expect(session.history.nextRedo).toBe('Delete “Pashinyan”');
    session.create(DATE, rangeOf('5 October 2023'), ALICE, CREATED_AT);
    expect(session.history.canRedo).toBe(false);
    expect(session.redo()).toBe(false);
    expect(session.sorted().map((annotation) => annotation.quote)).toEqual([
      'Pashinyan',
      '5 October 2023',
    ]);
  });

  it('shortens a long quote in the description', async () => {
    const { session } = await openSession();
    session.create(
      CLAIM,
      rangeOf('Both leaders “agreed to continue talks” in Granada'),
      ALICE,
      CREATED_AT,
    );
    expect(session.history.nextUndo).toBe('Tag “Both leaders “agreed to continue talk…”');
    session.create(CLAIM, rangeOf('Both leaders “agreed to continue talks”'), ALICE, CREATED_AT);
    expect(session.history.nextUndo).toBe('Tag “Both leaders “agreed to continue talks””');
  });

  it('shortens a quote by code points, never splitting an emoji', async () => {
    // The flag's first half starts at UTF-16 index 36, where a cut by code units would fall.
    const text = 'Demonstrators in Baku waved flags — 🇦🇿 and 🇹🇷 side by side.';
    expect(text.indexOf('🇦🇿')).toBe(36);
    const db = openTestDatabase();
    const documentId = await libraryWithText(db, text);
    const session = new DocumentSession(db, documentId, text, []);
    session.create(
      CLAIM,
      { start: codePoints(0), end: codePoints([...text].length) },
      ALICE,
      CREATED_AT,
    );
    expect(session.history.nextUndo).toBe(`Tag “Demonstrators in Baku waved flags — 🇦…”`);
    expect(session.history.nextUndo).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    await session.whenPersisted();
  });

  it('keeps the history of a document when it is opened again', async () => {
    const { db, documentId, session } = await openSession();
    const created = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    await session.whenPersisted();

    const reopened = new DocumentSession(
      db,
      documentId,
      TEXT,
      await readDocumentAnnotations(db, documentId),
    );
    expect(reopened.get(created.id)).toEqual(created);
    expect(reopened.history.nextUndo).toBe('Tag “Pashinyan”');
    expect(reopened.undo()).toBe(true);
    expect(reopened.size).toBe(0);
    await expectPersisted(db, reopened);
  });
});

describe('DocumentSession.sorted', () => {
  it('is in reading order: start ascending, the longer span first', async () => {
    const { session } = await openSession();
    session.create(DATE, rangeOf('October 2023'), ALICE, CREATED_AT);
    session.create(ACTOR, rangeOf('Ilham'), ALICE, CREATED_AT);
    session.create(CLAIM, rangeOf('Ilham Aliyev 😀 met 𠀀 Pashinyan'), BOB, CREATED_AT);
    session.create(ACTOR, rangeOf('Ilham Aliyev'), BOB, CREATED_AT);
    expect(session.sorted().map((annotation) => annotation.quote)).toEqual([
      'Ilham Aliyev 😀 met 𠀀 Pashinyan',
      'Ilham Aliyev',
      'Ilham',
      'October 2023',
    ]);
  });

  it('stays sorted and matches the database through any sequence of creates, edits, removes, undos and redos', async () => {
    const db = openTestDatabase();
    const length = CODE_POINTS.length;
    const label = fc.constantFrom(CLAIM, ACTOR, DATE);
    const command = fc.oneof(
      fc.record({
        kind: fc.constant('create' as const),
        start: fc.nat(length - 1),
        size: fc.integer({ min: 1, max: 40 }),
        label,
      }),
      fc.record({ kind: fc.constant('relabel' as const), pick: fc.nat(), label }),
      fc.record({
        kind: fc.constant('move' as const),
        pick: fc.nat(),
        start: fc.nat(length - 1),
        size: fc.integer({ min: 1, max: 40 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('undo' as const) }),
      fc.record({ kind: fc.constant('redo' as const) }),
    );
    const rangeFrom = (start: number, size: number): CodePointRange => ({
      start: codePoints(start),
      end: codePoints(Math.min(length, start + size)),
    });

    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), async (commands) => {
        const documentId = await libraryWithText(db);
        // With its library row, the session writes counts blind; without, read-modify-write.
        const row = commands.length % 2 === 0 ? await db.documents.get(documentId) : undefined;
        const session = new DocumentSession(db, documentId, TEXT, [], row);
        // What undo and redo must give back: every state the analyst has been in.
        const states = [snapshot(session)];
        let position = 0;
        const committed = () => {
          states.splice(position + 1, states.length, snapshot(session));
          position++;
        };
        for (const step of commands) {
          const list = session.sorted();
          const picked =
            'pick' in step && list.length > 0 ? list[step.pick % list.length]! : undefined;
          if (step.kind === 'create') {
            session.create(step.label, rangeFrom(step.start, step.size), ALICE, CREATED_AT);
            committed();
          } else if (step.kind === 'relabel' && picked) {
            session.update(picked.id, { label: step.label }, EDITED_AT);
            committed();
          } else if (step.kind === 'move' && picked) {
            session.update(picked.id, { range: rangeFrom(step.start, step.size) }, EDITED_AT);
            committed();
          } else if (step.kind === 'remove' && picked) {
            session.remove(picked.id);
            committed();
          } else if (step.kind === 'undo') {
            expect(session.undo()).toBe(position > 0);
            position = Math.max(0, position - 1);
          } else if (step.kind === 'redo') {
            expect(session.redo()).toBe(position < states.length - 1);
            position = Math.min(states.length - 1, position + 1);
          }

          const sorted = session.sorted();
          expect(sorted).toHaveLength(session.size);
          for (let i = 1; i < sorted.length; i++) {
            const [previous, next] = [sorted[i - 1]!, sorted[i]!];
            expect(
              previous.start < next.start ||
                (previous.start === next.start && previous.end >= next.end),
            ).toBe(true);
            expect(compareAnnotations(previous, next)).toBeLessThan(0);
          }
          for (const annotation of sorted) {
            expect(session.get(annotation.id)).toBe(annotation);
            expect(annotation.quote).toBe(textAt(annotation.start, annotation.end));
          }
          // The painter's lookup agrees with a plain filter, for every window of the text.
          for (let from = 0; from < length; from += 7) {
            const to = from + 1 + ((from * 13) % 30);
            expect(session.annotationsOverlapping(from, to)).toEqual(
              sorted.filter((a) => a.start < to && a.end > from),
            );
          }
          expect(snapshot(session)).toEqual(states[position]);
        }
        await expectPersisted(db, session);
      }),
      { numRuns: 40 },
    );
  });
});

describe('DocumentSession.annotationsAt', () => {
  it('lists the annotations covering an offset, innermost first', async () => {
    const { session } = await openSession();
    const sentence = session.create(
      CLAIM,
      rangeOf('Ilham Aliyev 😀 met 𠀀 Pashinyan on 5 October 2023.'),
      ALICE,
      CREATED_AT,
    );
    const name = session.create(ACTOR, rangeOf('Ilham Aliyev'), ALICE, CREATED_AT);
    const surname = session.create(ACTOR, rangeOf('Aliyev'), BOB, CREATED_AT);
    const date = session.create(DATE, rangeOf('5 October 2023'), ALICE, CREATED_AT);

    expect(session.annotationsAt(rangeOf('liyev').start)).toEqual([surname, name, sentence]);
    expect(session.annotationsAt(0)).toEqual([name, sentence]);
    // End-exclusive: the space after "Aliyev" is in the sentence only.
    expect(session.annotationsAt(name.end)).toEqual([sentence]);
    expect(session.annotationsAt(rangeOf('October').start)).toEqual([date, sentence]);
    // The offset right after the emoji (one code point, two UTF-16 units).
    expect(session.annotationsAt(rangeOf('😀').end)).toEqual([sentence]);
    expect(session.annotationsAt(rangeOf('Both').start)).toEqual([]);
  });

  it('agrees with a scan of every annotation, ties in reading order', async () => {
    const db = openTestDatabase();
    const documentId = randomDocumentId();
    const span = fc
      .tuple(fc.nat(CODE_POINTS.length), fc.nat(CODE_POINTS.length))
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ start: codePoints(Math.min(a, b)), end: codePoints(Math.max(a, b)) }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (spans) => {
        const annotations = spans.map((range) => makeAnnotation({ documentId, ...range }));
        const session = new DocumentSession(db, documentId, TEXT, annotations);
        for (let offset = 0; offset <= CODE_POINTS.length; offset++) {
          const covering = session
            .sorted()
            .filter((annotation) => annotation.start <= offset && offset < annotation.end)
            .sort((a, b) => a.end - a.start - (b.end - b.start));
          expect(session.annotationsAt(offset)).toEqual(covering);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('DocumentSession persistence', () => {
  it('agrees with the database after many changes, and so does a session opened from it', async () => {
    const { db, documentId, session } = await openSession();
    const a = session.create(ACTOR, rangeOf('Ilham Aliyev'), ALICE, CREATED_AT);
    const b = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    session.create(DATE, rangeOf('5 October 2023'), BOB, CREATED_AT);
    session.update(a.id, { note: 'President of Azerbaijan' }, EDITED_AT);
    session.remove(b.id);
    session.undo();
    session.update(b.id, { label: CLAIM }, EDITED_AT);
    await expectPersisted(db, session);

    const reopened = new DocumentSession(
      db,
      documentId,
      TEXT,
      await readDocumentAnnotations(db, documentId),
    );
    expect(reopened.sorted()).toEqual(session.sorted());
  });

  it('tells the painter about each change at once, and React once the write has landed', async () => {
    const { db, session } = await openSession();
    const changes: (readonly Change[])[] = [];
    const storedWhenNotified: number[] = [];
    const unsubscribe = session.subscribe(() => {
      void readDocumentAnnotations(db, session.documentId).then((stored) =>
        storedWhenNotified.push(stored.length),
      );
    });
    const unsubscribeChanges = session.subscribeChanges((list) => changes.push(list));

    const created = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    expect(changes).toEqual([[{ before: null, after: created }]]);
    expect(storedWhenNotified).toEqual([]);
    await new Promise<void>((resolve) => session.afterWrites(resolve));
    await session.whenPersisted();
    session.undo();
    expect(changes).toEqual([
      [{ before: null, after: created }],
      [{ before: created, after: null }],
    ]);
    await new Promise<void>((resolve) => session.afterWrites(resolve));
    await session.whenPersisted();
    // Each React notification came after its write: the database already held the change.
    await expect.poll(() => storedWhenNotified).toEqual([1, 0]);

    unsubscribe();
    unsubscribeChanges();
    session.redo();
    expect(changes).toHaveLength(2);
    await session.whenPersisted();
  });

  it('reports a failed write without losing the change, and clears the report once a write succeeds', async () => {
    const { db, session } = await openSession();
    const reported: (string | null)[] = [];
    session.subscribe(() => reported.push(session.writeError));
    db.close();
    const created = session.create(ACTOR, rangeOf('Pashinyan'), ALICE, CREATED_AT);
    await session.whenPersisted();
    expect(session.writeError).toMatch(/^Could not save a change: /);
    expect(session.get(created.id)).toEqual(created);

    await db.open();
    session.create(DATE, rangeOf('October'), ALICE, CREATED_AT);
    await session.whenPersisted();
    expect(session.writeError).toBeNull();
    await new Promise<void>((resolve) => session.afterWrites(resolve));
    // The analyst was shown the failure, and its clearing once a write succeeded.
    expect(reported).toContainEqual(expect.stringMatching(/^Could not save a change: /));
    expect(reported.at(-1)).toBeNull();
    // The failed change never reached the database; only the later one did.
    expect(
      (await readDocumentAnnotations(db, session.documentId)).map((annotation) => annotation.quote),
    ).toEqual(['October']);
  });
});
