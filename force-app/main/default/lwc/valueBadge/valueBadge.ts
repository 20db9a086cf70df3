/**
 * The value badge: tier chip (name, colour and text — never colour alone), score 0–100 and flag icons with their
 * names as alternative text and tooltip. On a record page it loads the stored value of `recordId`; in a list it shows
 * the `value` it is given and calls nothing.
 */
import { LightningElement, api, wire } from 'lwc';
import getAccountValue from '@salesforce/apex/CustomerValueController.getAccountValue';
import { reduceErrors } from 'c/ldsUtils';
import { FLAG_LABELS, flagName, formatLabel, tierDescription, tierName } from 'c/valueLabels';
import badgeScore from '@salesforce/label/c.Badge_Score';
import badgeScoreAssistive from '@salesforce/label/c.Badge_Score_Assistive';
import badgeNotScored from '@salesforce/label/c.Badge_Not_Scored';
import badgeOverridden from '@salesforce/label/c.Badge_Overridden';
import badgeValueUnavailable from '@salesforce/label/c.Badge_Value_Unavailable';
import commonLoading from '@salesforce/label/c.Common_Loading';

/** What the badge shows: a stored or live result, or anything with these fields (a list row). */
export interface BadgeValue {
  tier: string;
  score: number;
  flags?: string[];
  tierOverridden?: boolean;
}

interface WiredAccountValue {
  data?: CvpApi.AccountValueResponse;
  error?: unknown;
}

/** SLDS theme per tier: green, dark blue, light grey, red; the tier's name is always written on the chip. */
const TIER_THEMES: Readonly<Record<string, string>> = {
  D1: 'slds-theme_success',
  D2: 'slds-theme_alt-inverse',
  D3: 'slds-badge_lightest',
  D4: 'slds-theme_error'
};

const FLAG_ICONS: Readonly<Record<string, string>> = {
  most_valued_customer: 'utility:favorite',
  high_potential: 'utility:trending',
  at_risk: 'utility:warning',
  strategic: 'utility:target',
  data_incomplete: 'utility:question_mark'
};

const FLAG_VARIANTS: Readonly<Record<string, string>> = { at_risk: 'warning', data_incomplete: 'warning' };

export default class ValueBadge extends LightningElement {
  /** Account Id on a record page; ignored when `value` is given. */
  @api recordId?: string;
  /** A value to show as is (list column, panel header): no server call. */
  @api value?: BadgeValue;

  loadedValue?: BadgeValue;
  loadError: unknown;
  loaded = false;

  readonly loadingLabel = commonLoading;
  readonly notScoredLabel = badgeNotScored;
  readonly overriddenLabel = badgeOverridden;
  readonly unavailableLabel = badgeValueUnavailable;

  @wire(getAccountValue, { accountId: '$recordId' })
  wiredAccountValue({ data, error }: WiredAccountValue): void {
    if (data) {
      this.loadedValue = data.stored.scored ? data.stored.result : { tier: '', score: 0 };
      this.loadError = undefined;
      this.loaded = true;
    } else if (error) {
      this.loadedValue = undefined;
      this.loadError = error;
      this.loaded = true;
    }
  }

  get shown(): BadgeValue | undefined {
    return this.value ?? this.loadedValue;
  }

  get isLoading(): boolean {
    return this.value === undefined && !this.loaded && this.recordId !== undefined;
  }

  get errorMessage(): string {
    return this.value === undefined && this.loadError ? reduceErrors(this.loadError).join(' ') : '';
  }

  get isScored(): boolean {
    const shown = this.shown;
    return shown !== undefined && shown.tier !== '';
  }

  get isNotScored(): boolean {
    return !this.isLoading && !this.errorMessage && !this.isScored;
  }

  get tierLabel(): string {
    return tierName(this.shown?.tier ?? '');
  }

  get tierTitle(): string {
    return tierDescription(this.shown?.tier ?? '');
  }

  get tierClass(): string {
    return `slds-badge slds-m-right_x-small ${TIER_THEMES[this.shown?.tier ?? ''] ?? 'slds-badge_lightest'}`;
  }

  get isOverridden(): boolean {
    return this.shown?.tierOverridden === true;
  }

  get scoreText(): string {
    return formatLabel(badgeScore, Math.round(this.shown?.score ?? 0));
  }

  get scoreAssistive(): string {
    return formatLabel(badgeScoreAssistive, Math.round(this.shown?.score ?? 0));
  }

  /** Flags in the fixed order of FLAG_LABELS, so a list column lines its icons up. */
  get flagItems(): { key: string; label: string; icon: string; variant: string }[] {
    const flags = this.shown?.flags ?? [];
    return Object.keys(FLAG_LABELS)
      .filter((flag) => flags.includes(flag))
      .map((flag) => ({
        key: flag,
        label: flagName(flag),
        icon: FLAG_ICONS[flag] ?? 'utility:info',
        variant: FLAG_VARIANTS[flag] ?? ''
      }));
  }
}
