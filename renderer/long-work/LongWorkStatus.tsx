import type { LongWorkPhase, LongWorkProgress } from './long-work-protocol.ts';
import './long-work.css';

const PHASE_TEXT: Record<LongWorkPhase, string> = {
  checking: 'Checking the file',
  reading: 'Reading the library',
  encoding: 'Writing the file',
  planning: 'Planning the import',
  writing: 'Writing to the library',
  scoring: 'Comparing the annotators',
};

/** The progress line's words: `Exporting: reading the library…`. */
export function describeLongWork(what: string, progress: LongWorkProgress | null): string {
  if (!progress) return `${what}…`;
  const phase = PHASE_TEXT[progress.phase];
  return `${what}: ${phase.charAt(0).toLowerCase()}${phase.slice(1)}…`;
}

/**
 * Where long work in the library worker stands: what it does, a bar of its phases, and Cancel
 * where stopping it midway makes sense (the worker is terminated; nothing was written).
 */
export function LongWorkStatus({
  what,
  progress,
  onCancel,
  className,
}: {
  /** The job in a word or two: "Exporting", "Importing ana.json". */
  what: string;
  progress: LongWorkProgress | null;
  onCancel?: () => void;
  className?: string;
}) {
  return (
    <div
      className={`long-work-status ${className ?? ''}`}
      role="status"
      aria-label={`${what}: progress`}
    >
      <span>{describeLongWork(what, progress)}</span>
      {/* Without a value the bar is indeterminate: the worker has not started yet. */}
      {progress ? <progress max={progress.total} value={progress.done} /> : <progress />}
      {onCancel && (
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
