// The W3C Web Annotation codec: exports as an AnnotationCollection (JSON-LD), imports our own
// exports losslessly and other tools' annotations of text as far as they fit.

export { encodeW3cCollection, serialiseW3cCollection, type W3cExportOptions } from './encode.ts';
export { decodeW3c } from './decode.ts';
export { ANNO_CONTEXT, type W3cCollection } from './types.ts';
