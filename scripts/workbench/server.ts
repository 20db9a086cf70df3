/**
 * The workbench's HTTP server on 127.0.0.1: the page for Lightning's URL shapes, the bundle, SLDS, static resources,
 * the Apex endpoint (`POST /api/apex/<Controller>/<method>`, the API contract through {@link callApex}) and the small
 * record API the shell and `lightning/uiRecordApi` read. The session (language, user) lives in two cookies, set from
 * `?lang=` and `?user=`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Language } from '../local/customLabels';
import { ApexError, callApex } from './apexHandlers';
import type { Labels } from './labels';
import { renderPage } from './page';
import type { AccountRow, WorkbenchPortfolio } from './portfolio';
import type { WorkbenchUser } from './users';
import { DEFAULT_USER_KEY } from './users';

export interface ServerOptions {
  root: string;
  distFolder: string;
  clientFolder: string;
  portfolio: WorkbenchPortfolio;
  users: WorkbenchUser[];
  labels: Labels;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8'
};

const MAX_BODY_BYTES = 1_000_000;

function cookiesOf(request: IncomingMessage): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name !== '') cookies[name] = decodeURIComponent(value.join('='));
  }
  return cookies;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(text);
}

/** Serves a file below `folder`; false when the path leaves the folder or names no file. */
function sendFile(
  response: ServerResponse,
  folder: string,
  relativePath: string,
  cache: string,
  type?: string
): boolean {
  const path = normalize(join(folder, relativePath));
  if (!path.startsWith(folder + sep) || !existsSync(path) || !statSync(path).isFile()) return false;
  response.writeHead(200, {
    'content-type': type ?? CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': cache
  });
  createReadStream(path).pipe(response);
  return true;
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new ApexError(413, 'Request too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ApexError(400, 'The request body must be a JSON object of parameters');
  }
  return parsed as Record<string, unknown>;
}

/** UI API record shape of an account row, restricted to the requested fields when any are named. */
export function uiApiRecord(row: AccountRow, fields: string[]): unknown {
  const names = fields.length === 0 ? Object.keys(row) : fields.map((field) => field.split('.').slice(1).join('.'));
  const out: Record<string, { value: unknown; displayValue: string | null }> = {};
  for (const name of names) {
    const value = row[name] ?? null;
    out[name] = { value, displayValue: null };
  }
  return { id: row.Id, apiName: 'Account', fields: out };
}

const metadataParser = new XMLParser();

/** `@salesforce/resourceUrl/<name>` → a file of staticresources (`<name>.<ext>` or a file inside folder `<name>`). */
function sendStaticResource(response: ServerResponse, folder: string, path: string): boolean {
  const [name, ...inner] = path.split('/');
  if (!/^[A-Za-z0-9_]+$/.test(name) || !existsSync(folder)) return false;
  if (inner.length > 0) return sendFile(response, join(folder, name), inner.join('/'), 'no-cache');
  const metaFile = join(folder, `${name}.resource-meta.xml`);
  if (!existsSync(metaFile)) return false;
  const meta = metadataParser.parse(readFileSync(metaFile, 'utf8')) as { StaticResource?: { contentType?: string } };
  const file = ['.js', '.css', '.json', '.svg', '.png', '.resource']
    .map((ext) => `${name}${ext}`)
    .find((each) => existsSync(join(folder, each)));
  return file !== undefined && sendFile(response, folder, file, 'no-cache', meta.StaticResource?.contentType);
}

export function createWorkbenchServer(options: ServerOptions): Server {
  const { portfolio, users, labels } = options;
  const sldsFolder = join(options.root, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
  const staticResources = join(options.root, 'force-app', 'main', 'default', 'staticresources');

  function sessionOf(
    request: IncomingMessage,
    url: URL
  ): { language: Language; user: WorkbenchUser; cookies: string[] } {
    const cookies = cookiesOf(request);
    const set: string[] = [];
    const requestedLanguage = url.searchParams.get('lang');
    let language: Language = cookies.wb_lang === 'fr' ? 'fr' : 'en';
    if (requestedLanguage === 'fr' || requestedLanguage === 'en') {
      language = requestedLanguage;
      set.push(`wb_lang=${language}; Path=/; SameSite=Lax`);
    }
    const requestedUser = url.searchParams.get('user');
    let user = users.find((each) => each.key === (cookies.wb_user ?? DEFAULT_USER_KEY)) ?? users[0];
    const chosen = users.find((each) => each.key === requestedUser);
    if (chosen !== undefined) {
      user = chosen;
      set.push(`wb_user=${chosen.key}; Path=/; SameSite=Lax`);
    }
    return { language, user, cookies: set };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    if (request.method === 'POST' && path.startsWith('/api/apex/')) {
      const [controller, method] = path.slice('/api/apex/'.length).split('/');
      const { user, language } = sessionOf(request, url);
      try {
        const params = await readBody(request);
        sendJson(
          response,
          200,
          callApex(controller, method, params, {
            user,
            portfolio,
            labels: labels.all(language),
            labelsIn: (other) => labels.all(other === 'fr' ? 'fr' : 'en'),
            language
          }) ?? null
        );
      } catch (error) {
        if (error instanceof ApexError) {
          sendJson(response, error.status, { message: error.message, exceptionType: error.exceptionType });
        } else if (error instanceof SyntaxError) {
          sendJson(response, 400, { message: `Invalid JSON: ${error.message}`, exceptionType: 'System.JSONException' });
        } else {
          sendJson(response, 500, { message: (error as Error).message, exceptionType: 'System.UnexpectedException' });
        }
      }
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, { message: `${request.method ?? ''} not allowed on ${path}` });
      return;
    }
    if (path === '/') {
      response.writeHead(302, { location: '/lightning/o/Account/list' });
      response.end();
      return;
    }
    if (path === '/lightning' || path.startsWith('/lightning/')) {
      const session = sessionOf(request, url);
      const headers: Record<string, string | string[]> = {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store'
      };
      if (session.cookies.length > 0) headers['set-cookie'] = session.cookies;
      response.writeHead(200, headers);
      response.end(renderPage({ language: session.language, user: session.user, users, labels }));
      return;
    }
    if (path === '/api/accounts') {
      const offset = Math.max(0, Number(url.searchParams.get('offset') ?? 0) || 0);
      const limit = Math.min(200, Math.max(1, Number(url.searchParams.get('limit') ?? 50) || 50));
      sendJson(response, 200, portfolio.list(url.searchParams.get('q') ?? '', offset, limit));
      return;
    }
    const accountMatch = /^\/api\/(accounts|records)\/([^/]+)$/.exec(path);
    if (accountMatch !== null) {
      const row = portfolio.row(accountMatch[2]);
      if (row === undefined)
        sendJson(response, 404, { message: `No record with Id ${accountMatch[2]}`, errorCode: 'NOT_FOUND' });
      else if (accountMatch[1] === 'accounts') sendJson(response, 200, row);
      else
        sendJson(
          response,
          200,
          uiApiRecord(
            row,
            (url.searchParams.get('fields') ?? '').split(',').filter((f) => f !== '')
          )
        );
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    if (path === '/api/health') {
      sendJson(response, 200, { accounts: portfolio.size });
      return;
    }
    if (
      path.startsWith('/assets/') &&
      sendFile(response, options.distFolder, path.slice('/assets/'.length), 'no-cache')
    )
      return;
    if (path === '/workbench.css' && sendFile(response, options.clientFolder, 'workbench.css', 'no-cache')) return;
    // SLDS assets never change for a pinned version: let the browser keep them.
    if (path.startsWith('/slds/') && sendFile(response, sldsFolder, path.slice('/slds/'.length), 'max-age=86400'))
      return;
    if (path.startsWith('/resource/') && sendStaticResource(response, staticResources, path.slice('/resource/'.length)))
      return;
    sendJson(response, 404, { message: `Not found: ${path}` });
  }

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { message: (error as Error).message });
      else response.end();
    });
  });
}
