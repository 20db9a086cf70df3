/**
 * A seeded synthetic portfolio to feel scale (`npm start -- --accounts 100000`): each synthetic account copies the
 * facts of a sample account (so the archetype mix — strategic, value-destroying, at risk… — stays realistic) with its
 * amounts and activity scaled, its dates shifted, and a French or Belgian company name and city of its own.
 * Deterministic: the same count and seed always give the same accounts.
 */
import type { AccountFacts } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { addDays } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { AccountRow } from './portfolio';
import { mulberry32 } from '../shared/mulberry32';

const PREFIXES = [
  'Ateliers',
  'Boulangerie',
  'Brasserie',
  'Cabinet',
  'Carrosserie',
  'Transports',
  'Imprimerie',
  'Laboratoires',
  'Menuiserie',
  'Garage',
  'Pharmacie',
  'Quincaillerie',
  'Fromagerie',
  'Électricité',
  'Plomberie',
  'Librairie',
  'Clinique',
  'Hôtel',
  'Maison',
  'Établissements'
];
const SURNAMES = {
  FR: [
    'Martin',
    'Bernard',
    'Dubois',
    'Durand',
    'Lefèvre',
    'Moreau',
    'Girard',
    'Fournier',
    'Rousseau',
    'Garnier',
    'Chevalier',
    'Lambert',
    'Bonnet',
    'Mercier',
    'Faure',
    'Blanc',
    'Guerin',
    'Muller',
    'Henry',
    'Roussel'
  ],
  BE: [
    'Peeters',
    'Janssens',
    'Maes',
    'Jacobs',
    'Mertens',
    'Willems',
    'Claes',
    'Goossens',
    'Wouters',
    'De Smet',
    'Dubois',
    'Lambert',
    'Dupont',
    'Leclercq',
    'Renard',
    'Hermans',
    'Lemaire',
    'Denis',
    'Simon',
    'Laurent'
  ]
} as const;
const LEGAL_FORMS = { FR: ['SARL', 'SAS', 'SA', ''], BE: ['SRL', 'SA', 'SC', ''] } as const;
const CITIES = {
  FR: [
    'Paris',
    'Lyon',
    'Marseille',
    'Lille',
    'Bordeaux',
    'Nantes',
    'Toulouse',
    'Strasbourg',
    'Rennes',
    'Grenoble',
    'Dijon',
    'Reims',
    'Rouen',
    'Amiens',
    'Tours'
  ],
  BE: ['Bruxelles', 'Liège', 'Namur', 'Charleroi', 'Mons', 'Gand', 'Anvers', 'Louvain', 'Wavre', 'Tournai']
} as const;
const COUNTRY_NAMES = { FR: 'France', BE: 'Belgium' } as const;

/** Id of the i-th synthetic account (1-based), addressable like the sample accounts' reference ids. */
export function syntheticAccountId(index: number): string {
  return `AccountSyn${String(index).padStart(6, '0')}`;
}

function shiftDate(date: string | undefined, days: number, latest: string): string | undefined {
  if (date === undefined || date === '') return date;
  const shifted = addDays(date, days);
  return shifted > latest ? latest : shifted;
}

/** `count` synthetic accounts (rows and facts) modelled on `templates`, as of `today`. */
export function syntheticPortfolio(
  templates: readonly AccountFacts[],
  count: number,
  today: string,
  seed = 20261130
): { rows: AccountRow[]; facts: AccountFacts[]; templates: Map<string, { templateId: string; scale: number }> } {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const rows: AccountRow[] = [];
  const facts: AccountFacts[] = [];
  const origins = new Map<string, { templateId: string; scale: number }>();
  for (let i = 1; i <= count; i++) {
    const template = pick(templates);
    const country = random() < 0.7 ? 'FR' : 'BE';
    const legalForm = pick(LEGAL_FORMS[country]);
    const name = `${pick(PREFIXES)} ${pick(SURNAMES[country])}${legalForm === '' ? '' : ` ${legalForm}`}`;
    const id = syntheticAccountId(i);
    // Log-normal-ish scale around 1 keeps the archetype while spreading amounts over an order of magnitude.
    const scale = Math.exp((random() + random() + random() - 1.5) * 1.2);
    const activity = Math.max(0.3, Math.sqrt(scale));
    const shift = -Math.floor(random() * 120);
    // The template's quantity list scaled, beside the template's own names text (shared: read by position).
    const quantities = (template.driverQuantityList ?? []).map(
      (quantity) => Math.round(quantity * activity * 100) / 100
    );
    const city = pick(CITIES[country]);
    origins.set(id, { templateId: template.accountId ?? '', scale });
    rows.push({
      Id: id,
      Name: name,
      Type: 'Customer - Direct',
      Industry: template.industry,
      NumberOfEmployees:
        template.employees === undefined ? undefined : Math.max(1, Math.round(template.employees * activity)),
      BillingCity: city,
      BillingCountry: COUNTRY_NAMES[country]
    });
    facts.push({
      ...template,
      accountId: id,
      name,
      country,
      employees: template.employees === undefined ? undefined : Math.max(1, Math.round(template.employees * activity)),
      revenueCurrent: Math.round((template.revenueCurrent ?? 0) * scale),
      revenuePrevious:
        template.revenuePrevious === undefined ? undefined : Math.round(template.revenuePrevious * scale),
      weightedPipeline:
        template.weightedPipeline === undefined ? undefined : Math.round(template.weightedPipeline * scale),
      referralRevenue:
        template.referralRevenue === undefined ? undefined : Math.round(template.referralRevenue * scale),
      driverQuantityList: quantities,
      lastOrderDate: shiftDate(template.lastOrderDate, shift, today),
      lastContactDate: shiftDate(template.lastContactDate, shift, today),
      contractEndDate: shiftDate(template.contractEndDate, -shift, addDays(today, 3650)),
      tierOverride: undefined,
      tierOverrideReason: undefined
    });
  }
  return { rows, facts, templates: origins };
}
