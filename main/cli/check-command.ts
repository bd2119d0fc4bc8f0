// `marginalia check FILE... [--json]`: the consistency checks of the Checks screen (issue 10) on
// dataset files. Each file is checked on its own, as the library it describes, and within it
// each annotator's layer on its own (app/checks). Exit 0 when nothing is found, 1 when something
// is, 2 when a file cannot be read or is not a valid dataset (nothing is checked then).

import {
  checkLayers,
  countByKind,
  FINDING_KIND_TITLES,
  FINDING_KINDS,
  type Finding,
  type FindingFix,
} from '../../app/checks/index.ts';
import { datasetToModel, type DatasetModel } from '../../app/formats/dataset/to-model.ts';
import { labelName } from '../../app/model/labels.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand, filesAndJsonOf } from './command.ts';
import { readDatasetFiles } from './read-dataset-file.ts';

/** A finding lists at most this many places in the terminal; --json lists them all. */
const PLACES_SHOWN = 5;

export const checkCommand: CliCommand = {
  name: 'check',
  // [--json] lives in the summary, as for agree: a longer usage widens every line of --help.
  usage: 'check FILE...',
  summary:
    'consistency checks of each layer of the dataset FILEs, exit 1 on findings (--json: as JSON)',
  async run(args, io) {
    const parsed = filesAndJsonOf('check', `${this.usage} [--json]`, args, io);
    if (typeof parsed === 'number') return parsed;
    const { files, json } = parsed;
    const datasets = await readDatasetFiles(files, io);
    // Exit 1 means "findings" here, so a file that is invalid, like one that cannot be read, is 2.
    if (typeof datasets === 'number') return EXIT_USAGE;

    const reports = datasets.map((dataset, i) => {
      const model = datasetToModel(dataset);
      return { file: files[i]!, model, findings: checkLayers(model) };
    });
    io.stdout(
      json
        ? `${JSON.stringify({ files: reports.map(jsonReportOf) }, null, 2)}\n`
        : reports.map(textReportOf).join('\n'),
    );
    return reports.some((report) => report.findings.length > 0) ? EXIT_INVALID : EXIT_OK;
  },
};

interface FileReport {
  file: string;
  model: DatasetModel;
  findings: Finding[];
}

function textReportOf({ file, model, findings }: FileReport): string {
  if (findings.length === 0) return `${file}: nothing to report\n`;
  const titles = new Map(model.documents.map((document) => [document.id, document.title]));
  const names = new Map(model.annotators.map((annotator) => [annotator.id, annotator.name]));
  const entities = new Map((model.entities ?? []).map((entity) => [entity.id, entity.name]));
  const lines = [`${file}: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`];
  const counts = countByKind(findings);
  for (const kind of FINDING_KINDS) {
    if (counts[kind] === 0) continue;
    lines.push(`  ${FINDING_KIND_TITLES[kind]} (${counts[kind]})`);
    for (const finding of findings) {
      if (finding.kind !== kind) continue;
      const layer = names.get(finding.annotator) ?? finding.annotator;
      lines.push(`    ${layer}: ${finding.message} — ${fixText(finding.fix, entities)}`);
      for (const place of finding.locations.slice(0, PLACES_SHOWN))
        lines.push(
          `      ${titles.get(place.documentId) ?? place.documentId}\t${place.start}–${place.end}\t“${oneLine(place.quote)}”`,
        );
      const more = finding.locations.length - PLACES_SHOWN;
      if (more > 0) lines.push(`      … and ${more} more`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function jsonReportOf({ file, model, findings }: FileReport) {
  const titles = new Map(model.documents.map((document) => [document.id, document.title]));
  return {
    file,
    counts: countByKind(findings),
    findings: findings.map((finding) => ({
      ...finding,
      locations: finding.locations.map((place) => ({
        ...place,
        title: titles.get(place.documentId) ?? '',
      })),
    })),
  };
}

/** What the app would offer, in words. */
function fixText(fix: FindingFix, entities: ReadonlyMap<string, string>): string {
  switch (fix.kind) {
    case 'tag':
      return `fix: tag as ${labelName(fix.label)}`;
    case 'relabel':
      return `fix: relabel ${fix.annotationIds.length} as ${labelName(fix.label)}`;
    case 'link-entity':
      return `fix: link ${fix.annotationIds.length} to ${entities.get(fix.entity) ?? fix.entity}`;
    case 'confirm-value':
      return 'fix: confirm the value';
    case 'open':
      return 'to look at';
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
