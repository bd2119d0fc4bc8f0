// The analyst's identity and preferences. The annotator id is made once and never changes, so
// a colleague's copy of our annotations stays attributable when we rename ourselves.

import type { Annotator } from '../../app/model/annotation.ts';
import { asAnnotatorId, type AnnotatorId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from './database.ts';

const CURRENT_ANNOTATOR = 'currentAnnotator';

export interface Preferences {
  /** Whether selections snap outward to whole words. */
  snapToWords: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { snapToWords: true };

export async function readCurrentAnnotator(db: MarginaliaDatabase): Promise<Annotator | null> {
  const setting = await db.settings.get(CURRENT_ANNOTATOR);
  if (!setting || typeof setting.value !== 'string') return null;
  return (await db.annotators.get(asAnnotatorId(setting.value))) ?? null;
}

/** Creates the analyst's identity on first start, or renames it later. */
export async function saveCurrentAnnotatorName(
  db: MarginaliaDatabase,
  name: string,
): Promise<Annotator> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('Please enter a name or handle.');
  if (trimmed.length > 80) throw new Error('A name or handle can be at most 80 characters.');
  return db.transaction('rw', db.settings, db.annotators, async () => {
    const setting = await db.settings.get(CURRENT_ANNOTATOR);
    const id: AnnotatorId =
      setting && typeof setting.value === 'string'
        ? asAnnotatorId(setting.value)
        : asAnnotatorId(`annotator-${crypto.randomUUID()}`);
    const annotator = { id, name: trimmed };
    await db.annotators.put(annotator);
    await db.settings.put({ key: CURRENT_ANNOTATOR, value: id });
    return annotator;
  });
}

export async function readPreferences(db: MarginaliaDatabase): Promise<Preferences> {
  const setting = await db.settings.get('preferences');
  return {
    ...DEFAULT_PREFERENCES,
    ...(typeof setting?.value === 'object' && setting.value
      ? (setting.value as Partial<Preferences>)
      : {}),
  };
}

export async function savePreferences(
  db: MarginaliaDatabase,
  preferences: Preferences,
): Promise<void> {
  await db.settings.put({ key: 'preferences', value: preferences });
}
