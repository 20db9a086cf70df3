/**
 * The tables the sample-data generator draws from: account archetypes, the companies (name, country, city, industry —
 * each name agreeing with its country) and the open opportunity stages. Data only; data/generate-sample-data.ts uses them.
 */

/** Archetypes: yearly revenue in each window, deal size, service load and the manual inputs an account team sets. */
export interface Archetype {
  name: string;
  count: number;
  revenueNow: [number, number];
  /** Previous-window revenue as a multiple of the current one (trend). */
  previousFactor: [number, number];
  dealSize: [number, number];
  casesPerYear: [number, number];
  highPriorityShare: number;
  complaintShare: number;
  visitsPerYear: [number, number];
  tasksPerYear: [number, number];
  discountShare: [number, number];
  complexity: [number, number];
  latePaymentDays: [number, number];
  satisfaction: [number, number];
  nps: [number, number];
  yearsAsCustomer: [number, number];
  employees: [number, number];
  openPipeline: [number, number];
}

export const ARCHETYPES: Archetype[] = [
  {
    name: 'strategic',
    count: 6,
    revenueNow: [220000, 600000],
    previousFactor: [0.85, 1.0],
    dealSize: [25000, 80000],
    casesPerYear: [4, 10],
    highPriorityShare: 0.2,
    complaintShare: 0.03,
    visitsPerYear: [6, 12],
    tasksPerYear: [10, 20],
    discountShare: [0.02, 0.05],
    complexity: [2, 3],
    latePaymentDays: [0, 5],
    satisfaction: [7.5, 9.5],
    nps: [30, 70],
    yearsAsCustomer: [6, 15],
    employees: [800, 5000],
    openPipeline: [60000, 200000]
  },
  {
    name: 'develop',
    count: 10,
    revenueNow: [60000, 160000],
    previousFactor: [0.6, 0.9],
    dealSize: [8000, 30000],
    casesPerYear: [2, 6],
    highPriorityShare: 0.15,
    complaintShare: 0.05,
    visitsPerYear: [3, 6],
    tasksPerYear: [6, 12],
    discountShare: [0.03, 0.07],
    complexity: [1, 3],
    latePaymentDays: [0, 10],
    satisfaction: [7, 9],
    nps: [10, 50],
    yearsAsCustomer: [2, 8],
    employees: [100, 2000],
    openPipeline: [20000, 80000]
  },
  {
    name: 'maintain',
    count: 11,
    revenueNow: [12000, 45000],
    previousFactor: [0.9, 1.1],
    dealSize: [2000, 9000],
    casesPerYear: [1, 5],
    highPriorityShare: 0.15,
    complaintShare: 0.05,
    visitsPerYear: [1, 3],
    tasksPerYear: [2, 6],
    discountShare: [0.03, 0.08],
    complexity: [1, 2],
    latePaymentDays: [0, 15],
    satisfaction: [6, 8.5],
    nps: [-10, 30],
    yearsAsCustomer: [2, 10],
    employees: [20, 400],
    openPipeline: [0, 10000]
  },
  {
    name: 'value_destroying',
    count: 7,
    revenueNow: [8000, 30000],
    previousFactor: [0.9, 1.2],
    dealSize: [1500, 6000],
    casesPerYear: [14, 30],
    highPriorityShare: 0.45,
    complaintShare: 0.2,
    visitsPerYear: [5, 10],
    tasksPerYear: [15, 30],
    discountShare: [0.12, 0.25],
    complexity: [4, 5],
    latePaymentDays: [30, 75],
    satisfaction: [3.5, 6],
    nps: [-60, -10],
    yearsAsCustomer: [3, 14],
    employees: [30, 600],
    openPipeline: [0, 5000]
  },
  {
    name: 'at_risk',
    count: 4,
    revenueNow: [20000, 70000],
    previousFactor: [1.6, 2.4],
    dealSize: [4000, 15000],
    casesPerYear: [6, 12],
    highPriorityShare: 0.35,
    complaintShare: 0.15,
    visitsPerYear: [1, 3],
    tasksPerYear: [3, 8],
    discountShare: [0.05, 0.1],
    complexity: [2, 3],
    latePaymentDays: [5, 25],
    satisfaction: [3, 5.5],
    nps: [-50, 0],
    yearsAsCustomer: [4, 12],
    employees: [100, 1500],
    openPipeline: [0, 8000]
  },
  {
    name: 'influential_small',
    count: 2,
    revenueNow: [6000, 15000],
    previousFactor: [0.9, 1.1],
    dealSize: [1500, 4000],
    casesPerYear: [1, 3],
    highPriorityShare: 0.1,
    complaintShare: 0,
    visitsPerYear: [1, 2],
    tasksPerYear: [2, 4],
    discountShare: [0, 0.03],
    complexity: [1, 2],
    latePaymentDays: [0, 3],
    satisfaction: [8.5, 10],
    nps: [60, 100],
    yearsAsCustomer: [3, 9],
    employees: [10, 60],
    openPipeline: [0, 5000]
  },
  {
    name: 'future_potential',
    count: 2,
    revenueNow: [3000, 9000],
    previousFactor: [0.3, 0.6],
    dealSize: [1000, 3000],
    casesPerYear: [1, 3],
    highPriorityShare: 0.1,
    complaintShare: 0,
    visitsPerYear: [1, 3],
    tasksPerYear: [2, 5],
    discountShare: [0.05, 0.1],
    complexity: [1, 2],
    latePaymentDays: [0, 10],
    satisfaction: [7, 9],
    nps: [20, 60],
    yearsAsCustomer: [1, 2],
    employees: [5, 40],
    openPipeline: [30000, 90000]
  }
];

/**
 * The customers, each with the country, city and industry its name implies, so a rep recognises a French and Belgian
 * customer base (the Namur pharmacy is in Namur and in healthcare). The archetypes take the names in order
 * (6 strategic, 10 develop, 11 maintain, …).
 */
export const COMPANIES: { name: string; country: string; city: string; industry: string }[] = [
  { name: 'Ateliers Lumière', country: 'France', city: 'Lyon', industry: 'Manufacturing' },
  { name: 'Boulangeries Dufresne', country: 'France', city: 'Nantes', industry: 'Food & Beverage' },
  { name: 'Brasserie des Flandres', country: 'Belgium', city: 'Gand', industry: 'Food & Beverage' },
  { name: 'Cabinet Moreau Conseil', country: 'France', city: 'Paris', industry: 'Consulting' },
  { name: 'Chocolaterie Van Damme', country: 'Belgium', city: 'Bruges', industry: 'Food & Beverage' },
  { name: 'Clinique du Parc', country: 'France', city: 'Lyon', industry: 'Healthcare' },
  { name: 'Compagnie Fluviale du Rhône', country: 'France', city: 'Lyon', industry: 'Transportation' },
  { name: 'Constructions Lefebvre', country: 'France', city: 'Lille', industry: 'Construction' },
  { name: 'Coopérative Laitière du Jura', country: 'France', city: 'Lons-le-Saunier', industry: 'Food & Beverage' },
  { name: 'Domaine des Trois Chênes', country: 'France', city: 'Beaune', industry: 'Food & Beverage' },
  { name: 'Éditions Vautrin', country: 'France', city: 'Paris', industry: 'Media' },
  { name: 'Électricité Garnier', country: 'France', city: 'Rennes', industry: 'Construction' },
  { name: 'Fromagerie Bellevue', country: 'Belgium', city: 'Namur', industry: 'Food & Beverage' },
  { name: 'Gare & Logistique SA', country: 'Belgium', city: 'Charleroi', industry: 'Transportation' },
  { name: 'Groupe Hospitalier Saint-Luc', country: 'Belgium', city: 'Bruxelles', industry: 'Healthcare' },
  { name: 'Précision Savoie', country: 'France', city: 'Annecy', industry: 'Manufacturing' },
  { name: 'Hôtel Le Grand Cerf', country: 'Belgium', city: 'Liège', industry: 'Hospitality' },
  { name: 'Imprimerie Rousseau', country: 'France', city: 'Tours', industry: 'Media' },
  { name: 'Industries Marchand', country: 'France', city: 'Reims', industry: 'Manufacturing' },
  { name: 'Laboratoires Aubert', country: 'France', city: 'Montpellier', industry: 'Healthcare' },
  { name: 'Liège Mécanique', country: 'Belgium', city: 'Liège', industry: 'Manufacturing' },
  { name: 'Ardenne Data Services', country: 'Belgium', city: 'Arlon', industry: 'Technology' },
  { name: 'Maison Perrin', country: 'France', city: 'Dijon', industry: 'Retail' },
  { name: 'Menuiserie Girard', country: 'France', city: 'Angers', industry: 'Construction' },
  { name: 'Métallerie du Nord', country: 'France', city: 'Valenciennes', industry: 'Manufacturing' },
  { name: 'Mutuelle des Artisans', country: 'France', city: 'Toulouse', industry: 'Consulting' },
  { name: 'Composants du Nord', country: 'France', city: 'Lille', industry: 'Manufacturing' },
  { name: 'Optique Lambert', country: 'Belgium', city: 'Mons', industry: 'Retail' },
  { name: 'Papeterie Chevalier', country: 'France', city: 'Grenoble', industry: 'Retail' },
  { name: 'Pharmacie Centrale de Namur', country: 'Belgium', city: 'Namur', industry: 'Healthcare' },
  { name: 'Plasturgie Bonnet', country: 'France', city: 'Oyonnax', industry: 'Manufacturing' },
  { name: 'Quincaillerie Fournier', country: 'France', city: 'Bordeaux', industry: 'Retail' },
  { name: 'Robotique Valois', country: 'France', city: 'Compiègne', industry: 'Technology' },
  { name: 'Savonnerie de Marseille', country: 'France', city: 'Marseille', industry: 'Manufacturing' },
  { name: 'Sofitrans Logistique', country: 'France', city: 'Le Havre', industry: 'Transportation' },
  { name: 'Start-up Nébuleuse', country: 'France', city: 'Paris', industry: 'Technology' },
  { name: 'Studio Pixel', country: 'Belgium', city: 'Bruxelles', industry: 'Media' },
  { name: 'Technopole Grenoble', country: 'France', city: 'Grenoble', industry: 'Technology' },
  { name: 'Textiles Roubaix', country: 'France', city: 'Roubaix', industry: 'Manufacturing' },
  { name: 'Verrerie Blanchard', country: 'Belgium', city: 'Charleroi', industry: 'Manufacturing' },
  { name: 'Vins & Terroirs Bordeaux', country: 'France', city: 'Bordeaux', industry: 'Food & Beverage' },
  { name: 'Zénith Logiciels', country: 'France', city: 'Nantes', industry: 'Technology' }
];

export const OPEN_STAGES: { stage: string; probability: number }[] = [
  { stage: 'Qualification', probability: 10 },
  { stage: 'Value Proposition', probability: 50 },
  { stage: 'Proposal/Price Quote', probability: 75 },
  { stage: 'Negotiation/Review', probability: 90 }
];
