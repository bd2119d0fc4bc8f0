import { toolbarLabels } from '../../app/model/label-set.ts';
import type { Label } from '../../app/model/labels.ts';
import { labelStyleKey } from '../labels/label-style.ts';
import { useLabels } from '../labels/use-labels.ts';

export interface LabelToolbarProps {
  onTag(label: Label): void;
  onUndo(): void;
  onRedo(): void;
  canUndo: boolean;
  canRedo: boolean;
  undoTitle?: string;
  redoTitle?: string;
}

/**
 * The label buttons double as the legend: each shows the style its spans are drawn in. The
 * library's visible labels, the analyst's own after the built-ins (a hidden one is not offered).
 */
export function LabelToolbar({
  onTag,
  onUndo,
  onRedo,
  canUndo,
  canRedo,
  undoTitle,
  redoTitle,
}: LabelToolbarProps) {
  const mod = navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+';
  const labels = toolbarLabels(useLabels());
  return (
    <div className="label-toolbar" role="toolbar" aria-label="Tag selection">
      {labels.map((label) => (
        <button
          key={label.id}
          type="button"
          className={`label-button label-${labelStyleKey(label.id)}`}
          data-label={label.id}
          // Keeps the analyst's text selection: a mousedown on a button would otherwise clear it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onTag(label)}
          title={
            label.shortcut
              ? `Tag the selection as ${label.name} (key ${label.shortcut})`
              : `Tag the selection as ${label.name}`
          }
        >
          <span className={`legend-swatch legend-${labelStyleKey(label.id)}`} aria-hidden>
            Ab
          </span>
          {label.name}
          {label.shortcut && <kbd>{label.shortcut}</kbd>}
        </button>
      ))}
      <span className="toolbar-separator" />
      <button
        type="button"
        className="button small"
        onClick={onUndo}
        disabled={!canUndo}
        title={undoTitle ? `Undo ${undoTitle} (${mod}Z)` : `Undo (${mod}Z)`}
      >
        Undo
      </button>
      <button
        type="button"
        className="button small"
        onClick={onRedo}
        disabled={!canRedo}
        title={redoTitle ? `Redo ${redoTitle} (${mod}Shift+Z)` : `Redo (${mod}Shift+Z)`}
      >
        Redo
      </button>
      <span className="toolbar-hint muted">
        <kbd>n</kbd>/<kbd>p</kbd> next/previous · <kbd>Del</kbd> delete · <kbd>Esc</kbd> deselect
      </span>
    </div>
  );
}
