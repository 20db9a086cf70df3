/**
 * The Value Settings what-if, as the admin reads it: how many accounts change tier and on what basis (whole portfolio
 * or a stratified sample with its margin of error), the tier-move matrix coloured by count, the score distribution and
 * the net value per tier before and after (tables: they are their own text alternative), the accounts that move most
 * (links to their page), and the new separation candidates and guardrail blocks.
 */
import { LightningElement, api } from 'lwc';
import type { WhatIfMover, WhatIfResult } from 'c/valueEngine';
import { formatLabel, tierName, tierShortName } from 'c/valueLabels';
import { formatMoneyCompact, formatNumber, formatPercent } from 'c/valueFormat';
import { LABELS } from './previewLabels';

const TIERS = ['D1', 'D2', 'D3', 'D4'];

interface MoverView {
  key: string;
  name: string;
  url: string;
  tierBefore: string;
  tierAfter: string;
  score: string;
  direction: string;
}

function moverViews(movers: WhatIfMover[]): MoverView[] {
  return movers.map((mover) => ({
    key: mover.accountId,
    name: mover.name === '' ? mover.accountId : mover.name,
    url: `/lightning/r/Account/${encodeURIComponent(mover.accountId)}/view`,
    tierBefore: tierName(mover.tierBefore),
    tierAfter: tierName(mover.tierAfter),
    score: `${formatNumber(mover.scoreBefore)} → ${formatNumber(mover.scoreAfter)}`,
    direction: mover.tierAfter > mover.tierBefore ? '↓' : mover.tierAfter < mover.tierBefore ? '↑' : '='
  }));
}

export default class ValueWhatIfPreview extends LightningElement {
  @api result?: WhatIfResult;
  @api loading = false;
  /** While loading: how far the reading of the portfolio is ("4 000 of 100 046 accounts read"). */
  @api progress = '';
  @api error: unknown;
  @api empty = false;
  /** The settings have an error: the preview shows the last valid result and says it waits. */
  @api waiting = false;
  @api elapsedMs = 0;

  readonly labels = LABELS;

  get hasError(): boolean {
    return this.error !== undefined && this.error !== null;
  }

  get hasResult(): boolean {
    return this.result !== undefined && !this.empty;
  }

  get basis(): string {
    const result = this.result;
    if (result === undefined) return '';
    return result.sampled
      ? formatLabel(
          LABELS.previewSampled,
          formatNumber(result.accountsRead),
          formatNumber(result.population),
          formatPercent(result.movedShareMargin)
        )
      : formatLabel(LABELS.previewBasedOn, formatNumber(result.accountsRead));
  }

  get moved(): string {
    const result = this.result;
    if (result === undefined) return '';
    return formatLabel(LABELS.previewMoved, formatNumber(result.movedAccounts), formatPercent(result.movedShare));
  }

  get timing(): string {
    return formatLabel(LABELS.previewTime, formatNumber(this.elapsedMs));
  }

  get tierHeaders(): { key: string; label: string; name: string }[] {
    return TIERS.map((tier) => ({ key: tier, label: tier, name: tierShortName(tier) }));
  }

  /** Rows: the tier now; cells: accounts going to each new tier, shaded by their share of the row's largest cell. */
  get matrix(): {
    key: string;
    label: string;
    cells: { key: string; text: string; style: string; moved: boolean }[];
  }[] {
    const moves = this.result?.moves ?? [];
    const largest = Math.max(1, ...moves.flat());
    return TIERS.map((tier, from) => ({
      key: tier,
      label: tierName(tier),
      cells: TIERS.map((target, to) => {
        const count = moves[from]?.[to] ?? 0;
        const alpha = count <= 0 ? 0 : 0.12 + (0.6 * count) / largest;
        const hue = from === to ? '1, 118, 211' : to > from ? '186, 5, 23' : '46, 132, 74';
        return {
          key: `${tier}-${target}`,
          text: formatNumber(count),
          style: `background-color: rgba(${hue}, ${alpha.toFixed(2)});`,
          moved: from !== to && count > 0
        };
      })
    }));
  }

  get scoreRows(): {
    key: string;
    range: string;
    before: string;
    after: string;
    beforeStyle: string;
    afterStyle: string;
  }[] {
    const bins = this.result?.scoreBins ?? [];
    const largest = Math.max(1, ...bins.map((bin) => Math.max(bin.before, bin.after)));
    return bins.map((bin) => ({
      key: String(bin.from),
      range: `${bin.from}–${bin.to}`,
      before: formatNumber(bin.before),
      after: formatNumber(bin.after),
      beforeStyle: `width: ${((100 * bin.before) / largest).toFixed(1)}%;`,
      afterStyle: `width: ${((100 * bin.after) / largest).toFixed(1)}%;`
    }));
  }

  get tierRows(): { key: string; label: string; accounts: string; before: string; after: string; className: string }[] {
    return (this.result?.tiers ?? []).map((tier) => ({
      key: tier.tier,
      label: tierName(tier.tier),
      accounts: `${formatNumber(tier.accountsBefore)} → ${formatNumber(tier.accountsAfter)}`,
      before: formatMoneyCompact(tier.netValueBefore),
      after: formatMoneyCompact(tier.netValueAfter),
      className: tier.netValueAfter < tier.netValueBefore ? 'slds-text-color_error' : ''
    }));
  }

  get movers(): MoverView[] {
    return moverViews(this.result?.topMovers ?? []);
  }

  get hasMovers(): boolean {
    return this.movers.length > 0;
  }

  get separate(): MoverView[] {
    return moverViews(this.result?.newlySeparate ?? []);
  }

  get blocked(): MoverView[] {
    return moverViews(this.result?.newlyBlocked ?? []);
  }

  get hasSeparate(): boolean {
    return this.separate.length > 0;
  }

  get hasBlocked(): boolean {
    return this.blocked.length > 0;
  }

  get separateTitle(): string {
    return formatLabel(LABELS.separateTitle, formatNumber(this.result?.newlySeparateCount ?? 0));
  }

  get blockedTitle(): string {
    return formatLabel(LABELS.blockedTitle, formatNumber(this.result?.newlyBlockedCount ?? 0));
  }
}
