/** The command line of `npm start` (scripts/workbench/start.ts). */
import { join } from 'node:path';
import { ROOT } from './paths';

export const DEFAULT_STORE_FOLDER = join(ROOT, '.workbench');

export interface StartOptions {
  port: number;
  accounts: number;
  reset: boolean;
  rebuild: boolean;
  /** The local store's folder (`--store DIR`, for tests; default `.workbench/`). */
  storeFolder: string;
}

const WITH_VALUE = new Set(['--port', '--accounts', '--store']);
const FLAGS = new Set(['--reset', '--rebuild']);

/** The command line of `npm start`; throws a one-line message on a bad option. */
export function parseStartOptions(args: string[], environment: NodeJS.ProcessEnv): StartOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    if (WITH_VALUE.has(args[i])) {
      if (i + 1 >= args.length) throw new Error(`${args[i]} needs a value`);
      values.set(args[i], args[++i]);
    } else if (!FLAGS.has(args[i])) {
      throw new Error(`Unknown option ${args[i]} (use --port N, --accounts N, --reset, --rebuild, --store DIR)`);
    }
  }
  const portText = values.get('--port') ?? environment.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new Error(`--port must be a port number, not "${portText}"`);
  const accountsText = values.get('--accounts') ?? '0';
  const accounts = Number(accountsText);
  if (!/^\d+$/.test(accountsText) || accounts > 1_000_000) {
    throw new Error(`--accounts must be a whole number from 0 to 1000000, not "${accountsText}"`);
  }
  return {
    port,
    accounts,
    reset: args.includes('--reset'),
    rebuild: args.includes('--rebuild'),
    storeFolder: values.get('--store') ?? DEFAULT_STORE_FOLDER
  };
}
