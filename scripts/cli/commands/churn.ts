/** `cvp churn train`: L2 logistic regression churn model with cross-validated AUC; prints the parameters to store. */
import { trainChurnModel } from '../../models/logistic';
import type { CliIo } from '../cliSupport';
import {
  DIALECT_OPTIONS,
  DIALECT_USAGE,
  dialectOptions,
  fmt,
  formatTable,
  numberOption,
  parseOptions,
  readCsvFile,
  requiredOption,
  stringOption
} from '../cliSupport';

export const CHURN_TRAIN_USAGE = `cvp churn train --csv FILE --label COL [--id COL] [--folds 5] [--l2 1] [--json]
            ${DIALECT_USAGE}`;

export function churnTrain(args: string[], io: CliIo): number {
  const options = parseOptions(
    args,
    {
      csv: { type: 'string' },
      label: { type: 'string' },
      id: { type: 'string' },
      folds: { type: 'string' },
      l2: { type: 'string' },
      json: { type: 'boolean' },
      ...DIALECT_OPTIONS
    },
    'churn train'
  );
  const table = readCsvFile(requiredOption(options, 'csv', 'churn train'), io, dialectOptions(options));
  const folds = numberOption(
    options,
    'folds',
    5,
    (v) => Number.isInteger(v) && v >= 2 && v <= 100,
    'a whole number 2…100'
  );
  const l2 = numberOption(options, 'l2', 1, (v) => v >= 0, 'a number ≥ 0');
  const report = trainChurnModel(table, {
    label: requiredOption(options, 'label', 'churn train'),
    id: stringOption(options, 'id'),
    folds,
    l2
  });
  if (options.json === true) {
    io.out(JSON.stringify(report, null, 2) + '\n');
    return 0;
  }
  const imputed = Object.keys(report.imputed).map((k) => `${k} ${report.imputed[k]}`);
  io.out(
    [
      `Churn model (L2 logistic regression, λ = ${report.l2}) on ${report.rows} rows, ${report.positives} positive` +
        (report.skippedBlankLabels > 0 ? `; ${report.skippedBlankLabels} rows with a blank label skipped` : ''),
      `Imputed blanks: ${imputed.length === 0 ? 'none' : imputed.join(', ')} (numeric: training mean; categorical: most frequent level)`,
      report.droppedConstantColumns.length > 0
        ? `Constant columns dropped: ${report.droppedConstantColumns.join(', ')}`
        : '',
      `Cross-validated AUC (${report.folds} stratified folds): ${report.cvAuc.mean.toFixed(3)} ± ${report.cvAuc.sd.toFixed(3)}; training AUC ${report.trainingAuc.toFixed(3)}`,
      '',
      formatTable(
        ['feature', 'coefficient (per sd)', 'mean', 'sd'],
        report.model.features.map((f) => [f.name, fmt(f.coefficient), fmt(f.mean), fmt(f.standardDeviation)])
      ),
      `intercept ${fmt(report.model.intercept)}`,
      '',
      `Calibration (out-of-fold, ${report.calibration.bins.length} bins): Brier ${report.calibration.brierScore.toFixed(4)}, Hosmer–Lemeshow χ² ${report.calibration.hosmerLemeshow.toFixed(2)}`,
      formatTable(
        ['bin', 'rows', 'mean predicted', 'observed rate'],
        report.calibration.bins.map((b, i) => [
          String(i + 1),
          String(b.count),
          fmt(b.meanPredicted, 3),
          fmt(b.observedRate, 3)
        ])
      ),
      '',
      'Parameters to store (engine ChurnModel):',
      JSON.stringify(report.model)
    ]
      .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
      .join('\n') + '\n'
  );
  return 0;
}
