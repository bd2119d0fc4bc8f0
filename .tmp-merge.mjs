import { register } from 'tsx/esm/api';
register();
const { readFileSync, writeFileSync } = await import('node:fs');
const { parseDataset, serialiseDataset } = await import('./app/formats/dataset/index.ts');
const { mergeDatasets } = await import('./app/reconcile/merge.ts');
let t = performance.now();
const ds = ['/tmp/rec/ana.json', '/tmp/rec/ben.json'].map((f) => { const r = parseDataset(readFileSync(f, 'utf8')); if (!r.ok) throw new Error(JSON.stringify(r.error.slice(0,3))); return r.value; });
console.log('parse', performance.now() - t);
for (let i = 0; i < 3; i++) {
t = performance.now();
const m = mergeDatasets(ds, new Date('2024-06-01T00:00:00Z'));
console.log('merge', performance.now() - t);
if (!m.ok) throw new Error('x');
if (i === 2) {
t = performance.now();
const text = serialiseDataset(m.value.dataset);
console.log('serialise', performance.now() - t, text.length);
writeFileSync('/tmp/rec/out.json', text);
const d = m.value.dataset;
const kinds = {}; let rec = 0;
for (const doc of d.documents) { for (const c of doc.review?.conflicts ?? []) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1; rec += doc.annotations.filter(a => a.annotator === 'reconciled').length; }
console.log(kinds, rec);
}
}
