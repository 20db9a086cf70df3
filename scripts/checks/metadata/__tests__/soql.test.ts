import { blankSoqlLiterals, parseSoql } from '../references/soql';

const paths = (query: string): string[] => (parseSoql(query)?.fields ?? []).map((field) => field.segments.join('.'));

describe('SOQL reader', () => {
  it('reads select items, aggregate arguments, comparisons, GROUP BY and ORDER BY', () => {
    expect(
      paths(
        'SELECT Account__c, SUM(Score__c) total, COUNT() FROM Value_Snapshot__c ' +
          "WHERE Score__c > :minimum AND Tier__c IN ('a') AND Name LIKE 'x%' AND Owner.Name != null " +
          'GROUP BY Account__c, ROLLUP(Tier__c) ORDER BY Account__c DESC NULLS LAST LIMIT 10'
      )
    ).toEqual([
      'Account__c',
      'Score__c',
      'Score__c',
      'Tier__c',
      'Name',
      'Owner.Name',
      'Account__c',
      'Tier__c',
      'Account__c'
    ]);
  });

  it('drops a leading object name, never reads bind variables, and skips FIELDS(ALL)', () => {
    expect(paths('SELECT Account.Name, FIELDS(STANDARD) FROM Account WHERE Id = :record.Id')).toEqual(['Name', 'Id']);
  });

  it('separates relationship subqueries from semi-joins', () => {
    const query = parseSoql(
      'SELECT Id, (SELECT Score__c FROM Value_Snapshots__r) FROM Account WHERE Id IN (SELECT Account__c FROM Value_Snapshot__c)'
    );
    expect(query?.childQueries.map((child) => child.from)).toEqual(['Value_Snapshots__r']);
    expect(query?.semiJoins.map((join) => join.from)).toEqual(['Value_Snapshot__c']);
  });

  it('is undefined for text that is not a query', () => {
    expect(parseSoql('SELECT the best customers')).toBeUndefined();
  });

  it('blanks quoted values, escaped quotes included, keeping offsets', () => {
    const text = "WHERE Name = 'it\\'s' AND Score__c > 1";
    const blanked = blankSoqlLiterals(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toContain('it');
    expect(blanked).toContain('Score__c');
  });
});
