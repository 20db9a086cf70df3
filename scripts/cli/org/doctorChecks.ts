/**
 * The checks of `cvp doctor`, one function per thing the product needs from the org (the configuration's in
 * doctorConfiguration.ts). Each returns the problems it found, every one with the fix; an API error that is not about
 * the org's state (session, network) stops the doctor.
 */
import type { OrgClient } from './orgClient';
import { apiErrorCode, apiErrorMessage } from './orgErrors';
import { projectApiVersion, projectFields } from './projectMetadata';
import { queryAll } from './restQuery';

export interface Problem {
  check: string;
  problem: string;
  fix: string;
}

export interface DoctorContext {
  client: OrgClient;
  targetOrg: string;
  today: Date;
  /** Describes already made, by object (undefined: the object is not there or not visible). */
  describes: Map<string, DescribeResult | undefined>;
}

interface DescribeField {
  name: string;
  picklistValues?: { value: string; active: boolean }[];
}

export interface DescribeResult {
  name: string;
  fields: DescribeField[];
}

export const SCORING_JOB_NAME = 'Customer value scoring (nightly)';
export const PERMISSION_SETS = ['Customer_Value_Admin', 'Customer_Value_Manager', 'Customer_Value_Sales'];

/** Errors that are not about one check: the session, the limits, the way to the org. */
const STOPPING = /^(INVALID_SESSION_ID|REQUEST_LIMIT_EXCEEDED|SERVER_UNAVAILABLE|ERROR_HTTP_5\d\d|NETWORK|E[A-Z]+)$/;

/** True for an error that stops the doctor (a dead session, a limit, an unreachable org), not a check's answer. */
export function stopsTheDoctor(error: unknown): boolean {
  const code = apiErrorCode(error);
  return code === '' || STOPPING.test(code) || apiErrorMessage(error).startsWith('Unable to refresh session');
}

function isAbsent(error: unknown): boolean {
  return ['NOT_FOUND', 'INVALID_TYPE', 'ERROR_HTTP_404'].includes(apiErrorCode(error));
}

export async function describe(context: DoctorContext, object: string): Promise<DescribeResult | undefined> {
  if (!context.describes.has(object)) {
    try {
      context.describes.set(object, await context.client.rest<DescribeResult>('GET', `/sobjects/${object}/describe`));
    } catch (error) {
      if (!isAbsent(error)) throw error;
      context.describes.set(object, undefined);
    }
  }
  return context.describes.get(object);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function checkApiVersion(context: DoctorContext): Promise<Problem[]> {
  const needed = projectApiVersion();
  const has = context.client.session.apiVersion;
  return Promise.resolve(
    Number(has) >= Number(needed)
      ? []
      : [
          {
            check: 'API version',
            problem: `the org's newest API version is ${has}, the project deploys with ${needed}`,
            fix: `use an org on a current release, or lower sourceApiVersion in sfdx-project.json to ${has}`
          }
        ]
  );
}

export async function checkObjectsAndFields(context: DoctorContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  const deploy = `sf project deploy start --source-dir force-app --target-org ${context.targetOrg}`;
  for (const [object, fields] of projectFields()) {
    const described = await describe(context, object);
    if (described === undefined) {
      problems.push({ check: 'objects', problem: `${object} is not deployed (or not visible to you)`, fix: deploy });
      continue;
    }
    const present = new Set(described.fields.map((f) => f.name));
    const missing = fields.filter((f) => !present.has(f));
    if (missing.length > 0) {
      problems.push({
        check: 'fields',
        problem: `${object}: ${missing.join(', ')} not deployed (or not visible to you)`,
        fix: `${deploy}, then sf org assign permset --name Customer_Value_Admin --target-org ${context.targetOrg}`
      });
    }
  }
  return problems;
}

export async function checkPermissionSets(context: DoctorContext): Promise<Problem[]> {
  const rows = await queryAll<{ PermissionSet: { Name: string } }>(
    context.client,
    `SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE Assignee.Username = ${quote(context.client.session.username)}`
  );
  const assigned = new Set(rows.map((r) => r.PermissionSet.Name));
  return PERMISSION_SETS.some((name) => assigned.has(name))
    ? []
    : [
        {
          check: 'permission sets',
          problem: `${context.client.session.username} has none of ${PERMISSION_SETS.join(', ')}`,
          fix: `sf org assign permset --name Customer_Value_Admin --target-org ${context.targetOrg}`
        }
      ];
}

export async function checkComplaintCaseType(context: DoctorContext): Promise<Problem[]> {
  const cases = await describe(context, 'Case');
  const type = cases?.fields.find((f) => f.name === 'Type');
  const complaint = type?.picklistValues?.find((v) => v.value === 'Complaint');
  return complaint?.active === true
    ? []
    : [
        {
          check: 'Case type',
          problem: `the Case Type picklist has ${complaint === undefined ? 'no' : 'an inactive'} Complaint value (the complaint cost driver and count read it)`,
          fix: 'Setup → Object Manager → Case → Fields → Type → New: Complaint'
        }
      ];
}

export async function checkReductionOrders(context: DoctorContext): Promise<Problem[]> {
  const order = await describe(context, 'Order');
  if (order === undefined) {
    return [
      {
        check: 'Orders',
        problem: 'Orders are not enabled (revenue from orders, credit notes)',
        fix: 'Setup → Order Settings → Enable Orders (or set Value_Setting Revenue_Source__c to opportunity)'
      }
    ];
  }
  return order.fields.some((f) => f.name === 'IsReductionOrder')
    ? []
    : [
        {
          check: 'reduction orders',
          problem: 'reduction orders are not enabled: the Credit_Note value driver reads them',
          fix: 'Setup → Order Settings → Enable Reduction Orders (or deactivate the Credit_Note value driver)'
        }
      ];
}

export async function checkScoringJob(context: DoctorContext): Promise<Problem[]> {
  const problems: Problem[] = [];
  const jobs = await queryAll<{ State: string; NextFireTime: string | null }>(
    context.client,
    `SELECT State, NextFireTime, PreviousFireTime FROM CronTrigger WHERE CronJobDetail.Name = ${quote(SCORING_JOB_NAME)}`
  );
  const schedule = `sf apex run --file scripts/apex/scheduleNightly.apex --target-org <scoring integration user>`;
  if (jobs.length === 0) {
    problems.push({ check: 'scoring job', problem: `"${SCORING_JOB_NAME}" is not scheduled`, fix: schedule });
  } else if (!['WAITING', 'ACQUIRED', 'EXECUTING'].includes(jobs[0].State)) {
    problems.push({
      check: 'scoring job',
      problem: `"${SCORING_JOB_NAME}" is ${jobs[0].State}`,
      fix: `Setup → Scheduled Jobs: delete it, then ${schedule}`
    });
  }
  const runs = await queryAll<{ Status__c: string; Started_At__c: string | null; Error_Message__c: string | null }>(
    context.client,
    'SELECT Status__c, Started_At__c, Error_Message__c FROM Portfolio_Snapshot__c ORDER BY Started_At__c DESC NULLS LAST LIMIT 1'
  );
  const scoreNow = `sf apex run --file scripts/apex/scoreNow.apex --target-org <scoring integration user>`;
  const last = runs.at(0);
  if (last === undefined) {
    problems.push({ check: 'last scoring run', problem: 'no scoring run yet', fix: scoreNow });
  } else if (last.Status__c === 'failed') {
    problems.push({
      check: 'last scoring run',
      problem: `the last run (${last.Started_At__c ?? '?'}) failed: ${last.Error_Message__c ?? 'no message'}`,
      fix: `fix what the message names, then ${scoreNow}`
    });
  } else if (last.Started_At__c !== null && context.today.getTime() - Date.parse(last.Started_At__c) > 2 * 86_400_000) {
    problems.push({
      check: 'last scoring run',
      problem: `the last run started ${last.Started_At__c.slice(0, 10)}, more than two days ago`,
      fix: `check the scheduled job (Setup → Scheduled Jobs), or ${scoreNow}`
    });
  }
  return problems;
}
