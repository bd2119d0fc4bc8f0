// TEST SUPPORT: the shared corpus (../shared/corpus) as a library model, and annotations planted
// on it the way the app makes them (code points, quote and context cut from the text). The
// tests read the files (only tests of the core may touch the disk) and hand them in.

import type { DatasetModel } from '../formats/dataset/to-model.ts';
import type { Annotation, SourceDocument } from '../model/annotation.ts';
import type { DateValue, ValueStatus } from '../model/date-value.ts';
import type { Entity } from '../model/entity.ts';
import {
  asAnnotationId,
  asAnnotatorId,
  asEntityId,
  asLabelId,
  asRelationId,
  type AnnotatorId,
  type RelationTypeId,
} from '../model/ids.ts';
import { BUILT_IN_LABELS } from '../model/labels.ts';
import { utf16 } from '../model/offsets.ts';
import type { Relation } from '../model/relation.ts';
import { CodePointIndex } from '../text/code-points.ts';
import { documentIdOf } from '../text/document-id.ts';
import { normaliseText } from '../text/normalise.ts';
import { newAnnotation } from '../model/new-annotation.ts';

/** A corpus file as a test read it. */
export interface CorpusFile {
  name: string;
  text: string;
}

/** The corpus reports, titled by their file's number ("000"…"004"), in file order. */
export function corpusDocuments(files: readonly CorpusFile[]): SourceDocument[] {
  return files
    .filter(({ name }) => name.endsWith('.txt'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map(({ name, text: raw }) => {
      const text = normaliseText(raw);
      return { id: documentIdOf(text), title: name.slice(0, 3), text };
    });
}

export const ANA = asAnnotatorId('ana');
export const BEN = asAnnotatorId('ben');

export interface PlantOptions {
  /** Which occurrence of the quote in the document (0 the first). */
  occurrence?: number;
  annotator?: AnnotatorId;
  entity?: string;
  value?: string;
  valueStatus?: ValueStatus;
}

/** Builds a library of the corpus with annotations and relations planted on it. */
export class PlantedLibrary {
  readonly documents: SourceDocument[];
  readonly annotations: Annotation[] = [];
  readonly relations: Relation[] = [];
  readonly entities: Entity[] = [];
  private nextId = 1;

  constructor(documents: readonly SourceDocument[]) {
    this.documents = [...documents];
  }

  document(title: string): SourceDocument {
    const found = this.documents.find((document) => document.title === title);
    if (!found) throw new Error(`no corpus document ${title}`);
    return found;
  }

  /** Tags the `occurrence`-th exact occurrence of `quote` in document `title`. */
  tag(title: string, quote: string, label: string, options: PlantOptions = {}): Annotation {
    const document = this.document(title);
    let at = -1;
    for (let i = 0; i <= (options.occurrence ?? 0); i++) {
      at = document.text.indexOf(quote, at + 1);
      if (at < 0) throw new Error(`"${quote}" occurs fewer times in ${title}`);
    }
    const index = new CodePointIndex(document.text);
    const start = index.toCodePoint(utf16(at));
    const end = index.toCodePoint(utf16(at + quote.length));
    const annotation = newAnnotation(document, {
      id: asAnnotationId(`a${this.nextId++}`),
      label: asLabelId(label),
      range: { start, end },
      annotator: options.annotator ?? ANA,
      now: new Date('2026-12-01T10:00:00Z'),
    });
    delete annotation.value;
    delete annotation.valueStatus;
    if (options.entity !== undefined) annotation.entity = asEntityId(options.entity);
    if (options.value !== undefined) {
      annotation.value = options.value as DateValue;
      annotation.valueStatus = options.valueStatus ?? 'confirmed';
    }
    this.annotations.push(annotation);
    return annotation;
  }

  link(from: Annotation, type: string, to: Annotation): Relation {
    const relation: Relation = {
      id: asRelationId(`r${this.nextId++}`),
      documentId: from.documentId,
      type: type as RelationTypeId,
      from: from.id,
      to: to.id,
      annotator: from.annotator,
      createdAt: '2026-12-01T10:00:00Z',
      updatedAt: '2026-12-01T10:00:00Z',
    };
    this.relations.push(relation);
    return relation;
  }

  entity(id: string, name: string): void {
    this.entities.push({ id: asEntityId(id), name, kind: 'person', aliases: [] });
  }

  model(): DatasetModel {
    const model: DatasetModel = {
      documents: this.documents,
      annotations: this.annotations,
      annotators: [
        { id: ANA, name: 'Ana' },
        { id: BEN, name: 'Ben' },
      ],
      labels: [...BUILT_IN_LABELS],
    };
    if (this.relations.length > 0) model.relations = this.relations;
    if (this.entities.length > 0) model.entities = this.entities;
    return model;
  }
}
