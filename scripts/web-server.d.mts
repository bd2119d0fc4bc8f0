// Types of web-server.mjs for the TypeScript tests that import it.

export function startWebServer(options?: {
  port?: number;
  outDir?: string;
}): Promise<{ url: string; close(): Promise<void> }>;
