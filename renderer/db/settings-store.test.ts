import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-support/test-database.ts';
import {
  DEFAULT_PREFERENCES,
  readCurrentAnnotator,
  readPreferences,
  saveCurrentAnnotatorName,
  savePreferences,
} from './settings-store.ts';

describe('the current annotator', () => {
  it('is null before the analyst has named themselves', async () => {
    const db = openTestDatabase();
    expect(await readCurrentAnnotator(db)).toBeNull();
  });

  it('is created with a fresh id on first save and read back', async () => {
    const db = openTestDatabase();
    const saved = await saveCurrentAnnotatorName(db, '  Leyla M.  ');
    expect(saved.name).toBe('Leyla M.');
    expect(saved.id).toMatch(/^annotator-[0-9a-f-]{36}$/);
    expect(await readCurrentAnnotator(db)).toEqual(saved);
  });

  it('keeps its id when renamed, so earlier annotations stay attributed', async () => {
    const db = openTestDatabase();
    const first = await saveCurrentAnnotatorName(db, 'Leyla');
    const renamed = await saveCurrentAnnotatorName(db, 'Leyla Mammadova');
    expect(renamed).toEqual({ id: first.id, name: 'Leyla Mammadova' });
    expect(await readCurrentAnnotator(db)).toEqual(renamed);
    expect(await db.annotators.count()).toBe(1);
  });

  it('gets different ids in different libraries', async () => {
    const one = await saveCurrentAnnotatorName(openTestDatabase(), 'Leyla');
    const other = await saveCurrentAnnotatorName(openTestDatabase(), 'Leyla');
    expect(one.id).not.toBe(other.id);
  });

  it('refuses an empty or blank name and writes nothing', async () => {
    const db = openTestDatabase();
    await expect(saveCurrentAnnotatorName(db, '')).rejects.toThrow(
      'Please enter a name or handle.',
    );
    await expect(saveCurrentAnnotatorName(db, ' \t\n ')).rejects.toThrow(
      'Please enter a name or handle.',
    );
    expect(await readCurrentAnnotator(db)).toBeNull();
    expect(await db.annotators.count()).toBe(0);
  });

  it('refuses a name longer than 80 characters and keeps the old one', async () => {
    const db = openTestDatabase();
    const saved = await saveCurrentAnnotatorName(db, 'Leyla');
    await expect(saveCurrentAnnotatorName(db, 'x'.repeat(81))).rejects.toThrow(
      'at most 80 characters',
    );
    expect(await saveCurrentAnnotatorName(db, 'x'.repeat(80))).toEqual({
      id: saved.id,
      name: 'x'.repeat(80),
    });
  });
});

describe('preferences', () => {
  it('default to snapping selections to whole words', async () => {
    const db = openTestDatabase();
    expect(DEFAULT_PREFERENCES).toEqual({ snapToWords: true });
    expect(await readPreferences(db)).toEqual({ snapToWords: true });
  });

  it('round-trip through the database', async () => {
    const db = openTestDatabase();
    await savePreferences(db, { snapToWords: false });
    expect(await readPreferences(db)).toEqual({ snapToWords: false });
    await savePreferences(db, { snapToWords: true });
    expect(await readPreferences(db)).toEqual({ snapToWords: true });
  });

  it('fill in defaults for a stored value that lacks a preference or is not an object', async () => {
    const db = openTestDatabase();
    await db.settings.put({ key: 'preferences', value: {} });
    expect(await readPreferences(db)).toEqual({ snapToWords: true });
    await db.settings.put({ key: 'preferences', value: 'garbage' });
    expect(await readPreferences(db)).toEqual({ snapToWords: true });
  });
});
