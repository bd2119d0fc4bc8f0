import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MarginaliaDatabase } from './db/database.ts';
import { detectPlatform } from './platform/platform.ts';
import { App } from './shell/App.tsx';
import { BackupScheduler } from './shell/backup-scheduler.ts';
import './styles.css';

const platform = detectPlatform();
const db = new MarginaliaDatabase();
const backups = platform.backups ? new BackupScheduler(db, platform.backups) : null;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={db} platform={platform} backups={backups} />
  </StrictMode>,
);
