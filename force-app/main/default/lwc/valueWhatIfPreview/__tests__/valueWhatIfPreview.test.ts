import { createElement } from 'lwc';
import ValueWhatIfPreview from 'c/valueWhatIfPreview';
import type { WhatIfMover, WhatIfResult } from 'c/valueEngine';

function mover(accountId: string, name: string, tierBefore: string, tierAfter: string): WhatIfMover {
  return { accountId, name, tierBefore, tierAfter, scoreBefore: 40, scoreAfter: 22 } as WhatIfMover;
}

/** Two of ten accounts move from D3 to D4; one becomes a separation candidate; a sample of 10 of 40 000. */
function result(sampled: boolean): WhatIfResult {
  return {
    population: sampled ? 40000 : 10,
    accountsRead: 10,
    sampled,
    moves: [
      [2, 0, 0, 0],
      [0, 3, 0, 0],
      [0, 0, 1, 2],
      [0, 0, 0, 2]
    ],
    movedAccounts: 2,
    movedShare: 0.2,
    movedShareMargin: sampled ? 0.05 : 0,
    scoreBins: [
      { from: 0, to: 50, before: 4, after: 6 },
      { from: 50, to: 100, before: 6, after: 4 }
    ],
    tiers: [
      { tier: 'D3', accountsBefore: 3, accountsAfter: 1, netValueBefore: 30000, netValueAfter: 5000 },
      { tier: 'D4', accountsBefore: 2, accountsAfter: 4, netValueBefore: -1000, netValueAfter: -9000 }
    ],
    topMovers: [mover('001A1', 'Acme', 'D3', 'D4'), mover('001A2', '', 'D3', 'D4')],
    newlySeparate: [mover('001A1', 'Acme', 'D3', 'D4')],
    newlySeparateCount: 1,
    newlyBlocked: [],
    newlyBlockedCount: 0
  };
}

async function render(props: Partial<Record<string, unknown>>): Promise<HTMLElement> {
  const element = createElement('c-value-what-if-preview', { is: ValueWhatIfPreview });
  Object.assign(element, props);
  document.body.appendChild(element);
  await Promise.resolve();
  return element;
}

const find = (element: HTMLElement, id: string): HTMLElement | null =>
  element.shadowRoot!.querySelector(`[data-id="${id}"]`);

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
});

describe('c-value-what-if-preview', () => {
  it('shows the tier moves, the movers linked to their account, and is accessible', async () => {
    const element = await render({ result: result(false), elapsedMs: 12 });
    const cells = [...find(element, 'tier-matrix')!.querySelectorAll('tbody td')].map((td) => td.textContent.trim());
    expect(cells).toEqual(['2', '0', '0', '0', '0', '3', '0', '0', '0', '0', '1', '2', '0', '0', '0', '2']);
    const links = [...find(element, 'top-movers')!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/lightning/r/Account/001A1/view',
      '/lightning/r/Account/001A2/view'
    ]);
    // A mover without a name is shown by its Id, never as an empty link.
    expect(links[1].textContent.trim()).toBe('001A2');
    expect(find(element, 'newly-separate')!.textContent).toContain('Acme');
    expect(find(element, 'preview-basis')!.textContent).not.toContain('Settings_Preview_Sampled');
    await expect(element).toBeAccessible();
  });

  it('says when the figures come from a sample (labels resolve to their names under jest)', async () => {
    const element = await render({ result: result(true) });
    expect(find(element, 'preview-basis')!.textContent).toContain('Settings_Preview_Sampled');
  });

  it('shows the loading, empty and error states instead of figures', async () => {
    const loading = await render({ loading: true, result: result(false) });
    expect(find(loading, 'preview-loading')).not.toBeNull();
    expect(find(loading, 'tier-matrix')).toBeNull();
    const empty = await render({ empty: true, result: result(false) });
    expect(find(empty, 'preview-empty')).not.toBeNull();
    expect(find(empty, 'tier-matrix')).toBeNull();
    const failed = await render({ error: { body: { message: 'boom' } } });
    expect(failed.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
    expect(find(failed, 'tier-matrix')).toBeNull();
    await expect(failed).toBeAccessible();
  });
});
