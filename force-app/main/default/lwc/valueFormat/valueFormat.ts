/**
 * c/valueFormat — numbers, money, percentages and dates in the user's locale and currency (UX.md "Everywhere").
 * The engine sends ISO dates (`YYYY-MM-DD`) and raw numbers; every component formats them here.
 */
import locale from '@salesforce/i18n/locale';
import userCurrency from '@salesforce/i18n/currency';

/** The locale the platform reports, or the browser's default when it reports one Intl does not know. */
function safeLocale(): string | undefined {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : undefined;
  } catch {
    return undefined;
  }
}

/** Whole money amount: "€12,400" / "12 400 €". */
export function formatMoney(amount: number, currency: string = userCurrency): string {
  return new Intl.NumberFormat(safeLocale(), {
    style: 'currency',
    currency: currency || 'EUR',
    maximumFractionDigits: 0
  }).format(amount);
}

/** Compact money for axes and tight places: "€12K". */
export function formatMoneyCompact(amount: number, currency: string = userCurrency): string {
  return new Intl.NumberFormat(safeLocale(), {
    style: 'currency',
    currency: currency || 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1
  }).format(amount);
}

/** A 0–1 probability or share as a whole percentage: "42%" / "42 %". */
export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat(safeLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** A signed 0–1 change as a percentage: "+12%", "−8%". */
export function formatSignedPercent(fraction: number): string {
  return new Intl.NumberFormat(safeLocale(), {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero'
  }).format(fraction);
}

/** A plain number with at most `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat(safeLocale(), { maximumFractionDigits: digits }).format(value);
}

/** A country by its ISO code, in the user's language ("BE" → "Belgium" / "Belgique"); the code when unknown. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(safeLocale(), { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Whether `count` takes the singular in the user's language (English: 1; French: 0 and 1). */
export function isSingular(count: number): boolean {
  return new Intl.PluralRules(safeLocale()).select(count) === 'one';
}

/** An ISO date as a calendar day ("Mar 14, 2027"); the date is a day, not an instant, so no time zone shift. */
export function formatDate(isoDate: string): string {
  const day = parseIsoDay(isoDate);
  return day === undefined
    ? isoDate
    : new Intl.DateTimeFormat(safeLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}

/** An ISO date as its month ("Mar 2027"). */
export function formatMonth(isoDate: string): string {
  const day = parseIsoDay(isoDate);
  return day === undefined
    ? isoDate
    : new Intl.DateTimeFormat(safeLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(day);
}

function parseIsoDay(isoDate: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (match === null) return undefined;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
