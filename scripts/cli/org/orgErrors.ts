/**
 * One error type for everything that can go wrong talking to an org, with the fix the user can apply. The CLI prints
 * `cvp: error: <message>` then `fix: <fix>` and exits 1.
 */
export class OrgError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fix?: string
  ) {
    super(message);
    this.name = 'OrgError';
  }
}

/** What the REST, Bulk and SOAP APIs put in an error: jsforce's HttpApiError carries `errorCode`; ours carry `status`. */
interface ApiErrorLike {
  errorCode?: unknown;
  name?: unknown;
  message?: unknown;
  status?: unknown;
}

/** The Salesforce error code of an API error (`INVALID_FIELD`, `ERROR_HTTP_503`, `sf:INVALID_SESSION_ID` → without prefix). */
export function apiErrorCode(error: unknown): string {
  if (error instanceof OrgError) return error.code;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ApiErrorLike;
  const raw =
    typeof e.errorCode === 'string' ? e.errorCode : typeof e.status === 'number' ? `ERROR_HTTP_${e.status}` : '';
  return raw.replace(/^[a-z]+:/, '');
}

export function apiErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

/** An error of the org or of the way to it (an API answer, a refused session, the network), not of our own code. */
export function isOrgFailure(error: unknown): boolean {
  if (error instanceof OrgError) return true;
  if (apiErrorCode(error) !== '') return true;
  const message = apiErrorMessage(error);
  return /^Unable to refresh session|^fetch failed|ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.test(message);
}

/** An API error as the user reads it: what failed, the org's own words, and the fix. */
export function describeOrgFailure(error: unknown, targetOrg: string, doing: string): OrgError {
  if (error instanceof OrgError) return error;
  // jsforce wraps a failed refresh as a plain Error("Unable to refresh session due to: …")
  const code = apiErrorMessage(error).startsWith('Unable to refresh session')
    ? 'INVALID_SESSION_ID'
    : apiErrorCode(error);
  const said = apiErrorMessage(error);
  switch (code) {
    case 'INVALID_SESSION_ID':
      return new OrgError(
        `${doing}: the session of ${targetOrg} has expired and could not be refreshed (${said})`,
        code,
        `sf org login web --alias ${targetOrg}`
      );
    case 'INVALID_FIELD':
    case 'INVALID_TYPE':
      return new OrgError(
        `${doing}: ${said}`,
        code,
        `deploy the project (sf project deploy start --source-dir force-app --target-org ${targetOrg}) and assign ` +
          `the Customer_Value_Admin permission set; for Order fields enable Orders (Setup → Order Settings)`
      );
    case 'REQUEST_LIMIT_EXCEEDED':
      return new OrgError(
        `${doing}: the org refuses more API requests (${said})`,
        code,
        `wait for the limit to reset (24-hour rolling window; sf org list limits --target-org ${targetOrg} shows it)`
      );
    default:
      if (code === '' || /^E[A-Z]+$/.test(code)) {
        return new OrgError(`${doing}: cannot reach the org (${said})`, 'NETWORK', 'check the network, then try again');
      }
      if (/^ERROR_HTTP_5\d\d$|^SERVER_UNAVAILABLE$/.test(code)) {
        return new OrgError(
          `${doing}: Salesforce did not answer (${code})`,
          code,
          'try again later (status.salesforce.com)'
        );
      }
      return new OrgError(`${doing}: ${said}${code === '' ? '' : ` (${code})`}`, code || 'UNKNOWN');
  }
}
