/**
 * Rollup plugin placed before the LWC plugin: resolves the platform modules a component imports in Lightning so the
 * same component sources build unchanged with LWC OSS — `@salesforce/apex/*`, `@salesforce/label/c.*`,
 * `@salesforce/schema/*`, `@salesforce/resourceUrl/*`, `@salesforce/customPermission/*`, `@salesforce/user/*`,
 * `@salesforce/i18n/{lang,locale,currency}`, `c/<name>`, and local stand-ins for the `lightning/*` modules that
 * lightning-base-components does not ship. Session-dependent values (labels, user, permissions, language) are read at
 * load time from `window.__WORKBENCH__`, which the server writes into the page, so one build serves every language
 * and user.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';

export interface SalesforceModulesOptions {
  /** force-app/main/default/lwc */
  lwcFolder: string;
  /** scripts/workbench/client */
  clientFolder: string;
  /** Names of the Custom Labels (a component importing another one fails the build, as deployment would). */
  labelNames: ReadonlySet<string>;
  /** Component tags the shell mounts, exported by `workbench:components`. */
  shellComponents: readonly string[];
}

const VIRTUAL = '\0workbench:';

/** `lightning/*` modules Lightning provides but lightning-base-components does not. */
const LIGHTNING_STAND_INS: Record<string, string> = {
  'lightning/navigation': 'stubs/navigation.js',
  'lightning/uiRecordApi': 'stubs/uiRecordApi.js',
  'lightning/platformShowToastEvent': 'stubs/platformShowToastEvent.js',
  'lightning/refresh': 'stubs/refresh.js',
  'lightning/platformResourceLoader': 'stubs/platformResourceLoader.js'
};

const I18N = new Set(['lang', 'locale', 'currency']);

/**
 * lightning-base-components' right-to-left icon libraries (`lightning/iconSvgTemplates<Category>Rtl`): the workbench
 * speaks English and French only, so they resolve to an empty library instead of half of the 1 700 icon templates
 * that dominate a cold build.
 */
const RTL_ICON_LIBRARY = /^lightning\/iconSvgTemplates[A-Za-z]*Rtl$/;

/** `valueBadge` → `c-value-badge`. */
export function tagOf(componentName: string): string {
  return `c-${componentName.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Component folder name of a tag: `c-value-badge` → `valueBadge`. */
export function componentNameOf(tag: string): string {
  return tag.replace(/^c-/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const json = (value: unknown): string => JSON.stringify(value);

/** Source of each virtual module, or undefined when `id` is not one. */
export function virtualModuleSource(id: string, options: SalesforceModulesOptions): string | undefined {
  if (!id.startsWith(VIRTUAL)) return undefined;
  const [kind, ...rest] = id.slice(VIRTUAL.length).split(':');
  const name = rest.join(':');
  const apexClient = json(join(options.clientFolder, 'apexClient.js'));
  switch (kind) {
    case 'apex': {
      const [controller, method] = name.split('.');
      return `import { apexMethod } from ${apexClient};\nexport default apexMethod(${json(controller)}, ${json(method)});\n`;
    }
    case 'label':
      return `export default (window.__WORKBENCH__.labels[${json(name)}] ?? ${json(`[${name}]`)});\n`;
    case 'schema': {
      const [objectApiName, ...fieldPath] = name.split('.');
      const value = fieldPath.length === 0 ? { objectApiName } : { objectApiName, fieldApiName: fieldPath.join('.') };
      return `export default ${json(value)};\n`;
    }
    case 'resourceUrl':
      return `export default ${json(`/resource/${name}`)};\n`;
    case 'customPermission':
      // As in Lightning: true when granted, undefined (not false) otherwise.
      return `export default window.__WORKBENCH__.customPermissions.includes(${json(name)}) || undefined;\n`;
    case 'user':
      return name === 'Id'
        ? 'export default window.__WORKBENCH__.user.id;\n'
        : `export default window.__WORKBENCH__.user[${json(name)}];\n`;
    case 'i18n':
      return `export default window.__WORKBENCH__.i18n[${json(name)}];\n`;
    case 'rtlIcons':
      return '// Right-to-left icons: not built for the workbench (English and French only).\nexport default {};\n';
    case 'components': {
      const lines = options.shellComponents.map(
        (tag, index) => `import component${index} from ${json(`c/${componentNameOf(tag)}`)};`
      );
      const entries = options.shellComponents.map((tag, index) => `  ${json(tag)}: component${index}`);
      return `${lines.join('\n')}\nexport const components = {\n${entries.join(',\n')}\n};\n`;
    }
    default:
      return undefined;
  }
}

/** The plugin. */
export function salesforceModules(options: SalesforceModulesOptions): Plugin {
  return {
    name: 'workbench-salesforce-modules',
    resolveId(source) {
      if (source === 'workbench:components') return `${VIRTUAL}components:`;
      if (source === '@salesforce/apex') return join(options.clientFolder, 'stubs', 'apex.js');
      if (RTL_ICON_LIBRARY.test(source)) return `${VIRTUAL}rtlIcons:${source}`;
      const standIn = LIGHTNING_STAND_INS[source];
      if (standIn !== undefined) return join(options.clientFolder, standIn);
      if (source.startsWith('c/')) {
        const name = source.slice(2);
        const file = join(options.lwcFolder, name, `${name}.js`);
        if (!existsSync(file)) {
          this.error(`${source}: ${file} does not exist (run npm run build:lwc, or the component is missing)`);
        }
        return { id: `${file}?specifier=${source}`, moduleSideEffects: true };
      }
      const match = /^@salesforce\/(apex|label|schema|resourceUrl|customPermission|user|i18n)\/(.+)$/.exec(source);
      if (match === null) return null;
      const [, kind, name] = match;
      if (kind === 'label') {
        // lightning-base-components resolves its own `@salesforce/label/Lightning*` labels.
        if (!name.startsWith('c.')) return null;
        const label = name.slice(2);
        if (!options.labelNames.has(label)) this.error(`${source}: no Custom Label named ${label}`);
        return `${VIRTUAL}label:${label}`;
      }
      if (kind === 'i18n' && !I18N.has(name)) return null;
      return `${VIRTUAL}${kind}:${name}`;
    },
    load(id) {
      return virtualModuleSource(id, options) ?? null;
    }
  };
}

/** Tags of the project's UI components the shell mounts (those whose folder exists with an HTML template). */
export function availableShellComponents(lwcFolder: string, wanted: readonly string[]): string[] {
  const folders = new Set(readdirSync(lwcFolder));
  return wanted.filter((tag) => {
    const name = componentNameOf(tag);
    return folders.has(name) && existsSync(join(lwcFolder, name, `${name}.html`));
  });
}
