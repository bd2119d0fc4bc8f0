// Which labels get a count column in the library's table: the built-ins always, another label
// when it is visible in the toolbar or any document has annotations of it (a hidden label in use,
// or one defined nowhere that a file brought, named by its id). A hidden, unused label has none,
// which keeps the table readable for a library with many labels.

import { countOfLabel } from '../../app/model/label-counts.ts';
import { isBuiltInLabel } from '../../app/model/label-set.ts';
import { asLabelId } from '../../app/model/ids.ts';
import type { Label } from '../../app/model/labels.ts';

export function countColumnLabels(
  labels: readonly Label[],
  rows: readonly { counts: Record<string, number> }[],
): Label[] {
  const used = new Set<string>();
  for (const row of rows)
    for (const id of Object.keys(row.counts)) if (countOfLabel(row.counts, id) > 0) used.add(id);
  const columns = labels.filter(
    (label) => isBuiltInLabel(label.id) || !label.hidden || used.has(label.id),
  );
  const known = new Set<string>(labels.map((label) => label.id));
  for (const id of used)
    if (!known.has(id)) columns.push({ id: asLabelId(id), name: id, color: '#64748b' });
  return columns;
}
