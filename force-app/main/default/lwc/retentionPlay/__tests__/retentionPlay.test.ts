import { createElement } from 'lwc';
import RetentionPlay from 'c/retentionPlay';
import getRetentionPlay from '@salesforce/apex/RetentionPlayController.getRetentionPlay';
import updateRetentionPlay from '@salesforce/apex/RetentionPlayController.updateRetentionPlay';

type Play = CvpApi.RetentionPlayResponse;

const getMock = getRetentionPlay as unknown as jest.Mock;
const updateMock = updateRetentionPlay as unknown as jest.Mock<Promise<Play>, [{ input: CvpApi.RetentionPlayInput }]>;

function playOf(changes: Partial<Play> = {}): Play {
  return {
    accountId: '001000000000006AAA',
    playRunId: '',
    version: '',
    status: 'proposed',
    tier: 'D1',
    play: 'director_visit',
    tasks: ['cvp_task_prepare_account_review', 'cvp_task_director_visit', 'cvp_task_follow_up_call'],
    followUpDate: '2026-12-07',
    language: 'fr',
    scriptSubject: 'Demande de rendez-vous',
    script: 'Appel pour fixer la visite…',
    concessionCap: 10000,
    concessionRequested: 0,
    concessionApprovalNeeded: false,
    concessionApproved: false,
    concessionApprovedBy: '',
    userIsManager: false,
    outcome: '',
    winBack: 'worth_it',
    winBackReasonKey: 'cvp_action_reason_top_tier',
    ...changes
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
}

async function createPlay(play: Play | Error): Promise<HTMLElement> {
  if (play instanceof Error) getMock.mockRejectedValue(play);
  else getMock.mockResolvedValue(play);
  const element = createElement('c-retention-play', { is: RetentionPlay });
  Object.assign(element, { recordId: '001000000000006AAA' });
  document.body.appendChild(element);
  await settle();
  return element;
}

const $ = (element: HTMLElement, selector: string): HTMLElement | null => element.shadowRoot!.querySelector(selector);
const text = (element: HTMLElement, selector: string): string => $(element, selector)?.textContent ?? '';
/** What the card (c-plan-card) shows around the play: the load error, the status of the last save. */
const inCard = (element: HTMLElement, selector: string): HTMLElement | null =>
  $(element, 'c-plan-card')!.shadowRoot!.querySelector(selector);
const statuses = (element: HTMLElement): string[] =>
  Array.from(
    $(element, 'c-plan-card')!.shadowRoot!.querySelectorAll('[data-id="status"] [data-id="status-message"]'),
    (message) => message.textContent
  );

describe('c-retention-play', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('proposes the tier’s play: its tasks, follow-up, script, cap and win-back decision', async () => {
    const element = await createPlay(playOf());
    expect(element.shadowRoot!.querySelectorAll('[data-id="play-tasks"] li')).toHaveLength(3);
    expect(text(element, '[data-id="script"]')).toContain('Appel pour fixer la visite');
    expect(text(element, '[data-id="cap"]')).toBe('c.Play_Concession_Cap');
    expect(text(element, '[data-id="win-back"]')).toContain('c.Play_Win_Back_worth_it');
    expect($(element, '[data-id="above-cap"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says a concession above the cap needs a manager, and starts the play with it', async () => {
    const element = await createPlay(playOf());
    $(element, '[data-id="concession"]')!.dispatchEvent(new CustomEvent('change', { detail: { value: '12000' } }));
    await settle();
    expect(text(element, '[data-id="above-cap"]')).toBe('c.Play_Concession_Above');

    updateMock.mockResolvedValue(
      playOf({
        playRunId: 'a0R1',
        version: '1',
        status: 'in_progress',
        concessionRequested: 12000,
        concessionApprovalNeeded: true
      })
    );
    $(element, '[data-id="start"]')!.click();
    await settle();
    expect(updateMock.mock.calls[0][0].input).toMatchObject({ action: 'start', concession: 12000, language: 'fr' });
    expect(text(element, '[data-id="awaiting"]')).toContain('c.Play_Awaiting_Approval');
    expect($(element, '[data-id="concession-decision"]')).toBeNull();
    expect($(element, '[data-id="record-outcome"]')).toBeNull();
    expect(statuses(element)).toEqual(['c.Play_Started']);
    await expect(element).toBeAccessible();
  });

  it('lets a manager approve the concession, then records the outcome', async () => {
    const running = playOf({
      playRunId: 'a0R1',
      version: '1',
      status: 'in_progress',
      concessionRequested: 12000,
      concessionApprovalNeeded: true,
      userIsManager: true
    });
    const element = await createPlay(running);
    updateMock.mockResolvedValue({
      ...running,
      version: '2',
      concessionApprovalNeeded: false,
      concessionApproved: true,
      concessionApprovedBy: 'Julien Peeters'
    });
    // Declining a concession limits it to the cap: the button says so.
    expect(($(element, '[data-id="reject"]') as HTMLElement & { label: string }).label).toBe('c.Play_Limit_To_Cap');
    $(element, '[data-id="approve"]')!.click();
    await settle();
    expect(updateMock.mock.calls[0][0].input).toMatchObject({
      action: 'approve_concession',
      playRunId: 'a0R1',
      version: '1'
    });
    expect(text(element, '[data-id="concession-result"]')).toBe('c.Play_Concession_Approved');
    expect(statuses(element)).toEqual(['c.Play_Done_approve_concession']);

    $(element, '[data-id="outcome"]')!.dispatchEvent(new CustomEvent('change', { detail: { value: 'retained' } }));
    updateMock.mockResolvedValue({
      ...running,
      status: 'completed',
      outcome: 'retained',
      concessionApprovalNeeded: false
    });
    $(element, '[data-id="record-outcome"]')!.click();
    await settle();
    expect(updateMock.mock.calls[1][0].input).toMatchObject({ action: 'record_outcome', outcome: 'retained' });
    expect(text(element, '[data-id="completed"]')).toBe('c.Play_Completed');
    await expect(element).toBeAccessible();
  });

  it('says when win-back is not worth the effort', async () => {
    const element = await createPlay(playOf({ tier: 'D4', play: 'letter', winBack: 'not_worth_it' }));
    expect(text(element, '[data-id="win-back"]')).toContain('c.Play_Win_Back_not_worth_it');
  });

  it('shows a load failure in one error panel, and a refused save below the play', async () => {
    const failed = await createPlay(new Error('Simulated outage'));
    expect(inCard(failed, 'c-error-panel')).not.toBeNull();
    expect($(failed, '[data-id="play-intro"]')).toBeNull();
    await expect(failed).toBeAccessible();
    document.body.replaceChildren();

    const element = await createPlay(playOf());
    updateMock.mockRejectedValue({ body: { message: 'A play is already running for this account.' } });
    $(element, '[data-id="start"]')!.click();
    await settle();
    expect($(element, '[data-id="save-error"] c-error-panel')).not.toBeNull();
    expect($(element, '[data-id="play-intro"]')).not.toBeNull();
    expect(statuses(element)).toEqual([]);
    await expect(element).toBeAccessible();
  });
});
