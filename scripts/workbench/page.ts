/**
 * The one HTML page of the workbench: SLDS, the session the platform modules read (`window.__WORKBENCH__`: language,
 * Custom Labels in that language, user, custom permissions, i18n) and the bundle.
 */
import type { Language } from '../local/customLabels';
import type { Labels } from './labels';
import type { WorkbenchUser } from './users';

export interface PageSession {
  language: Language;
  user: WorkbenchUser;
  users: WorkbenchUser[];
  labels: Labels;
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function renderPage(session: PageSession): string {
  const locale = session.language === 'fr' ? 'fr-FR' : 'en-US';
  const state = {
    language: session.language,
    locale,
    i18n: { lang: session.language === 'fr' ? 'fr' : 'en-US', locale, currency: 'EUR' },
    labels: session.labels.all(session.language),
    user: { key: session.user.key, id: session.user.id, name: session.user.name },
    users: session.users.map((user) => ({ key: user.key, name: user.name, role: user.role })),
    customPermissions: session.user.customPermissions
  };
  return `<!doctype html>
<html lang="${session.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Customer Value Portfolio</title>
<link rel="stylesheet" href="/slds/styles/salesforce-lightning-design-system.min.css">
<link rel="stylesheet" href="/workbench.css">
<link rel="modulepreload" href="/assets/vendor.js">
<script>window.__WORKBENCH__ = ${scriptJson(state)};</script>
<script type="module" src="/assets/app.js"></script>
</head>
<body class="slds-scope"></body>
</html>
`;
}
