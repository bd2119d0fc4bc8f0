import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../app/ipc/contract.ts';
import type { Annotator } from '../../app/model/annotation.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import {
  readCurrentAnnotator,
  readPreferences,
  saveCurrentAnnotatorName,
  savePreferences,
  type Preferences,
} from '../db/settings-store.ts';
import { DocumentScreen } from '../document-screen/DocumentScreen.tsx';
import { LibraryScreen } from '../library/LibraryScreen.tsx';
import { ReviewScreen } from '../review/ReviewScreen.tsx';
import { AgreementScreen } from '../agreement/AgreementScreen.tsx';
import { EntitiesScreen } from '../entities/EntitiesScreen.tsx';
import { SearchScreen } from '../search/SearchScreen.tsx';
import { ChecksScreen } from '../checks/ChecksScreen.tsx';
import { TimelineScreen } from '../timeline/TimelineScreen.tsx';
import { LabelsScreen } from '../labels/LabelsScreen.tsx';
import { LabelsProvider } from '../labels/LabelsProvider.tsx';
import { readBrowserFiles, type Platform } from '../platform/platform.ts';
import { AppServicesContext, type AppServices, type Notice } from './app-services.ts';
import { RestoreDialog } from '../import/RestoreDialog.tsx';
import { useImportFlow } from '../import/use-import-flow.tsx';
import type { BackupScheduler } from './backup-scheduler.ts';
import { ExportFlow } from './ExportFlow.tsx';
import { NameDialog } from './NameDialog.tsx';
import { Notifications } from './Notifications.tsx';
import { TopBar } from './TopBar.tsx';
import type { DocumentTarget, ScreenCommand, View } from './views.ts';

export function App({
  db,
  platform,
  backups,
}: {
  db: MarginaliaDatabase;
  platform: Platform;
  backups: BackupScheduler | null;
}) {
  const [annotator, setAnnotator] = useState<Annotator | null>(null);
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [view, setView] = useState<View>({ kind: 'library' });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [restoreOpen, setRestoreOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const screenCommands = useRef<((command: ScreenCommand) => void) | null>(null);
  const nextNoticeId = useRef(1);

  useEffect(() => {
    void Promise.all([readCurrentAnnotator(db), readPreferences(db)]).then(([current, prefs]) => {
      setAnnotator(current);
      setPreferences(prefs);
    });
    // Ask the browser not to evict our only copy of the analyst's work under storage pressure.
    void navigator.storage?.persist?.();
  }, [db]);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextNoticeId.current++;
    setNotices((current) => [...current.slice(-4), { ...notice, id }]);
    // Good news fades on its own; an error stays until the analyst has read and dismissed it.
    if (notice.kind !== 'error')
      setTimeout(() => setNotices((current) => current.filter((shown) => shown.id !== id)), 8000);
  }, []);
  const dismiss = useCallback(
    (id: number) => setNotices((current) => current.filter((notice) => notice.id !== id)),
    [],
  );

  const writtenElsewhere = useCallback(() => backups?.libraryWrittenElsewhere(), [backups]);
  const { importFiles, dialog: importDialog } = useImportFlow(
    db,
    annotator,
    notify,
    writtenElsewhere,
  );
  const importDocuments = useCallback(
    () => void importFiles(platform.openDocuments()),
    [importFiles, platform],
  );
  const importAnything = useCallback(
    () => void importFiles(platform.openImportFiles()),
    [importFiles, platform],
  );

  const restoreBackup = useCallback(
    async (name: string) => {
      setRestoreOpen(false);
      const read = await platform.backups!.read(name);
      if (read.status === 'failed')
        return notify({
          kind: 'error',
          title: 'Could not read the backup',
          details: [read.message],
        });
      await importFiles(
        Promise.resolve({
          files: [{ name, bytes: new TextEncoder().encode(read.content) }],
          refused: [],
        }),
      );
    },
    [platform, notify, importFiles],
  );

  useEffect(() => {
    if (backups)
      backups.onError = (message) =>
        notify({ kind: 'error', title: 'Backup failed', details: [message] });
    return () => backups?.dispose();
  }, [backups, notify]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'import-documents':
          return importDocuments();
        case 'export-dataset':
          return setExportOpen(true);
        case 'open-settings':
          return setSettingsOpen(true);
        case 'show-library':
          return setView({ kind: 'library' });
        case 'show-search':
          return setView({ kind: 'search' });
        case 'show-checks':
          return setView({ kind: 'checks' });
        case 'show-timeline':
          return setView({ kind: 'timeline' });
        case 'show-labels':
          return setView({ kind: 'labels' });
        case 'import-file':
          return importAnything();
        case 'restore-backup':
          return setRestoreOpen(platform.backups !== null);
        case 'prepare-quit':
          // Main waits (a few seconds at most) for the quit backup before it quits.
          return void (backups ? backups.backupBeforeQuit() : Promise.resolve()).finally(() =>
            platform.backups?.quitReady(),
          );
        default:
          return screenCommands.current?.(command);
      }
    },
    [importDocuments, importAnything, platform, backups],
  );
  useEffect(() => platform.onMenuCommand(runCommand), [platform, runCommand]);
  // Ctrl/Cmd+Shift+F searches the library from anywhere, also where no menu sends it (the web app).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 'f'
      ) {
        event.preventDefault();
        runCommand('show-search');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runCommand]);
  const open = useCallback(
    (target: DocumentTarget) =>
      setView({
        kind: 'document',
        id: target.id,
        ...(target.focus ? { focus: target.focus } : {}),
      }),
    [],
  );

  // The screen re-renders when what it shows changes, not with every notice, dialog or progress
  // message of the shell: the library screen renders a row per document (1,000 on the bench
  // library, about 0.3 s), and a progress line must not freeze the window it reports in.
  const screen = useMemo(
    () => (
      <main className="app-main">
        {view.kind === 'library' ? (
          <LibraryScreen
            onOpen={(id) => setView({ kind: 'document', id })}
            onImport={importDocuments}
            commandsRef={screenCommands}
          />
        ) : view.kind === 'search' ? (
          <SearchScreen onOpen={open} commandsRef={screenCommands} />
        ) : view.kind === 'checks' ? (
          <ChecksScreen onOpen={open} commandsRef={screenCommands} />
        ) : view.kind === 'timeline' ? (
          <TimelineScreen onOpen={open} commandsRef={screenCommands} />
        ) : view.kind === 'agreement' ? (
          <AgreementScreen
            onOpenDocument={(id) => setView({ kind: 'document', id })}
            onImportAnnotations={importAnything}
          />
        ) : view.kind === 'entities' ? (
          <EntitiesScreen onOpen={open} commandsRef={screenCommands} />
        ) : view.kind === 'labels' ? (
          <LabelsScreen commandsRef={screenCommands} />
        ) : view.kind === 'review' ? (
          <ReviewScreen
            key={view.id}
            documentId={view.id}
            commandsRef={screenCommands}
            onBack={() => setView({ kind: 'document', id: view.id })}
          />
        ) : (
          <DocumentScreen
            key={view.id}
            documentId={view.id}
            focus={view.focus}
            commandsRef={screenCommands}
            onClose={() => setView({ kind: 'library' })}
            onReview={() => setView({ kind: 'review', id: view.id })}
          />
        )}
      </main>
    ),
    [view, open, importDocuments, importAnything],
  );

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

  // Preferences are read with the annotator, so they also say the first read is done.
  if (preferences === null) return <div className="app-loading">Opening your library…</div>;
  if (!services)
    return <NameDialog firstRun name="" preferences={preferences} onSave={saveSettings} />;

  return (
    <AppServicesContext.Provider value={services}>
      <LabelsProvider db={db}>
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
            void importFiles(readBrowserFiles([...event.dataTransfer.files], 'import'));
          }}
        >
          <TopBar
            view={view}
            annotatorName={services.annotator.name}
            onLibrary={() => setView({ kind: 'library' })}
            onAgreement={() => setView({ kind: 'agreement' })}
            onEntities={() => setView({ kind: 'entities' })}
            onLabels={() => setView({ kind: 'labels' })}
            onSearch={() => setView({ kind: 'search' })}
            onChecks={() => setView({ kind: 'checks' })}
            onTimeline={() => setView({ kind: 'timeline' })}
            onImport={importDocuments}
            onImportAnnotations={importAnything}
            onExport={() => setExportOpen(true)}
            onSettings={() => setSettingsOpen(true)}
          />
          {screen}
          {dragging && (
            <div className="drop-overlay" aria-hidden>
              <div>Drop Word, PDF, HTML, Markdown or text files to import them</div>
            </div>
          )}
          <Notifications notices={notices} onDismiss={dismiss} />
          {importDialog}
          {exportOpen && <ExportFlow onClose={() => setExportOpen(false)} />}
          {restoreOpen && platform.backups && (
            <RestoreDialog
              backups={platform.backups}
              onRestore={(name) => void restoreBackup(name)}
              onClose={() => setRestoreOpen(false)}
            />
          )}
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
      </LabelsProvider>
    </AppServicesContext.Provider>
  );
}
