// Which text each document of a file is anchored against. A document is matched by id: one
// the library has keeps the library's text (and title), one it lacks is added with the file's
// text, and one that is neither in the library nor in the file leaves its annotations as
// orphans. A file's text is normalised as every imported text is, and its id is checked
// against it, because the id *is* the hash of the text: a mismatch means the file is wrong.

import { describeValue } from '../formats/dataset/describe-value.ts';
import type { SourceDocument } from '../model/annotation.ts';
import { checkPublishedAt } from '../dates/date-value.ts';
import { cleanDocumentMetadata } from '../model/check-document-metadata.ts';
import { metadataOf } from '../model/document-metadata.ts';
import type { DocumentId } from '../model/ids.ts';
import { CodePointIndex } from '../text/code-points.ts';
import { documentIdOf } from '../text/document-id.ts';
import { normaliseText } from '../text/normalise.ts';
import type { ImportBundle, ImportIssue } from './bundle.ts';
import type { LibrarySnapshot } from './plan-types.ts';

/** Longest title taken from a text's first line when the file gives none. */
const TITLE_LENGTH = 80;

/** One document of the file, resolved against the library. */
export type ResolvedDocument =
  | {
      kind: 'text';
      ref: string;
      id: DocumentId;
      text: string;
      index: CodePointIndex;
      /** The file's text before normalisation, when normalising changed it (offsets refer to it). */
      raw?: { text: string; index: CodePointIndex };
    }
  /** Neither the library nor the file has its text. */
  | { kind: 'missing'; ref: string; id?: DocumentId; reason: string };

export interface ResolvedDocuments {
  /** Parallel to bundle.documents. */
  documents: ResolvedDocument[];
  documentsToAdd: SourceDocument[];
  /** Distinct documents of the file the library already has. */
  alreadyPresent: number;
}

/** Resolves every document of the bundle; a file whose id and text disagree gets an issue. */
export function resolveDocuments(
  bundle: ImportBundle,
  library: LibrarySnapshot,
  issues: ImportIssue[],
): ResolvedDocuments {
  const documentsToAdd = new Map<DocumentId, SourceDocument>();
  const present = new Set<DocumentId>();
  const indexes = new Map<DocumentId, CodePointIndex>();
  const indexOf = (id: DocumentId, text: string) => {
    let index = indexes.get(id);
    if (index === undefined) indexes.set(id, (index = new CodePointIndex(text)));
    return index;
  };

  const documents = bundle.documents.map((document): ResolvedDocument => {
    // Typed, but a decoder's bug must give an issue or an orphan here, not an exception.
    const ref = typeof document.ref === 'string' ? document.ref : describeValue(document.ref);
    let id = typeof document.id === 'string' ? document.id : undefined;
    let fileText: string | undefined;
    if (typeof document.text === 'string') {
      fileText = normaliseText(document.text);
      const textId = documentIdOf(fileText);
      if (id !== undefined && id !== textId)
        issues.push({
          path: ref,
          message: `document id "${id}" does not match its text, whose SHA-256 is "${textId}"`,
        });
      id = textId;
    }
    if (id === undefined || (!library.documents.has(id) && fileText === undefined)) {
      const reason = `document ${ref} is not in the library and the file does not include its text`;
      return id === undefined
        ? { kind: 'missing', ref, reason }
        : { kind: 'missing', ref, id, reason };
    }

    const known = library.documents.get(id);
    const text = known?.text ?? fileText!;
    if (known !== undefined) present.add(id);
    else if (!documentsToAdd.has(id)) {
      // Kept in canonical form (en-gb → en-GB); the day is checked below, with an issue if wrong.
      const { publishedAt: _, ...described } = cleanDocumentMetadata(
        metadataOf(document),
        () => false,
      );
      const added: SourceDocument = {
        id,
        title: titleOf(document.title, text, ref),
        text,
        ...described,
      };
      const publishedAt = publishedAtOf(document.publishedAt, ref, issues);
      if (publishedAt !== undefined) added.publishedAt = publishedAt;
      // Pages only belong to the text they were counted in: the file's, when it is the one kept.
      if (document.pageStarts !== undefined && document.text === text)
        added.pageStarts = document.pageStarts;
      documentsToAdd.set(id, added);
    }
    // A document the library has keeps its own metadata and pages: an import never overwrites.
    const resolved: ResolvedDocument = { kind: 'text', ref, id, text, index: indexOf(id, text) };
    return typeof document.text === 'string' && document.text !== text
      ? { ...resolved, raw: { text: document.text, index: new CodePointIndex(document.text) } }
      : resolved;
  });
  return { documents, documentsToAdd: [...documentsToAdd.values()], alreadyPresent: present.size };
}

/** The file's publication date when it is a day of the calendar; anything else is an issue. */
function publishedAtOf(value: unknown, ref: string, issues: ImportIssue[]): string | undefined {
  if (value === undefined) return undefined;
  const problem =
    typeof value === 'string'
      ? checkPublishedAt(value)
      : `expected a calendar day written YYYY-MM-DD, found ${describeValue(value)}`;
  if (problem === null) return value as string;
  issues.push({ path: ref, message: `publishedAt: ${problem}` });
  return undefined;
}

/** The file's title, else the text's first non-empty line (cut short), else how the file names it. */
function titleOf(title: unknown, text: string, ref: string): string {
  if (typeof title === 'string' && title.trim() !== '') return title.trim();
  // The first non-blank character up to the end of its line, without splitting a 1 MB text.
  const firstLine = /\S[^\n]*/.exec(text)?.[0].trim();
  if (firstLine === undefined) return ref;
  const characters = [...firstLine.slice(0, TITLE_LENGTH * 2)];
  return characters.length <= TITLE_LENGTH
    ? firstLine
    : `${characters.slice(0, TITLE_LENGTH - 1).join('')}…`;
}
