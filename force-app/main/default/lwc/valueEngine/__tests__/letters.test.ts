import {
  SEPARATION_PATH_VALUES,
  defaultLetterLanguage,
  defaultLetterTemplates,
  escapeHtml,
  findLetterTemplate,
  letterPlainText,
  mergeFieldsOf,
  renderDefaultLetter,
  renderLetter
} from '../valueEngine';

const fields = {
  contactName: 'Ms Martin',
  accountName: 'Acme & Sons',
  companyName: 'Northwind',
  senderName: 'J. Doe',
  reason: 'the support load is <three times> the average',
  noticeMonths: '8',
  effectiveDate: '2026-01-31',
  alternativeOffer: 'our standard plan',
  newPrice: '12 000 EUR',
  serviceChange: 'support by e-mail only',
  partnerName: 'Contoso'
};

describe('letters', () => {
  it('provides an English and a French template for every path', () => {
    const templates = defaultLetterTemplates();
    expect(templates).toHaveLength(10);
    for (const path of SEPARATION_PATH_VALUES) {
      for (const language of ['en', 'fr']) {
        const template = findLetterTemplate(templates, path, language);
        expect(template.path).toBe(path);
        expect(template.language).toBe(language);
        expect(mergeFieldsOf(template.body)).toEqual(
          expect.arrayContaining(['reason', 'noticeMonths', 'alternativeOffer'])
        );
        expect(template.talkingPoints.length).toBeGreaterThan(2);
      }
    }
  });

  it('merges fields and escapes HTML in values', () => {
    const letter = renderDefaultLetter('end_relationship', 'en', fields);
    expect(letter.missingFields).toEqual([]);
    expect(letter.subject).toBe('End of our business relationship');
    expect(letter.html).toContain('<p>Dear Ms Martin,</p>');
    expect(letter.html).toContain('Acme &amp; Sons');
    expect(letter.html).toContain('&lt;three times&gt;');
    expect(letter.html).toContain('8 months');
    expect(letter.html).not.toContain('{{');
    expect(letter.talkingPoints[1]).toBe(
      'Give the honest reason: the support load is &lt;three times&gt; the average.'
    );
  });

  it('renders the French letter with the notice period', () => {
    const letter = renderDefaultLetter('referral', 'fr', fields);
    expect(letter.html).toContain('préavis de 8 mois');
    expect(letter.html).toContain('Contoso');
  });

  it('reports missing merge fields and leaves a visible placeholder', () => {
    const letter = renderLetter(
      {
        path: 'referral',
        language: 'en',
        subject: 'Hi {{contactName}}',
        body: 'A\nB {{partnerName}}\n\n{{ partnerName }} {{unclosed',
        talkingPoints: []
      },
      { contactName: ' ' }
    );
    expect(letter.missingFields).toEqual(['contactName', 'partnerName']);
    expect(letter.subject).toBe('Hi [contactName]');
    expect(letter.html).toBe('<p>A<br>B [partnerName]</p><p>[partnerName] {{unclosed</p>');
  });

  it('falls back to English, then to an empty template', () => {
    const templates = defaultLetterTemplates().filter((template) => template.language === 'en');
    expect(findLetterTemplate(templates, 'referral', 'fr').language).toBe('en');
    expect(findLetterTemplate([], 'referral', 'fr').body).toBe('');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(mergeFieldsOf('{{a}} {{b}} {{a}} {{}} {{c')).toEqual(['a', 'b']);
  });
});

describe('letter language and plain text', () => {
  it('writes French to French-speaking countries and English elsewhere', () => {
    expect(['FR', 'be', ' LU ', 'MC', 'CH'].map(defaultLetterLanguage)).toEqual(['fr', 'fr', 'fr', 'fr', 'fr']);
    expect(['DE', 'CA', ''].map(defaultLetterLanguage)).toEqual(['en', 'en', 'en']);
  });

  it('turns a rendered letter back into the plain text the customer reads', () => {
    const rendered = renderDefaultLetter('end_relationship', 'en', fields);
    const text = letterPlainText(rendered.html);
    expect(text).toContain('Acme & Sons');
    expect(text).toContain('<three times>');
    expect(text).not.toContain('<p>');
    expect(text.split('\n\n').length).toBeGreaterThan(3);
    expect(letterPlainText('<p>a<br>b</p><p>&amp;lt;</p>')).toBe('a\nb\n\n&lt;');
  });
});
