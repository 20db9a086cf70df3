/**
 * Every status, path, outcome and play the engine knows has its own words on the separation screens (a Custom Label:
 * under jest a label reads as its name, `c.…`), and the paths come mildest first, as the engine ranks them.
 */
import {
  OUTCOMES,
  PATHS,
  doneText,
  outcomeName,
  pathHelp,
  pathName,
  playName,
  separationTaskName,
  statusName
} from 'c/separationLabels';
import {
  RETENTION_PLAY_VALUES,
  SEPARATION_ACTION_VALUES,
  SEPARATION_OUTCOME_VALUES,
  SEPARATION_PATH_VALUES,
  SEPARATION_STATUS_VALUES
} from 'c/valueEngine';

const isLabel = (text: string): boolean => text.startsWith('c.');

describe('c/separationLabels', () => {
  it('offers the engine paths and outcomes, in the engine order', () => {
    expect(PATHS).toEqual(SEPARATION_PATH_VALUES);
    expect(OUTCOMES).toEqual(SEPARATION_OUTCOME_VALUES);
  });

  it('names every status, path (with its help), outcome and play with a label, never the raw key', () => {
    const unnamed = [
      ...SEPARATION_STATUS_VALUES.filter((status) => !isLabel(statusName(status))),
      ...SEPARATION_PATH_VALUES.filter((path) => !isLabel(pathName(path)) || !isLabel(pathHelp(path))),
      ...SEPARATION_OUTCOME_VALUES.filter((outcome) => !isLabel(outcomeName(outcome))),
      ...RETENTION_PLAY_VALUES.filter((play) => !isLabel(playName(play)))
    ];
    expect(unnamed).toEqual([]);
  });

  it('gives an unknown key back as it is, so nothing shows blank', () => {
    expect(statusName('someday')).toBe('someday');
    expect(pathName('teleport')).toBe('teleport');
    expect(pathHelp('teleport')).toBe('');
    expect(separationTaskName('Unknown_Task')).toBe('Unknown_Task');
    expect(isLabel(separationTaskName('Separation_Task_Referral_Handoff'))).toBe(true);
  });

  it('says what each saved action did, in its own words, and the new status for any other save', () => {
    expect(
      SEPARATION_ACTION_VALUES.filter((action) => doneText(action, 'draft') !== `c.Separation_Done_${action}`)
    ).toEqual([]);
    expect(doneText('save', 'path_chosen')).toBe('c.Separation_Changes_Saved');
    expect(['approve_concession', 'reject_concession', 'record_outcome'].map((action) => doneText(action, ''))).toEqual(
      ['c.Play_Done_approve_concession', 'c.Play_Done_reject_concession', 'c.Play_Done_record_outcome']
    );
    expect(doneText('teleport', 'approved')).toBe('c.Separation_Saved');
  });
});
