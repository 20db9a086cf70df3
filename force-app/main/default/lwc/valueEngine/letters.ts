/**
 * Separation letters: templates with `{{field}}` merge fields, default templates in English and French for each path
 * (honest reason, notice period, the alternative offered), talking points for the rep, missing merge fields reported
 * (rendered as `[field]` so an incomplete letter is visible), output HTML-escaped (paragraphs on blank lines).
 */
import type { Language, SeparationPath } from './domain';
import { isMissingText } from './numbers';

/** A letter template for a path and a language. */
export interface LetterTemplate {
  path: SeparationPath;
  language: Language;
  subject: string;
  body: string;
  talkingPoints: string[];
}

/** A rendered letter: escaped subject, HTML body, the merge fields that had no value, the talking points. */
export interface RenderedLetter {
  subject: string;
  html: string;
  missingFields: string[];
  talkingPoints: string[];
}

/** Escapes `&`, `<`, `>`, `"` and `'` for HTML. */
export function escapeHtml(text: string): string {
  let escaped = '';
  const value = text ?? '';
  for (let i = 0; i < value.length; i++) {
    const character = value.charAt(i);
    if (character === '&') {
      escaped = escaped + '&amp;';
    } else if (character === '<') {
      escaped = escaped + '&lt;';
    } else if (character === '>') {
      escaped = escaped + '&gt;';
    } else if (character === '"') {
      escaped = escaped + '&quot;';
    } else if (character === "'") {
      escaped = escaped + '&#39;';
    } else {
      escaped = escaped + character;
    }
  }
  return escaped;
}

/** Merge-field names used by `text`, in order of first appearance. */
export function mergeFieldsOf(text: string): string[] {
  const names: string[] = [];
  const value = text ?? '';
  let position = value.indexOf('{{');
  while (position >= 0) {
    const end = value.indexOf('}}', position + 2);
    if (end < 0) {
      break;
    }
    const name = value.substring(position + 2, end).trim();
    if (name !== '' && !names.includes(name)) {
      names.push(name);
    }
    position = value.indexOf('{{', end + 2);
  }
  return names;
}

/** `text` with merge fields replaced (values and text escaped); missing names are appended to `missing`. */
export function mergeText(text: string, fields: Record<string, string>, missing: string[]): string {
  const value = text ?? '';
  const values: Record<string, string> = fields ?? {};
  let result = '';
  let cursor = 0;
  let position = value.indexOf('{{');
  while (position >= 0) {
    const end = value.indexOf('}}', position + 2);
    if (end < 0) {
      break;
    }
    result = result + escapeHtml(value.substring(cursor, position));
    const name = value.substring(position + 2, end).trim();
    const fieldValue = values[name];
    if (isMissingText(fieldValue) || fieldValue.trim() === '') {
      if (!missing.includes(name)) {
        missing.push(name);
      }
      result = result + escapeHtml('[' + name + ']');
    } else {
      result = result + escapeHtml(fieldValue);
    }
    cursor = end + 2;
    position = value.indexOf('{{', cursor);
  }
  return result + escapeHtml(value.substring(cursor, value.length));
}

/** Escaped HTML of a merged body: paragraphs on blank lines (`<p>`), line breaks as `<br>`. */
function toHtml(merged: string): string {
  const paragraphs = merged.split('\n');
  let html = '';
  let open = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const line = paragraphs[i].trim();
    if (line === '') {
      if (open) {
        html = html + '</p>';
        open = false;
      }
      continue;
    }
    html = html + (open ? '<br>' : '<p>') + line;
    open = true;
  }
  return open ? html + '</p>' : html;
}

/** Renders `template` with `fields`. Never throws; unknown fields are reported in `missingFields`. */
export function renderLetter(template: LetterTemplate, fields: Record<string, string>): RenderedLetter {
  const missing: string[] = [];
  const subject = mergeText(template.subject ?? '', fields, missing);
  const body = mergeText(template.body ?? '', fields, missing);
  const points: string[] = [];
  const sourcePoints = template.talkingPoints ?? [];
  for (let i = 0; i < sourcePoints.length; i++) {
    points.push(mergeText(sourcePoints[i], fields, missing));
  }
  return { subject: subject, html: toHtml(body), missingFields: missing, talkingPoints: points };
}

function template(
  path: SeparationPath,
  language: Language,
  subject: string,
  body: string,
  talkingPoints: string[]
): LetterTemplate {
  return { path: path, language: language, subject: subject, body: body, talkingPoints: talkingPoints };
}

const EN_CLOSING = '\n\nWe remain at your disposal for any question.\n\n{{senderName}}\n{{companyName}}';
const FR_CLOSING =
  '\n\nNous restons à votre disposition pour toute question.\n\nVeuillez agréer nos salutations distinguées.\n\n{{senderName}}\n{{companyName}}';

/** The default templates: one per path in English and in French (ten). */
export function defaultLetterTemplates(): LetterTemplate[] {
  return [
    template(
      'price_increase',
      'en',
      'Change to the terms of our relationship',
      'Dear {{contactName}},\n\nThank you for the trust {{accountName}} has placed in us. Serving your account as we do today costs us more than it brings: {{reason}}.\n\nFrom {{effectiveDate}}, our price will be {{newPrice}}. To give you time to plan, this change takes effect after a notice period of {{noticeMonths}} months.\n\nIf this does not suit you, we can offer an alternative: {{alternativeOffer}}.' +
        EN_CLOSING,
      [
        'Open with thanks for the relationship.',
        'Explain the reason honestly: {{reason}}.',
        'State the new price and the notice of {{noticeMonths}} months.',
        'Offer the alternative: {{alternativeOffer}}.',
        'Listen; do not improvise discounts beyond the approved cap.'
      ]
    ),
    template(
      'price_increase',
      'fr',
      'Évolution des conditions de notre relation',
      'Madame, Monsieur {{contactName}},\n\nNous vous remercions de la confiance que {{accountName}} nous accorde. Servir votre compte comme aujourd’hui nous coûte davantage qu’il ne rapporte : {{reason}}.\n\nÀ compter du {{effectiveDate}}, notre tarif sera de {{newPrice}}. Pour vous laisser le temps de vous organiser, ce changement prend effet après un préavis de {{noticeMonths}} mois.\n\nSi cela ne vous convient pas, nous pouvons vous proposer une alternative : {{alternativeOffer}}.' +
        FR_CLOSING,
      [
        'Commencer par remercier pour la relation.',
        'Expliquer honnêtement la raison : {{reason}}.',
        'Annoncer le nouveau tarif et le préavis de {{noticeMonths}} mois.',
        'Proposer l’alternative : {{alternativeOffer}}.',
        'Écouter ; ne pas improviser de remise au-delà du plafond approuvé.'
      ]
    ),
    template(
      'service_reduction',
      'en',
      'Change to the service we provide',
      'Dear {{contactName}},\n\nWe value our relationship with {{accountName}}. We have reviewed how we serve your account and must be transparent with you: {{reason}}.\n\nFrom {{effectiveDate}}, after a notice period of {{noticeMonths}} months, the service will change as follows: {{serviceChange}}.\n\nTo keep working together on a sound basis, we propose: {{alternativeOffer}}.' +
        EN_CLOSING,
      [
        'Explain what changes and why: {{reason}}.',
        'Give the date and the notice of {{noticeMonths}} months.',
        'Present the alternative: {{alternativeOffer}}.',
        'Say clearly what stays the same.'
      ]
    ),
    template(
      'service_reduction',
      'fr',
      'Évolution du service que nous vous apportons',
      'Madame, Monsieur {{contactName}},\n\nNous tenons à notre relation avec {{accountName}}. Nous avons revu la manière dont nous servons votre compte et souhaitons être transparents : {{reason}}.\n\nÀ compter du {{effectiveDate}}, après un préavis de {{noticeMonths}} mois, le service évoluera ainsi : {{serviceChange}}.\n\nPour continuer à travailler ensemble sur une base saine, nous vous proposons : {{alternativeOffer}}.' +
        FR_CLOSING,
      [
        'Expliquer ce qui change et pourquoi : {{reason}}.',
        'Donner la date et le préavis de {{noticeMonths}} mois.',
        'Présenter l’alternative : {{alternativeOffer}}.',
        'Dire clairement ce qui ne change pas.'
      ]
    ),
    template(
      'standard_offer',
      'en',
      'Moving to our standard offer',
      'Dear {{contactName}},\n\nThank you for working with us. The tailored arrangement we have with {{accountName}} no longer works for either of us: {{reason}}.\n\nWe propose to move you to our standard offer: {{alternativeOffer}}. This will take effect on {{effectiveDate}}, after a notice period of {{noticeMonths}} months.' +
        EN_CLOSING,
      [
        'Present the standard offer as a good fit, not a downgrade: {{alternativeOffer}}.',
        'Be honest about the reason: {{reason}}.',
        'Confirm the notice of {{noticeMonths}} months and the date {{effectiveDate}}.'
      ]
    ),
    template(
      'standard_offer',
      'fr',
      'Passage à notre offre standard',
      'Madame, Monsieur {{contactName}},\n\nNous vous remercions de votre collaboration. L’organisation sur mesure mise en place avec {{accountName}} ne convient plus à aucune des deux parties : {{reason}}.\n\nNous vous proposons de passer à notre offre standard : {{alternativeOffer}}. Ce changement prendra effet le {{effectiveDate}}, après un préavis de {{noticeMonths}} mois.' +
        FR_CLOSING,
      [
        'Présenter l’offre standard comme adaptée, pas comme un déclassement : {{alternativeOffer}}.',
        'Être honnête sur la raison : {{reason}}.',
        'Confirmer le préavis de {{noticeMonths}} mois et la date du {{effectiveDate}}.'
      ]
    ),
    template(
      'referral',
      'en',
      'A partner better suited to your needs',
      'Dear {{contactName}},\n\nWe want {{accountName}} to be served as well as possible, and we have to be honest: {{reason}}.\n\nWe believe {{partnerName}} is better suited to your needs. With your consent, we will introduce you and hand over what they need to serve you well. Our current arrangement continues until {{effectiveDate}}, after a notice period of {{noticeMonths}} months.\n\nIf you prefer, we can also offer: {{alternativeOffer}}.' +
        EN_CLOSING,
      [
        'Explain why another provider serves them better: {{reason}}.',
        'Introduce {{partnerName}} only with the customer’s consent.',
        'Confirm the notice of {{noticeMonths}} months; nothing stops before {{effectiveDate}}.',
        'Mention the alternative: {{alternativeOffer}}.'
      ]
    ),
    template(
      'referral',
      'fr',
      'Un partenaire plus adapté à vos besoins',
      'Madame, Monsieur {{contactName}},\n\nNous souhaitons que {{accountName}} soit servi au mieux, et nous devons être honnêtes : {{reason}}.\n\nNous pensons que {{partnerName}} est plus adapté à vos besoins. Avec votre accord, nous vous mettrons en relation et lui transmettrons ce qui est utile pour bien vous servir. Notre accord actuel se poursuit jusqu’au {{effectiveDate}}, après un préavis de {{noticeMonths}} mois.\n\nSi vous le préférez, nous pouvons aussi vous proposer : {{alternativeOffer}}.' +
        FR_CLOSING,
      [
        'Expliquer pourquoi un autre prestataire les servira mieux : {{reason}}.',
        'Ne présenter {{partnerName}} qu’avec l’accord du client.',
        'Confirmer le préavis de {{noticeMonths}} mois ; rien ne s’arrête avant le {{effectiveDate}}.',
        'Mentionner l’alternative : {{alternativeOffer}}.'
      ]
    ),
    template(
      'end_relationship',
      'en',
      'End of our business relationship',
      'Dear {{contactName}},\n\nAfter careful review, we have decided to end our business relationship with {{accountName}}. The reason, in all honesty: {{reason}}.\n\nIn line with the length of our relationship, you have a notice period of {{noticeMonths}} months: the relationship ends on {{effectiveDate}}, and until then we will serve you as usual.\n\nTo ease the transition, we offer: {{alternativeOffer}}.' +
        EN_CLOSING,
      [
        'Say it plainly and early; do not leave room for misunderstanding.',
        'Give the honest reason: {{reason}}.',
        'Confirm the notice of {{noticeMonths}} months and the end date {{effectiveDate}}.',
        'Offer help with the transition: {{alternativeOffer}}.',
        'Thank them for the relationship.'
      ]
    ),
    template(
      'end_relationship',
      'fr',
      'Fin de notre relation commerciale',
      'Madame, Monsieur {{contactName}},\n\nAprès un examen attentif, nous avons décidé de mettre fin à notre relation commerciale avec {{accountName}}. La raison, en toute transparence : {{reason}}.\n\nCompte tenu de la durée de notre relation, vous bénéficiez d’un préavis de {{noticeMonths}} mois : la relation prendra fin le {{effectiveDate}}, et d’ici là nous continuerons à vous servir normalement.\n\nPour faciliter la transition, nous vous proposons : {{alternativeOffer}}.' +
        FR_CLOSING,
      [
        'Le dire clairement et tôt ; ne pas laisser de place au malentendu.',
        'Donner la raison honnête : {{reason}}.',
        'Confirmer le préavis de {{noticeMonths}} mois et la date de fin du {{effectiveDate}}.',
        'Proposer de l’aide pour la transition : {{alternativeOffer}}.',
        'Remercier pour la relation.'
      ]
    )
  ];
}

/** The template for a path and language from `templates`: exact match, else English, else an empty template. */
export function findLetterTemplate(templates: LetterTemplate[], path: string, language: string): LetterTemplate {
  const list = templates ?? [];
  let fallback = -1;
  for (let i = 0; i < list.length; i++) {
    if (list[i].path === path && list[i].language === language) {
      return list[i];
    }
    if (list[i].path === path && list[i].language === 'en' && fallback < 0) {
      fallback = i;
    }
  }
  if (fallback >= 0) {
    return list[fallback];
  }
  return { path: 'end_relationship', language: 'en', subject: '', body: '', talkingPoints: [] };
}

/** Countries whose customers get French letters and scripts by default (the rep can switch the language). */
export const FRENCH_SPEAKING_COUNTRIES: readonly string[] = ['FR', 'BE', 'LU', 'MC', 'CH'];

/** The default language of a customer's letters: `fr` for a French-speaking country (ISO code), else `en`. */
export function defaultLetterLanguage(country: string): Language {
  return FRENCH_SPEAKING_COUNTRIES.includes((country ?? '').trim().toUpperCase()) ? 'fr' : 'en';
}

function replaceEvery(text: string, search: string, replacement: string): string {
  let result = '';
  let cursor = 0;
  let position = text.indexOf(search);
  while (position >= 0) {
    result = result + text.substring(cursor, position) + replacement;
    cursor = position + search.length;
    position = text.indexOf(search, cursor);
  }
  return result + text.substring(cursor, text.length);
}

/**
 * Plain text of a rendered letter (paragraphs separated by a blank line, line breaks kept, entities decoded): the text
 * the rep edits and the one kept verbatim as sent. Reads what {@link renderLetter} writes (`<p>`, `<br>`, escapes).
 */
export function letterPlainText(html: string): string {
  let text = replaceEvery(html ?? '', '</p>', '\n\n');
  text = replaceEvery(text, '<p>', '');
  text = replaceEvery(text, '<br>', '\n');
  text = replaceEvery(text, '&lt;', '<');
  text = replaceEvery(text, '&gt;', '>');
  text = replaceEvery(text, '&quot;', '"');
  text = replaceEvery(text, '&#39;', "'");
  text = replaceEvery(text, '&amp;', '&');
  return text.trim();
}

/** Renders the default template of a path in a language. */
export function renderDefaultLetter(path: string, language: string, fields: Record<string, string>): RenderedLetter {
  return renderLetter(findLetterTemplate(defaultLetterTemplates(), path, language), fields);
}
