// The Labels screen (issue 11, docs/labels.md): the library's label set as a table, each label
// edited in place (colour, name, key, shown in the toolbar or hidden), how many annotations carry
// it, and a form that adds one. Every edit is one step of the library's undo history (the hub's
// LIBRARY_SCOPE); deleting a label in use first asks where its annotations go.

import { HistoryButtons } from '../shell/HistoryButtons.tsx';
import { useState, type RefObject } from 'react';
import type { LabelId } from '../../app/model/ids.ts';
import type { Label } from '../../app/model/labels.ts';
import { changeHubOf } from '../changes/hub-of.ts';
import { useLiveRead } from '../db/use-live-read.ts';
import { useAppServices } from '../shell/app-services.ts';
import { useLibraryHistory } from '../shell/use-library-history.ts';
import type { ScreenCommand } from '../shell/views.ts';
import { AddLabelForm } from './AddLabelForm.tsx';
import { DeleteLabelDialog } from './DeleteLabelDialog.tsx';
import {
  addLabelChange,
  deleteLabelChanges,
  editLabelChange,
  readLabelUsage,
} from './label-changes.ts';
import { LabelRow } from './LabelRow.tsx';
import { useLabels } from './use-labels.ts';
import './labels.css';

export interface LabelsScreenProps {
  /** Where the shell forwards menu commands (Undo, Redo) while this screen shows. */
  commandsRef: RefObject<((command: ScreenCommand) => void) | null>;
}

export function LabelsScreen({ commandsRef }: LabelsScreenProps) {
  const { db, notify } = useAppServices();
  const labels = useLabels();
  const usage = useLiveRead(db, ['documents'], readLabelUsage);
  const history = useLibraryHistory(db, commandsRef);
  const [deleting, setDeleting] = useState<{ label: Label; count: number } | null>(null);

  const remove = async (label: Label, moveTo: LabelId | null) => {
    try {
      // The annotations to move as the database holds them once every edit so far is written.
      await changeHubOf(db).whenPersisted();
      const changes = await deleteLabelChanges(db, label, moveTo);
      const moved = changes.length - 1;
      const target = labels.find((other) => other.id === moveTo)?.name;
      history.commit(
        moved > 0 && target
          ? `Delete label “${label.name}” (its annotations to ${target})`
          : `Delete label “${label.name}”`,
        changes,
      );
    } catch (error) {
      notify({
        kind: 'error',
        title: `Could not delete ${label.name}`,
        details: [error instanceof Error ? error.message : String(error)],
      });
    }
  };

  const unknown = usage
    ? [...usage.keys()].filter((id) => !labels.some((label) => label.id === id))
    : [];
  return (
    <section className="library labels-screen">
      <div className="library-head">
        <h1>Labels</h1>
        <span className="muted">{labels.length} labels</span>
        <div className="labels-history">
          <HistoryButtons history={history} />
        </div>
      </div>
      <p className="labels-intro muted">
        What you tag spans as. Keys <kbd>1</kbd>–<kbd>3</kbd> tag a claim, an actor, a date; give
        your own labels <kbd>4</kbd>–<kbd>9</kbd>. A hidden label leaves the toolbar and its key,
        and stays on the spans that carry it.
      </p>
      <AddLabelForm
        labels={labels}
        onAdd={(label) => history.commit(`Add label “${label.name}”`, [addLabelChange(label)])}
      />
      <table className="library-table labels-table">
        <thead>
          <tr>
            <th>Colour</th>
            <th>Name</th>
            <th>Key</th>
            <th>Toolbar</th>
            <th className="numeric">Annotations</th>
            <th aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <LabelRow
              key={label.id}
              label={label}
              labels={labels}
              count={usage && (usage.get(label.id) ?? 0)}
              onEdit={(after, description) =>
                history.commit(description, [editLabelChange(label, after)])
              }
              onDelete={() => {
                const count = usage?.get(label.id) ?? 0;
                if (count > 0) setDeleting({ label, count });
                else void remove(label, null);
              }}
            />
          ))}
        </tbody>
      </table>
      {unknown.length > 0 && (
        <p className="muted labels-unknown">
          Also on annotations, defined nowhere:{' '}
          {unknown.map((id) => `“${id}” (${usage!.get(id)})`).join(', ')}. Import a dataset that
          defines them, or add a label to move them to.
        </p>
      )}
      {deleting && (
        <DeleteLabelDialog
          label={deleting.label}
          count={deleting.count}
          labels={labels}
          onCancel={() => setDeleting(null)}
          onDelete={(moveTo) => {
            setDeleting(null);
            void remove(deleting.label, moveTo);
          }}
        />
      )}
    </section>
  );
}
