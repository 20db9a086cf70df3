import { createElement } from 'lwc';
import ValueSettings from 'c/valueSettings';
import getValueSettings from '@salesforce/apex/ValueSettingsController.getValueSettings';
import getWhatIfAccounts from '@salesforce/apex/ValueSettingsController.getWhatIfAccounts';
import saveValueSettings from '@salesforce/apex/ValueSettingsController.saveValueSettings';
import { defaultConfig } from 'c/valueEngine';

// An admin: the Customer_Value_Edit_Settings custom permission is granted.
jest.mock('@salesforce/customPermission/Customer_Value_Edit_Settings', () => ({ __esModule: true, default: true }));

const mocked = (fn: unknown): jest.Mock => fn as jest.Mock;

// The page holds some sixty fields: the accessibility check takes seconds on a busy machine.
jest.setTimeout(60000);

function config(): ReturnType<typeof defaultConfig> {
  const value = defaultConfig();
  value.tierPolicy.method = 'absolute';
  return value;
}

/** 12 accounts in D2: revenue 100 000 (35 000 of margin), 0…110 high-priority cases. */
function accounts(): CvpApi.WhatIfAccountFacts[] {
  return Array.from({ length: 12 }, (_, i) => ({
    accountId: `001A${i}`,
    name: `Account ${i}`,
    stratum: 'D2',
    factsJson: JSON.stringify({
      accountId: `001A${i}`,
      revenueCurrent: 100000,
      revenuePrevious: 100000,
      driverQuantities: { Support_Case_High: i * 10 }
    })
  }));
}

function settingsResponse(strata = [{ stratum: 'D2', accounts: 12 }]): CvpApi.ValueSettingsResponse {
  return {
    configJson: JSON.stringify(config()),
    today: '2026-11-30',
    strata,
    lastDeployment: { deploymentId: '', status: 'none', message: '', savedBy: '', savedAt: '', changeCount: 0 }
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 8; i++) await Promise.resolve();
}

async function createPage(): Promise<HTMLElement> {
  const element = createElement('c-value-settings', { is: ValueSettings });
  document.body.appendChild(element);
  await settle();
  return element;
}

function root(element: HTMLElement): ShadowRoot {
  return element.shadowRoot!;
}

function preview(element: HTMLElement): ShadowRoot {
  return root(element).querySelector('c-value-what-if-preview')!.shadowRoot!;
}

function input(element: HTMLElement, path: string): HTMLInputElement {
  return root(element).querySelector<HTMLInputElement>(`input[data-path="${path}"]`)!;
}

function type(element: HTMLElement, path: string, text: string): void {
  const field = input(element, path);
  field.value = text;
  field.dispatchEvent(new CustomEvent('input'));
}

function saveButton(element: HTMLElement): HTMLElement & { disabled: boolean } {
  return root(element).querySelector<HTMLElement & { disabled: boolean }>('lightning-button[data-id="save"]')!;
}

describe('c-value-settings for an admin', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    mocked(getValueSettings).mockResolvedValue(settingsResponse());
    mocked(getWhatIfAccounts).mockResolvedValue({ accounts: accounts(), nextAfterId: '' });
  });
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
    jest.useRealTimers();
  });

  it('shows every section with units and help, the preview of the unchanged portfolio, and is accessible', async () => {
    const element = await createPage();
    const sections = [...root(element).querySelectorAll('[data-section]')].map((each) =>
      each.getAttribute('data-section')
    );
    expect(sections).toEqual(['drivers', 'weights', 'tiers', 'margins', 'alerts', 'plays', 'notice', 'positioning']);
    expect(input(element, 'drivers[0].unitCost').value).toBe('150');
    expect(input(element, 'tierPolicy.d1Threshold').value).toBe('100000');
    expect(input(element, 'settings.defaultMarginRate').value).toBe('35');
    expect(root(element).querySelectorAll('lightning-helptext').length).toBeGreaterThan(30);
    expect(getWhatIfAccounts).toHaveBeenCalledWith({ stratum: 'D2', afterId: '', pageSize: 12 });
    expect(preview(element).querySelector('[data-id="preview-moved"]')!.textContent).toContain(
      'Settings_Preview_Moved'
    );
    // 35 000 of margin − 150 × cases: 0–60 cases in D2, 70–110 in D3; nothing moves.
    expect(preview(element).querySelector('[data-cell="D2-D2"]')!.textContent).toBe('7');
    expect(preview(element).querySelector('[data-cell="D3-D3"]')!.textContent).toBe('5');
    expect(saveButton(element).disabled).toBe(true);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('names drivers, margin rates, notice policies and positioning in the user’s words, not by record names', async () => {
    const element = await createPage();
    const driver = root(element).querySelector('[data-field="drivers[0].unitCost"]')!.textContent;
    expect(driver).toContain('c.Driver_Support_Case_High');
    expect(driver).toContain('c.Settings_Unit_Per_Case');
    const titles = (section: string): string[] =>
      [...root(element).querySelectorAll(`[data-section="${section}"] h3`)].map((each) => each.textContent);
    expect(titles('margins')).toContain('c.Settings_Margin_Other_Families');
    expect(titles('notice')).toEqual(['France', 'c.Settings_Notice_Any_Country']);
    expect(titles('positioning')).toContain('c.Portfolio_Country');
    const positioning = root(element).querySelector('[data-section="positioning"]')!.textContent;
    expect(positioning).toContain('Belgium');
    expect(positioning).not.toContain('Country:');
    expect(root(element).querySelector('[data-section="drivers"]')!.textContent).not.toContain('Support Case');
  });

  it('re-scores after a pause in typing: a higher cost of high-priority cases moves accounts toward D4', async () => {
    const element = await createPage();
    type(element, 'drivers[0].unitCost', '1000');
    await settle();
    // Not yet: the what-if waits for the pause.
    expect(preview(element).querySelector('[data-cell="D2-D4"]')!.textContent).toBe('0');
    jest.advanceTimersByTime(100);
    await settle();
    const cell = (key: string): number => Number(preview(element).querySelector(`[data-cell="${key}"]`)!.textContent);
    // 35 000 of margin − 150 × cases today: 0–60 cases D2, 70–110 D3. At 1 000 a case: 0–10 cases stay D2, 20–30 go
    // to D3, 40–60 from D2 and 70–110 from D3 go to D4.
    expect(cell('D2-D2')).toBe(2);
    expect(cell('D2-D3')).toBe(2);
    expect(cell('D2-D4')).toBe(3);
    expect(cell('D3-D4')).toBe(5);
    expect(cell('D3-D3')).toBe(0);
    expect(preview(element).querySelectorAll('[data-id="top-movers"] tbody tr').length).toBe(11);
    expect(saveButton(element).disabled).toBe(false);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('shows a negative weight’s problem next to its field, in the words of the label, and disables Save', async () => {
    const element = await createPage();
    type(element, 'scoreWeights.potential', '-5');
    await settle();
    const error = root(element).querySelector('[data-error="scoreWeights.potential"]');
    expect(error?.textContent.trim()).not.toBe('');
    expect(input(element, 'scoreWeights.potential').getAttribute('aria-invalid')).toBe('true');
    expect(root(element).querySelector('[data-id="problem-count"]')).not.toBeNull();
    expect(saveButton(element).disabled).toBe(true);
    jest.advanceTimersByTime(100);
    await settle();
    expect(preview(element).querySelector('[data-id="preview-waiting"]')).not.toBeNull();
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('saves the edited configuration and shows the deployment', async () => {
    mocked(saveValueSettings).mockResolvedValue({
      accepted: true,
      problems: [],
      changes: [
        {
          path: 'drivers[0].unitCost',
          record: 'Value_Driver.Support_Case_High',
          field: 'Unit_Cost__c',
          before: '150',
          after: '900'
        }
      ],
      deployment: {
        deploymentId: '0Af1',
        status: 'pending',
        message: '',
        savedBy: 'Nadia Moreau',
        savedAt: '2026-12-07T19:00:00Z',
        changeCount: 1
      }
    });
    const element = await createPage();
    type(element, 'drivers[0].unitCost', '900');
    await settle();
    saveButton(element).click();
    await settle();
    const call = (mocked(saveValueSettings).mock.calls as [{ configJson: string }][])[0][0];
    const sent = JSON.parse(call.configJson) as {
      drivers: { unitCost: number }[];
    };
    expect(sent.drivers[0].unitCost).toBe(900);
    expect(root(element).querySelector('[data-id="deployment-status"]')!.textContent).toContain(
      'Settings_Status_Pending'
    );
  });

  it('says the preview needs a first scoring run when no account is scored', async () => {
    mocked(getValueSettings).mockResolvedValue(settingsResponse([{ stratum: 'D1', accounts: 0 }]));
    const element = await createPage();
    expect(getWhatIfAccounts).not.toHaveBeenCalled();
    expect(preview(element).querySelector('[data-id="preview-empty"]')).not.toBeNull();
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('shows the error panel with a retry when the settings cannot be loaded', async () => {
    mocked(getValueSettings).mockRejectedValue({ status: 500, body: { message: 'Boom' } });
    const element = await createPage();
    const panel = root(element).querySelector('c-error-panel');
    expect(panel).not.toBeNull();
    mocked(getValueSettings).mockResolvedValue(settingsResponse());
    panel!.dispatchEvent(new CustomEvent('retry'));
    await settle();
    expect(root(element).querySelector('[data-section="drivers"]')).not.toBeNull();
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });
});

describe('c-value-settings above 10 000 accounts', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('reads only its share of each stratum, in stored random-key order, not its first accounts in Id order', async () => {
    // 20 000 accounts in D2; the first 5 000 in Id order carry 100 high-priority cases each (D3 with the configuration
    // in force), the others none (D2). A sample of the first 10 000 by Id would put 10 000 in D3; a random one, 5 000.
    // The server (ValueSettingsController / workbench) pages the stratum by Sample_Key__c then Id.
    const stratum = Array.from({ length: 20000 }, (_, i) => ({
      accountId: `001B${String(i).padStart(6, '0')}`,
      name: `Account ${i}`,
      stratum: 'D2',
      factsJson: JSON.stringify({
        accountId: `001B${i}`,
        revenueCurrent: 100000,
        revenuePrevious: 100000,
        driverQuantities: { Support_Case_High: i < 5000 ? 100 : 0 }
      })
    }));
    let state = 7;
    const sampleKey = (): number => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const keys = new Map(stratum.map((each) => [each.accountId, sampleKey()]));
    stratum.sort((a, b) => keys.get(a.accountId)! - keys.get(b.accountId)!);
    mocked(getValueSettings).mockResolvedValue(settingsResponse([{ stratum: 'D2', accounts: 20000 }]));
    mocked(getWhatIfAccounts).mockImplementation(({ afterId, pageSize }: { afterId: string; pageSize: number }) => {
      const start = afterId === '' ? 0 : stratum.findIndex((each) => each.accountId === afterId) + 1;
      const rows = stratum.slice(start, start + pageSize);
      return Promise.resolve({
        accounts: rows,
        nextAfterId: rows.length < pageSize ? '' : rows[rows.length - 1].accountId
      });
    });
    const element = createElement('c-value-settings', { is: ValueSettings });
    document.body.appendChild(element);
    await settle();
    // While the tier is read page by page, the preview says how far it is.
    expect(preview(element).querySelector('[data-id="preview-progress"]')!.textContent).toBe(
      'c.Settings_Preview_Reading'
    );
    for (let i = 0; i < 40; i++) await settle();
    expect(preview(element).querySelector('[data-id="preview-progress"]')).toBeNull();

    const calls = mocked(getWhatIfAccounts).mock.calls.map(([request]) => request as { pageSize: number });
    // The sample of 10 000 is the stratum's first 10 000 by key: 10 pages, not the whole stratum.
    expect(calls).toHaveLength(10);
    expect(calls.reduce((sum, request) => sum + request.pageSize, 0)).toBe(10000);
    expect(calls.every((request) => request.pageSize <= 1000)).toBe(true);
    expect(preview(element).querySelector('[data-id="preview-basis"]')!.textContent).toContain(
      'Settings_Preview_Sampled'
    );
    const inD3 = Number(preview(element).querySelector('[data-cell="D3-D3"]')!.textContent.replace(/\D/g, ''));
    expect(inD3).toBeGreaterThan(4700);
    expect(inD3).toBeLessThan(5300);
  });
});
