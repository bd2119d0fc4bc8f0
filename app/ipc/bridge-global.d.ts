// Ambient type of what main/preload.ts exposes through contextBridge. Absent in a plain
// browser (`npm run web`), where the renderer falls back to file inputs and downloads.
import type { MarginaliaBridge } from './contract.ts';

declare global {
  interface Window {
    marginalia?: MarginaliaBridge;
  }
}

export {};
