/** Starts `npm start` (the workbench) as a child process on a free port with its own store, for tests and the bench. */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface RunningWorkbench {
  url: string;
  /** Milliseconds from spawn to `Workbench ready`. */
  readyMs: number;
  output: () => string;
  stop: () => Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');

export function startWorkbench(args: string[], timeoutMs = 400_000): Promise<RunningWorkbench> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'workbench', 'start.ts'), '--port', '0', ...args],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let output = '';
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => {
        resolve();
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The workbench did not get ready within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /Workbench ready: (http:\/\/\S+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve({ url: match[1], readyMs: performance.now() - started, output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The workbench exited (code ${String(code)}) before it was ready:\n${output}`));
    });
  });
}
