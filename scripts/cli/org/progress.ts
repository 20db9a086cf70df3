/** A progress bar on a terminal (cli-progress, on stderr); silent when stderr is not a terminal or with --json. */
import { Presets, SingleBar } from 'cli-progress';
import type { BulkQueryProgress } from './bulkQuery';

export interface ProgressBar extends BulkQueryProgress {
  stop: () => void;
}

export function terminalProgress(label: string, enabled: boolean): ProgressBar {
  if (!enabled) return { stop: () => undefined };
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {duration}s`, stream: process.stderr },
    Presets.shades_classic
  );
  let started = false;
  return {
    onTotal: (rows) => {
      bar.start(rows, 0);
      started = true;
    },
    onRows: (rows) => {
      if (started) bar.update(rows);
    },
    stop: () => {
      if (started) bar.stop();
    }
  };
}
