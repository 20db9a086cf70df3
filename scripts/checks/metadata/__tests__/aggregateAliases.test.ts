import { aggregateAliasFindings, aggregateNames } from '../references/aggregateAliases';

describe('aggregate aliases', () => {
  it('names each select item as an AggregateResult answers to it', () => {
    expect([
      ...(aggregateNames(
        "SELECT AccountId accountId, Account.Name, COUNT(Id), SUM(Amount) revenue, MAX(CloseDate) FROM Opportunity WHERE StageName = 'A, B' GROUP BY AccountId, Account.Name"
      ) ?? [])
    ]).toEqual(['accountid', 'name', 'expr0', 'revenue', 'expr1']);
    expect(aggregateNames('not a query')).toBeUndefined();
  });

  const selector = (read: string): string =>
    [
      'public with sharing class PipelineSelector {',
      '  public static Map<Id, Decimal> pipeline(Set<Id> ids) {',
      '    Map<Id, Decimal> byAccount = new Map<Id, Decimal>();',
      '    for (AggregateResult row : [SELECT AccountId accountId, SUM(ExpectedRevenue) pipeline FROM Opportunity',
      '        WHERE AccountId IN :ids WITH USER_MODE GROUP BY AccountId]) {',
      `      byAccount.put((Id) row.get('accountId'), (Decimal) row.get('${read}'));`,
      '    }',
      '    return byAccount;',
      '  }',
      '}'
    ].join('\n');

  it('accepts aliases of the class’s own aggregate queries, in any case', () => {
    expect(aggregateAliasFindings('P.cls', selector('Pipeline'))).toEqual([]);
  });

  it('reports a misspelled alias with its line', () => {
    expect(aggregateAliasFindings('P.cls', selector('pipline'))).toEqual([
      {
        path: 'P.cls',
        line: 6,
        rule: 'soql-alias',
        message:
          "row.get('pipline'): no aggregate query of this class selects that alias or field (it has: accountid, pipeline)"
      }
    ]);
  });

  it('leaves alone classes without an aggregate query of their own and other get calls', () => {
    const elsewhere =
      "public class Reader { Object q(AggregateResult row, Map<String, Object> m) { m.get('x'); return row.get('quantity'); } }";
    expect(aggregateAliasFindings('R.cls', elsewhere)).toEqual([]);
  });
});
