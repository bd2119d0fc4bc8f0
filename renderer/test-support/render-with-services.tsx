// TEST SUPPORT: a component rendered the way the shell renders a screen, inside
// AppServicesContext (Alice annotating, default preferences) on the test's database, and
// unmounted when the test ends.

import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { onTestFinished } from 'vitest';
import type { MarginaliaDatabase } from '../db/database.ts';
import { DEFAULT_PREFERENCES } from '../db/settings-store.ts';
import { detectPlatform } from '../platform/platform.ts';
import { AppServicesContext, type AppServices, type Notice } from '../shell/app-services.ts';
import { ALICE } from './test-database.ts';

/**
 * Renders `element` into a new container on the page (`containerStyle` sizes it where the
 * layout matters); `notices` collects what the component shows through `notify`.
 */
export function renderWithServices(
  db: MarginaliaDatabase,
  element: ReactNode,
  containerStyle: Partial<CSSStyleDeclaration> = {},
): { notices: Omit<Notice, 'id'>[] } {
  const notices: Omit<Notice, 'id'>[] = [];
  const services: AppServices = {
    db,
    platform: detectPlatform(),
    annotator: ALICE,
    preferences: DEFAULT_PREFERENCES,
    notify: (notice) => notices.push(notice),
  };
  const container = document.createElement('div');
  Object.assign(container.style, containerStyle);
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <AppServicesContext.Provider value={services}>{element}</AppServicesContext.Provider>,
  );
  onTestFinished(() => {
    root.unmount();
    container.remove();
  });
  return { notices };
}
