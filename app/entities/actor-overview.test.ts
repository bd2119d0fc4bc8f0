import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateQuote, makeAnnotation, makeDocument } from '../formats/dataset/test-support.ts';
import type { Annotation, SourceDocument } from '../model/annotation.ts';
import type { Entity } from '../model/entity.ts';
import {
  asAnnotatorId,
  asRelationId,
  type AnnotatorId,
  type DocumentId,
  type EntityId,
  type RelationTypeId,
} from '../model/ids.ts';
import { CLAIM_DATE, CLAIMANT, TARGET, type Relation } from '../model/relation.ts';
import { CodePointIndex } from '../text/code-points.ts';
import { utf16 } from '../model/offsets.ts';
import {
  activityOf,
  ALL_LAYERS,
  buildActorOverview,
  claimPartners,
  defaultLayer,
  firstDirectionOf,
  layersOf,
  sortEntities,
  type ActorLayer,
  type ActorSource,
} from './actor-overview.ts';
import {
  ALIYEV,
  BAYRAMOV,
  CORPUS_ENTITIES,
  MNATSAKANYAN,
  PASHINYAN,
  POMPEO,
} from './corpus-entities.ts';

const corpus = (name: string) =>
  readFileSync(new URL(`../../../shared/corpus/${name}`, import.meta.url), 'utf8');
const pompeoReport = makeDocument('Pompeo steps in', corpus('001_a0067eea4bbd0937.txt'));
const peaceReport = makeDocument('Peace is within grasp', corpus('004_70f3f05990dbd550.txt'));

const ANA = asAnnotatorId('ana');
const BEN = asAnnotatorId('ben');

/** `quote` where it first occurs inside the first occurrence of `context`. */
function within(document: SourceDocument, context: string, quote: string, options: Options) {
  const at = document.text.indexOf(context) + context.indexOf(quote);
  if (!document.text.includes(context) || !context.includes(quote)) throw new Error(quote);
  const start = new CodePointIndex(document.text).toCodePoint(utf16(at));
  return tagged(makeAnnotation(document, start, start + [...quote].length, options), options);
}

interface Options {
  id: string;
  label: 'claim' | 'actor' | 'date';
  annotator?: string;
  entity?: EntityId;
}

function tagged(annotation: Annotation, { entity }: Options): Annotation {
  return entity === undefined ? annotation : { ...annotation, entity };
}

function at(document: SourceDocument, quote: string, options: Options): Annotation {
  return tagged(annotateQuote(document, quote, options), options);
}

let relationCount = 0;
function link(type: RelationTypeId, from: Annotation, to: Annotation): Relation {
  return {
    id: asRelationId(`r${++relationCount}`),
    documentId: from.documentId,
    type,
    from: from.id,
    to: to.id,
    annotator: from.annotator,
    createdAt: '2024-05-01T09:30:00.000Z',
    updatedAt: '2024-05-01T09:30:00.000Z',
  };
}

// Ana's layer: Pompeo (twice, as "Mike Pompeo" and "The Secretary of State") claims things about
// the two foreign ministers and about Russia (a mention she left unlinked); Aliyev makes a claim
// in the other report, where Pashinyan is the target of an unclaimed one.
const pompeo = at(pompeoReport, 'Mike Pompeo', { id: 'a1', label: 'actor', entity: POMPEO.id });
const mnatsakanyan = at(pompeoReport, '@ZMnatsakanyan', {
  id: 'a2',
  label: 'actor',
  entity: MNATSAKANYAN.id,
});
const bayramov = at(pompeoReport, '@bayramov_jeyhun', {
  id: 'a3',
  label: 'actor',
  entity: BAYRAMOV.id,
});
const russia = at(pompeoReport, 'Russia', { id: 'a4', label: 'actor' });
const secretary = at(pompeoReport, 'The Secretary of State', {
  id: 'a5',
  label: 'actor',
  entity: POMPEO.id,
});
const ceasefireCall = at(
  pompeoReport,
  'Both must implement a ceasefire and return to substantive negotiations.',
  { id: 'c1', label: 'claim' },
);
const failedAttempts = at(pompeoReport, 'two failed attempts by Russia to negotiate a ceasefire', {
  id: 'c2',
  label: 'claim',
});
const friday = at(pompeoReport, 'this Friday', { id: 'd1', label: 'date' });
const aliyev = at(peaceReport, 'Ilham Aliyev', { id: 'a6', label: 'actor', entity: ALIYEV.id });
const pashinyan = within(peaceReport, 'Pashinyan is taking', 'Pashinyan', {
  id: 'a7',
  label: 'actor',
  entity: PASHINYAN.id,
});
const sameRights = at(
  peaceReport,
  'Karabakh Armenians will be given the same rights as all Azerbaijani citizens',
  { id: 'c3', label: 'claim' },
);
const colossalRisk = at(peaceReport, 'Pashinyan is taking a colossal political risk', {
  id: 'c4',
  label: 'claim',
});

// Ben's layer: his own "Mike Pompeo" on the same span, claimant of his own copy of the call.
const bensPompeo = at(pompeoReport, 'Mike Pompeo', {
  id: 'a1',
  label: 'actor',
  annotator: 'ben',
  entity: POMPEO.id,
});
const bensCall = at(
  pompeoReport,
  'Both must implement a ceasefire and return to substantive negotiations.',
  { id: 'c1', label: 'claim', annotator: 'ben' },
);

/** Annotations and links grouped into layers, one per document and annotator, as the app folds them. */
function inLayers(annotations: Annotation[], relations: Relation[]): ActorLayer[] {
  const layers = new Map<
    string,
    ActorLayer & { annotations: Annotation[]; relations: Relation[] }
  >();
  const layerOf = (documentId: DocumentId, annotatorId: AnnotatorId) => {
    const key = `${documentId}|${annotatorId}`;
    let layer = layers.get(key);
    if (!layer)
      layers.set(key, (layer = { documentId, annotatorId, annotations: [], relations: [] }));
    return layer;
  };
  for (const a of annotations) layerOf(a.documentId, a.annotator).annotations.push(a);
  for (const r of relations) layerOf(r.documentId, r.annotator).relations.push(r);
  return [...layers.values()];
}

const annotations = [
  // Out of text order on purpose: the overview orders what it lists.
  ceasefireCall,
  pompeo,
  mnatsakanyan,
  bayramov,
  russia,
  secretary,
  failedAttempts,
  friday,
  aliyev,
  pashinyan,
  sameRights,
  colossalRisk,
  bensPompeo,
  bensCall,
];
const relations = [
  link(CLAIMANT, ceasefireCall, pompeo),
  link(TARGET, ceasefireCall, mnatsakanyan),
  link(TARGET, ceasefireCall, bayramov),
  link(CLAIM_DATE, ceasefireCall, friday),
  // Both of Pompeo's mentions claim it: one claim made, with two mentions it goes through.
  link(CLAIMANT, failedAttempts, secretary),
  link(CLAIMANT, failedAttempts, pompeo),
  link(TARGET, failedAttempts, russia),
  link(CLAIMANT, sameRights, aliyev),
  link(TARGET, colossalRisk, pashinyan),
  link(CLAIMANT, bensCall, bensPompeo),
];
const source: ActorSource = {
  documents: [pompeoReport, peaceReport],
  layers: inLayers(annotations, relations),
};
const quotes = (list: readonly Annotation[]) => list.map((annotation) => annotation.quote);
const claimQuotes = (list: readonly { claim: Annotation }[]) => list.map((link) => link.claim.id);

describe('buildActorOverview on two corpus reports', () => {
  const anas = buildActorOverview(source, ANA);

  it('counts an entity’s mentions and documents in the chosen layer, in text order', () => {
    const activity = activityOf(anas, POMPEO.id);
    expect(quotes(activity.mentions)).toEqual(['Mike Pompeo', 'The Secretary of State']);
    expect(activity.documents).toEqual([pompeoReport.id]);
    expect(activityOf(anas, PASHINYAN.id).documents).toEqual([peaceReport.id]);
  });

  it('lists the claims an entity makes once each, with the mentions they link', () => {
    const { claimsMade, claimsAbout } = activityOf(anas, POMPEO.id);
    expect(claimQuotes(claimsMade)).toEqual(['c2', 'c1']);
    expect(quotes(claimsMade[0]!.via)).toEqual(['Mike Pompeo', 'The Secretary of State']);
    expect(claimsAbout).toEqual([]);
    expect(claimQuotes(activityOf(anas, ALIYEV.id).claimsMade)).toEqual(['c3']);
  });

  it('lists the claims about an entity, through its target links only', () => {
    expect(claimQuotes(activityOf(anas, MNATSAKANYAN.id).claimsAbout)).toEqual(['c1']);
    expect(claimQuotes(activityOf(anas, PASHINYAN.id).claimsAbout)).toEqual(['c4']);
    expect(activityOf(anas, PASHINYAN.id).claimsMade).toEqual([]);
  });

  it('counts one layer alone, or every layer with each analyst’s annotations counted', () => {
    const bens = buildActorOverview(source, BEN);
    expect(quotes(activityOf(bens, POMPEO.id).mentions)).toEqual(['Mike Pompeo']);
    expect(claimQuotes(activityOf(bens, POMPEO.id).claimsMade)).toEqual(['c1']);
    expect(activityOf(bens, MNATSAKANYAN.id).claimsAbout).toEqual([]);

    const all = buildActorOverview(source, ALL_LAYERS);
    expect(activityOf(all, POMPEO.id).mentions).toHaveLength(3);
    expect(activityOf(all, POMPEO.id).claimsMade.map((l) => l.claim.annotator)).toEqual([
      ANA,
      ANA,
      BEN,
    ]);
  });

  it('leaves out the annotations of documents not listed (a deleted document’s layer)', () => {
    const onlyPeace = buildActorOverview({ ...source, documents: [peaceReport] }, ALL_LAYERS);
    expect(activityOf(onlyPeace, POMPEO.id).mentions).toEqual([]);
    expect(activityOf(onlyPeace, ALIYEV.id).claimsMade).toHaveLength(1);
  });
});

describe('claimPartners', () => {
  const anas = buildActorOverview(source, ANA);
  const nameOf = (id: EntityId) => CORPUS_ENTITIES.find((entity) => entity.id === id)!.name;

  it('says whom an entity makes claims about, most first, unlinked mentions last', () => {
    expect(claimPartners(anas, POMPEO.id, 'targets', nameOf)).toEqual([
      { entity: BAYRAMOV.id, claims: 1 },
      { entity: MNATSAKANYAN.id, claims: 1 },
      { entity: null, claims: 1 },
    ]);
  });

  it('says who makes claims about an entity', () => {
    expect(claimPartners(anas, MNATSAKANYAN.id, 'claimants', nameOf)).toEqual([
      { entity: POMPEO.id, claims: 1 },
    ]);
    // A claim nobody is linked to as claimant has no claimant to count.
    expect(claimPartners(anas, PASHINYAN.id, 'claimants', nameOf)).toEqual([]);
    const all = buildActorOverview(source, ALL_LAYERS);
    expect(claimPartners(all, POMPEO.id, 'targets', nameOf)).toEqual([
      { entity: BAYRAMOV.id, claims: 1 },
      { entity: MNATSAKANYAN.id, claims: 1 },
      { entity: null, claims: 1 },
    ]);
  });
});

describe('layers', () => {
  it('opens on the analyst’s own layer when it links actors, else on all layers', () => {
    expect(layersOf(source.layers)).toEqual([ANA, BEN]);
    expect(defaultLayer(source.layers, ANA)).toBe(ANA);
    expect(defaultLayer(source.layers, asAnnotatorId('carla'))).toBe(ALL_LAYERS);
    const unlinked = annotations.filter((a) => a.annotator !== BEN || a.label !== 'actor');
    expect(defaultLayer(inLayers(unlinked, relations), BEN)).toBe(ALL_LAYERS);
  });
});

describe('sortEntities', () => {
  const anas = buildActorOverview(source, ANA);
  const names = (list: readonly Entity[]) => list.map((entity) => entity.name);

  it('sorts by a count, ties by name, in either direction', () => {
    expect(firstDirectionOf('claimsMade')).toBe('descending');
    expect(
      names(sortEntities(CORPUS_ENTITIES, anas, { column: 'claimsMade', direction: 'descending' })),
    ).toEqual([
      'Mike Pompeo',
      'Ilham Aliyev',
      'Ararat Mirzoyan',
      'Armenia',
      'Jeyhun Bayramov',
      'Nikol Pashinyan',
      'OSCE Minsk Group',
      'Zohrab Mnatsakanyan',
    ]);
    const fewestMentions = sortEntities(CORPUS_ENTITIES, anas, {
      column: 'mentions',
      direction: 'ascending',
    });
    expect(names(fewestMentions).slice(-1)).toEqual(['Mike Pompeo']);
  });

  it('sorts by a text column with empty cells last either way', () => {
    expect(firstDirectionOf('wikidata')).toBe('ascending');
    const byWikidata = (direction: 'ascending' | 'descending') =>
      names(sortEntities(CORPUS_ENTITIES, anas, { column: 'wikidata', direction })).slice(0, 4);
    // Numbers by value: Q399 before Q168413.
    expect(byWikidata('ascending')).toEqual([
      'Armenia',
      'Ilham Aliyev',
      'Mike Pompeo',
      'Ararat Mirzoyan',
    ]);
    expect(byWikidata('descending')).toEqual([
      'Mike Pompeo',
      'Ilham Aliyev',
      'Armenia',
      'Ararat Mirzoyan',
    ]);
    expect(
      names(sortEntities(CORPUS_ENTITIES, anas, { column: 'name', direction: 'descending' }))[0],
    ).toBe('Zohrab Mnatsakanyan');
  });
});
