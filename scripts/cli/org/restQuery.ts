/** SOQL over the REST API (`/query?q=`), following `nextRecordsUrl` until `done`. For small answers; Bulk for big ones. */
import type { OrgClient } from './orgClient';

interface QueryPage<T> {
  totalSize: number;
  done: boolean;
  records: T[];
  nextRecordsUrl?: string;
}

export async function queryAll<T>(client: OrgClient, soql: string): Promise<T[]> {
  const records: T[] = [];
  let page = await client.rest<QueryPage<T>>('GET', `/query?q=${encodeURIComponent(soql)}`);
  records.push(...page.records);
  while (!page.done && page.nextRecordsUrl !== undefined) {
    page = await client.rest<QueryPage<T>>('GET', page.nextRecordsUrl.replace(/^\/services\/data\/v[\d.]+/, ''));
    records.push(...page.records);
  }
  return records;
}
