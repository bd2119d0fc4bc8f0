// A new entity typed by hand on the Entities screen: a name and a kind; the rest is edited in
// its details once it exists.

import { useState } from 'react';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../../app/model/entity.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { DialogActions } from '../shell/DialogActions.tsx';
import { newEntityFromText } from './entity-store.ts';

export function NewEntityDialog(props: { onCreate(entity: Entity): void; onCancel(): void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<EntityKind>('person');
  const create = () => {
    if (name.trim() !== '') props.onCreate(newEntityFromText(name, kind));
  };
  return (
    <Dialog title="New entity" onCancel={props.onCancel}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          create();
        }}
      >
        <label className="field">
          <span>Name</span>
          <input value={name} onChange={(event) => setName(event.target.value)} autoFocus />
        </label>
        <label className="field">
          <span>Kind</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as EntityKind)}>
            {ENTITY_KINDS.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <DialogActions
          confirmLabel="Create entity"
          disabled={name.trim() === ''}
          onCancel={props.onCancel}
        />
      </form>
    </Dialog>
  );
}
