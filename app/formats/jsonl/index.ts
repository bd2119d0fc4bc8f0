// JSONL for NLP training (spaCy-style `spans` and doccano's `label`): export and import.

export { encodeDoccanoJsonl, encodeJsonl } from './encode.ts';
export { decodeJsonl } from './decode.ts';
