// The agreement table and charts as the screen shows them, rendered in real Chromium: the
// enrichment measures' columns, the relation type rows, and the second chart, which appears
// only for a library with relations, entity links or date values.

import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, onTestFinished } from 'vitest';
import { scoreAgreement } from '../../app/agreement/index.ts';
import { annotators, documentOf, relationOf, spanOf } from '../../app/agreement/test-support.ts';
import { BUILT_IN_LABELS } from '../../app/model/labels.ts';
import { agreementView } from './agreement-rows.ts';
import { AgreementChart } from './AgreementChart.tsx';
import { AgreementNotes, AgreementTable } from './AgreementTable.tsx';
import '../styles.css';

// "Dan resigned." — ana and ben both link the claim "resigned" to its claimant Dan, linked to
// the same entity; neither tagged a date.
const resigned = documentOf('resigned', 'Dan resigned.');
const scored = scoreAgreement({
  documents: [resigned],
  annotations: [
    spanOf('resigned', 'ana', 'claim', 4, 12, { id: 'a1' }),
    spanOf('resigned', 'ana', 'actor', 0, 3, { id: 'a2', entity: 'dan' }),
    spanOf('resigned', 'ben', 'claim', 4, 12, { id: 'b1' }),
    spanOf('resigned', 'ben', 'actor', 0, 3, { id: 'b2', entity: 'dan' }),
  ],
  relations: [
    relationOf('resigned', 'ana', 'claimant', 'a1', 'a2'),
    relationOf('resigned', 'ben', 'claimant', 'b1', 'b2'),
  ],
  raters: annotators('ana', 'ben'),
});
const view = agreementView(scored, {
  titles: new Map([[resigned.id, 'Resigned']]),
  labels: new Map(BUILT_IN_LABELS.map((label) => [label.id, label])),
  annotators: new Map(),
});

function render(element: ReactNode): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(element);
  onTestFinished(() => {
    root.unmount();
    container.remove();
  });
  return container;
}

const cellsOf = (container: HTMLElement, selector: string) =>
  Object.fromEntries(
    [...container.querySelectorAll(`${selector} td`)].map((cell) => [
      cell.getAttribute('data-measure'),
      cell.getAttribute('data-value') ?? cell.getAttribute('title'),
    ]),
  );

describe('AgreementTable', () => {
  it('shows the enrichment measures overall, and relation F1 alone per relation type', async () => {
    const container = render(
      <>
        <AgreementTable rows={view.rows} onOpenDocument={() => undefined} />
        <AgreementNotes notes={view.notes} />
      </>,
    );
    await expect
      .poll(() => container.querySelector('tr[data-scope="relationType"]'))
      .not.toBeNull();
    expect(cellsOf(container, 'tr[data-scope="overall"]')).toMatchObject({
      relationF1Exact: '1',
      relationF1Overlap: '1',
      entityAgreement: '1',
      dateValueAgreement: 'null',
    });
    expect(cellsOf(container, 'tr[data-scope="relationType"][data-id="claimant"]')).toEqual({
      cohenKappa: 'Not computed per relation type: only relation F1 is',
      fleissKappa: 'Not computed per relation type: only relation F1 is',
      krippendorffAlphaU: 'Not computed per relation type: only relation F1 is',
      f1Exact: 'Not computed per relation type: only relation F1 is',
      f1Overlap: 'Not computed per relation type: only relation F1 is',
      relationF1Exact: '1',
      relationF1Overlap: '1',
      entityAgreement: 'Not computed per relation type: only relation F1 is',
      dateValueAgreement: 'Not computed per relation type: only relation F1 is',
    });
    expect(container.querySelector('tr[data-scope="relationType"] .scope-name')?.textContent).toBe(
      'Claimant',
    );
    expect(
      container
        .querySelector('tr[data-scope="label"] td[data-measure="entityAgreement"]')
        ?.getAttribute('title'),
    ).toMatch(/^Not computed per label/);
    const note = container.querySelector(
      'li[data-reason="no date placed alike by both with a value on each side"]',
    );
    expect(note?.textContent).toMatch(/exactly the same place/);
  });
});

describe('AgreementChart', () => {
  it('draws relation F1, entities and date values overall, and relation F1 per relation type', async () => {
    const container = render(<AgreementChart rows={view.rows} kind="enrichment" />);
    await expect.poll(() => container.querySelector('svg')).not.toBeNull();
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe(
      'Agreement on relations, entities and date values, 0 to 1. Overall: relation F1 overlap 1.000, entities 1.000, date values undefined; Claimant: relation F1 overlap 1.000.',
    );
    expect(
      [...svg.querySelectorAll('[data-group]')].map((group) => group.getAttribute('data-group')),
    ).toEqual(['overall', 'claimant']);
    expect(
      [...svg.querySelectorAll('[data-group="claimant"] [data-measure]')].map((bar) =>
        bar.getAttribute('data-measure'),
      ),
    ).toEqual(['relationF1Overlap']);
    expect(
      svg.querySelector('[data-group="overall"] .undefined-bar')?.getAttribute('data-measure'),
    ).toBe('dateValueAgreement');
  });

  it('keeps the spans chart to the overall row and the labels', async () => {
    const container = render(<AgreementChart rows={view.rows} />);
    await expect.poll(() => container.querySelector('svg')).not.toBeNull();
    const groups = [...container.querySelectorAll('[data-group]')].map((group) =>
      group.getAttribute('data-group'),
    );
    expect(groups).toEqual(['overall', 'actor', 'claim']);
  });
});
