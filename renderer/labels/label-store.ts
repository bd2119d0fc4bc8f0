// The library's label set for code outside React (search's "annotate all", exports): the
// built-in labels merged with the stored rows (app/model/label-set.ts mergeLabelSet).

import { mergeLabelSet } from '../../app/model/label-set.ts';
import type { Label } from '../../app/model/labels.ts';
import type { MarginaliaDatabase } from '../db/database.ts';

/** The label set as the UI shows it: the built-ins merged with the stored rows. */
export async function readLabels(db: MarginaliaDatabase): Promise<Label[]> {
  return mergeLabelSet(await db.labels.toArray());
}
