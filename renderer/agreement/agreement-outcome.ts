// The agreement screen's result: the measures, or why they could not be computed. Scored in the
// library worker (renderer/long-work/), so it is plain, structured-cloneable data.

import type { LibraryAgreement } from './agreement-input.ts';

export type AgreementOutcome =
  { ok: true; value: LibraryAgreement } | { ok: false; message: string };
