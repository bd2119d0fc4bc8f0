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

/**
 * The page of a document imported from PDF, as a PDF fragment (RFC 8118, `page=N`): what a PDF
 * viewer opens at. Readers that know only text selectors skip it.
 */
export interface W3cPageSelector {
  type: 'FragmentSelector';
  conformsTo: 'http://tools.ietf.org/rfc/rfc8118';
  value: `page=${number}`;
}

export interface W3cTextualBody {
  type: 'TextualBody';
  /** tagging: the label; commenting: the note; describing: a date's calendar value. */
  purpose: 'tagging' | 'commenting' | 'describing';
  value: string;
  format: 'text/plain';
  /** On the describing body only: whether the value was suggested or confirmed. */
  'marginalia:valueStatus'?: string;
}

/**
 * An actor's entity. The suite forbids `purpose` on a bare external resource, so the Wikidata
 * IRI (or, without one, the entity's own IRI) is the `source` of a SpecificResource; the
 * entity's IRI is repeated in `marginalia:entity` because a Wikidata id alone names no entry of
 * the collection's entity list.
 */
export interface W3cIdentifyingBody {
  type: 'SpecificResource';
  purpose: 'identifying';
  source: string;
  'marginalia:entity': string;
}

export type W3cBody = W3cTextualBody | W3cIdentifyingBody;

export interface W3cAgent {
  id: string;
  type: 'Person' | 'Software';
  name: string;
  homepage?: string;
}

export interface W3cAnnotation {
  /**
   * Every annotation carries the context, so one lifted out of its page stands on its own; one
   * that uses `marginalia:` terms (an entity or value body) declares that prefix too.
   */
  '@context': typeof ANNO_CONTEXT | typeof COLLECTION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  creator: W3cAgent;
  created: string;
  modified: string;
  generator: W3cAgent;
  /**
   * The label as a tagging body, then, when there are any, the note as a commenting body, the
   * entity as an identifying body and the date value as a describing body.
   */
  body: W3cBody[];
  target: {
    type: 'SpecificResource';
    /** The document's `ni:` IRI (see iris.ts). */
    source: string;
    /** The page selector only for a document imported from PDF. */
    selector: [W3cTextPositionSelector, W3cTextQuoteSelector, ...W3cPageSelector[]];
  };
}

/**
 * A relation (app/model/relation.ts): the model's linking annotation, targeting the annotation
 * the relation starts from (the claim) with the linked annotation as its body. The W3C model
 * relates each body to each target with no order among them, so the direction is in which is
 * body and which target, and the role is in `marginalia:relationType`, never in an order.
 */
export interface W3cLinkingAnnotation {
  '@context': typeof COLLECTION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  creator: W3cAgent;
  created: string;
  modified: string;
  generator: W3cAgent;
  /** The IRI of the annotation linked to (the claimant, date or target). */
  body: string;
  /** The IRI of the annotation the relation starts from. */
  target: string;
  'marginalia:relationType': string;
}

export type W3cItem = W3cAnnotation | W3cLinkingAnnotation;

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
  items: W3cItem[];
  prev?: string;
  next?: string;
}

/** A document as the collection carries it, so the export holds the texts it annotates. */
export interface W3cDocumentDescription {
  id: string;
  type: 'Text';
  'marginalia:title': string;
  'marginalia:text': string;
  /** `YYYY-MM-DD`, when the document has a publication date. */
  'marginalia:publishedAt'?: string;
}

/** An entity of the library's list (app/model/entity.ts), under the IRI bodies name it by. */
export interface W3cEntityDescription {
  id: string;
  'marginalia:name': string;
  'marginalia:kind': string;
  'marginalia:aliases': string[];
  'marginalia:wikidata'?: string;
  'marginalia:note'?: string;
}

/** A relation type (app/model/relation.ts): what `marginalia:relationType` values mean. */
export interface W3cRelationTypeDescription {
  'marginalia:id': string;
  'marginalia:name': string;
  'marginalia:from': string;
  'marginalia:to': string;
  'marginalia:single'?: boolean;
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
  /** The entities actor annotations link to; left out when there are none. */
  'marginalia:entities'?: W3cEntityDescription[];
  /** Left out when the library uses only the built-in relation types. */
  'marginalia:relationTypes'?: W3cRelationTypeDescription[];
  /** Pages 2…n, in order (the W3C `next` links can only name them, not embed them). */
  'marginalia:nextPages'?: W3cPage[];
}
