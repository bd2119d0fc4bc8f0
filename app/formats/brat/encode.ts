// Model → a brat standoff collection: per document `<stem>.txt` and `<stem>.ann`
// (encode-document.ts), plus an `annotation.conf` declaring the entity and relation types, so
// brat opens the folder as it is. The CLI writes these files into a folder; the app downloads
// them as one zip (zip.ts).

import type { LabelId, RelationTypeId } from '../../model/ids.ts';
import { BUILT_IN_LABELS } from '../../model/labels.ts';
import { BUILT_IN_RELATION_TYPES } from '../../model/relation.ts';
import type { DatasetModel } from '../dataset/index.ts';
import { groupByDocument } from '../group-by-document.ts';
import { encodeAnn, type BratNames } from './encode-document.ts';
import { uniqueFileStems } from './file-names.ts';

export interface BratFile {
  /** A bare file name: the collection is flat. */
  name: string;
  content: string;
}

/** The collection's files: annotation.conf first, then each document's .txt and .ann in order. */
export function encodeBratFiles(model: DatasetModel): BratFile[] {
  const names = bratNames(model);
  const entities = new Map((model.entities ?? []).map((entity) => [entity.id, entity]));
  const annotations = groupByDocument(model.annotations);
  const relations = groupByDocument(model.relations ?? []);
  const stems = uniqueFileStems(model.documents.map((document) => document.title));
  const files: BratFile[] = [{ name: 'annotation.conf', content: annotationConf(model, names) }];
  model.documents.forEach((document, i) => {
    files.push(
      { name: `${stems[i]}.txt`, content: document.text },
      {
        name: `${stems[i]}.ann`,
        content: encodeAnn(
          annotations.get(document.id) ?? [],
          relations.get(document.id) ?? [],
          entities,
          names.of,
        ),
      },
    );
  });
  return files;
}

/**
 * brat type names: a label's or relation type's name with anything but ASCII letters, digits,
 * `_` and `-` made `_` (brat reads a space as the end of the type), made unique.
 */
function bratNames(model: DatasetModel) {
  const labels = new Map<string, string>();
  const relations = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (name: string) => {
    const base = name.replace(/[^A-Za-z0-9_-]/g, '_') || 'Type';
    let unique = base;
    for (let n = 2; taken.has(unique); n++) unique = `${base}_${n}`;
    taken.add(unique);
    return unique;
  };
  const labelNames = new Map([...BUILT_IN_LABELS, ...model.labels].map((l) => [l.id, l.name]));
  for (const id of new Set<LabelId>([
    ...model.labels.map((l) => l.id),
    ...model.annotations.map((a) => a.label),
  ]))
    labels.set(id, claim(labelNames.get(id) ?? id));
  const types = model.relationTypes ?? BUILT_IN_RELATION_TYPES;
  for (const id of new Set<RelationTypeId>([
    ...types.map((type) => type.id),
    ...(model.relations ?? []).map((relation) => relation.type),
  ]))
    relations.set(id, claim(types.find((type) => type.id === id)?.name ?? id));
  const of: BratNames = {
    label: (id) => labels.get(id)!,
    relation: (id) => relations.get(id)!,
  };
  return { labels, relations, of };
}

/**
 * brat's annotation configuration: every label as an entity type; every relation type with
 * the types of its two ends (any entity for a type the file does not describe); and overlap
 * allowed, since spans of one document (and of two analysts) may overlap or coincide.
 */
function annotationConf(model: DatasetModel, names: ReturnType<typeof bratNames>): string {
  const types = model.relationTypes ?? BUILT_IN_RELATION_TYPES;
  const end = (label: LabelId | undefined) =>
    label === undefined ? '<ENTITY>' : (names.labels.get(label) ?? '<ENTITY>');
  const relations = [...names.relations].map(([id, name]) => {
    const type = types.find((candidate) => candidate.id === id);
    return `${name}\tArg1:${end(type?.from)}, Arg2:${end(type?.to)}`;
  });
  return [
    '# Written by Marginalia: the labels and relation types of this export.',
    '[entities]',
    ...names.labels.values(),
    '',
    '[relations]',
    ...relations,
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    '',
  ].join('\n');
}
