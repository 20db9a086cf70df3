/** `cvp clv fit` and `cvp clv predict`: BG/NBD + Gamma-Gamma fitting, holdout check and per-customer predictions. */
import type {
  BgNbdParameters,
  ClvTimeUnit,
  GammaGammaParameters
} from '../../../force-app/main/default/lwc/valueEngine/predictive';
import {
  bgNbdConditionalExpectedTransactions,
  clvPredictCustomer
} from '../../../force-app/main/default/lwc/valueEngine/predictive';
import type { BgNbdFit, CustomerSummary, GammaGammaFit } from '../../models/modelFits';
import { fitBgNbd, fitGammaGamma } from '../../models/modelFits';
import { bgNbdRecords, gammaGammaRecords } from '../../models/parameterRecords';
import { readSummaryTable } from '../../models/summary';
import type { TransactionSummary } from '../../models/transactions';
import { summarizeTransactionChunks } from '../../models/transactions';
import { describeDialect } from '../../models/csvDialect';
import type { CliIo } from '../cliSupport';
import {
  CvpInputError,
  CvpUsageError,
  DIALECT_OPTIONS,
  DIALECT_USAGE,
  csvCell,
  dialectOptions,
  fitExitCode,
  fmt,
  formatTable,
  numberOption,
  parseOptions,
  periodOption,
  readCsvFile,
  readFileChunks,
  readText,
  requiredOption,
  stringOption,
  writeText
} from '../cliSupport';

export const CLV_FIT_USAGE = `cvp clv fit --summary FILE [--period week|day|month] [--json]
cvp clv fit --transactions FILE --customer COL --date COL [--amount COL] --calibration-end YYYY-MM-DD
            [--holdout-end YYYY-MM-DD] --period week|day|month [--summary-out FILE] [--json]
            ${DIALECT_USAGE}`;
export const CLV_PREDICT_USAGE = `cvp clv predict --params FILE --summary FILE --horizon N [--unit week|day|month|year]
            [--discount ANNUAL_RATE] [--margin RATE] [--allow-unconverged] [--json]
            ${DIALECT_USAGE}`;

const UNCONVERGED_HINT = '`cvp clv predict` refuses them unless --allow-unconverged; a shorter --period may help';

interface HoldoutRow {
  frequency: string;
  customers: number;
  predicted: number;
  actual: number;
}

export interface HoldoutCheck {
  length: number;
  totalPredicted: number;
  totalActual: number;
  meanAbsoluteError: number;
  byFrequency: HoldoutRow[];
}

function parameterRows(fit: BgNbdFit | GammaGammaFit): string[][] {
  return fit.names.map((name, i) => [name, fmt(fit.estimates[i], 5), fmt(fit.standardErrors[i], 3)]);
}

function fitReport(title: string, fit: BgNbdFit | GammaGammaFit): string {
  const d = fit.diagnostics;
  return [
    title,
    formatTable(['parameter', 'estimate', 'std.error'], parameterRows(fit)),
    `log-likelihood ${fit.logLikelihood.toFixed(2)}; ${d.converged ? 'converged' : 'NOT converged'} ` +
      `(${d.startsAgreeing}/${d.starts} starts agree, gradient norm ${fmt(d.gradientNorm, 2)}, ` +
      `Hessian ${d.hessianPositiveDefinite ? 'positive definite' : 'not positive definite: no standard errors'})`,
    ...d.warnings.map((w) => `warning: ${w}`)
  ].join('\n');
}

function fitJson(fit: BgNbdFit | GammaGammaFit): Record<string, unknown> {
  const standardErrors: Record<string, number | null> = {};
  fit.names.forEach((name, i) => (standardErrors[name] = fit.standardErrors[i] ?? null));
  return {
    parameters: fit.parameters,
    standardErrors,
    logLikelihood: fit.logLikelihood,
    customers: fit.customers,
    diagnostics: fit.diagnostics
  };
}

/** Predicted vs actual repeat purchases in the holdout period, in total and by calibration frequency (0…6, 7+). */
export function holdoutCheck(
  params: BgNbdParameters,
  customers: CustomerSummary[],
  actual: Map<string, number>,
  length: number,
  unit: ClvTimeUnit
): HoldoutCheck {
  const buckets: HoldoutRow[] = [];
  for (let k = 0; k <= 7; k++)
    buckets.push({ frequency: k === 7 ? '7+' : String(k), customers: 0, predicted: 0, actual: 0 });
  let totalPredicted = 0;
  let totalActual = 0;
  let absolute = 0;
  for (const c of customers) {
    const predicted = bgNbdConditionalExpectedTransactions(
      params,
      { frequency: c.x, recency: c.tx, age: c.T, timeUnit: unit },
      { value: length, unit }
    );
    const observed = actual.get(c.id) ?? 0;
    const bucket = buckets[Math.min(c.x, 7)];
    bucket.customers++;
    bucket.predicted += predicted;
    bucket.actual += observed;
    totalPredicted += predicted;
    totalActual += observed;
    absolute += Math.abs(predicted - observed);
  }
  return {
    length,
    totalPredicted,
    totalActual,
    meanAbsoluteError: absolute / Math.max(customers.length, 1),
    byFrequency: buckets.filter((b) => b.customers > 0)
  };
}

function summaryCsv(customers: CustomerSummary[]): string {
  const lines = ['id,x,t_x,T,monetary'];
  for (const c of customers) lines.push([c.id, c.x, c.tx, c.T, c.monetary ?? ''].map(csvCell).join(','));
  return lines.join('\n') + '\n';
}

export function clvFit(args: string[], io: CliIo): number {
  const options = parseOptions(
    args,
    {
      summary: { type: 'string' },
      transactions: { type: 'string' },
      customer: { type: 'string' },
      date: { type: 'string' },
      amount: { type: 'string' },
      'calibration-end': { type: 'string' },
      'holdout-end': { type: 'string' },
      period: { type: 'string' },
      'summary-out': { type: 'string' },
      json: { type: 'boolean' },
      ...DIALECT_OPTIONS
    },
    'clv fit'
  );
  const dialect = dialectOptions(options);
  const summaryPath = stringOption(options, 'summary');
  const transactionsPath = stringOption(options, 'transactions');
  if ((summaryPath === undefined) === (transactionsPath === undefined)) {
    throw new CvpUsageError('clv fit: give exactly one of --summary FILE or --transactions FILE');
  }
  let customers: CustomerSummary[];
  let unit: ClvTimeUnit;
  let transactions: TransactionSummary | undefined;
  if (summaryPath !== undefined) {
    unit = periodOption(options, 'period', 'week');
    customers = readSummaryTable(readCsvFile(summaryPath, io, dialect));
  } else {
    if (stringOption(options, 'period') === undefined)
      throw new CvpUsageError('clv fit: --period week|day|month is required with --transactions');
    unit = periodOption(options, 'period', 'week');
    const path = transactionsPath ?? '';
    const streamed = summarizeTransactionChunks(
      () => readFileChunks(path),
      path,
      dialect,
      {
        customer: requiredOption(options, 'customer', 'clv fit'),
        date: requiredOption(options, 'date', 'clv fit'),
        amount: stringOption(options, 'amount')
      },
      requiredOption(options, 'calibration-end', 'clv fit'),
      stringOption(options, 'holdout-end'),
      unit
    );
    io.err(`cvp: read ${path} as ${describeDialect(streamed.dialect)}\n`);
    transactions = streamed;
    customers = transactions.customers;
  }
  const summaryOut = stringOption(options, 'summary-out');
  if (summaryOut !== undefined) writeText(summaryOut, summaryCsv(customers));
  const bgnbd = fitBgNbd(customers, unit);
  const hasSpend = customers.some((c) => c.x >= 1 && (c.monetary ?? 0) > 0);
  const gammaGamma = hasSpend ? fitGammaGamma(customers) : undefined;
  const convergence = [
    { model: 'BG/NBD', converged: bgnbd.diagnostics.converged },
    ...(gammaGamma === undefined ? [] : [{ model: 'Gamma-Gamma', converged: gammaGamma.diagnostics.converged }])
  ];
  let holdout: HoldoutCheck | undefined;
  if (transactions?.holdout !== undefined && transactions.holdoutLength !== undefined) {
    holdout = holdoutCheck(bgnbd.parameters, customers, transactions.holdout, transactions.holdoutLength, unit);
  }
  if (options.json === true) {
    const result: Record<string, unknown> = { timeUnit: unit, bgnbd: fitJson(bgnbd) };
    if (gammaGamma !== undefined) result.gammaGamma = fitJson(gammaGamma);
    result.modelParameters = [
      ...bgNbdRecords(bgnbd.parameters),
      ...(gammaGamma === undefined ? [] : gammaGammaRecords(gammaGamma.parameters))
    ];
    if (transactions !== undefined) {
      result.transactions = {
        rows: transactions.transactions,
        mergedSameDay: transactions.mergedSameDay,
        customersFirstBuyingAfterCalibration: transactions.excludedAfterCalibration,
        creditNotes: transactions.creditNotes,
        refundDays: transactions.refundDays,
        refundOnlyCustomers: transactions.refundOnlyCustomers
      };
      result.summary = customers;
    }
    if (holdout !== undefined) result.holdout = holdout;
    io.out(JSON.stringify(result, null, 2) + '\n');
    return fitExitCode(io, convergence, UNCONVERGED_HINT);
  }
  const lines: string[] = [];
  const repeaters = customers.filter((c) => c.x > 0).length;
  lines.push(`Customers: ${customers.length} (${repeaters} with repeat purchases); time unit: ${unit}`);
  if (transactions !== undefined) {
    lines.push(
      `Transactions: ${transactions.transactions} rows, ${transactions.mergedSameDay} merged into same-day purchases, ` +
        `${transactions.excludedAfterCalibration} customers first buying after the calibration end (excluded)`
    );
    if (transactions.creditNotes > 0) {
      lines.push(
        `Credit notes: ${transactions.creditNotes} rows with a negative amount, ${transactions.refundDays} refund days ` +
          `(not purchases; subtracted from repeat spend), ${transactions.refundOnlyCustomers} customers with refunds only (excluded)`
      );
    }
    const preview = customers.slice(0, 10).map((c) => [c.id, String(c.x), fmt(c.tx), fmt(c.T), fmt(c.monetary)]);
    lines.push(formatTable(['id', 'x', 't_x', 'T', 'monetary'], preview));
    if (customers.length > 10) lines.push(`… ${customers.length - 10} more (--summary-out FILE or --json for all)`);
  }
  lines.push('', fitReport(`BG/NBD (α per ${unit})`, bgnbd));
  if (gammaGamma !== undefined)
    lines.push('', fitReport(`Gamma-Gamma (${gammaGamma.customers} customers with repeat purchases)`, gammaGamma));
  else lines.push('', 'Gamma-Gamma: not fitted (no monetary values for repeat purchases)');
  if (holdout !== undefined) {
    lines.push(
      '',
      `Holdout check over ${fmt(holdout.length)} ${unit}s: predicted ${fmt(holdout.totalPredicted, 5)} vs actual ${holdout.totalActual} repeat purchases ` +
        `(${fmt((100 * (holdout.totalPredicted - holdout.totalActual)) / Math.max(holdout.totalActual, 1), 3)} %); mean absolute error per customer ${fmt(holdout.meanAbsoluteError, 3)}`,
      formatTable(
        ['calibration x', 'customers', 'predicted', 'actual', 'mean predicted', 'mean actual'],
        holdout.byFrequency.map((b) => [
          b.frequency,
          String(b.customers),
          fmt(b.predicted, 5),
          String(b.actual),
          fmt(b.predicted / b.customers, 3),
          fmt(b.actual / b.customers, 3)
        ])
      )
    );
  }
  lines.push('', 'Parameters to store: run again with --json > params.json (used by `cvp clv predict --params`).');
  io.out(lines.join('\n') + '\n');
  return fitExitCode(io, convergence, UNCONVERGED_HINT);
}

interface StoredParams {
  bgnbd: BgNbdParameters;
  gammaGamma?: GammaGammaParameters;
  /** The models whose stored diagnostics say the fit did not converge. */
  unconverged: string[];
}

/** False only when the stored fit says so (bare published parameters carry no diagnostics). */
function storedConverged(node: Record<string, unknown> | undefined): boolean {
  const diagnostics = node?.diagnostics as Record<string, unknown> | undefined;
  return diagnostics?.converged !== false;
}

function positive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Reads the JSON written by `cvp clv fit --json` (or a bare `{ bgnbd: {r, alpha, a, b, timeUnit}, … }`). */
export function readParams(path: string): StoredParams {
  let data: unknown;
  try {
    data = JSON.parse(readText(path));
  } catch (error) {
    if (error instanceof CvpInputError) throw error;
    throw new CvpInputError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const root = (data ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const bgNode = root.bgnbd;
  const bg = (bgNode?.parameters as Record<string, unknown> | undefined) ?? bgNode;
  if (bg === undefined)
    throw new CvpInputError(`${path}: missing "bgnbd" parameters (expected the output of cvp clv fit --json)`);
  for (const name of ['r', 'alpha', 'a', 'b']) {
    if (!positive(bg[name])) throw new CvpInputError(`${path}: bgnbd.${name} must be a positive number`);
  }
  const unit = bg.timeUnit ?? root.timeUnit ?? 'week';
  if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') {
    throw new CvpInputError(`${path}: bgnbd.timeUnit ${JSON.stringify(unit)} is not one of day, week, month, year`);
  }
  const covariance = Array.isArray(bg.logCovariance) ? (bg.logCovariance as number[]) : undefined;
  const result: StoredParams = {
    bgnbd: {
      r: bg.r as number,
      alpha: bg.alpha as number,
      a: bg.a as number,
      b: bg.b as number,
      timeUnit: unit,
      logCovariance: covariance
    },
    unconverged: storedConverged(bgNode) ? [] : ['BG/NBD']
  };
  const ggNode = root.gammaGamma;
  const gg = (ggNode?.parameters as Record<string, unknown> | undefined) ?? ggNode;
  if (gg !== undefined) {
    for (const name of ['p', 'q', 'gamma']) {
      if (!positive(gg[name])) throw new CvpInputError(`${path}: gammaGamma.${name} must be a positive number`);
    }
    result.gammaGamma = {
      p: gg.p as number,
      q: gg.q as number,
      gamma: gg.gamma as number,
      logCovariance: Array.isArray(gg.logCovariance) ? (gg.logCovariance as number[]) : undefined
    };
    if (!storedConverged(ggNode)) result.unconverged.push('Gamma-Gamma');
  }
  return result;
}

export function clvPredict(args: string[], io: CliIo): number {
  const options = parseOptions(
    args,
    {
      params: { type: 'string' },
      summary: { type: 'string' },
      horizon: { type: 'string' },
      unit: { type: 'string' },
      discount: { type: 'string' },
      margin: { type: 'string' },
      'allow-unconverged': { type: 'boolean' },
      json: { type: 'boolean' },
      ...DIALECT_OPTIONS
    },
    'clv predict'
  );
  const paramsPath = requiredOption(options, 'params', 'clv predict');
  requiredOption(options, 'horizon', 'clv predict');
  const horizon = numberOption(options, 'horizon', 0, (v) => v > 0 && v <= 1e6, 'a positive number of periods');
  const discount = numberOption(options, 'discount', 0, (v) => v > -1 && v <= 100, 'an annual rate such as 0.08');
  const margin = numberOption(options, 'margin', 1, (v) => v >= -10 && v <= 10, 'a rate such as 0.35');
  const params = readParams(paramsPath);
  const allowUnconverged = options['allow-unconverged'] === true;
  if (params.unconverged.length > 0 && !allowUnconverged) {
    throw new CvpInputError(
      `${paramsPath}: the ${params.unconverged.join(' and ')} fit did not converge; its predictions are not reliable ` +
        '(refit, or pass --allow-unconverged to predict anyway: every row then says converged=false)'
    );
  }
  const customers = readSummaryTable(
    readCsvFile(requiredOption(options, 'summary', 'clv predict'), io, dialectOptions(options))
  );
  const unit = periodOption(options, 'unit', params.bgnbd.timeUnit);
  const gg: GammaGammaParameters = params.gammaGamma ?? { p: 1, q: 2, gamma: 0 };
  const hasSpend = params.gammaGamma !== undefined && customers.every((c) => c.monetary !== undefined);
  const paramsConverged = params.unconverged.length === 0;
  const rows = customers.map((c) => {
    const prediction = clvPredictCustomer(
      params.bgnbd,
      gg,
      { frequency: c.x, recency: c.tx, age: c.T, timeUnit: params.bgnbd.timeUnit, meanSpend: c.monetary ?? 0 },
      { horizon: { value: horizon, unit }, annualDiscountRate: discount, marginRate: margin }
    );
    // "converged" covers the fit the parameters came from as well as this customer's intervals.
    const converged =
      paramsConverged && prediction.expectedTransactions.converged && (!hasSpend || prediction.value.converged);
    return { customer: c, prediction, converged };
  });
  const note =
    `cvp: ${customers.length} customers, horizon ${horizon} ${unit}(s), annual discount ${discount}, margin ${margin}; ` +
    `intervals are 95 % delta-method intervals from the fit's covariance${hasSpend ? '' : ' (spend and CLV omitted: they need gammaGamma parameters and a monetary column)'}` +
    (paramsConverged ? '' : `; parameters from a fit that did not converge (${params.unconverged.join(', ')})`);
  if (options.json === true) {
    const interval = (i: { estimate: number; lower: number; upper: number }): Record<string, number> => ({
      estimate: i.estimate,
      lower: i.lower,
      upper: i.upper
    });
    const result = {
      horizon: { value: horizon, unit },
      annualDiscountRate: discount,
      marginRate: margin,
      parametersConverged: paramsConverged,
      customers: rows.map(({ customer: c, prediction: p, converged }) => ({
        id: c.id,
        x: c.x,
        t_x: c.tx,
        T: c.T,
        probabilityAlive: interval(p.probabilityAlive),
        expectedPurchases: interval(p.expectedTransactions),
        ...(hasSpend ? { expectedSpend: interval(p.expectedSpend), clv: interval(p.value) } : {}),
        converged
      }))
    };
    io.out(JSON.stringify(result, null, 2) + '\n');
    io.err(note + '\n');
    return 0;
  }
  const header = [
    'id',
    'x',
    't_x',
    'T',
    'p_alive',
    'p_alive_low',
    'p_alive_high',
    'expected_purchases',
    'purchases_low',
    'purchases_high'
  ];
  if (hasSpend) header.push('expected_spend', 'spend_low', 'spend_high', 'clv', 'clv_low', 'clv_high');
  header.push('converged');
  const lines = [header.join(',')];
  for (const { customer: c, prediction, converged } of rows) {
    const cells: (string | number)[] = [
      c.id,
      c.x,
      c.tx,
      c.T,
      prediction.probabilityAlive.estimate,
      prediction.probabilityAlive.lower,
      prediction.probabilityAlive.upper,
      prediction.expectedTransactions.estimate,
      prediction.expectedTransactions.lower,
      prediction.expectedTransactions.upper
    ];
    if (hasSpend) {
      cells.push(
        prediction.expectedSpend.estimate,
        prediction.expectedSpend.lower,
        prediction.expectedSpend.upper,
        prediction.value.estimate,
        prediction.value.lower,
        prediction.value.upper
      );
    }
    cells.push(converged ? 'true' : 'false');
    lines.push(cells.map(csvCell).join(','));
  }
  io.out(lines.join('\n') + '\n');
  io.err(note + '\n');
  return 0;
}
