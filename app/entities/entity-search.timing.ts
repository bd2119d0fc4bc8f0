// Not a test: a timing to run by hand when the search changes, since timings on the shared
// build machine vary too much to assert on. Issue 8's target is keystroke → list updated
// ≤ 16 ms p50 for 10,000 entities with 3 aliases each; the search is a fraction of that.
//
//   node --import tsx app/entities/entity-search.timing.ts

import { asEntityId } from '../model/ids.ts';
import type { Entity } from '../model/entity.ts';
import { EntitySearch } from './entity-search.ts';

const SYLLABLES = ['al', 'ba', 'cey', 'də', 'er', 'fa', 'gor', 'ha', 'il', 'jan', 'ka', 'lı'];
const SYLLABLES_MORE = ['mir', 'nik', 'ov', 'pa', 'ram', 'san', 'tə', 'ul', 'va', 'yev', 'zo'];
const ALL = [...SYLLABLES, ...SYLLABLES_MORE];

/** A deterministic pseudo-random word of 2–4 syllables, capitalised. */
function word(seed: number): string {
  let state = seed * 2654435761;
  const next = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 8) % ALL.length;
  const text = Array.from({ length: 2 + (seed % 3) }, () => ALL[next()]).join('');
  return text[0]!.toUpperCase() + text.slice(1);
}

function library(count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => ({
    id: asEntityId(`e${i}`),
    name: `${word(i)} ${word(i + 7919)}`,
    kind: 'person',
    aliases: [word(i + 104729), `${word(i)[0]}. ${word(i + 7919)}`, `the ${word(i + 15485863)}`],
  }));
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

const entities = library(10_000);
let started = performance.now();
const search = new EntitySearch(entities);
console.log(`index 10,000 entities × 4 labels: ${(performance.now() - started).toFixed(0)} ms`);

// Every prefix of a few names, as typed key by key, and a typo.
const typed = [entities[42]!.name, entities[4242]!.aliases[0]!, 'Ilham Aliyev', 'Mirzoyan'];
const queries = typed.flatMap((text) => Array.from(text, (_, i) => text.slice(0, i + 1)));
queries.push(entities[7]!.name.replace(/a/, 'e'));
for (const query of queries) search.search(query); // warm-up: JIT and caches
const times = queries.map((query) => {
  started = performance.now();
  search.search(query);
  return performance.now() - started;
});
console.log(
  `search, ${queries.length} keystrokes: p50 ${median(times).toFixed(2)} ms, ` +
    `max ${Math.max(...times).toFixed(2)} ms`,
);
const slowest = queries
  .map((query, i) => [query, times[i]!] as const)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 3);
console.log(`slowest: ${slowest.map(([q, t]) => `“${q}” ${t.toFixed(1)} ms`).join(', ')}`);

const edits = Array.from({ length: 200 }, (_, i) => ({ ...entities[i * 13]!, note: 'edited' }));
started = performance.now();
for (const entity of edits) search.replace({ ...entity, aliases: [...entity.aliases, 'Extra'] });
console.log(`replace: ${((performance.now() - started) / edits.length).toFixed(3)} ms each`);
