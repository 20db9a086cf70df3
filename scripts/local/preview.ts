/**
 * `npm start` (until the browser workbench lands): scores the bundled sample data set with the value engine,
 * configured from the Custom Metadata default records, and prints the portfolio — tiers, quality KPIs and every
 * account with its score, flags and recommended action — in English or French (`-- --lang fr`).
 * Options: `--lang en|fr`, `--today YYYY-MM-DD` (default: the sample data's as-of date).
 */
import { join } from 'node:path';
import type { AccountEvaluation, ValueConfig } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  addEvaluationToAggregate,
  emptyPortfolioAggregateFor,
  evaluatePortfolio,
  isIsoDate,
  summarizePortfolio,
  validateConfig
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { configFromCustomMetadata } from './configFromCustomMetadata';
import type { Labels, Language } from './customLabels';
import { readLabels } from './customLabels';
import { SAMPLE_DATA_AS_OF, buildSampleFacts } from './sampleDataFacts';
import { readSampleRecords } from './sampleDataRecords';

const root = join(__dirname, '..', '..');
const metadataFolder = join(root, 'force-app', 'main', 'default');

/** Label name of each engine value shown on screen (the labels hold the English and French text). */
const ACTION_LABELS: Record<string, string> = {
  protect: 'Action_Protect',
  develop: 'Action_Develop',
  retain: 'Action_Retain',
  standardize: 'Action_Standardize',
  transform: 'Action_Transform',
  separate: 'Action_Separate'
};
const FLAG_LABELS: Record<string, string> = {
  most_valued_customer: 'Flag_Most_Valued_Customer',
  high_potential: 'Flag_High_Potential',
  at_risk: 'Flag_At_Risk',
  strategic: 'Flag_Strategic',
  data_incomplete: 'Flag_Data_Incomplete'
};

interface Options {
  language: Language;
  today: string;
}

function parseOptions(args: string[]): Options {
  const valueOf = (flag: string): string | undefined => {
    const index = args.indexOf(flag);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const language = valueOf('--lang') ?? 'en';
  if (language !== 'en' && language !== 'fr') throw new Error(`--lang must be en or fr, not "${language}"`);
  const today = valueOf('--today') ?? SAMPLE_DATA_AS_OF;
  if (!isIsoDate(today)) throw new Error(`--today must be a date YYYY-MM-DD, not "${today}"`);
  return { language, today };
}

function table(rows: string[][], rightAligned: boolean[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (rightAligned[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
        .join('  ')
    )
    .join('\n');
}

function printPortfolio(
  evaluations: AccountEvaluation[],
  config: ValueConfig,
  names: Map<string, string>,
  labels: Labels,
  options: Options
): void {
  const locale = options.language === 'fr' ? 'fr-FR' : 'en-GB';
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });

  const aggregate = emptyPortfolioAggregateFor(config);
  for (const evaluation of evaluations) addEvaluationToAggregate(aggregate, evaluation);
  const summary = summarizePortfolio(aggregate);

  console.log(labels.get('Portfolio_Preview_Title', { count: summary.count, date: options.today }));
  console.log();
  const tierRows = [
    [
      labels.get('Portfolio_Tier'),
      labels.get('Portfolio_Accounts'),
      labels.get('Panel_Revenue'),
      labels.get('Panel_Net_Value')
    ]
  ];
  for (const tier of summary.tiers) {
    tierRows.push([
      labels.get(`Tier_${tier.tier}_Name`),
      String(tier.count),
      money.format(tier.revenue),
      money.format(tier.netValue)
    ]);
  }
  tierRows.push([
    labels.get('Portfolio_Total'),
    String(summary.count),
    money.format(summary.revenue),
    money.format(summary.netValue)
  ]);
  console.log(table(tierRows, [false, true, true, true]));

  console.log(`\n${labels.get('Portfolio_Kpis')}`);
  const kpis: [string, string][] = [
    ['Portfolio_Top20_Revenue_Share', percent.format(summary.top20RevenueShare)],
    ['Portfolio_Top20_Net_Value_Share', percent.format(summary.top20NetValueShare)],
    ['Portfolio_Revenue_Gini', decimal.format(summary.revenueGini)],
    ['Portfolio_Strategic_Share', percent.format(summary.strategicShare)],
    ['Portfolio_Value_Destroying_Share', percent.format(summary.valueDestroyingShare)],
    ['Portfolio_Homogeneity', decimal.format(summary.homogeneity)],
    ['Portfolio_Target_Coherence', percent.format(summary.targetCoherence)],
    ['Portfolio_Retention_Rate', percent.format(summary.retentionRate)],
    ['Portfolio_Net_Revenue_Retention', percent.format(summary.netRevenueRetention)],
    ['Portfolio_Gross_Revenue_Retention', percent.format(summary.grossRevenueRetention)]
  ];
  console.log(
    table(
      kpis.map(([name, value]) => ['  ' + labels.get(name), value]),
      [false, true]
    )
  );

  console.log();
  const ranked = [...evaluations].sort((a, b) => b.score - a.score);
  const accountRows = [
    [
      labels.get('Portfolio_Account'),
      labels.get('Portfolio_Tier'),
      labels.get('Panel_Value_Score'),
      labels.get('Panel_Net_Value'),
      labels.get('Panel_Churn_Probability'),
      labels.get('Panel_Recommended_Action'),
      labels.get('Portfolio_Flags')
    ]
  ];
  for (const evaluation of ranked) {
    accountRows.push([
      names.get(evaluation.accountId) ?? evaluation.accountId,
      evaluation.tier + (evaluation.tierOverridden ? '*' : ''),
      decimal.format(evaluation.score),
      money.format(evaluation.netValue),
      percent.format(evaluation.churnProbability),
      labels.get(ACTION_LABELS[evaluation.action] ?? evaluation.action),
      evaluation.flags.map((flag) => labels.get(FLAG_LABELS[flag] ?? flag)).join(', ')
    ]);
  }
  console.log(table(accountRows, [false, false, true, true, true, false, false]));
  const findings = evaluations.reduce((count, evaluation) => count + evaluation.findings.length, 0);
  console.log(`\n${labels.get('Portfolio_Data_Findings', { count: findings })}`);
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const labels = readLabels(metadataFolder, options.language);
  const config = configFromCustomMetadata(join(metadataFolder, 'customMetadata'));
  const problems = validateConfig(config);
  if (problems.length > 0) {
    for (const problem of problems) {
      console.error(
        labels.get('Portfolio_Config_Problem', { path: problem.path, problem: labels.get(problem.labelKey) })
      );
    }
    process.exitCode = 1;
    return;
  }
  const records = readSampleRecords(join(root, 'data', 'sample-plan.json'));
  const facts = buildSampleFacts(records, config, options.today);
  const names = new Map(facts.map((each) => [each.accountId ?? '', each.name ?? '']));
  printPortfolio(evaluatePortfolio(facts, config, options.today).evaluations, config, names, labels, options);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
