// Text of the shell itself — the stand-in for Lightning Experience's own chrome (header, tabs, list view), which
// Salesforce translates, not this project's Custom Labels. Everything the project's components show comes from the
// Custom Labels.
const TEXT = {
  en: {
    app: 'Customer Value Portfolio',
    workbench: 'Workbench (local, no org)',
    accounts: 'Accounts',
    account: 'Account',
    portfolio: 'Portfolio',
    valueSettings: 'Value Settings',
    allAccounts: 'All Accounts',
    search: 'Search this list…',
    name: 'Account Name',
    city: 'Billing City',
    country: 'Billing Country',
    industry: 'Industry',
    employees: 'Employees',
    type: 'Type',
    value: 'Customer value',
    details: 'Details',
    items: '{count} items · page {page} of {pages}',
    previous: 'Previous',
    next: 'Next',
    language: 'Language',
    user: 'User',
    notFound: 'This record does not exist or you cannot see it.',
    ownIssue: 'This page comes with its own issue and is not built yet.',
    componentMissing: 'Component c-{name} is not in this branch yet.',
    loading: 'Loading…',
    noResults: 'No accounts match this search.',
    dismiss: 'Close',
    role_sales: 'Sales rep',
    role_manager: 'Sales manager',
    role_admin: 'Admin'
  },
  fr: {
    app: 'Customer Value Portfolio',
    workbench: 'Atelier (local, sans org)',
    accounts: 'Comptes',
    account: 'Compte',
    portfolio: 'Portefeuille',
    valueSettings: 'Paramètres de valeur',
    allAccounts: 'Tous les comptes',
    search: 'Rechercher dans cette liste…',
    name: 'Nom du compte',
    city: 'Ville de facturation',
    country: 'Pays de facturation',
    industry: 'Secteur',
    employees: 'Employés',
    type: 'Type',
    value: 'Valeur client',
    details: 'Détails',
    items: '{count} éléments · page {page} sur {pages}',
    previous: 'Précédent',
    next: 'Suivant',
    language: 'Langue',
    user: 'Utilisateur',
    notFound: "Cet enregistrement n'existe pas ou vous ne pouvez pas le voir.",
    ownIssue: "Cette page fait l'objet de son propre ticket et n'est pas encore construite.",
    componentMissing: "Le composant c-{name} n'est pas encore dans cette branche.",
    loading: 'Chargement…',
    noResults: 'Aucun compte ne correspond à cette recherche.',
    dismiss: 'Fermer',
    role_sales: 'Commercial',
    role_manager: 'Directeur commercial',
    role_admin: 'Administrateur'
  }
};

export function shellText(language, key, parameters = {}) {
  let text = (TEXT[language] ?? TEXT.en)[key] ?? TEXT.en[key] ?? key;
  for (const [name, value] of Object.entries(parameters)) text = text.split(`{${name}}`).join(String(value));
  return text;
}

/** Standard picklist values (Industry, Type) as Lightning shows them in French: Salesforce translates its own values. */
const PICKLIST_FR = {
  Technology: 'Technologie',
  Manufacturing: 'Industrie manufacturière',
  Retail: 'Commerce de détail',
  Healthcare: 'Santé',
  'Food & Beverage': 'Alimentation et boissons',
  Construction: 'Construction',
  Hospitality: 'Hôtellerie',
  Transportation: 'Transport',
  Consulting: 'Conseil',
  Media: 'Médias',
  'Customer - Direct': 'Client - Direct',
  France: 'France',
  Belgium: 'Belgique'
};

export function picklistLabel(language, value) {
  if (value === undefined || value === null) return '';
  return language === 'fr' ? (PICKLIST_FR[value] ?? value) : value;
}
