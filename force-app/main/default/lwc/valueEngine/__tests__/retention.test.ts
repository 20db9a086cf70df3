import {
  checkConcession,
  defaultConfig,
  isWinBackWorthIt,
  nextSatisfactionSurvey,
  playPolicyFor,
  playTasks,
  retentionPlanFor
} from '../valueEngine';

const config = defaultConfig();

describe('retention', () => {
  it('scales the play to the tier, with its tasks and follow-up date', () => {
    expect(retentionPlanFor('D1', '2025-06-30', config)).toEqual({
      tier: 'D1',
      play: 'director_visit',
      tasks: ['cvp_task_prepare_account_review', 'cvp_task_director_visit', 'cvp_task_follow_up_call'],
      followUpDate: '2025-07-07'
    });
    expect(retentionPlanFor('D2', '2025-06-30', config).followUpDate).toBe('2025-07-14');
    expect(retentionPlanFor('D3', '2025-06-30', config).play).toBe('care_call');
    expect(retentionPlanFor('D4', '2025-12-15', config).followUpDate).toBe('2026-01-14');
  });

  it('treats an unknown tier as D4 and an invalid date as no follow-up date', () => {
    const plan = retentionPlanFor('Z', 'tomorrow', config);
    expect(plan.play).toBe('letter');
    expect(plan.followUpDate).toBe('');
    expect(playTasks('letter')).toEqual(['cvp_task_send_retention_letter']);
    expect(playTasks('care_call')).toHaveLength(2);
    expect(playPolicyFor('D2', []).play).toBe('letter');
  });

  it('caps concessions by tier and by margin and asks for approval above the cap', () => {
    // D1: min(15 % × 100 000, 50 % × 20 000) = min(15 000, 10 000) = 10 000
    const check = checkConcession('D1', 100000, 20000, 12000, config);
    expect(check).toEqual({ cap: 10000, revenueCap: 15000, marginCap: 10000, requested: 12000, approvalNeeded: true });
    // D2: min(10 % × 100 000, 40 % × 50 000) = 10 000
    expect(checkConcession('D2', 100000, 50000, 10000, config).approvalNeeded).toBe(false);
    // D4: no concession without approval
    expect(checkConcession('D4', 100000, 50000, 1, config).approvalNeeded).toBe(true);
    // a negative margin leaves no room
    expect(checkConcession('D1', 100000, -5, 0, config).cap).toBe(0);
  });
});

describe('win-back decision', () => {
  it('is worth it only when the account is to protect, develop or retain', () => {
    expect(['protect', 'develop', 'retain'].map(isWinBackWorthIt)).toEqual([true, true, true]);
    expect(['standardize', 'transform', 'separate', ''].map(isWinBackWorthIt)).toEqual([false, false, false, false]);
  });
});

describe('satisfaction surveys', () => {
  it('asks at 4 months after the start, then 12 months after the last survey sent', () => {
    expect(nextSatisfactionSurvey('2026-01-15', '', '2026-05-15')).toEqual({
      due: true,
      surveyType: 'onboarding',
      dueDate: '2026-05-15'
    });
    expect(nextSatisfactionSurvey('2026-01-15', '', '2026-05-14').due).toBe(false);
    expect(nextSatisfactionSurvey('2026-01-15', '2026-05-20', '2027-05-19')).toEqual({
      due: false,
      surveyType: 'annual',
      dueDate: '2027-05-20'
    });
    expect(nextSatisfactionSurvey('', '2026-05-20', '2027-05-20').due).toBe(true);
  });

  it('asks nothing without a start or a previous survey, or with a bad day', () => {
    expect(nextSatisfactionSurvey('', '', '2026-05-15')).toEqual({ due: false, surveyType: '', dueDate: '' });
    expect(nextSatisfactionSurvey('2020-01-01', '', 'soon').due).toBe(false);
  });
});
