// Types of build-steps.mjs for the TypeScript tests that import it.
import type { BuildOptions } from 'esbuild';

export const projectRoot: string;
export const rendererViteConfig: string;
export function mainProcessBuildOptions(root?: string): BuildOptions[];
export function buildMainProcess(log?: (line: string) => void): Promise<void>;
export function buildRenderer(log?: (line: string) => void): Promise<void>;
