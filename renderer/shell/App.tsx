import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../app/ipc/contract.ts';
import type { Annotator } from '../../app/model/annotation.ts';
import type { DocumentId } from '../../app/model/ids.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import { readCurrentAnnotator, readPreferences, saveCurrentAnnotatorName, savePreferences, type Preferences } from '../db/settings-store.ts';
import { DocumentScreen } from '../document-screen/DocumentScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { readBrowserFiles, type Platform } from '../platform/platform.ts';
import { AppServicesContext, type AppServices, type Notice } from './app-services.ts';
import { exportLibrary } from './export-dataset.ts';
import { describeImport, importPickedFiles } from './import-documents.ts';
import { NameDialog } from './NameDialog.tsx';
import { Notifications } from './Notifications.tsx';
import { TopBar } from './TopBar.tsx';

export type View = { kind: 'library' } | { kind: 'document'; id: DocumentId };

/** Commands the document screen handles when it is showing (menu items, global shortcuts). */
export type ScreenCommand = Extract<MenuCommand, 'undo' | 'redo' | 'next-annotation' | 'previous-annotation'>;

export function App({ db, platform }: { db: MarginaliaDatabase; platform: Platform }) {
  const [loaded, setLoaded] = useState(false);
  const [annotator, setAnnotator] = useState<Annotator | null>(null);
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [view, setView] = useState<View>({ kind: 'library' });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const screenCommands = useRef<((command: ScreenCommand) => void) | null>(null);
  const nextNoticeId = useRef(1);

  useEffect(() => {
    void Promise.all([readCurrentAnnotator(db), readPreferences(db)]).then(([current, prefs]) => {
      setAnnotator(current);
      setPreferences(prefs);
      setLoaded(true);
    });
    // Ask the browser not to evict our only copy of the analyst's work under storage pressure.
    void navigator.storage?.persist?.();
  }, [db]);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextNoticeId.current++;
    setNotices((current) => [...current.slice(-4), { ...notice, id }]);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((current) => current.filter((notice) => notice.id !== id)), []);

  const importFiles = useCallback(
    async (picked: Promise<Awaited<ReturnType<Platform['openDocuments']>>>) => {
      try {
        const files = await picked;
        if (files.files.length === 0 && files.refused.length === 0) return;
        notify(describeImport(await importPickedFiles(db, files)));
      } catch (error) {
        notify({ kind: 'error', title: 'Import failed', details: [error instanceof Error ? error.message : String(error)] });
      }
    },
    [db, notify],
  );
  const importDocuments = useCallback(() => void importFiles(platform.openDocuments()), [importFiles, platform]);

  const exportDataset = useCallback(async () => {
    try {
      const { result, dataset } = await exportLibrary(db, platform);
      if (result.status === 'saved') {
        const count = dataset.documents.reduce((sum, document) => sum + document.annotations.length, 0);
        notify({ kind: 'success', title: 'Dataset exported', details: [`${dataset.documents.length} documents, ${count} annotations → ${result.path}`] });
      } else if (result.status === 'failed') notify({ kind: 'error', title: 'Export failed', details: [result.message] });
    } catch (error) {
      notify({ kind: 'error', title: 'Export failed', details: [error instanceof Error ? error.message : String(error)] });
    }
  }, [db, platform, notify]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'import-documents':
          return importDocuments();
        case 'export-dataset':
          return void exportDataset();
        case 'open-settings':
          return setSettingsOpen(true);
        case 'show-library':
          return setView({ kind: 'library' });
        default:
          return screenCommands.current?.(command);
      }
    },
    [importDocuments, exportDataset],
  );
  useEffect(() => platform.onMenuCommand(runCommand), [platform, runCommand]);

  const services = useMemo<AppServices | null>(
    () => (annotator && preferences ? { db, platform, annotator, preferences, notify } : null),
    [db, platform, annotator, preferences, notify],
  );

  const saveSettings = async (name: string, next: Preferences) => {
    setAnnotator(await saveCurrentAnnotatorName(db, name));
    await savePreferences(db, next);
    setPreferences(next);
    setSettingsOpen(false);
  };

  if (!loaded || !preferences) return <div className="app-loading">Opening your library…</div>;
  if (!services)
    return <NameDialog firstRun name="" preferences={preferences} onSave={saveSettings} />;

  return (
    <AppServicesContext.Provider value={services}>
      <div
        className="app"
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('Files')) return;
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          if (event.relatedTarget === null) setDragging(false);
        }}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void importFiles(readBrowserFiles([...event.dataTransfer.files]));
        }}
      >
        <TopBar
          view={view}
          annotatorName={services.annotator.name}
          onLibrary={() => setView({ kind: 'library' })}
          onImport={importDocuments}
          onExport={() => void exportDataset()}
          onSettings={() => setSettingsOpen(true)}
        />
        <main className="app-main">
          {view.kind === 'library' ? (
            <LibraryScreen onOpen={(id) => setView({ kind: 'document', id })} onImport={importDocuments} />
          ) : (
            <DocumentScreen key={view.id} documentId={view.id} commandsRef={screenCommands} onClose={() => setView({ kind: 'library' })} />
          )}
        </main>
        {dragging && (
          <div className="drop-overlay" aria-hidden>
            <div>Drop .txt, .md or .html files to import them</div>
          </div>
        )}
        <Notifications notices={notices} onDismiss={dismiss} />
        {settingsOpen && (
          <NameDialog
            firstRun={false}
            name={services.annotator.name}
            preferences={preferences}
            onSave={saveSettings}
            onCancel={() => setSettingsOpen(false)}
          />
        )}
      </div>
    </AppServicesContext.Provider>
  );
}
