import { createContext, useContext } from 'react';
import type { Annotator } from '../../app/model/annotation.ts';
import type { MarginaliaDatabase } from '../db/database.ts';
import type { Preferences } from '../db/settings-store.ts';
import type { Platform } from '../platform/platform.ts';

export interface Notice {
  id: number;
  kind: 'success' | 'info' | 'error';
  title: string;
  details?: string[];
}

/** What every screen needs from the shell, handed down once instead of prop by prop. */
export interface AppServices {
  db: MarginaliaDatabase;
  platform: Platform;
  annotator: Annotator;
  preferences: Preferences;
  notify(notice: Omit<Notice, 'id'>): void;
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices outside AppServicesContext');
  return services;
}
