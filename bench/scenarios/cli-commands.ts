// The CLI at the issue's scale: two annotators' files of 1,000 documents and 100,000
// annotations each (bench/fixture/cli-datasets.ts). Each command is a fresh `node
// bin/marginalia.mjs` process, timed from spawn to exit, as a user runs it; the first run of
// all builds the CLI bundle (bin/cli-bundle.mjs) and is not counted. No browser. The merge runs
// twice in each round, one after the other: on the spans alone, and on the same spans with
// 30,000 relations, 10,000 entity links and date values per annotator
// (bench/fixture/cli-enriched-datasets.ts, shared with agree-enriched), so that their ratio is
// read within one run.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliDatasetFiles } from '../fixture/cli-dataset-files.ts';
import { ensureCliEnrichedDatasetFiles } from '../fixture/cli-enriched-dataset-files.ts';
import { metric, type Scenario } from '../harness/scenario.ts';

const RUNS = 3;
const CLI = fileURLToPath(new URL('../../bin/marginalia.mjs', import.meta.url));

/** Milliseconds from spawning the command to its exit; rejects when it fails. */
export function timeCommand(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const elapsed = performance.now() - started;
      if (code === 0) resolve(elapsed);
      else reject(new Error(`marginalia ${args[0]} exited with ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

export const cliCommandsScenario: Scenario = {
  name: 'cli',
  description:
    'marginalia agree, merge (spans only and enriched), convert, validate: 2 × 100,000 annotations',
  async run(context) {
    const files = ensureCliDatasetFiles();
    context.log(
      `cli: ${files.stats.documents} documents, ${files.stats.annotations.ana} + ${files.stats.annotations.ben} annotations, ${(files.stats.bytes / 1e6).toFixed(0)} MB (${files.directory})`,
    );
    const enriched = ensureCliEnrichedDatasetFiles();
    context.log(
      `cli: enriched, ${enriched.stats.relations.ana} + ${enriched.stats.relations.ben} relations, ${enriched.stats.entityLinks.ana} + ${enriched.stats.entityLinks.ben} entity links, ${(enriched.stats.bytes / 1e6).toFixed(0)} MB`,
    );
    const output = mkdtempSync(join(tmpdir(), 'marginalia-bench-cli-'));
    const commands = {
      agree: ['agree', files.ana, files.ben, '--json'],
      merge: ['merge', files.ana, files.ben, '-o', join(output, 'merged.json')],
      'merge-enriched': [
        'merge',
        enriched.ana,
        enriched.ben,
        '-o',
        join(output, 'merged-enriched.json'),
      ],
      convert: ['convert', files.ana, '--to', 'w3c', '-o', join(output, 'ana.w3c.json')],
      validate: ['validate', files.ana],
    };
    const metrics = Object.keys(commands).map((name) =>
      metric('cli', name, `cli: ${name} (process, wall)`, 'ms'),
    );
    try {
      await timeCommand(['--help']);
      for (let run = 0; run < RUNS; run++)
        for (const [i, args] of Object.values(commands).entries())
          metrics[i]!.samples.push(await timeCommand(args));
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
    return { metrics, details: { files: files.stats, enriched: enriched.stats, runs: RUNS } };
  },
};
