/**
 * One worker of the differential proof (forked by proof.ts with an IPC channel): loads the engine and the committed
 * generated Apex once, then fuzzes the functions the parent hands out one at a time, so the parent can keep every
 * core busy whatever each function costs.
 *   parent → worker: { name: string } | { done: true }
 *   worker → parent: { ready: true } | { figures: FunctionFigures }
 */
import * as path from 'node:path';
import { loadEngine, runEngineDifferential } from './evaluator/engineDifferential';
import { defaultPaths } from './generate';

interface Request {
  name?: string;
  done?: boolean;
  runs: number;
}

const root = path.resolve(__dirname, '..', '..');
const paths = defaultPaths(root);
const engine = loadEngine(root, paths.engineDir, { generatedDir: paths.outDir });

function send(message: unknown): void {
  if (process.send) {
    process.send(message);
  }
}

process.on('message', (request: Request) => {
  if (request.done || request.name === undefined) {
    process.disconnect();
    return;
  }
  const [figures] = runEngineDifferential(engine, request.runs, new Set([request.name]));
  send({ figures });
});
send({ ready: true });
