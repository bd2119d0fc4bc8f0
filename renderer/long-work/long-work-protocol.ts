// The messages between the window and the library worker (library.worker.ts), typed once. The
// window sends one request at a time and waits for its answer; the worker answers with any
// number of progress messages, then `done` (the value, its bytes transferred, not copied) or
// `failed`. Everything here is structured-cloneable: plain data, Maps, Uint8Arrays, Blobs.

import type { RestoreLimits } from '../../app/import/backup-restorable.ts';
import type { EntityMatch } from '../../app/entities/match-entities.ts';
import type { ImportConflict, ImportOrphan } from '../../app/import/plan-types.ts';
import type { ImportRefusal } from '../../app/import/read-import-file.ts';
import type { PickedFile } from '../../app/ipc/contract.ts';
import type { Annotator } from '../../app/model/annotation.ts';
import type { DatasetModel } from '../../app/formats/dataset/index.ts';
import type { AnnotatorId, DocumentId, EntityId } from '../../app/model/ids.ts';
import type { AgreementOutcome } from '../agreement/agreement-outcome.ts';
import type { Result } from '../../app/result.ts';
import type { ImportWriteResult } from '../db/import-store.ts';
import type { ExportRequest } from '../shell/export-dataset.ts';

/** What the worker is doing, in the words the progress line shows. */
export type LongWorkPhase =
  'reading' | 'encoding' | 'checking' | 'planning' | 'writing' | 'scoring';

/** A phase, and how far the whole job is (`done` of `total` steps). */
export interface LongWorkProgress {
  phase: LongWorkPhase;
  done: number;
  total: number;
}

/**
 * An export as the platform saves it: the file as a Blob made in the worker (UTF-8 for the text
 * formats). A Blob crosses to the window as a handle; the window never copies the bytes.
 */
export interface ExportedFile {
  blob: Blob;
  extension: string;
  documents: number;
  annotations: number;
}

/**
 * What the import dialog shows of a plan. The plan itself (every document and annotation of
 * the file) stays in the worker that wrote it: cloning 100,000 annotations into the window
 * would block it as long as planning did.
 */
export interface ImportPlanPreview {
  summary: string[];
  entityMatches: EntityMatch[];
  /** The first few orphans and conflicts, and how many there are. */
  orphans: ImportOrphan[];
  orphanCount: number;
  conflicts: ImportConflict[];
  conflictCount: number;
  /** The plan adds nothing: the dialog offers nothing to confirm. */
  nothingNew: boolean;
}

/** What an applied import wrote, and which documents open screens must read again. */
export interface AppliedImport {
  written: ImportWriteResult;
  touched: DocumentId[];
}

/**
 * What the agreement screen shows of the library without scoring it: who has layers where, and
 * the names of documents, labels, annotators and relation types. The spans and texts stay in the
 * worker, which scores them ('score-agreement').
 */
export interface AgreementLibrarySummary {
  /** Document id → the annotators with a layer on it. */
  layers: Map<DocumentId, AnnotatorId[]>;
  documentCount: number;
  model: {
    documents: { id: DocumentId; title: string }[];
    labels: DatasetModel['labels'];
    annotators: DatasetModel['annotators'];
    relationTypes?: DatasetModel['relationTypes'];
  };
}

/** Every request, by kind, with what its `done` carries. */
export interface LongWorkJobs {
  /** The library (or chosen documents) in an export format. */
  export: {
    request: {
      databaseName: string;
      request: ExportRequest;
      now: Date;
      /** Encode what 'read-library' kept (the whole library) rather than read it again. */
      fromReadAhead?: boolean;
    };
    result: ExportedFile;
  };
  /**
   * Reads the whole library and keeps it, for an export asked for later (the export dialog
   * reads ahead while the analyst chooses). Answers how many documents it read.
   */
  'read-library': { request: { databaseName: string }; result: number };
  /** The whole library as a Marginalia dataset, serialised: what a backup holds. */
  /** Refused (with the reason) past the limits a restore reads (app/import/backup-restorable.ts). */
  backup: { request: { databaseName: string; now: Date; limits: RestoreLimits }; result: string };
  /**
   * Reads a file into an import plan and keeps the plan (and the file, for planning again with
   * the analyst's entity choices: send no `file` then) in the worker until the next request.
   */
  'plan-import': {
    request: {
      databaseName: string;
      file?: PickedFile;
      annotator: Annotator;
      now: Date;
      entityChoices?: ReadonlyMap<EntityId, EntityId | 'new'>;
    };
    result: Result<ImportPlanPreview, ImportRefusal>;
  };
  /** Reads the comparable part of the library (read-agreement-library.ts) and keeps it. */
  'read-agreement': { request: { databaseName: string }; result: AgreementLibrarySummary };
  /** Scores the library the last 'read-agreement' kept, among `chosen`. */
  'score-agreement': {
    request: { databaseName: string; chosen: ReadonlySet<AnnotatorId> };
    result: AgreementOutcome;
  };
  /** Writes the kept plan in one transaction (import-store.ts) and forgets it. */
  'apply-import': {
    request: { databaseName: string; fileName: string; importedAt: Date };
    result: AppliedImport;
  };
}

export type LongWorkKind = keyof LongWorkJobs;

export type LongWorkRequest = {
  [K in LongWorkKind]: { kind: K } & LongWorkJobs[K]['request'];
}[LongWorkKind];

export type LongWorkMessage<K extends LongWorkKind = LongWorkKind> =
  | { kind: 'progress'; progress: LongWorkProgress }
  | { kind: 'done'; value: LongWorkJobs[K]['result'] }
  | { kind: 'failed'; message: string };
