import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MarginaliaDatabase } from './db/database.ts';
import { detectPlatform } from './platform/platform.ts';
import { App } from './shell/App.tsx';
import './styles.css';

const db = new MarginaliaDatabase();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={db} platform={detectPlatform()} />
  </StrictMode>,
);
