/**
 * The one error path of the UI: every component turns whatever a wire, an Apex call or a UI API call rejected with
 * into a list of human-readable messages here, and shows them through one error panel or toast.
 */

/** Shape of the errors Lightning Data Service and Apex calls reject with (`body` varies by source). */
export interface FetchError {
  body?: unknown;
  message?: unknown;
  statusText?: unknown;
}

interface MessageHolder {
  message?: unknown;
}

interface UiApiOutputError {
  pageErrors?: MessageHolder[];
  fieldErrors?: Record<string, MessageHolder[]>;
}

function messageOf(holder: unknown): string | undefined {
  if (holder !== null && typeof holder === 'object' && 'message' in holder) {
    const { message } = holder as MessageHolder;
    if (typeof message === 'string' && message.length > 0) return message;
  }
  return undefined;
}

/** Messages of one error's `body`: an array of UI API errors, a single Apex error, or page and field errors. */
function messagesOfBody(body: unknown): string[] {
  if (Array.isArray(body)) {
    return body.map(messageOf).filter((message): message is string => message !== undefined);
  }
  if (body === null || typeof body !== 'object') return [];
  const collected: string[] = [];
  const output = (body as { output?: UiApiOutputError }).output;
  for (const pageError of output?.pageErrors ?? []) {
    const message = messageOf(pageError);
    if (message) collected.push(message);
  }
  for (const fieldErrors of Object.values(output?.fieldErrors ?? {})) {
    for (const fieldError of fieldErrors) {
      const message = messageOf(fieldError);
      if (message) collected.push(message);
    }
  }
  const topLevel = messageOf(body);
  if (topLevel && !collected.includes(topLevel)) collected.unshift(topLevel);
  return collected;
}

/**
 * Reduces one or more errors (from `@wire`, imperative Apex, UI API or plain JavaScript) to a list of messages,
 * never empty strings, in the order they came. Apex errors are read from `body.message`, never `message` alone.
 */
export function reduceErrors(errors: unknown): string[] {
  const list: unknown[] = Array.isArray(errors) ? errors : [errors];
  const messages: string[] = [];
  for (const error of list) {
    if (error === null || error === undefined) continue;
    if (typeof error === 'string') {
      if (error.length > 0) messages.push(error);
      continue;
    }
    if (typeof error !== 'object') continue;
    const { body, statusText } = error as FetchError;
    const fromBody = messagesOfBody(body);
    if (fromBody.length > 0) {
      messages.push(...fromBody);
      continue;
    }
    const own = messageOf(error);
    if (own) messages.push(own);
    else if (typeof statusText === 'string' && statusText.length > 0) messages.push(statusText);
  }
  return messages;
}
