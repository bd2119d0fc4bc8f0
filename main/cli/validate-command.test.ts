// `marginalia validate` on datasets with relations, entities and date values: it reports every
// rule of issue 8 the way the app's importer does, with the file and the JSON path.

import { describe, expect, it } from 'vitest';
import { runCliInProject } from './run-cli-in-process.ts';

const fixtures = 'app/formats/dataset/fixtures';

describe('marginalia validate on enriched datasets', () => {
  it('counts the relations and entities of a valid dataset', async () => {
    const file = `${fixtures}/valid-enriched.json`;
    expect(await runCliInProject('validate', file)).toEqual({
      code: 0,
      stdout: `${file}: valid Marginalia dataset (2 documents, 8 annotations, 2 annotators, 4 relations, 3 entities)\n`,
      stderr: '',
    });
  });

  it('exits 1 and names each broken relation by its JSON path', async () => {
    const file = `${fixtures}/invalid-relations.json`;
    const { code, stdout, stderr } = await runCliInProject('validate', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines).toContain(
      `${file}: /documents/0/relations/5/to: expected an annotation of "ana" (the relation's layer), found one of "ben"`,
    );
    expect(lines).toContain(
      `${file}: /documents/0/relations/8: expected at most one "date" relation from annotation "ann-7", found a second (the first is /documents/0/relations/3)`,
    );
  });

  it('exits 1 on malformed values, publication dates and entity links', async () => {
    const file = `${fixtures}/invalid-enrichment.json`;
    const { code, stderr } = await runCliInProject('validate', file);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines).toContain(
      `${file}: /documents/0/annotations/4/entity: expected no entity on an annotation labelled "claim" (only actor annotations link to entities), found "ent-armenia"`,
    );
    expect(lines.find((line) => line.includes('/documents/0/annotations/1/value'))).toMatch(
      /the interval ends \(2024-05-03\) before it begins \(2024-05-10\)/,
    );
  });
});
