// Whose annotations the actors overview counts: the analyst's own layer, all layers, one
// colleague's, or the reconciled layer (docs/actors.md says why it opens where it does). Also the
// names the overview's lists show for documents and layers.

import { useMemo } from 'react';
import {
  ALL_LAYERS,
  layersOf,
  type ActorLayer,
  type LayerChoice,
} from '../../app/entities/actor-overview.ts';
import type { Annotator } from '../../app/model/annotation.ts';
import type { AnnotatorId } from '../../app/model/ids.ts';
import { RECONCILED_ANNOTATOR } from '../../app/model/review.ts';
import type { ActorLibrary } from './actor-library.ts';

export interface LayerNames {
  titleOf(documentId: string): string;
  /** "you" for the analyst's own layer, else the annotator's name ("Reconciled" for that layer). */
  annotatorName(id: string): string;
}

export function useLayerNames(library: ActorLibrary | undefined, own: Annotator): LayerNames {
  return useMemo(() => {
    const titles = new Map<string, string>(
      (library?.documents ?? []).map((document) => [document.id, document.title]),
    );
    const names = new Map<string, string>(
      (library?.annotators ?? []).map((annotator) => [annotator.id, annotator.name]),
    );
    return {
      titleOf: (id) => titles.get(id) ?? id,
      annotatorName: (id) =>
        id === own.id ? 'you' : id === RECONCILED_ANNOTATOR ? 'Reconciled' : (names.get(id) ?? id),
    };
  }, [library, own.id]);
}

export interface LayerSelectProps {
  layer: LayerChoice;
  layers: readonly ActorLayer[];
  own: AnnotatorId;
  names: LayerNames;
  onChange(layer: LayerChoice): void;
}

export function LayerSelect({ layer, layers, own, names, onChange }: LayerSelectProps) {
  const colleagues = useMemo(
    () =>
      layersOf(layers)
        .filter((id) => id !== own && id !== RECONCILED_ANNOTATOR)
        .sort((a, b) => names.annotatorName(a).localeCompare(names.annotatorName(b))),
    [layers, own, names],
  );
  const reconciled = useMemo(() => layersOf(layers).includes(RECONCILED_ANNOTATOR), [layers]);
  return (
    <label className="actor-layer" title="Whose annotations the counts are taken from">
      <span>Counting</span>
      <select
        aria-label="Layer"
        value={layer}
        onChange={(event) => onChange(event.target.value as LayerChoice)}
      >
        <option value={own}>Your layer</option>
        <option value={ALL_LAYERS}>All layers</option>
        {colleagues.map((id) => (
          <option key={id} value={id}>
            {names.annotatorName(id)}’s layer
          </option>
        ))}
        {(reconciled || layer === RECONCILED_ANNOTATOR) && (
          <option value={RECONCILED_ANNOTATOR}>Reconciled layer</option>
        )}
      </select>
    </label>
  );
}
