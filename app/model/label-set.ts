// The library's label set (issue 11): the three built-in labels, which are always there, plus the
// analyst's own and those imported datasets brought. The library stores only what differs from
// the built-in set (a built-in renamed, recoloured or hidden is stored under its id), so a
// library that never edited its labels reads exactly the built-in set. The rules an edit must
// keep live here: names unique ignoring case, colours `#rrggbb`, keys 4–9 unique, and ids
// derived from a name once and never changed (annotations refer to them).

import { asLabelId, type LabelId } from './ids.ts';
import { normaliseLabelColour } from './label-colour.ts';
import { BUILT_IN_LABELS, type Label } from './labels.ts';

/** The keys an analyst's label may take; 1–3 belong to the built-in labels. */
export const LABEL_KEYS = ['4', '5', '6', '7', '8', '9'] as const;

const BUILT_IN_IDS = new Set<string>(BUILT_IN_LABELS.map((label) => label.id));

export function isBuiltInLabel(id: string): boolean {
  return BUILT_IN_IDS.has(id);
}

/**
 * The label set as the UI shows it: the built-ins first, in their order (a stored row of the
 * same id changes their name, colour or visibility, never their id or key), then the others by
 * key, then by name.
 */
export function mergeLabelSet(stored: readonly Label[]): Label[] {
  const byId = new Map(stored.map((label) => [label.id as string, label]));
  const builtIns = BUILT_IN_LABELS.map((builtIn) => {
    const row = byId.get(builtIn.id);
    if (!row) return builtIn;
    return withHidden({ ...builtIn, name: row.name, color: row.color }, row.hidden);
  });
  const others = stored
    .filter((label) => !isBuiltInLabel(label.id))
    .sort(
      (a, b) =>
        keyRank(a) - keyRank(b) ||
        a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) ||
        a.id.localeCompare(b.id),
    );
  return [...builtIns, ...others];
}

/** The name the UI shows for a label id: the set's name, else the id itself (a label nobody defined). */
export function labelNameIn(labels: readonly Label[], id: string): string {
  return labels.find((label) => label.id === id)?.name ?? id;
}

/** The labels the toolbar offers and the number keys apply: the visible ones. */
export function toolbarLabels(labels: readonly Label[]): Label[] {
  return labels.filter((label) => !label.hidden);
}

/** The visible label a key applies, if any. */
export function labelOfKey(labels: readonly Label[], key: string): Label | undefined {
  return labels.find((label) => !label.hidden && label.shortcut === key);
}

/**
 * A new label's id from its name: lowercase words of letters and digits joined by `-`, accents
 * dropped (`Lieu de réunion` → `lieu-de-reunion`), made unique with `-2`, `-3`… against the
 * built-in ids and `taken`. Computed once, when the label is added: a rename keeps the id.
 */
export function labelIdForName(name: string, taken: Iterable<string>): LabelId {
  const used = new Set<string>([...BUILT_IN_IDS, ...taken]);
  const base =
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'label';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return asLabelId(id);
}

/** What an analyst types for a label: the form's fields before they are checked. */
export interface LabelDraft {
  name: string;
  colour: string;
  /** '' for none. */
  shortcut: string;
}

export type LabelCheck =
  | { ok: true; name: string; colour: string; shortcut?: string }
  | { ok: false; field: 'name' | 'colour' | 'shortcut'; message: string };

/**
 * Checks a draft against the set (`editing`: the id of the label being edited, which may keep
 * its own name and key). Returns the cleaned fields, or the first problem in words for the form.
 */
export function checkLabelDraft(
  draft: LabelDraft,
  labels: readonly Label[],
  editing?: LabelId,
): LabelCheck {
  const name = draft.name.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, field: 'name', message: 'A label needs a name' };
  const others = labels.filter((label) => label.id !== editing);
  const sameName = others.find(
    (label) => label.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0,
  );
  if (sameName)
    return { ok: false, field: 'name', message: `A label named ${sameName.name} already exists` };
  const colour = normaliseLabelColour(draft.colour.trim());
  if (colour === null)
    return {
      ok: false,
      field: 'colour',
      message: `${draft.colour.trim() || 'An empty colour'} is not a colour; write it as #rrggbb or #rgb`,
    };
  const shortcut = draft.shortcut;
  if (shortcut === '') return { ok: true, name, colour };
  if (editing !== undefined && isBuiltInLabel(editing)) {
    const own = BUILT_IN_LABELS.find((label) => label.id === editing)!;
    if (shortcut !== own.shortcut)
      return { ok: false, field: 'shortcut', message: `${own.name} keeps its key ${own.shortcut}` };
    return { ok: true, name, colour, shortcut };
  }
  if (!(LABEL_KEYS as readonly string[]).includes(shortcut))
    return { ok: false, field: 'shortcut', message: `Key ${shortcut} is not one of 4–9` };
  const holder = others.find((label) => label.shortcut === shortcut);
  if (holder)
    return { ok: false, field: 'shortcut', message: `Key ${shortcut} is taken by ${holder.name}` };
  return { ok: true, name, colour, shortcut };
}

/** The first key of 4–9 no label holds, for a new label's form; '' when all are taken. */
export function firstFreeKey(labels: readonly Label[]): string {
  const taken = new Set(labels.map((label) => label.shortcut));
  return LABEL_KEYS.find((key) => !taken.has(key)) ?? '';
}

/**
 * The labels an import brings, as the library will keep them: colour normalised (grey when the
 * file's cannot be read), a key kept only when it is one of 4–9 and free, and never a label the
 * library already has (its name and colour win).
 */
export function labelsToStore(
  incoming: readonly { id: LabelId; name: string; color?: string; shortcut?: string }[],
  library: readonly Label[],
): Label[] {
  const known = new Set<string>(library.map((label) => label.id));
  const keys = new Set(library.flatMap((label) => (label.shortcut ? [label.shortcut] : [])));
  const result: Label[] = [];
  for (const label of incoming) {
    if (known.has(label.id) || isBuiltInLabel(label.id)) continue;
    known.add(label.id);
    const stored: Label = {
      id: label.id,
      name: label.name || label.id,
      color: normaliseLabelColour(label.color ?? '') ?? UNKNOWN_COLOUR,
    };
    if (
      label.shortcut &&
      (LABEL_KEYS as readonly string[]).includes(label.shortcut) &&
      !keys.has(label.shortcut)
    ) {
      stored.shortcut = label.shortcut;
      keys.add(label.shortcut);
    }
    result.push(stored);
  }
  return result;
}

/** The colour of a label whose own colour is unreadable, as the exports write it. */
const UNKNOWN_COLOUR = '#808080';

/** Labels with a key first, in key order; those without after them. */
function keyRank(label: Label): number {
  return label.shortcut ? Number(label.shortcut) : 10;
}

function withHidden(label: Label, hidden: boolean | undefined): Label {
  return hidden ? { ...label, hidden: true } : label;
}

/** A label's name as a group heading: `Claims`, `Addresses`, `Weapon systems`, `Entities`. */
export function pluralLabelName(name: string): string {
  if (/(s|x|z|ch|sh)$/i.test(name)) return `${name}es`;
  if (/[^aeiou]y$/i.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}
