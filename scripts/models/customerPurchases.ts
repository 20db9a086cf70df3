/**
 * The per-customer rules of a transaction log, in one place for the in-memory and the streamed readers: rows are
 * merged into purchase days (one day's amounts summed; a day whose net amount is negative is a refund), and each
 * customer's days are folded, in date order, into a few numbers: first purchase, last purchase up to the calibration
 * end, purchase days up to it and in the holdout, repeat spend and refunds. So memory is a fixed record per customer,
 * never the rows.
 *
 * A customer's rows in date order (a file sorted by date, or by customer then date) are folded as they come, with the
 * open day kept. A row dated before that customer's open day cannot be folded (the day may already be folded, its
 * net amount changed); that customer is marked and read again in a second pass over the same rows, which keeps only
 * the marked customers' rows (customer, day, amount: 16 bytes each) and folds them sorted by customer and day (rows
 * of one day summed in file order, as the first pass sums them). A file in date order is read once in O(customers)
 * memory; a shuffled one twice, with its shuffled customers' rows in memory. Node only.
 */
import type { CustomerSummary } from './modelFits';

/** The dates that cut the log, as day numbers, and the period unit's length in days. */
export interface PurchaseWindow {
  calibrationEnd: number;
  holdoutEnd?: number;
  unitDays: number;
  /** The log has amounts: each customer gets a mean repeat spend. */
  withSpend: boolean;
}

export interface PurchaseTotals {
  customers: CustomerSummary[];
  /** Repeat purchase days in (calibration end, holdout end] per summarised customer, when there is a holdout end. */
  holdout?: Map<string, number>;
  rows: number;
  /** Distinct (customer, day) pairs. */
  days: number;
  creditNotes: number;
  refundDays: number;
  excludedAfterCalibration: number;
  refundOnlyCustomers: number;
  /** Customers whose rows were not in date order (read in the second pass). */
  outOfOrderCustomers: number;
}

const NONE = -2_147_483_648;
const CALIBRATION_REFUND = 1;
const OUT_OF_ORDER = 2;

/** A copy of an id that does not keep alive the large text it was cut from. */
function ownCopy(id: string): string {
  return id.length < 13 ? id : (JSON.parse(JSON.stringify(id)) as string);
}

export class CustomerPurchases {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private size = 0;
  private capacity = 0;
  private openDay = new Int32Array(0);
  private openNet = new Float64Array(0);
  private firstPurchase = new Int32Array(0);
  private lastCalibrationPurchase = new Int32Array(0);
  private calibrationPurchases = new Int32Array(0);
  private holdoutPurchases = new Int32Array(0);
  private repeatSpend = new Float64Array(0);
  private calibrationRefunds = new Float64Array(0);
  private distinctDays = new Int32Array(0);
  private refundDayCount = new Int32Array(0);
  private flags = new Uint8Array(0);
  /** Customers whose rows were out of date order, and their rows (customer, day, amount) from the second pass. */
  private outOfOrder = 0;
  private rereadCount = 0;
  private rereadCustomer = new Int32Array(0);
  private rereadDay = new Int32Array(0);
  private rereadAmount = new Float64Array(0);
  private secondPass = false;
  private rows = 0;
  private creditNotes = 0;

  constructor(private readonly window: PurchaseWindow) {
    this.grow(1024);
  }

  /** True when some customer's rows were out of date order: feed every row again after `startSecondPass()`. */
  get needsSecondPass(): boolean {
    return !this.secondPass && this.outOfOrder > 0;
  }

  startSecondPass(): void {
    this.secondPass = true;
  }

  /** One row (already validated): customer id, day number, amount (0 without an amount column). */
  add(id: string, day: number, amount: number): void {
    if (this.secondPass) {
      const at = this.index.get(id);
      if (at !== undefined && (this.flags[at] & OUT_OF_ORDER) !== 0) this.keepRow(at, day, amount);
      return;
    }
    this.rows++;
    if (amount < 0) this.creditNotes++;
    let c = this.index.get(id);
    if (c === undefined) {
      c = this.newCustomer(ownCopy(id));
      this.index.set(this.ids[c], c);
    }
    if ((this.flags[c] & OUT_OF_ORDER) !== 0) return;
    const open = this.openDay[c];
    if (open === day) {
      this.openNet[c] += amount;
    } else if (open === NONE || day > open) {
      if (open !== NONE) this.fold(c, open, this.openNet[c]);
      this.openDay[c] = day;
      this.openNet[c] = 0 + amount;
    } else {
      this.reset(c);
      this.flags[c] = OUT_OF_ORDER;
      this.outOfOrder++;
    }
  }

  /** Folds the open days (and the re-read customers' days), then summarises each customer. */
  finish(): PurchaseTotals {
    for (let c = 0; c < this.size; c++) {
      if (this.openDay[c] !== NONE) {
        this.fold(c, this.openDay[c], this.openNet[c]);
        this.openDay[c] = NONE;
      }
    }
    this.foldKeptRows();
    const { calibrationEnd, holdoutEnd, unitDays, withSpend } = this.window;
    const customers: CustomerSummary[] = [];
    const holdout = holdoutEnd === undefined ? undefined : new Map<string, number>();
    const totals = {
      rows: this.rows,
      days: 0,
      creditNotes: this.creditNotes,
      refundDays: 0,
      excludedAfterCalibration: 0,
      refundOnlyCustomers: 0,
      outOfOrderCustomers: 0
    };
    for (let c = 0; c < this.size; c++) {
      totals.days += this.distinctDays[c];
      totals.refundDays += this.refundDayCount[c];
      if ((this.flags[c] & OUT_OF_ORDER) !== 0) totals.outOfOrderCustomers++;
      const first = this.firstPurchase[c];
      if (first === NONE || first > calibrationEnd) {
        if (first === NONE && (this.flags[c] & CALIBRATION_REFUND) !== 0) totals.refundOnlyCustomers++;
        else totals.excludedAfterCalibration++;
        continue;
      }
      const x = this.calibrationPurchases[c] - 1;
      const customer: CustomerSummary = {
        id: this.ids[c],
        x,
        tx: (this.lastCalibrationPurchase[c] - first) / unitDays,
        T: (calibrationEnd - first) / unitDays
      };
      if (withSpend) {
        const spend = this.repeatSpend[c] + this.calibrationRefunds[c];
        customer.monetary = x > 0 ? Math.max(0, spend / x) : 0;
      }
      customers.push(customer);
      holdout?.set(customer.id, this.holdoutPurchases[c]);
    }
    customers.sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    return holdout === undefined ? { customers, ...totals } : { customers, holdout, ...totals };
  }

  /** Second pass: one row of a customer whose rows were out of date order. */
  private keepRow(c: number, day: number, amount: number): void {
    const n = this.rereadCount;
    if (n === this.rereadDay.length) {
      const capacity = Math.max(1024, n * 2);
      const customer = new Int32Array(capacity);
      customer.set(this.rereadCustomer);
      const days = new Int32Array(capacity);
      days.set(this.rereadDay);
      const amounts = new Float64Array(capacity);
      amounts.set(this.rereadAmount);
      this.rereadCustomer = customer;
      this.rereadDay = days;
      this.rereadAmount = amounts;
    }
    this.rereadCustomer[n] = c;
    this.rereadDay[n] = day;
    this.rereadAmount[n] = amount;
    this.rereadCount = n + 1;
  }

  /** The kept rows sorted by customer, day and file order; each day's amounts summed in file order, then folded. */
  private foldKeptRows(): void {
    const n = this.rereadCount;
    const customer = this.rereadCustomer;
    const days = this.rereadDay;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((p, q) => customer[p] - customer[q] || days[p] - days[q] || p - q);
    for (let k = 0; k < n;) {
      const c = customer[order[k]];
      const day = days[order[k]];
      let net = 0;
      while (k < n && customer[order[k]] === c && days[order[k]] === day) net += this.rereadAmount[order[k++]];
      this.fold(c, day, net);
    }
    this.rereadCount = 0;
    this.rereadCustomer = new Int32Array(0);
    this.rereadDay = new Int32Array(0);
    this.rereadAmount = new Float64Array(0);
  }

  /** One purchase day or refund day of customer `c`, days folded in increasing order. */
  private fold(c: number, day: number, net: number): void {
    const { calibrationEnd, holdoutEnd } = this.window;
    this.distinctDays[c]++;
    if (net < 0) {
      this.refundDayCount[c]++;
      if (day <= calibrationEnd) {
        this.calibrationRefunds[c] += net;
        this.flags[c] |= CALIBRATION_REFUND;
      }
      return;
    }
    // The first purchase opens the customer's history; its amount is not repeat spend.
    if (this.firstPurchase[c] === NONE) this.firstPurchase[c] = day;
    else if (day <= calibrationEnd) this.repeatSpend[c] += net;
    if (day <= calibrationEnd) {
      this.calibrationPurchases[c]++;
      this.lastCalibrationPurchase[c] = day;
    } else if (holdoutEnd !== undefined && day <= holdoutEnd) {
      this.holdoutPurchases[c]++;
    }
  }

  private newCustomer(id: string): number {
    if (this.size === this.capacity) this.grow(this.capacity * 2);
    const c = this.size++;
    this.ids.push(id);
    this.reset(c);
    return c;
  }

  private reset(c: number): void {
    this.openDay[c] = NONE;
    this.openNet[c] = 0;
    this.firstPurchase[c] = NONE;
    this.lastCalibrationPurchase[c] = NONE;
    this.calibrationPurchases[c] = 0;
    this.holdoutPurchases[c] = 0;
    this.repeatSpend[c] = 0;
    this.calibrationRefunds[c] = 0;
    this.distinctDays[c] = 0;
    this.refundDayCount[c] = 0;
    this.flags[c] = 0;
  }

  private grow(capacity: number): void {
    const int = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(capacity);
      next.set(old);
      return next;
    };
    const float = (old: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
      const next = new Float64Array(capacity);
      next.set(old);
      return next;
    };
    this.openDay = int(this.openDay);
    this.openNet = float(this.openNet);
    this.firstPurchase = int(this.firstPurchase);
    this.lastCalibrationPurchase = int(this.lastCalibrationPurchase);
    this.calibrationPurchases = int(this.calibrationPurchases);
    this.holdoutPurchases = int(this.holdoutPurchases);
    this.repeatSpend = float(this.repeatSpend);
    this.calibrationRefunds = float(this.calibrationRefunds);
    this.distinctDays = int(this.distinctDays);
    this.refundDayCount = int(this.refundDayCount);
    const flags = new Uint8Array(capacity);
    flags.set(this.flags);
    this.flags = flags;
    this.capacity = capacity;
  }
}
