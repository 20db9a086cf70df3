/** `cvp retention fit`: shifted-beta-geometric fit to a cohort's survivor counts, projected survival and retention. */
import {
  sbgDiscountedExpectedResidualLifetimeEstimate,
  sbgRetentionRateEstimate,
  sbgSurvivalEstimate
} from '../../../force-app/main/default/lwc/valueEngine/predictive';
import { fitSbg } from '../../models/modelFits';
import { sbgRecords } from '../../models/parameterRecords';
import type { CliIo } from '../cliSupport';
import {
  CvpUsageError,
  fitExitCode,
  fmt,
  formatTable,
  numberOption,
  parseOptions,
  periodOption,
  requiredOption
} from '../cliSupport';

export const RETENTION_FIT_USAGE = `cvp retention fit --survivors 1000,869,743,… [--period year|month|week|day] [--project N]
            [--discount ANNUAL_RATE] [--json]`;

/** Parses "1000, 869, 743" into counts: at least three, whole, non-negative, non-increasing, first > 0. */
export function parseSurvivors(raw: string): number[] {
  const parts = raw.split(',').map((p) => p.trim());
  const counts = parts.map((part, i) => {
    const value = Number(part);
    if (part === '' || !Number.isFinite(value))
      throw new CvpUsageError(`--survivors: value ${i + 1} "${part}" is not a number`);
    if (value < 0 || !Number.isInteger(value))
      throw new CvpUsageError(`--survivors: value ${i + 1} (${part}) must be a whole number ≥ 0`);
    return value;
  });
  if (counts.length < 3)
    throw new CvpUsageError('--survivors: give at least three counts (cohort size, then survivors per period)');
  if (counts[0] <= 0) throw new CvpUsageError('--survivors: the first count (cohort size) must be positive');
  for (let i = 1; i < counts.length; i++) {
    if (counts[i] > counts[i - 1]) {
      throw new CvpUsageError(
        `--survivors: value ${i + 1} (${counts[i]}) is larger than the previous one (${counts[i - 1]}); survivors cannot increase`
      );
    }
  }
  return counts;
}

export function retentionFit(args: string[], io: CliIo): number {
  const options = parseOptions(
    args,
    {
      survivors: { type: 'string' },
      period: { type: 'string' },
      project: { type: 'string' },
      discount: { type: 'string' },
      json: { type: 'boolean' }
    },
    'retention fit'
  );
  const survivors = parseSurvivors(requiredOption(options, 'survivors', 'retention fit'));
  const period = periodOption(options, 'period', 'year');
  const observed = survivors.length - 1;
  const project = numberOption(
    options,
    'project',
    Math.max(12, observed + 5),
    (v) => Number.isInteger(v) && v >= 1 && v <= 1000,
    'a whole number of periods, 1…1000'
  );
  const discount = numberOption(options, 'discount', 0.1, (v) => v > -1 && v <= 100, 'an annual rate such as 0.1');
  const fit = fitSbg(survivors, period);
  const rows = [];
  for (let t = 0; t <= project; t++) {
    const survival = sbgSurvivalEstimate(fit.parameters, t);
    const retention = t >= 1 ? sbgRetentionRateEstimate(fit.parameters, t) : undefined;
    rows.push({
      period: t,
      observedSurvival: t <= observed ? survivors[t] / survivors[0] : undefined,
      survival,
      retention,
      observedRetention: t >= 1 && t <= observed && survivors[t - 1] > 0 ? survivors[t] / survivors[t - 1] : undefined
    });
  }
  const derl = sbgDiscountedExpectedResidualLifetimeEstimate(fit.parameters, 0, discount);
  if (options.json === true) {
    io.out(
      JSON.stringify(
        {
          parameters: fit.parameters,
          standardErrors: { alpha: fit.standardErrors[0] ?? null, beta: fit.standardErrors[1] ?? null },
          logLikelihood: fit.logLikelihood,
          diagnostics: fit.diagnostics,
          modelParameters: sbgRecords(fit.parameters),
          projection: rows,
          discountedExpectedResidualLifetime: { renewals: 0, annualDiscountRate: discount, ...derl }
        },
        null,
        2
      ) + '\n'
    );
    return fitExitCode(io, [{ model: 'sBG', converged: fit.diagnostics.converged }]);
  }
  const table = rows.map((row) => [
    String(row.period) + (row.period > observed ? ' *' : ''),
    row.observedSurvival === undefined ? '' : fmt(row.observedSurvival),
    `${fmt(row.survival.estimate)} [${fmt(row.survival.lower, 3)}, ${fmt(row.survival.upper, 3)}]`,
    row.observedRetention === undefined ? '' : fmt(row.observedRetention),
    row.retention === undefined
      ? ''
      : `${fmt(row.retention.estimate)} [${fmt(row.retention.lower, 3)}, ${fmt(row.retention.upper, 3)}]`
  ]);
  io.out(
    [
      `sBG retention model (Fader & Hardie 2007), ${survivors[0]} customers, ${observed} observed ${period}s`,
      formatTable(
        ['parameter', 'estimate', 'std.error'],
        [
          ['alpha', fmt(fit.estimates[0], 5), fmt(fit.standardErrors[0], 3)],
          ['beta', fmt(fit.estimates[1], 5), fmt(fit.standardErrors[1], 3)]
        ]
      ),
      `log-likelihood ${fit.logLikelihood.toFixed(2)}; ${fit.diagnostics.converged ? 'converged' : 'NOT converged'} (${fit.diagnostics.startsAgreeing}/${fit.diagnostics.starts} starts agree)`,
      ...fit.diagnostics.warnings.map((w) => `warning: ${w}`),
      '',
      formatTable(['period', 'observed S', 'fitted S(t) [95 %]', 'observed r', 'retention r(t) [95 %]'], table),
      '* projected beyond the data',
      '',
      `Discounted expected residual lifetime of a customer facing the first renewal at ${discount} per year: ${fmt(derl.estimate)} ${period}s [${fmt(derl.lower, 3)}, ${fmt(derl.upper, 3)}]`
    ].join('\n') + '\n'
  );
  return fitExitCode(io, [{ model: 'sBG', converged: fit.diagnostics.converged }]);
}
