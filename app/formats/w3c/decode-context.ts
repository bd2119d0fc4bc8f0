// What decoding one W3C file accumulates: its documents (by id or IRI), annotators, labels,
// issues and warnings. The collection-level reader (decode.ts) and the per-annotation reader
// (decode-annotation.ts) share it.

import type { BundleDocument, ImportIssue } from '../../import/bundle.ts';
import type { Entity } from '../../model/entity.ts';
import { asLabelId, type AnnotatorId, type EntityId, type LabelId } from '../../model/ids.ts';
import type { RelationType } from '../../model/relation.ts';
import { describeValue } from '../dataset/describe-value.ts';
import { documentIdFromIri } from './iris.ts';

export class DecodeContext {
  readonly issues: ImportIssue[] = [];
  readonly warnings: string[] = [];
  readonly documents: BundleDocument[] = [];
  readonly annotators = new Map<AnnotatorId, string>();
  readonly labels = new Map<LabelId, { id: LabelId; name: string; color?: string }>();
  /** The collection's `marginalia:entities`, which identifying bodies are resolved against. */
  readonly entities = new Map<EntityId, Entity>();
  /** The collection's `marginalia:relationTypes`; empty means the built-ins. */
  readonly relationTypes: RelationType[] = [];
  /** Document index by Marginalia id when the IRI names one, else by the IRI itself. */
  private readonly documentIndex = new Map<string, number>();

  issue(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** A problem that loses something but does not stop the import: said with where it is. */
  warn(path: string, message: string): void {
    this.warnings.push(`${path === '' ? 'the annotation' : path}: ${message}`);
  }

  /** The index of the document an IRI names, adding it (without text) the first time. */
  documentFor(iri: string, details: Omit<BundleDocument, 'id' | 'ref'> = {}): number {
    const id = documentIdFromIri(iri);
    const key = id ?? iri;
    const known = this.documentIndex.get(key);
    if (known !== undefined) return known;
    this.documents.push({ ...(id === undefined ? {} : { id }), ref: iri, ...details });
    this.documentIndex.set(key, this.documents.length - 1);
    return this.documents.length - 1;
  }

  hasDocument(iri: string): boolean {
    return this.documentIndex.has(documentIdFromIri(iri) ?? iri);
  }

  /** Records an annotator; a name already known (from the collection's list) is kept. */
  annotator(id: AnnotatorId, name: string): void {
    if (!this.annotators.has(id)) this.annotators.set(id, name);
  }

  /** Records a label a tagging body uses; one the collection describes keeps its name and colour. */
  label(value: string): LabelId {
    const id = asLabelId(value);
    if (!this.labels.has(id)) this.labels.set(id, { id, name: labelNameOf(value) });
    return id;
  }

  /** The string at `value`, or an issue saying what was found instead. */
  string(value: unknown, path: string, what = 'a string'): string | undefined {
    if (typeof value === 'string') return value;
    this.issue(path, `expected ${what}, found ${describeValue(value)}`);
    return undefined;
  }
}

/** A tag's display name: the last segment of an IRI-valued tag (…/tags/claim → claim). */
function labelNameOf(value: string): string {
  const match = /^[a-z][a-z0-9+.-]*:.*[/#]([^/#]+)$/i.exec(value);
  if (match === null) return value;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

export function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Whether a JSON-LD `type` (a string or an array of them) includes `name`. */
export function hasType(value: Record<string, unknown>, name: string): boolean {
  return asArray(value.type).includes(name);
}
