// `marginalia merge FILE... -o OUT`: reconciles dataset files without the UI (typically one file
// per annotator). Every annotator's layer is kept; where all of them agree, the reconciled layer
// gets a unanimous annotation, with the links, entity links and date values they agree on;
// everything else is written as an open conflict in each document's review, for the review view. docs/reconciliation.md describes the rules. Exit
// status as for validate: 0 written, 1 an input is invalid or cannot be merged, 2 bad arguments
// or a file that cannot be read or written.

import { countOf } from '../../app/formats/dataset/describe-value.ts';
import { serialiseDatasetInPieces } from '../../app/formats/dataset/index.ts';
import type { ReviewConflictKind } from '../../app/model/review.ts';
import { mergeDatasets } from '../../app/reconcile/merge.ts';
import { summariseReview, type ReviewSummary } from '../../app/reconcile/review-summary.ts';
import type { CliIo } from './cli-io.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand } from './command.ts';
import { readDatasetFiles, reasonOf } from './read-dataset-file.ts';
import { writePieces } from './write-pieces.ts';

/** What merge needs beyond CliIo: somewhere to write, and the time decisions are stamped with. */
export interface MergeEnvironment {
  /** Writes the pieces, in order, as one UTF-8 file (see serialiseDatasetInPieces for why pieces). */
  writeFile: (path: string, pieces: Iterable<string>) => Promise<void>;
  now: () => Date;
}

const SYNOPSIS = 'merge FILE... -o OUT';

/** The command, writing through `environment` (tests pass their own clock). */
export function makeMergeCommand(environment: MergeEnvironment): CliCommand {
  return {
    name: 'merge',
    usage: 'merge FILE...',
    summary: 'reconcile the annotators of the dataset FILEs into -o OUT (- is stdout)',
    async run(args, io) {
      const parsed = parseArguments(args);
      if (typeof parsed === 'string') {
        io.stderr(`marginalia merge: ${parsed}\nusage: marginalia ${SYNOPSIS}\n`);
        return EXIT_USAGE;
      }
      return merge(parsed, io, environment);
    },
  };
}

export const mergeCommand = makeMergeCommand({
  writeFile: async (path, pieces) => writePieces(path, pieces),
  now: () => new Date(),
});

interface MergeArguments {
  inputs: string[];
  output: string;
}

function parseArguments(args: string[]): MergeArguments | string {
  const inputs: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--output') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      output = value;
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else inputs.push(arg);
  }
  if (inputs.length === 0) return 'no files given';
  if (output === undefined) return 'no -o OUT given (use -o - for standard output)';
  return { inputs, output };
}

async function merge(
  { inputs, output }: MergeArguments,
  io: CliIo,
  environment: MergeEnvironment,
): Promise<number> {
  const datasets = await readDatasetFiles(inputs, io);
  if (typeof datasets === 'number') return datasets;

  const merged = mergeDatasets(datasets, environment.now());
  if (!merged.ok) {
    for (const { input, path, message } of merged.error)
      io.stderr(`${inputs[input]}: ${path}: cannot merge: ${message}\n`);
    return EXIT_INVALID;
  }
  const { dataset, renamedIds, renamedRelationIds, droppedRelations } = merged.value;
  warnRenamed(io, renamedIds, 'annotation');
  warnRenamed(io, renamedRelationIds, 'relation');
  // One line each, up to a few: the rest are more of the same (a relabelled span's links).
  for (const { input, path, message } of droppedRelations.slice(0, MAX_DROPPED_SHOWN))
    io.stderr(`${inputs[input]}: ${path}: warning: ${message}\n`);
  if (droppedRelations.length > MAX_DROPPED_SHOWN)
    io.stderr(
      `marginalia merge: warning: ${countOf(droppedRelations.length - MAX_DROPPED_SHOWN, 'more relation')} left out\n`,
    );

  const content = serialiseDatasetInPieces(dataset);
  const summary = describeSummary(summariseReview(dataset), inputs.length);
  if (output === '-') {
    for (const piece of content) io.stdout(piece);
    io.stderr(`standard output: ${summary}`);
    return EXIT_OK;
  }
  try {
    await environment.writeFile(output, content);
  } catch (error) {
    io.stderr(`${output}: cannot write: ${reasonOf(error, 'directory')}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${output}: ${summary}`);
  return EXIT_OK;
}

const MAX_DROPPED_SHOWN = 5;

function warnRenamed(io: CliIo, ids: readonly string[], what: 'annotation' | 'relation'): void {
  if (ids.length === 0) return;
  const shown = ids.slice(0, 5).map((id) => JSON.stringify(id));
  const more = ids.length > shown.length ? `, and ${ids.length - shown.length} more` : '';
  io.stderr(
    `marginalia merge: warning: ${countOf(ids.length, `${what} id`)} named different ${what}s in different places and ${ids.length === 1 ? 'was' : 'were'} renamed: ${shown.join(', ')}${more}\n`,
  );
}

/** Span groups first, then what the annotators disagree on beyond agreed spans. */
const KIND_ORDER: readonly ReviewConflictKind[] = [
  'label',
  'boundary',
  'partial',
  'single',
  'agreed',
  'link',
  'entity',
  'value',
];

/** The lines after "OUT: ", ending with a newline. */
function describeSummary(summary: ReviewSummary, files: number): string {
  const byKind = KIND_ORDER.filter((kind) => summary.open[kind] !== undefined).map(
    (kind) => `${summary.open[kind]} ${kind}`,
  );
  const lines = [
    `merged ${countOf(files, 'file')}: ${countOf(summary.documents, 'document')}, ${countOf(summary.annotators, 'annotator')}`,
    `  agreed: ${summary.unanimous} (reconciled as unanimous)`,
  ];
  const { unanimousLinks: links, unanimousEntities: entities, unanimousValues: values } = summary;
  if (links + entities + values > 0)
    lines.push(
      `  agreed beyond the spans: ${countOf(links, 'link')}, ${countOf(entities, 'entity link')}, ${countOf(values, 'date value')} (reconciled as unanimous)`,
    );
  lines.push(
    `  open conflicts: ${summary.openTotal}${byKind.length > 0 ? ` (${byKind.join(', ')})` : ''}`,
  );
  if (summary.resolved > 0) lines.push(`  resolved by a reviewer: ${summary.resolved}`);
  return `${lines.join('\n')}\n`;
}
