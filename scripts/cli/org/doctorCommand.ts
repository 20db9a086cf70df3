/** `cvp doctor`: checks the org the product needs, one line per problem with its fix; exit 1 when there is one. */
import type { CliIo } from '../cliSupport';
import { parseOptions, stringOption } from '../cliSupport';
import type { DoctorContext, Problem } from './doctorChecks';
import {
  checkApiVersion,
  checkComplaintCaseType,
  checkObjectsAndFields,
  checkPermissionSets,
  checkReductionOrders,
  checkScoringJob,
  stopsTheDoctor
} from './doctorChecks';
import { checkConfiguration } from './doctorConfiguration';
import type { OrgDeps } from './orgDeps';
import { connect, targetOrgOf } from './orgDeps';
import { apiErrorCode, apiErrorMessage } from './orgErrors';

export const DOCTOR_CHECKS: { name: string; run: (context: DoctorContext) => Promise<Problem[]> }[] = [
  { name: 'API version', run: checkApiVersion },
  { name: 'objects and fields', run: checkObjectsAndFields },
  { name: 'permission sets', run: checkPermissionSets },
  { name: 'Case Complaint type', run: checkComplaintCaseType },
  { name: 'reduction orders', run: checkReductionOrders },
  { name: 'scoring job and last run', run: checkScoringJob },
  { name: 'configuration (validateConfig)', run: checkConfiguration }
];

export const DOCTOR_USAGE = 'cvp doctor [--target-org ALIAS] [--json]';

/**
 * A check the org refuses to answer (no access to CronTrigger, a query this user may not run) is a problem of its own;
 * the doctor goes on with the next. A dead session, a limit or an unreachable org stops it.
 */
async function runCheck(check: (typeof DOCTOR_CHECKS)[number], context: DoctorContext): Promise<Problem[]> {
  try {
    return await check.run(context);
  } catch (error) {
    if (stopsTheDoctor(error)) throw error;
    const code = apiErrorCode(error);
    return [
      {
        check: check.name,
        problem: `could not be checked: ${apiErrorMessage(error)} (${code})`,
        fix: 'run cvp doctor as a user with the Customer_Value_Admin permission set and the View Setup permission'
      }
    ];
  }
}

export async function doctor(args: string[], io: CliIo, deps: OrgDeps): Promise<number> {
  const options = parseOptions(args, { 'target-org': { type: 'string' }, json: { type: 'boolean' } }, 'doctor');
  const targetOrg = await targetOrgOf(stringOption(options, 'target-org'), deps, 'doctor');
  const client = await connect(targetOrg, deps);
  const context: DoctorContext = { client, targetOrg, today: deps.today(), describes: new Map() };
  const results: { check: string; problems: Problem[] }[] = [];
  for (const check of DOCTOR_CHECKS) results.push({ check: check.name, problems: await runCheck(check, context) });
  const problems = results.flatMap((r) => r.problems);
  if (options.json === true) {
    io.out(
      JSON.stringify(
        {
          targetOrg,
          username: client.session.username,
          apiVersion: client.session.apiVersion,
          ok: problems.length === 0,
          problems
        },
        null,
        2
      ) + '\n'
    );
  } else {
    io.out(`cvp doctor: ${targetOrg} (${client.session.username}, API ${client.session.apiVersion})\n`);
    for (const result of results) {
      if (result.problems.length === 0) io.out(`ok       ${result.check}\n`);
      for (const p of result.problems) io.out(`PROBLEM  ${p.check}: ${p.problem} — fix: ${p.fix}\n`);
    }
    io.out(problems.length === 0 ? 'No problem found.\n' : `${problems.length} problem(s).\n`);
  }
  return problems.length === 0 ? 0 : 1;
}
