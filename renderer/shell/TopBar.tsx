import type { View } from './views.ts';

export interface TopBarProps {
  view: View;
  annotatorName: string;
  onLibrary(): void;
  onAgreement(): void;
  onEntities(): void;
  onLabels(): void;
  onSearch(): void;
  onChecks(): void;
  onTimeline(): void;
  onImport(): void;
  onImportAnnotations(): void;
  onExport(): void;
  onSettings(): void;
}

export function TopBar({
  view,
  annotatorName,
  onLibrary,
  onAgreement,
  onEntities,
  onLabels,
  onSearch,
  onChecks,
  onTimeline,
  onImport,
  onImportAnnotations,
  onExport,
  onSettings,
}: TopBarProps) {
  return (
    <header className="top-bar">
      <button type="button" className="brand" onClick={onLibrary} aria-label="Library">
        <span className="brand-mark" aria-hidden />
        Marginalia
      </button>
      <nav className="top-nav">
        <button
          type="button"
          className={`tab ${view.kind === 'library' ? 'active' : ''}`}
          onClick={onLibrary}
        >
          Library
        </button>
        <button
          type="button"
          className={`tab ${view.kind === 'search' ? 'active' : ''}`}
          onClick={onSearch}
          title="Search the text of every document (Ctrl/Cmd+Shift+F)"
        >
          Search
        </button>
        <button
          type="button"
          className={`tab ${view.kind === 'agreement' ? 'active' : ''}`}
          onClick={onAgreement}
        >
          Agreement
        </button>
        <button
          type="button"
          className={`tab ${view.kind === 'entities' ? 'active' : ''}`}
          onClick={onEntities}
        >
          Entities
        </button>
        <button
          type="button"
          className={`tab ${view.kind === 'labels' ? 'active' : ''}`}
          onClick={onLabels}
          title="Your labels: names, colours, keys"
        >
          Labels
        </button>
        <button
          type="button"
          className={`tab ${view.kind === 'timeline' ? 'active' : ''}`}
          onClick={onTimeline}
        >
          Timeline
        </button>
        <button
          type="button"
          className={`tab ${view.kind === 'checks' ? 'active' : ''}`}
          onClick={onChecks}
        >
          Checks
        </button>
      </nav>
      <div className="top-actions">
        <button type="button" className="button" onClick={onImport}>
          Import documents
        </button>
        <button
          type="button"
          className="button"
          onClick={onImportAnnotations}
          title="Import a Marginalia dataset, a W3C Web Annotation collection or JSONL"
        >
          Import annotations
        </button>
        <button type="button" className="button" onClick={onExport}>
          Export dataset
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={onSettings}
          title="Settings"
          aria-label="Settings"
        >
          <span className="avatar" aria-hidden>
            {annotatorName.slice(0, 1).toUpperCase()}
          </span>
          {annotatorName}
        </button>
      </div>
    </header>
  );
}
