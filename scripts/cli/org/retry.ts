/**
 * Retry with exponential back-off for the answers Salesforce documents as temporary: 503 (server unavailable), 502/504,
 * 429, and REQUEST_LIMIT_EXCEEDED (a concurrent-request limit clears within seconds; a daily limit does not, and the
 * last attempt's error says so). Anything else fails at once.
 */
import { apiErrorCode } from './orgErrors';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try; doubles each time. */
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  onRetry?: (attempt: number, delayMs: number, code: string) => void;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 1000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

export function isTransient(error: unknown): boolean {
  const code = apiErrorCode(error);
  return (
    code === 'REQUEST_LIMIT_EXCEEDED' ||
    code === 'SERVER_UNAVAILABLE' ||
    /^ERROR_HTTP_(429|502|503|504)$/.test(code) ||
    /^(ECONNRESET|ETIMEDOUT|EPIPE|UND_ERR_SOCKET)$/.test(code)
  );
}

export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      const delay = policy.baseDelayMs * 2 ** (attempt - 1);
      policy.onRetry?.(attempt, delay, apiErrorCode(error));
      await policy.sleep(delay);
    }
  }
}
