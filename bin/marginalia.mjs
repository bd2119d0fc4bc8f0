#!/usr/bin/env node
// The `marginalia` command. The CLI is TypeScript shared with the app, so it runs through tsx's
// loader instead of a build step: `npx marginalia validate FILE` works from a checkout.

import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../main/cli/marginalia.ts');
const { processIo } = await import('../main/cli/cli-io.ts');
// exitCode rather than exit(): let buffered output reach a pipe before Node quits.
process.exitCode = await runCli(process.argv.slice(2), processIo());
