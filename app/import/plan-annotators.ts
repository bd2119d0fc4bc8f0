// The annotators an import brings: those the file lists (a dataset lists everyone, even an
// annotator with no spans yet) and those its annotations name. One the library knows keeps the
// library's name; a different name in the file is a conflict to show, not a rename. A role the
// file gives (the reconciled layer's) comes along with an annotator the library lacks.

import type { Annotator } from '../model/annotation.ts';
import type { AnnotatorId } from '../model/ids.ts';
import type { AnnotatorRole } from '../model/review.ts';
import type { ImportBundle, ImportIssue } from './bundle.ts';
import type { ImportConflict, LibrarySnapshot } from './plan-types.ts';

export interface PlannedAnnotators {
  annotatorsToAdd: Annotator[];
  alreadyPresent: number;
  conflicts: ImportConflict[];
}

/**
 * Resolves the file's annotators and the ones its planned annotations and orphans use
 * (`used`, which may include the fallback annotator). Lists one annotator id twice under
 * different names is an issue: which name is meant cannot be known.
 */
export function planAnnotators(
  bundle: ImportBundle,
  used: ReadonlySet<AnnotatorId>,
  fallback: Annotator,
  library: LibrarySnapshot,
  issues: ImportIssue[],
): PlannedAnnotators {
  const names = new Map<AnnotatorId, string>();
  const roles = new Map<AnnotatorId, AnnotatorRole>();
  const listed = new Set(bundle.annotators.map(({ id }) => id));
  bundle.annotators.forEach(({ id, name, role }) => {
    if (role !== undefined && !roles.has(id)) roles.set(id, role);
    const first = names.get(id);
    if (first === undefined) names.set(id, name);
    else if (first !== name)
      issues.push({
        path: '',
        message: `annotator ${JSON.stringify(id)} is listed twice, as ${JSON.stringify(first)} and ${JSON.stringify(name)}`,
      });
  });
  for (const id of used) {
    // An annotator named only by id (a doccano line's "annotator": "ana") is added under that id.
    if (!names.has(id)) names.set(id, id === fallback.id ? fallback.name : id);
  }

  const planned: PlannedAnnotators = { annotatorsToAdd: [], alreadyPresent: 0, conflicts: [] };
  for (const [id, name] of names) {
    const known = library.annotators.get(id);
    if (known === undefined) {
      const role = roles.get(id);
      planned.annotatorsToAdd.push(role === undefined ? { id, name } : { id, name, role });
      continue;
    }
    planned.alreadyPresent++;
    // Only a name the file states can conflict; one made up from an id above cannot.
    if (known !== name && listed.has(id))
      planned.conflicts.push({
        source: '',
        kind: 'annotator',
        id,
        differences: [
          `name: ${JSON.stringify(known)} in the library, ${JSON.stringify(name)} in the file`,
        ],
      });
  }
  return planned;
}
