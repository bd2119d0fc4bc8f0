// What importing an entity list will do, shown before anything is written: how many entities
// the library already has (matched), how many are new, and each possible match for the analyst
// to decide. A possible match is held back unless ticked as new: a duplicate is harder to notice
// and undo later than an entity added by a second import.

import { useMemo, useState } from 'react';
import { describeEntityMatches } from '../../app/entities/index.ts';
import type { Entity } from '../../app/model/entity.ts';
import type { EntityId } from '../../app/model/ids.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { DialogActions } from '../shell/DialogActions.tsx';
import { importEntityListChanges, type EntityListImport } from './entity-store.ts';

export interface ImportEntitiesDialogProps {
  fileName: string;
  incoming: readonly Entity[];
  library: readonly Entity[];
  warnings: readonly string[];
  onImport(plan: EntityListImport): void;
  onCancel(): void;
}

export function ImportEntitiesDialog(props: ImportEntitiesDialogProps) {
  const { incoming, library } = props;
  const [confirmedNew, setConfirmedNew] = useState<ReadonlySet<EntityId>>(new Set());
  const plan = useMemo(
    () => importEntityListChanges(incoming, library, confirmedNew),
    [incoming, library, confirmedNew],
  );
  const offered = plan.matches.filter((m) => m.match === null && m.offered.length > 0);
  const toggle = (id: EntityId, checked: boolean) => {
    const next = new Set(confirmedNew);
    if (checked) next.add(id);
    else next.delete(id);
    setConfirmedNew(next);
  };
  return (
    <Dialog title={`Import ${props.fileName}`} onCancel={props.onCancel} className="import-dialog">
      <ul className="plan-lines">
        {describeEntityMatches(plan.matches).map((line) => (
          <li key={line}>{line}</li>
        ))}
        {plan.matches.length === 0 && <li>The file lists no entities.</li>}
      </ul>
      {offered.length > 0 && (
        <fieldset className="choice-list">
          <legend>Possible matches: tick those that are new entities</legend>
          {offered.map(({ incoming: entity, offered: offers }) => (
            <label key={entity.id} className="checkbox">
              <input
                type="checkbox"
                checked={confirmedNew.has(entity.id)}
                onChange={(event) => toggle(entity.id, event.target.checked)}
              />
              “{entity.name}” is new (not {offers.map((o) => `“${o.name}”`).join(' or ')})
            </label>
          ))}
        </fieldset>
      )}
      {props.warnings.length > 0 && (
        <details className="plan-details">
          <summary>{props.warnings.length} repaired on reading</summary>
          <ul>
            {props.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
      <DialogActions
        confirmLabel={plan.created === 0 ? 'Nothing to add' : `Add ${plan.created} new`}
        disabled={plan.changes.length === 0}
        onCancel={props.onCancel}
        onConfirm={() => props.onImport(plan)}
      />
    </Dialog>
  );
}
