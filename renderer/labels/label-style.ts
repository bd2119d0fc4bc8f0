// How a label looks wherever it is drawn: the text highlights (CSS Custom Highlight API), the
// legend swatches, the chips. The built-in labels have hand-made styles in renderer/styles.css;
// every other label, and a built-in the analyst recoloured, gets rules generated here from its
// colour. Label ids come from analysts and files (spaces, accents, `__proto__`), so class and
// highlight names use a key that is always a CSS identifier.

import type { Label } from '../../app/model/labels.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import { isBuiltInLabel } from '../../app/model/label-set.ts';

/** The name a label's classes and highlights use: `claim` for a built-in, `l-location` else. */
export function labelStyleKey(id: string): string {
  if (isBuiltInLabel(id)) return id;
  return `l-${id.replace(/[^A-Za-z0-9-]/g, (character) => `_${character.codePointAt(0)!.toString(16)}_`)}`;
}

/** The highlight depths the painter draws (same-label spans nested deeper share the last). */
export const HIGHLIGHT_DEPTHS = 3;

/** The CSS of the labels whose look is not in styles.css: every custom or recoloured label. */
export function labelStyleSheet(labels: readonly Label[]): string {
  const rules: string[] = [];
  for (const label of labels) {
    const builtIn = BUILT_IN_LABELS.find((candidate) => candidate.id === label.id);
    if (builtIn && builtIn.color === label.color) continue;
    const key = labelStyleKey(label.id);
    const colour = label.color;
    const tint = (alpha: number) =>
      `color-mix(in srgb, ${colour} ${Math.round(alpha * 100)}%, transparent)`;
    for (let depth = 0; depth < HIGHLIGHT_DEPTHS; depth++)
      rules.push(
        `::highlight(mg-${key}-${depth}) { background-color: ${tint(0.2 + depth * 0.1)}; text-decoration: underline ${depth === 0 ? 2 : 3}px ${colour}; }`,
      );
    rules.push(
      `.legend-${key} { background: ${tint(0.22)}; text-decoration: underline 2px ${colour}; text-underline-offset: 3px; }`,
      `.chip-${key}.checked, .span-picker .chip-${key} { background: ${tint(0.2)}; border-color: ${colour}; }`,
      `.span-chip-${key} { background: ${tint(0.12)}; border-color: ${tint(0.5)}; }`,
      `.swatch-${key} { background: ${colour}; }`,
      `.suggestion-label-${key} { text-decoration-color: ${colour}; }`,
    );
  }
  return rules.join('\n');
}

// The labels that have a style, for the painter: an annotation whose label nobody defined is
// drawn in the neutral `other` style rather than not at all. One set per window (the styles
// themselves are global), kept by LabelsProvider; painters listen to repaint when it changes.
let styled: ReadonlySet<string> = new Set(BUILT_IN_LABELS.map((label) => label.id));
const listeners = new Set<() => void>();

/** Called with the library's labels whenever they change. */
export function setStyledLabels(labels: readonly Label[]): void {
  const next = new Set(labels.map((label) => label.id as string));
  if (next.size === styled.size && [...next].every((id) => styled.has(id))) return;
  styled = next;
  for (const listener of listeners) listener();
}

/** The highlight key of an annotation's label: its own, or `other` when it has no style. */
export function highlightKeyOf(label: string): string {
  return styled.has(label) || isBuiltInLabel(label) ? labelStyleKey(label) : 'other';
}

/** Told when the set of styled labels changes; returns the unsubscribe. */
export function onStyledLabelsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
