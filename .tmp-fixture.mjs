import { register } from 'tsx/esm/api';
register();
const { readFileSync, writeFileSync } = await import('node:fs');
const { parseDataset, serialiseDataset, datasetToModel, encodeDataset } = await import('./app/formats/dataset/index.ts');
const { compareLayers } = await import('./app/reconcile/compare-layers.ts');
const { acceptMembers, rejectGroup, acceptAllAgreed } = await import('./app/reconcile/decisions.ts');
const { changeFor, applyChange } = await import('./app/reconcile/reconciled-layer.ts');
const { makeAnnotation } = await import('./app/formats/dataset/test-support.ts');
const small = parseDataset(readFileSync('app/formats/dataset/fixtures/valid-small.json', 'utf8'));
const model = datasetToModel(small.value);
const [ceasefire, border] = model.documents;
const span = (doc, s, e, label, annotator, id, note = '') => ({ ...makeAnnotation(doc, s, e, { id, label, annotator, note }), createdAt: '2024-05-06T09:30:00.000Z', updatedAt: '2024-05-06T10:00:00.000Z' });
const layers = [
  span(ceasefire, 30, 40, 'date', 'ana', 'ana-1'),
  span(ceasefire, 65, 90, 'claim', 'ana', 'ana-2', 'Hedged: reported speech.'),
  span(ceasefire, 30, 40, 'date', 'ben', 'ben-1'),
  span(ceasefire, 60, 90, 'claim', 'ben', 'ben-2'),
  span(ceasefire, 42, 59, 'actor', 'ben', 'ben-3'),
  span(border, 10, 31, 'actor', 'ana', 'ana-3'),
  span(border, 10, 31, 'claim', 'ben', 'ben-4'),
];
const raters = ['ana', 'ben'];
const reviews = []; let reconciled = [];
for (const doc of [ceasefire, border]) {
  const groups = compareLayers(layers.filter((a) => a.documentId === doc.id), raters);
  let layer = { annotations: [], conflicts: groups.filter((g) => g.kind !== 'agreed').map((g) => ({ id: g.id, kind: g.kind, annotations: g.members.map((m) => m.id), status: 'open' })) };
  const decide = (outcome) => { layer = applyChange(layer, changeFor(layer, outcome)); };
  for (const o of acceptAllAgreed(groups, null, new Date('2024-05-08T08:00:00.000Z'))) decide(o);
  for (const g of groups) {
    if (g.kind === 'boundary') decide(acceptMembers(g, ['ben-2'], 'ana', new Date('2024-05-09T14:00:00.000Z')));
    if (g.kind === 'label') decide(rejectGroup(g));
  }
  reviews.push({ documentId: doc.id, annotators: raters, conflicts: layer.conflicts });
  reconciled.push(...layer.annotations);
}
const dataset = encodeDataset({ ...model, annotations: [...layers, ...reconciled], reviews, annotators: [...model.annotators, { id: 'reconciled', name: 'Reconciled', role: 'reconciled' }], exportedAt: new Date('2024-05-10T12:00:00Z'), generatorVersion: '0.1.0' });
writeFileSync('app/formats/dataset/fixtures/valid-reconciled.json', serialiseDataset(dataset));
console.log(JSON.stringify(parseDataset(serialiseDataset(dataset))).slice(0, 300));
