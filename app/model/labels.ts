import { asLabelId, type LabelId } from './ids.ts';

/** A tag an analyst puts on a span. `shortcut` is the key that applies it. */
export interface Label {
  id: LabelId;
  name: string;
  /** CSS hex colour, `#rrggbb`. */
  color: string;
  shortcut?: string;
  /** Hidden from the toolbar and the shortcuts; still shown wherever annotations carry it. */
  hidden?: boolean;
}

export const CLAIM = asLabelId('claim');
export const ACTOR = asLabelId('actor');
export const DATE = asLabelId('date');

/** The built-in label set every Marginalia dataset starts from. */
export const BUILT_IN_LABELS: readonly Label[] = [
  { id: CLAIM, name: 'Claim', color: '#f2b705', shortcut: '1' },
  { id: ACTOR, name: 'Actor', color: '#2563eb', shortcut: '2' },
  { id: DATE, name: 'Date', color: '#16a34a', shortcut: '3' },
];

export function findLabel(labels: readonly Label[], id: LabelId): Label | undefined {
  return labels.find((label) => label.id === id);
}

/** What the UI calls a label: its built-in name, or its id when a file brought a label we do not know. */
export function labelName(id: LabelId): string {
  return findLabel(BUILT_IN_LABELS, id)?.name ?? id;
}
