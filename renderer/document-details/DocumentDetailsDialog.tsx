import { useId, useState, type FormEvent } from 'react';
import type { DocumentFields } from '../changes/change.ts';
import { checkDocumentPatch, type DocumentPatch } from '../changes/document-metadata.ts';
import type { DocumentField } from '../changes/document-fields.ts';
import { Dialog } from '../shell/Dialog.tsx';
import { DialogActions } from '../shell/DialogActions.tsx';
import { formOf, patchOf, type DetailsForm } from './details-form.ts';
import { languageName } from './language-name.ts';
import './document-details.css';

export interface DocumentDetailsDialogProps {
  fields: DocumentFields;
  /** Saves the fields the analyst changed as one undoable step; returns why it was refused, or null. */
  onSave(patch: DocumentPatch): string | null;
  onClose(): void;
}

interface FieldSpec {
  field: DocumentField;
  label: string;
  hint?: string;
  placeholder?: string;
  wide?: boolean;
  type?: 'date';
}

/** The form's fields, in the order a catalogue card lists them. */
const FIELDS: readonly FieldSpec[] = [
  { field: 'title', label: 'Title', wide: true },
  {
    field: 'source',
    label: 'Source',
    placeholder: 'Reuters, Ministry of Defence…',
    hint: 'Who published it',
  },
  {
    field: 'publishedAt',
    label: 'Published',
    type: 'date',
    hint: 'Relative dates are read from this day',
  },
  {
    field: 'authors',
    label: 'Authors',
    placeholder: 'Andrew Korybko; Rafi Muslumov',
    hint: 'Separate names with a semicolon',
    wide: true,
  },
  { field: 'url', label: 'URL', placeholder: 'https://…', wide: true },
  {
    field: 'language',
    label: 'Language',
    placeholder: 'en, en-GB, hy, az-Latn',
    hint: 'A BCP 47 language tag',
  },
];

/**
 * A document's title and metadata in one form, from the library's row or the document's header.
 * Every field is checked as it will be stored before anything is saved, and each refusal is
 * shown under its field; what was changed is saved as one step.
 */
export function DocumentDetailsDialog({ fields, onSave, onClose }: DocumentDetailsDialogProps) {
  const [form, setForm] = useState<DetailsForm>(() => formOf(fields));
  const [problems, setProblems] = useState<Partial<Record<DocumentField, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const idPrefix = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const patch = patchOf(fields, form);
    const checked = checkDocumentPatch(fields, patch);
    setProblems(checked.problems);
    if (Object.keys(checked.problems).length > 0) return;
    const refusal = onSave(patch);
    if (refusal) setSaveError(refusal);
    else onClose();
  };

  const languageHint = (() => {
    const tag = form.language.trim();
    if (tag === '' || problems.language) return undefined;
    const name = languageName(tag);
    return name === tag ? undefined : name;
  })();

  return (
    <Dialog title="Document details" className="details-dialog" onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="details-form">
          {FIELDS.map(({ field, label, hint, placeholder, wide, type }) => {
            const problem = problems[field];
            const inputId = `${idPrefix}-${field}`;
            const noteId = `${inputId}-note`;
            const note = problem ?? (field === 'language' ? (languageHint ?? hint) : hint);
            return (
              // The hint is outside the <label>, so each field's accessible name is its label
              // alone ("URL"); the hint or the refusal is its description.
              <div key={field} className={`field details-field${wide ? ' wide' : ''}`}>
                <label htmlFor={inputId}>{label}</label>
                <input
                  id={inputId}
                  type={type ?? 'text'}
                  inputMode={field === 'url' ? 'url' : undefined}
                  spellCheck={field === 'url' || field === 'language' ? false : undefined}
                  value={form[field]}
                  placeholder={placeholder}
                  aria-invalid={problem !== undefined}
                  aria-describedby={note ? noteId : undefined}
                  autoFocus={field === 'source'}
                  onChange={(event) => {
                    const value = event.target.value;
                    setForm((current) => ({ ...current, [field]: value }));
                    if (problem)
                      setProblems((current) => {
                        const rest = { ...current };
                        delete rest[field];
                        return rest;
                      });
                  }}
                />
                {note && (
                  <small
                    id={noteId}
                    className={problem ? 'form-error details-problem' : 'details-hint'}
                    role={problem ? 'alert' : undefined}
                  >
                    {note}
                  </small>
                )}
              </div>
            );
          })}
        </div>
        {saveError && (
          <p className="form-error" role="alert">
            {saveError}
          </p>
        )}
        <DialogActions confirmLabel="Save" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
