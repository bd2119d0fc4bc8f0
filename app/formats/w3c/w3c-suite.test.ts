// Every annotation, page and collection Marginalia exports must pass the `must` assertions of
// the W3C Web Annotation Data Model test suite (../shared/w3c-annotation-model); `should`
// failures are reported, not failed. The fixture export has two corpus documents, claims,
// actors and dates, notes, entity and value bodies, linking annotations for relations, several
// annotators and several pages, so every part of the format the encoder can write is exercised.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixtureModel } from '../export-fixture.ts';
import { encodeW3cCollection } from './encode.ts';
import type { W3cAnnotation, W3cLinkingAnnotation } from './types.ts';
import { W3cSuite, type TestReport } from './w3c-suite.ts';

const suiteRoot = new URL('../../../../shared/w3c-annotation-model/', import.meta.url);
const corpusRoot = new URL('../../../../shared/corpus/', import.meta.url);

const suite = new W3cSuite((path) => JSON.parse(readFileSync(new URL(path, suiteRoot), 'utf8')));

const ANNOTATION_TESTS = [
  'annotations/annotationMusts.test',
  'annotations/annotationOptionals.test',
  'annotations/annotationsAgentOptionals.test',
];
const COLLECTION_TESTS = [
  'collections/collectionMusts.test',
  'collections/collectionOptionals.test',
];
const PAGE_TESTS = ['collections/pages/pageMusts.test', 'collections/pages/pageOptionals.test'];
// Compiling the suite's ~200 schemas takes seconds: done once, while the file is collected.
for (const test of [...ANNOTATION_TESTS, ...COLLECTION_TESTS, ...PAGE_TESTS]) suite.load(test);

const model = buildFixtureModel((name) => readFileSync(new URL(name, corpusRoot), 'utf8'));
const collection = encodeW3cCollection(model, {
  exportedAt: new Date('2024-06-01T08:00:00.000Z'),
  pageSize: 4,
});
const laterPages = collection['marginalia:nextPages'] ?? [];
const annotations = [collection.first!, ...laterPages].flatMap((page) => page.items);
const spans = annotations.filter((item): item is W3cAnnotation => item.motivation === 'tagging');
const links = annotations.filter(
  (item): item is W3cLinkingAnnotation => item.motivation === 'linking',
);

/** The must failures of running `tests` on each subject, as readable lines; shoulds are logged. */
function mustFailures(tests: string[], subjects: [string, unknown][]): string[] {
  const failures: string[] = [];
  const shoulds = new Map<string, number>();
  for (const path of tests) {
    const test = suite.load(path);
    for (const [name, subject] of subjects) {
      const report = suite.run(test, subject);
      failures.push(...describeMustFailures(report, name));
      for (const result of report.results)
        if (result.outcome === 'fail' && result.assertionType === 'should')
          shoulds.set(result.title, (shoulds.get(result.title) ?? 0) + 1);
    }
  }
  for (const [title, count] of shoulds)
    console.info(`W3C suite: should not met (${count} of ${subjects.length}): ${title}`);
  return failures;
}

function describeMustFailures(report: TestReport, subject: string): string[] {
  return report.results
    .filter((result) => result.assertionType === 'must' && result.outcome !== 'pass')
    .map(
      (result) =>
        `${subject}: ${report.test}: ${result.outcome} ${result.file ?? ''} ${result.title} — ${result.errorMessage ?? ''} (${result.errors ?? 'skipped'})`,
    );
}

describe('the W3C export against the Web Annotation Data Model test suite', () => {
  it('is a fixture with several pages, annotators, labels, notes, entities, values and links', () => {
    expect(laterPages.length).toBeGreaterThanOrEqual(2);
    expect(spans).toHaveLength(model.annotations.length);
    expect(links).toHaveLength(model.relations!.length);
    expect(new Set(annotations.map((annotation) => annotation.creator.id)).size).toBe(3);
    const bodies = spans.flatMap((annotation) => annotation.body);
    expect(new Set(bodies.map((body) => body.purpose))).toEqual(
      new Set(['tagging', 'commenting', 'identifying', 'describing']),
    );
    // With a Wikidata id and without one: both shapes of the identifying body are checked.
    const sources = bodies.flatMap((body) => (body.purpose === 'identifying' ? [body.source] : []));
    expect(sources.some((source) => source.startsWith('http://www.wikidata.org/entity/Q'))).toBe(
      true,
    );
    expect(sources.some((source) => source.startsWith('urn:'))).toBe(true);
  });

  it('passes every must assertion of the annotation tests, for every annotation', () => {
    const subjects = annotations.map((annotation): [string, unknown] => [
      annotation.id,
      annotation,
    ]);
    expect(mustFailures(ANNOTATION_TESTS, subjects)).toEqual([]);
  });

  it('passes every must assertion of the collection tests', () => {
    expect(mustFailures(COLLECTION_TESTS, [['collection', collection]])).toEqual([]);
  });

  it('passes every must assertion of the page tests, for the embedded first page and the others', () => {
    const subjects: [string, unknown][] = [
      ['collection with its first page', collection],
      ...laterPages.map((page): [string, unknown] => [page.id, page]),
    ];
    expect(mustFailures(PAGE_TESTS, subjects)).toEqual([]);
  });

  it.each([
    ['a tagged span', () => annotations[0]],
    ['a link', () => links[0]],
  ])('runs each must assertion of annotationMusts.test on %s, none skipped', (_, subject) => {
    const report = suite.run(suite.load('annotations/annotationMusts.test'), subject());
    expect(report.results).toHaveLength(54);
    expect(report.results.every((result) => result.outcome === 'pass')).toBe(true);
  });

  it('passes the shoulds that matter to readers: creator, created, selectors, startIndex, partOf', () => {
    const passed = (test: string, subject: unknown) =>
      new Set(
        suite
          .run(suite.load(test), subject)
          .results.filter((result) => result.outcome === 'pass')
          .map((result) => result.file),
      );
    const annotation = passed('annotations/annotationOptionals.test', annotations[0]);
    for (const file of [
      'annotations/3.3.1-annotationCreatedImplemented.json',
      'annotations/specificResource/4.2.4-textQuoteSelector.json',
      'annotations/specificResource/4.2.5-textPositionSelector.json',
    ])
      expect(annotation).toContain(file);
    expect(passed('annotations/annotationsAgentOptionals.test', annotations[0])).toContain(
      'annotations/3.3.2-annotationCreatorAgentNameImplemented.json',
    );
    const page = passed('collections/pages/pageOptionals.test', collection);
    expect(page).toContain('collections/pages/5.2-pageStartIndexImplemented.json');
    expect(page).toContain('collections/pages/5.2-pagePartOfImplemented.json');
  });
});

describe('the suite runner', () => {
  // Loosely typed on purpose: these annotations are broken in ways the types forbid.
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const broken = (edit: (annotation: Json) => void) => {
    const annotation = structuredClone(annotations[3]!) as Json;
    edit(annotation);
    return annotation;
  };
  const failedFiles = (annotation: unknown) =>
    suite
      .run(suite.load('annotations/annotationMusts.test'), annotation)
      .results.filter((result) => result.outcome === 'fail')
      .map((result) => result.file);

  it('fails an annotation without @context, with an invalid date or a quote selector without exact', () => {
    expect(
      failedFiles(
        broken((annotation) => {
          delete annotation['@context'];
          annotation.created = 'yesterday';
          delete annotation.target.selector[1].exact;
        }),
      ),
    ).toEqual([
      'annotations/3.1-annotationContextValidated.json',
      'annotations/3.2-targetObjectsRecognized.json',
      'annotations/3.3.1-annotationCreatedValidated.json',
      'annotations/specificResource/4.2-selectorValidIfPresent.json',
      'annotations/specificResource/4.2.4-textQuoteSelectorValid.json',
    ]);
  });

  it('fails an annotation with a body and a bodyValue, or a negative position', () => {
    expect(
      failedFiles(
        broken((annotation) => {
          annotation.bodyValue = 'claim';
          annotation.target.selector[0].start = -1;
        }),
      ),
    ).toEqual([
      'annotations/3.2-targetObjectsRecognized.json',
      'annotations/3.2.5-notBodyBodyValue.json',
      'annotations/specificResource/4.2-selectorValidIfPresent.json',
      'annotations/specificResource/4.2-TextDataPositionSelectorValid.json',
    ]);
  });

  it('reports a must failure with its title, error message and Ajv errors', () => {
    const report = suite.run(suite.load('collections/collectionMusts.test'), {
      ...collection,
      total: -1,
    });
    expect(describeMustFailures(report, 'collection')).toEqual([
      expect.stringMatching(
        /^collection: collections\/collectionMusts\.test: fail collections\/5\.1-collectionTotalValidated\.json .*total.* — ERROR: .* \(.*\/total must be >= 0.*\)$/,
      ),
    ]);
  });
});

describe('the suite runner on hand-written tests', () => {
  const files: Record<string, unknown> = {
    'has-id.json': { title: 'has id', required: ['id'] },
    'has-type.json': { title: 'has type', required: ['type'], assertionType: 'should' },
  };
  const inline = (test: unknown) => {
    const local = new W3cSuite((path) =>
      path.startsWith('definitions/')
        ? JSON.parse(readFileSync(new URL(path, suiteRoot), 'utf8'))
        : path === 'x/case.test'
          ? test
          : structuredClone(files[path.replace(/^x\//, '')]),
    );
    return (content: unknown) =>
      local
        .run(local.load('x/case.test'), content)
        .results.map(
          (result) => `${result.title}:${result.outcome}${result.excused ? '(excused)' : ''}`,
        );
  };

  it('combines a condition object’s children with "or"', () => {
    const run = inline({
      assertions: [
        { title: 'id or type', compareWith: 'or', assertions: ['has-id.json', 'has-type.json'] },
      ],
    });
    expect(run({ type: 'Annotation' })).toEqual(['id or type:pass']);
    expect(run({})).toEqual(['id or type:fail']);
  });

  it('skips the rest of a nested list after failAndSkip, and everything after failAndAbort', () => {
    const run = inline({
      assertions: [
        [{ assertionFile: 'has-id.json', onUnexpectedResult: 'failAndSkip' }, 'has-type.json'],
        'has-type.json',
        { assertionFile: 'has-type.json', title: 'abort', onUnexpectedResult: 'failAndAbort' },
        [{ assertionFile: 'has-id.json', title: 'after abort' }],
      ],
    });
    expect(run({})).toEqual([
      'has id:fail',
      'has type:skipped',
      'has type:fail',
      'abort:fail',
      'after abort:skipped',
    ]);
  });

  it('inverts an assertion expected to be invalid, and excuses failures listed in skipFailures', () => {
    const run = inline({
      skipFailures: ['should'],
      assertions: [{ assertionFile: 'has-id.json', expectedResult: 'invalid' }, 'has-type.json'],
    });
    expect(run({ id: 'x' })).toEqual(['has id:fail', 'has type:fail(excused)']);
  });
});
