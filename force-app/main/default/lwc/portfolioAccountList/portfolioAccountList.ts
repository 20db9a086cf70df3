/**
 * The Portfolio tab's drill-down list: filters (tier, owner, industry, country, risk, flags) shown as pills, sort by
 * score, net value, cost to serve or churn, server-side keyset paging (PortfolioController.getPortfolioAccounts: the
 * sort value and Id of the edge row, never an offset), each row linked to its account, and the filtered list as CSV.
 */
import { LightningElement, api } from 'lwc';
import getPortfolioAccounts from '@salesforce/apex/PortfolioController.getPortfolioAccounts';
import { flagName, formatLabel, tierName } from 'c/valueLabels';
import { formatNumber } from 'c/valueFormat';
import listTitle from '@salesforce/label/c.Portfolio_List_Title';
import tierLabel from '@salesforce/label/c.Portfolio_Tier';
import accountLabel from '@salesforce/label/c.Portfolio_Account';
import flagsLabel from '@salesforce/label/c.Portfolio_Flags';
import scoreLabel from '@salesforce/label/c.Panel_Value_Score';
import netValueLabel from '@salesforce/label/c.Panel_Net_Value';
import costLabel from '@salesforce/label/c.Panel_Cost_To_Serve';
import churnLabel from '@salesforce/label/c.Panel_Churn_Probability';
import ownerLabel from '@salesforce/label/c.Portfolio_Owner';
import industryLabel from '@salesforce/label/c.Portfolio_Industry';
import countryLabel from '@salesforce/label/c.Portfolio_Country';
import riskLabel from '@salesforce/label/c.Portfolio_Risk';
import allLabel from '@salesforce/label/c.Portfolio_All';
import atRiskLabel from '@salesforce/label/c.Flag_At_Risk';
import notAtRiskLabel from '@salesforce/label/c.Portfolio_Not_At_Risk';
import previousLabel from '@salesforce/label/c.Common_Previous';
import nextLabel from '@salesforce/label/c.Common_Next';
import pageLabel from '@salesforce/label/c.Portfolio_Page';
import pageOfLabel from '@salesforce/label/c.Portfolio_Page_Of';
import emptyLabel from '@salesforce/label/c.Portfolio_List_Empty';
import exportLabel from '@salesforce/label/c.Portfolio_Export_Csv';
import exportLimitLabel from '@salesforce/label/c.Portfolio_Export_Limit';
import decisionsLabel from '@salesforce/label/c.Portfolio_Preset_Decisions';
import destroyingLabel from '@salesforce/label/c.Portfolio_Preset_D4';
import everyAccountLabel from '@salesforce/label/c.Portfolio_Preset_All';
import filtersLabel from '@salesforce/label/c.Portfolio_Filters';
import clearLabel from '@salesforce/label/c.Portfolio_Clear_Filters';
import errorTitle from '@salesforce/label/c.Portfolio_List_Error_Title';

export const PAGE_SIZE = 50;
export const EXPORT_PAGE_SIZE = 2000;
/** Rows the CSV export reads at most (five calls); the reports cover larger lists. */
export const EXPORT_LIMIT = 10000;
const TIERS = ['D1', 'D2', 'D3', 'D4'];
const LIST_FLAGS = ['most_valued_customer', 'high_potential', 'strategic', 'data_incomplete'];
/** Datatable column → contract sort key. */
const SORT_KEYS: Readonly<Record<string, string>> = {
  score: 'score',
  netValue: 'net_value',
  costToServe: 'cost_to_serve',
  churnProbability: 'churn'
};

export interface ListFilters {
  tiers: string[];
  ownerId: string;
  industry: string;
  country: string;
  risk: string;
  flags: string[];
}

export function emptyFilters(): ListFilters {
  return { tiers: [], ownerId: '', industry: '', country: '', risk: '', flags: [] };
}

/** The contract request for a page: first page, or after / before the edge row of the page shown. */
export function listRequest(
  filters: ListFilters,
  sortedBy: string,
  descending: boolean,
  pageSize: number,
  edge?: { row: CvpApi.PortfolioAccountRow; backward: boolean }
): CvpApi.PortfolioListRequest {
  return {
    ...filters,
    tiers: [...filters.tiers],
    flags: [...filters.flags],
    sortBy: SORT_KEYS[sortedBy] ?? 'net_value',
    descending,
    pageSize,
    cursorId: edge?.row.accountId ?? '',
    cursorValue: edge?.row.sortValue ?? 0,
    backward: edge?.backward ?? false
  };
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV (RFC 4180, comma-separated, numbers unformatted so spreadsheets read them). */
export function toCsv(rows: readonly CvpApi.PortfolioAccountRow[]): string {
  const header = [
    'Id',
    accountLabel,
    tierLabel,
    scoreLabel,
    netValueLabel,
    costLabel,
    churnLabel,
    ownerLabel,
    industryLabel,
    countryLabel,
    flagsLabel
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.accountId,
        row.name,
        row.tier,
        Math.round(row.score * 10) / 10,
        Math.round(row.netValue),
        Math.round(row.costToServe),
        Math.round(row.churnProbability * 1000) / 1000,
        row.ownerName,
        row.industry,
        row.country,
        row.flags.map(flagName).join(' | ')
      ]
        .map(csvCell)
        .join(',')
    );
  }
  return lines.join('\r\n') + '\r\n';
}

interface Option {
  label: string;
  value: string;
}

/** A checkbox-button group of the filters: the list filter it sets, its legend, its values and their names. */
interface ChoiceGroupDefinition {
  name: 'tiers' | 'flags';
  label: string;
  values: readonly string[];
  valueName(value: string): string;
  /** The values chosen are kept in the order of `values` (tiers), otherwise in the order chosen (flags). */
  inValueOrder: boolean;
}

const CHOICE_GROUPS: readonly ChoiceGroupDefinition[] = [
  { name: 'tiers', label: tierLabel, values: TIERS, valueName: tierName, inValueOrder: true },
  { name: 'flags', label: flagsLabel, values: LIST_FLAGS, valueName: flagName, inValueOrder: false }
];

interface ChoiceGroup {
  name: string;
  dataId: string;
  label: string;
  choices: (Option & { checked: boolean })[];
}

interface TableRow {
  accountId: string;
  accountUrl: string;
  name: string;
  tier: string;
  score: number;
  netValue: number;
  costToServe: number;
  churnProbability: number;
  ownerName: string;
  industry: string;
  country: string;
  flags: string;
}

export default class PortfolioAccountList extends LightningElement {
  @api owners?: CvpApi.FilterOption[];
  @api industries?: CvpApi.FilterOption[];
  @api countries?: CvpApi.FilterOption[];

  filters: ListFilters = emptyFilters();
  sortedBy = 'churnProbability';
  sortedDirection: 'asc' | 'desc' = 'desc';
  page?: CvpApi.PortfolioListPage;
  pageNumber = 1;
  loading = false;
  error: unknown;
  exporting = false;
  exportNote = '';

  readonly listTitle = listTitle;
  readonly tierLabel = tierLabel;
  readonly ownerLabel = ownerLabel;
  readonly industryLabel = industryLabel;
  readonly countryLabel = countryLabel;
  readonly riskLabel = riskLabel;
  readonly flagsLabel = flagsLabel;
  readonly previousLabel = previousLabel;
  readonly nextLabel = nextLabel;
  readonly emptyLabel = emptyLabel;
  readonly exportLabel = exportLabel;
  readonly decisionsLabel = decisionsLabel;
  readonly destroyingLabel = destroyingLabel;
  readonly everyAccountLabel = everyAccountLabel;
  readonly filtersLabel = filtersLabel;
  readonly clearLabel = clearLabel;
  readonly errorTitle = errorTitle;

  readonly columns = [
    {
      label: accountLabel,
      fieldName: 'accountUrl',
      type: 'url',
      typeAttributes: { label: { fieldName: 'name' }, target: '_self' },
      initialWidth: 220
    },
    { label: tierLabel, fieldName: 'tier', type: 'text', initialWidth: 150 },
    {
      label: scoreLabel,
      fieldName: 'score',
      initialWidth: 115,
      type: 'number',
      sortable: true,
      typeAttributes: { maximumFractionDigits: 0 }
    },
    {
      label: netValueLabel,
      fieldName: 'netValue',
      initialWidth: 120,
      type: 'currency',
      sortable: true,
      typeAttributes: { maximumFractionDigits: 0 }
    },
    {
      label: costLabel,
      fieldName: 'costToServe',
      initialWidth: 135,
      type: 'currency',
      sortable: true,
      typeAttributes: { maximumFractionDigits: 0 }
    },
    {
      label: churnLabel,
      fieldName: 'churnProbability',
      initialWidth: 135,
      type: 'percent',
      sortable: true,
      typeAttributes: { maximumFractionDigits: 0 }
    },
    { label: ownerLabel, fieldName: 'ownerName', initialWidth: 140, type: 'text' },
    { label: industryLabel, fieldName: 'industry', initialWidth: 120, type: 'text' },
    { label: countryLabel, fieldName: 'country', initialWidth: 100, type: 'text' },
    { label: flagsLabel, fieldName: 'flags', initialWidth: 160, type: 'text', wrapText: true }
  ];

  connectedCallback(): void {
    void this.load();
  }

  get choiceGroups(): ChoiceGroup[] {
    return CHOICE_GROUPS.map((group) => ({
      name: group.name,
      dataId: `filter-${group.name}`,
      label: group.label,
      choices: group.values.map((value) => ({
        label: group.valueName(value),
        value,
        checked: this.filters[group.name].includes(value)
      }))
    }));
  }

  private withAll(options: readonly CvpApi.FilterOption[] | undefined): Option[] {
    return [
      { label: allLabel, value: '' },
      ...(options ?? []).map((each) => ({ label: each.text, value: each.value }))
    ];
  }

  get ownerOptions(): Option[] {
    return this.withAll(this.owners);
  }

  get industryOptions(): Option[] {
    return this.withAll(this.industries);
  }

  get countryOptions(): Option[] {
    return this.withAll(this.countries);
  }

  get hasCountries(): boolean {
    return (this.countries ?? []).length > 0;
  }

  get riskOptions(): Option[] {
    return [
      { label: allLabel, value: '' },
      { label: atRiskLabel, value: 'at_risk' },
      { label: notAtRiskLabel, value: 'not_at_risk' }
    ];
  }

  /** The filters in force, as removable pills. */
  get pills(): { name: string; label: string }[] {
    const { filters } = this;
    const optionText = (options: readonly CvpApi.FilterOption[] | undefined, value: string): string =>
      options?.find((each) => each.value === value)?.text ?? value;
    const pills = filters.tiers.map((tier) => ({ name: `tier:${tier}`, label: tierName(tier) }));
    if (filters.ownerId)
      pills.push({ name: 'ownerId', label: `${ownerLabel}: ${optionText(this.owners, filters.ownerId)}` });
    if (filters.industry)
      pills.push({ name: 'industry', label: `${industryLabel}: ${optionText(this.industries, filters.industry)}` });
    if (filters.country)
      pills.push({ name: 'country', label: `${countryLabel}: ${optionText(this.countries, filters.country)}` });
    if (filters.risk) pills.push({ name: 'risk', label: filters.risk === 'at_risk' ? atRiskLabel : notAtRiskLabel });
    for (const flag of filters.flags) pills.push({ name: `flag:${flag}`, label: flagName(flag) });
    return pills;
  }

  get hasPills(): boolean {
    return this.pills.length > 0;
  }

  get tableRows(): TableRow[] {
    return (this.page?.rows ?? []).map((row) => ({
      accountId: row.accountId,
      accountUrl: `/lightning/r/Account/${encodeURIComponent(row.accountId)}/view`,
      name: row.name,
      tier: tierName(row.tier),
      score: row.score,
      netValue: row.netValue,
      costToServe: row.costToServe,
      churnProbability: row.churnProbability,
      ownerName: row.ownerName,
      industry: row.industry,
      country: row.country,
      flags: row.flags.map(flagName).join(', ')
    }));
  }

  get hasRows(): boolean {
    return (this.page?.rows.length ?? 0) > 0;
  }

  get isEmpty(): boolean {
    return !this.loading && this.error === undefined && this.page?.rows.length === 0;
  }

  get hasError(): boolean {
    return this.error !== undefined;
  }

  get previousDisabled(): boolean {
    return this.loading || !this.page?.hasPrevious;
  }

  get nextDisabled(): boolean {
    return this.loading || !this.page?.hasNext;
  }

  get exportDisabled(): boolean {
    return this.exporting || !this.hasRows;
  }

  get pageText(): string {
    const page = this.page;
    if (page?.totalKnown) {
      const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
      return formatLabel(pageOfLabel, formatNumber(this.pageNumber), formatNumber(pages), formatNumber(page.total));
    }
    return formatLabel(pageLabel, formatNumber(this.pageNumber));
  }

  private async load(edge?: { row: CvpApi.PortfolioAccountRow; backward: boolean }): Promise<boolean> {
    this.loading = true;
    try {
      this.page = await getPortfolioAccounts({
        request: listRequest(this.filters, this.sortedBy, this.sortedDirection === 'desc', PAGE_SIZE, edge)
      });
      this.error = undefined;
      return true;
    } catch (error) {
      this.error = error;
      return false;
    } finally {
      this.loading = false;
    }
  }

  /** Filters changed: back to the first page. */
  private applyFilters(filters: ListFilters): void {
    this.filters = filters;
    this.pageNumber = 1;
    this.exportNote = '';
    void this.load();
  }

  /** Sets the filters from outside (a tier of the chart, a preset). */
  @api
  showFilters(filters: Partial<ListFilters>): void {
    this.applyFilters({ ...emptyFilters(), ...filters });
  }

  handleChoiceToggle(event: Event): void {
    const { value, checked, dataset } = event.target as HTMLInputElement;
    const group = CHOICE_GROUPS.find((each) => each.name === dataset.group);
    if (!group) return;
    const others = this.filters[group.name].filter((each) => each !== value);
    const chosen = checked ? [...others, value] : others;
    this.applyFilters({
      ...this.filters,
      [group.name]: group.inValueOrder ? group.values.filter((each) => chosen.includes(each)) : chosen
    });
  }

  handleChoice(event: CustomEvent<{ value: string }>): void {
    const name = (event.target as HTMLElement).dataset.filter as 'ownerId' | 'industry' | 'country' | 'risk';
    this.applyFilters({ ...this.filters, [name]: event.detail.value });
  }

  handleRemovePill(event: CustomEvent<{ item: { name: string } }>): void {
    const name = event.detail.item.name;
    const filters = { ...this.filters };
    if (name.startsWith('tier:')) filters.tiers = filters.tiers.filter((tier) => `tier:${tier}` !== name);
    else if (name.startsWith('flag:')) filters.flags = filters.flags.filter((flag) => `flag:${flag}` !== name);
    else filters[name as 'ownerId' | 'industry' | 'country' | 'risk'] = '';
    this.applyFilters(filters);
  }

  handleClear(): void {
    this.applyFilters(emptyFilters());
  }

  handlePresetDecisions(): void {
    this.sortedBy = 'churnProbability';
    this.sortedDirection = 'desc';
    this.applyFilters({ ...emptyFilters(), tiers: ['D1', 'D2'], risk: 'at_risk' });
  }

  handlePresetDestroying(): void {
    this.sortedBy = 'netValue';
    this.sortedDirection = 'asc';
    this.applyFilters({ ...emptyFilters(), tiers: ['D4'] });
  }

  handlePresetAll(): void {
    this.sortedBy = 'netValue';
    this.sortedDirection = 'desc';
    this.applyFilters(emptyFilters());
  }

  handleSort(event: CustomEvent<{ fieldName: string; sortDirection: 'asc' | 'desc' }>): void {
    this.sortedBy = event.detail.fieldName;
    this.sortedDirection = event.detail.sortDirection;
    this.pageNumber = 1;
    void this.load();
  }

  async handleNext(): Promise<void> {
    const rows = this.page?.rows ?? [];
    if (rows.length === 0) return;
    if (await this.load({ row: rows[rows.length - 1], backward: false })) this.pageNumber++;
  }

  async handlePrevious(): Promise<void> {
    const rows = this.page?.rows ?? [];
    if (rows.length === 0) return;
    if (await this.load({ row: rows[0], backward: true })) this.pageNumber = Math.max(1, this.pageNumber - 1);
  }

  handleRetry(): void {
    this.pageNumber = 1;
    void this.load();
  }

  /** Reads the filtered list page by page (at most EXPORT_LIMIT rows) and downloads it as CSV. */
  async handleExport(): Promise<void> {
    this.exporting = true;
    const rows: CvpApi.PortfolioAccountRow[] = [];
    try {
      let edge: { row: CvpApi.PortfolioAccountRow; backward: boolean } | undefined;
      for (;;) {
        const page = await getPortfolioAccounts({
          request: listRequest(this.filters, this.sortedBy, this.sortedDirection === 'desc', EXPORT_PAGE_SIZE, edge)
        });
        rows.push(...page.rows);
        if (!page.hasNext || page.rows.length === 0 || rows.length >= EXPORT_LIMIT) {
          this.exportNote = page.hasNext ? formatLabel(exportLimitLabel, formatNumber(EXPORT_LIMIT)) : '';
          break;
        }
        edge = { row: page.rows[page.rows.length - 1], backward: false };
      }
      const link = document.createElement('a');
      link.href = `data:text/csv;charset=utf-8,${encodeURIComponent('\ufeff' + toCsv(rows.slice(0, EXPORT_LIMIT)))}`;
      link.download = 'portfolio-accounts.csv';
      link.click();
    } catch (error) {
      this.error = error;
    } finally {
      this.exporting = false;
    }
  }
}
