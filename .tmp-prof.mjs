import { register } from 'tsx/esm/api';
register();
const { readFileSync } = await import('node:fs');
const { mergeDatasets } = await import('./app/reconcile/merge.ts');
const ds = ['/tmp/rec/ana.json', '/tmp/rec/ben.json'].map((f) => JSON.parse(readFileSync(f, 'utf8')));
for (let i = 0; i < 4; i++) { const t = performance.now(); mergeDatasets(ds, new Date('2024-06-01T00:00:00Z')); console.log('merge', performance.now() - t); }
