// The Marginalia dataset codec (format version 1): the one entry point importers, exporters and
// the CLI use.

export { encodeDataset, GENERATOR_NAME, type DatasetInput } from './encode.ts';
export { serialiseDataset, serialiseDatasetInPieces, COMPACT_DATASET_ABOVE } from './serialise.ts';
export {
  parseDataset,
  parseDatasetValue,
  MAX_DATASET_ISSUES,
  type ParseDatasetOptions,
} from './parse.ts';
export { datasetToModel, type DatasetModel } from './to-model.ts';
export {
  DATASET_FORMAT,
  DATASET_VERSION,
  type DatasetAnnotation,
  type DatasetAnnotator,
  type DatasetDocument,
  type DatasetEntity,
  type DatasetIssue,
  type DatasetLabel,
  type DatasetRelation,
  type DatasetRelationType,
  type DatasetReview,
  type DatasetV1,
} from './types.ts';
