/**
 * The fields of the Value Settings page: for each configuration path, its label, unit, help and kind, grouped in the
 * sections UX.md lists; reading and writing a path of the configuration; which validateConfig problem belongs to which
 * field. Presentation only: the rules (validation, scoring) are the engine's.
 */
import type { ConfigProblem, ValueConfig } from 'c/valueEngine';
import { costComponentName, driverName, engineText, formatLabel, tierShortName } from 'c/valueLabels';
import { countryName } from 'c/valueFormat';
import currency from '@salesforce/i18n/currency';
import { LABELS } from './settingsLabels';

/** `number`: as stored; `percent`: a 0–1 fraction shown as 0–100; `text`; `select`: one of options; `tiers`: D1…D4 set. */
export type FieldKind = 'number' | 'percent' | 'text' | 'select' | 'tiers';

export interface FieldOption {
  label: string;
  value: string;
}

export interface FieldDef {
  path: string;
  label: string;
  /** What the record is, when a section repeats fields per record (a driver, a tier, a policy). */
  group: string;
  unit: string;
  help: string;
  kind: FieldKind;
  options?: FieldOption[];
}

export interface SectionDef {
  key: string;
  title: string;
  /** Path prefixes of problems about the section as a whole (shares not adding up, weights all zero…). */
  prefixes: string[];
  fields: FieldDef[];
}

const TIERS = ['D1', 'D2', 'D3', 'D4'];

function field(
  path: string,
  label: string,
  unit: string,
  help: string,
  kind: FieldKind = 'number',
  group = '',
  options?: FieldOption[]
): FieldDef {
  return { path, label, group, unit, help, kind, options };
}

/** The unit of each shipped value driver's unit cost (Value_Driver__mdt by DeveloperName: what it counts or sums). */
const DRIVER_UNITS: Readonly<Partial<Record<string, string>>> = {
  Complaint: LABELS.unitPerComplaint,
  Credit_Note: LABELS.unitPerCreditNote,
  Discount_Given: LABELS.unitPerDiscount,
  Meeting_Time: LABELS.unitPerMinute,
  Operational_Complexity: LABELS.unitPerComplexityLevel,
  Sales_Task: LABELS.unitPerTask,
  Sales_Visit: LABELS.unitPerVisit,
  Support_Case_High: LABELS.unitPerCase,
  Support_Case_Medium: LABELS.unitPerCase,
  Support_Case_Low: LABELS.unitPerCase
};

const CONTRACT_TYPES: Readonly<Partial<Record<string, string>>> = {
  framework: LABELS.contractFramework,
  subscription: LABELS.contractSubscription,
  one_off: LABELS.contractOneOff
};

/** A notice policy by what it covers: "France", "Any country · subscriptions" (its record name is not translatable). */
export function noticePolicyTitle(country: string, contractType: string): string {
  const where = country === '' || country === '*' ? LABELS.noticeAnyCountry : countryName(country);
  const contract = CONTRACT_TYPES[contractType];
  return contract === undefined ? where : `${where} · ${contract}`;
}

/** The page's sections for this configuration (lists follow its records). */
export function sectionsFor(config: ValueConfig): SectionDef[] {
  const drivers = config.drivers
    .map((driver, i) => ({ driver, i }))
    .filter(({ driver }) => driver.component !== 'payment_delay')
    .map(({ driver, i }) =>
      field(
        `drivers[${i}].unitCost`,
        driverName(driver.name),
        formatLabel(DRIVER_UNITS[driver.name] ?? LABELS.unitMoneyPerUnit, currency),
        `${LABELS.fieldUnitCost} (${costComponentName(driver.component)}): ${
          driver.component === 'complexity' ? LABELS.helpUnitCostComplexity : LABELS.helpUnitCost
        }`
      )
    );
  drivers.push(
    field('settings.costOfCapital', LABELS.fieldCostOfCapital, LABELS.unitPercent, LABELS.helpCostOfCapital, 'percent')
  );
  const weight = (key: string, label: string): FieldDef =>
    field(`scoreWeights.${key}`, label, LABELS.unitPoints, LABELS.helpWeight);
  const method = [
    { label: LABELS.tierMethodPercentile, value: 'percentile' },
    { label: LABELS.tierMethodAbsolute, value: 'absolute' }
  ];
  const tierFields: FieldDef[] = [
    field('tierPolicy.method', LABELS.fieldTierMethod, '', LABELS.helpTierMethod, 'select', '', method)
  ];
  if (config.tierPolicy.method === 'absolute') {
    for (let t = 1; t <= 3; t++) {
      tierFields.push(
        field(
          `tierPolicy.d${t}Threshold`,
          formatLabel(LABELS.fieldTierThreshold, tierShortName(`D${t}`)),
          currency,
          LABELS.helpTierThreshold
        )
      );
    }
  } else {
    for (let t = 1; t <= 4; t++) {
      tierFields.push(
        field(
          `tierPolicy.d${t}Share`,
          formatLabel(LABELS.fieldTierShare, tierShortName(`D${t}`)),
          LABELS.unitPercent,
          LABELS.helpTierShare,
          'percent'
        )
      );
    }
    tierFields.push(
      field(
        'tierPolicy.d1Threshold',
        formatLabel(LABELS.fieldTierThreshold, tierShortName('D1')),
        currency,
        LABELS.helpTierThreshold
      )
    );
  }
  const margins: FieldDef[] = [
    field(
      'settings.defaultMarginRate',
      LABELS.fieldDefaultMargin,
      LABELS.unitPercent,
      LABELS.helpDefaultMargin,
      'percent'
    )
  ];
  config.marginRates.forEach((rate, i) => {
    margins.push(
      field(
        `marginRates[${i}].rate`,
        LABELS.fieldMarginRate,
        LABELS.unitPercent,
        LABELS.helpMarginRate,
        'percent',
        rate.productFamily === '' ? LABELS.marginOtherFamilies : rate.productFamily
      )
    );
  });
  const alerts: FieldDef[] = [
    field('settings.alertChurnThreshold', LABELS.fieldAlertChurn, LABELS.unitPercent, LABELS.helpAlertChurn, 'percent'),
    field('settings.atRiskChurnProbability', LABELS.fieldAtRisk, LABELS.unitPercent, LABELS.helpAtRisk, 'percent'),
    field('settings.escalateTiers', LABELS.fieldEscalate, '', LABELS.helpEscalate, 'tiers'),
    field('settings.mvcInfluenceThreshold', LABELS.fieldMvc, LABELS.unitScore, LABELS.helpMvc),
    field('settings.highPotentialThreshold', LABELS.fieldHighPotential, LABELS.unitScore, LABELS.helpHighPotential)
  ];
  const playOptions = [
    { label: LABELS.playDirectorVisit, value: 'director_visit' },
    { label: LABELS.playRepVisit, value: 'rep_visit' },
    { label: LABELS.playCareCall, value: 'care_call' },
    { label: LABELS.playLetter, value: 'letter' }
  ];
  const plays: FieldDef[] = [];
  config.retentionPlays.forEach((play, i) => {
    const group = tierShortName(play.tier);
    plays.push(
      field(`retentionPlays[${i}].play`, LABELS.fieldPlay, '', LABELS.helpPlay, 'select', group, playOptions),
      field(
        `retentionPlays[${i}].followUpDays`,
        LABELS.fieldFollowUp,
        LABELS.unitDays,
        LABELS.helpFollowUp,
        'number',
        group
      ),
      field(
        `retentionPlays[${i}].concessionRevenueShare`,
        LABELS.fieldCapRevenue,
        LABELS.unitPercent,
        LABELS.helpCapRevenue,
        'percent',
        group
      ),
      field(
        `retentionPlays[${i}].concessionMarginShare`,
        LABELS.fieldCapMargin,
        LABELS.unitPercent,
        LABELS.helpCapMargin,
        'percent',
        group
      )
    );
  });
  const basis = [
    { label: LABELS.noticeBasisPerYear, value: 'per_year_of_relationship' },
    { label: LABELS.noticeBasisFixed, value: 'fixed' }
  ];
  const notices: FieldDef[] = [];
  config.noticePolicies.forEach((policy, i) => {
    const group = noticePolicyTitle(policy.country, policy.contractType);
    const at = (key: string): string => `noticePolicies[${i}].${key}`;
    notices.push(
      field(at('basis'), LABELS.fieldNoticeBasis, '', LABELS.helpNoticeBasis, 'select', group, basis),
      field(
        at('monthsPerYear'),
        LABELS.fieldMonthsPerYear,
        LABELS.unitMonths,
        LABELS.helpMonthsPerYear,
        'number',
        group
      ),
      field(at('fixedMonths'), LABELS.fieldFixedMonths, LABELS.unitMonths, LABELS.helpFixedMonths, 'number', group),
      field(
        at('minimumMonths'),
        LABELS.fieldMinimumMonths,
        LABELS.unitMonths,
        LABELS.helpMinimumMonths,
        'number',
        group
      ),
      field(at('capMonths'), LABELS.fieldCapMonths, LABELS.unitMonths, LABELS.helpCapMonths, 'number', group),
      field(
        at('partialRuptureThreshold'),
        LABELS.fieldPartialRupture,
        LABELS.unitPercent,
        LABELS.helpPartialRupture,
        'percent',
        group
      )
    );
  });
  const positioning: FieldDef[] = [];
  config.targetPositioning.forEach((criterion, i) => {
    const at = (key: string): string => `targetPositioning[${i}].${key}`;
    if (criterion.dimension === 'Employees') {
      const group = LABELS.dimensionEmployees;
      positioning.push(
        field(at('minimum'), LABELS.fieldTargetMinimum, LABELS.unitEmployees, LABELS.helpTargetRange, 'number', group),
        field(at('maximum'), LABELS.fieldTargetMaximum, LABELS.unitEmployees, LABELS.helpTargetRange, 'number', group),
        field(at('weight'), LABELS.fieldTargetWeight, LABELS.unitWeight, LABELS.helpTargetWeight, 'number', group)
      );
    } else {
      const country = criterion.dimension === 'Country';
      positioning.push(
        field(
          at('weight'),
          country ? countryName(criterion.value) : criterion.value,
          LABELS.unitWeight,
          LABELS.helpTargetWeight,
          'number',
          country
            ? LABELS.dimensionCountry
            : criterion.dimension === 'Industry'
              ? LABELS.dimensionIndustry
              : criterion.dimension
        )
      );
    }
  });
  return [
    { key: 'drivers', title: LABELS.sectionDrivers, prefixes: ['drivers'], fields: drivers },
    {
      key: 'weights',
      title: LABELS.sectionWeights,
      prefixes: ['scoreWeights'],
      fields: [
        weight('netValue', LABELS.fieldWeightNetValue),
        weight('potential', LABELS.fieldWeightPotential),
        weight('influence', LABELS.fieldWeightInfluence),
        weight('strategicFit', LABELS.fieldWeightStrategicFit),
        weight('loyalty', LABELS.fieldWeightLoyalty)
      ]
    },
    { key: 'tiers', title: LABELS.sectionTiers, prefixes: ['tierPolicy'], fields: tierFields },
    { key: 'margins', title: LABELS.sectionMargins, prefixes: ['marginRates'], fields: margins },
    { key: 'alerts', title: LABELS.sectionAlerts, prefixes: ['settings'], fields: alerts },
    { key: 'plays', title: LABELS.sectionPlays, prefixes: ['retentionPlays'], fields: plays },
    { key: 'notice', title: LABELS.sectionNotice, prefixes: ['noticePolicies'], fields: notices },
    { key: 'positioning', title: LABELS.sectionPositioning, prefixes: ['targetPositioning'], fields: positioning }
  ];
}

type Container = Record<string, unknown>;

/** `drivers[2].unitCost` → ['drivers', 2, 'unitCost']. */
function stepsOf(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  for (const part of path.split('.')) {
    const match = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (match === null) return [];
    steps.push(match[1]);
    for (const index of match[2].match(/\d+/g) ?? []) steps.push(Number(index));
  }
  return steps;
}

/** The value at `path` of the configuration (undefined when absent). */
export function readPath(config: ValueConfig, path: string): unknown {
  let current: unknown = config;
  for (const step of stepsOf(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Container)[step as string];
  }
  return current;
}

/** A copy of the configuration with `value` at `path` (the copy shares nothing with the original). */
export function writePath(config: ValueConfig, path: string, value: unknown): ValueConfig {
  const copy = JSON.parse(JSON.stringify(config)) as ValueConfig;
  const steps = stepsOf(path);
  let current: Container = copy as unknown as Container;
  for (let i = 0; i < steps.length - 1; i++) current = current[steps[i] as string] as Container;
  current[steps[steps.length - 1] as string] = value;
  return copy;
}

/** The value as the field shows it: percents × 100 (rounded to remove binary noise), tiers as a list. */
export function displayValue(def: FieldDef, value: unknown): string {
  if (def.kind === 'percent' && typeof value === 'number') return String(Math.round(value * 1e8) / 1e6);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/** What the admin typed, as the configuration holds it: '' or not a number → NaN (validateConfig then says so). */
export function parsedValue(def: FieldDef, text: string): unknown {
  if (def.kind === 'text' || def.kind === 'select') return text;
  const number = text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
  return def.kind === 'percent' ? number / 100 : number;
}

/** Problem texts per field path, and the section-level ones (a path that is not a field's) per section key. */
export function problemsByPlace(
  sections: SectionDef[],
  problems: ConfigProblem[]
): { byField: Map<string, string[]>; bySection: Map<string, string[]>; other: string[] } {
  const byField = new Map<string, string[]>();
  const bySection = new Map<string, string[]>();
  const other: string[] = [];
  const fieldPaths = new Set(sections.flatMap((section) => section.fields.map((def) => def.path)));
  const add = (map: Map<string, string[]>, key: string, text: string): void => {
    map.set(key, [...(map.get(key) ?? []), text]);
  };
  for (const problem of problems) {
    const text = engineText(problem.labelKey);
    const fieldPath = fieldPaths.has(problem.path) ? problem.path : problem.path.replace(/\[\d+\]$/, '');
    if (fieldPaths.has(fieldPath)) {
      add(byField, fieldPath, text);
      continue;
    }
    const section = sections.find((each) =>
      each.prefixes.some((prefix) => problem.path === prefix || problem.path.startsWith(prefix))
    );
    if (section === undefined) other.push(`${problem.path}: ${text}`);
    else add(bySection, section.key, text);
  }
  return { byField, bySection, other };
}

export { TIERS };
