/** Test helper: a transaction log (`order_id,account,order_date,amount`, ISO dates) rewritten as users export it. */

/** The log as a French Excel export: BOM, `;`, decimal commas, day-first dates, CRLF. */
export function frenchCopy(csv: string): string {
  const [header, ...rows] = csv.trim().split('\n');
  const french = rows.map((row) => {
    const [order, account, date, amount] = row.split(',');
    const [y, m, d] = date.split('-');
    return [order, account, `${d}/${m}/${y}`, amount.replace('.', ',')].join(';');
  });
  return '\uFEFF' + [header.replace(/,/g, ';'), ...french].join('\r\n') + '\r\n';
}
