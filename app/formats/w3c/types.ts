// The JSON-LD that encodeW3cCollection writes: a W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/) AnnotationCollection with its pages embedded, plus
// the few `marginalia:` properties that let Marginalia re-import it without loss. decodeW3c reads
// these and, more loosely, whatever other tools write.

/** The Web Annotation context every annotation, page and collection names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Where the `marginalia:` prefix points: terms only Marginalia reads. */
export const MARGINALIA_NAMESPACE = 'https://marginalia.app/ns/w3c-export#';

/** The collection's context: the W3C one, then the prefix of the extension properties. */
export const COLLECTION_CONTEXT = [ANNO_CONTEXT, { marginalia: MARGINALIA_NAMESPACE }] as const;

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Left out when empty (the span starts the text). */
  prefix?: string;
  suffix?: string;
}

/** Offsets in code points, end-exclusive, as the model defines them (§4.2.5). */
export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface W3cTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format: 'text/plain';
}

export interface W3cAgent {
  id: string;
  type: 'Person' | 'Software';
  name: string;
  homepage?: string;
}

export interface W3cAnnotation {
  /** Every annotation carries the context, so one lifted out of its page stands on its own. */
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  creator: W3cAgent;
  created: string;
  modified: string;
  generator: W3cAgent;
  /** The label as a tagging body, then the note (when there is one) as a commenting body. */
  body: W3cTextualBody[];
  target: {
    type: 'SpecificResource';
    /** The document's `ni:` IRI (see iris.ts). */
    source: string;
    selector: [W3cTextPositionSelector, W3cTextQuoteSelector];
  };
}

export interface W3cPage {
  /** Only on pages after the first, which stand alone in `marginalia:nextPages`. */
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  /**
   * The collection, described as the model's §5.2 example does (id, label, total). The suite's
   * page tests require an object here: they check total, label… *inside* partOf.
   */
  partOf: { id: string; label: string; total: number };
  startIndex: number;
  items: W3cAnnotation[];
  prev?: string;
  next?: string;
}

/** A document as the collection carries it, so the export holds the texts it annotates. */
export interface W3cDocumentDescription {
  id: string;
  type: 'Text';
  'marginalia:title': string;
  'marginalia:text': string;
}

/** A label: the tagging-body value that applies it, and how Marginalia shows it. */
export interface W3cLabelDescription {
  'marginalia:value': string;
  'marginalia:name': string;
  'marginalia:color': string;
  'marginalia:shortcut'?: string;
}

export interface W3cCollection {
  '@context': typeof COLLECTION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  created: string;
  total: number;
  /** Left out when there are no annotations (the model requires `first` only when total > 0). */
  first?: W3cPage;
  last?: string;
  'marginalia:documents': W3cDocumentDescription[];
  'marginalia:labels': W3cLabelDescription[];
  /** Every annotator, including those without annotations in this export. */
  'marginalia:annotators': W3cAgent[];
  /** Pages 2…n, in order (the W3C `next` links can only name them, not embed them). */
  'marginalia:nextPages'?: W3cPage[];
}
