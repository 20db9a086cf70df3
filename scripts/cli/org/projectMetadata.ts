/** What the project deploys, read from its source: the objects and fields `cvp doctor` expects to find in the org. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_ROOT = join(__dirname, '../../..');
export const METADATA_FOLDER = join(PROJECT_ROOT, 'force-app/main/default');

/** Object API name → the field API names the project adds to it (standard objects: only the project's fields). */
export function projectFields(metadataFolder = METADATA_FOLDER): Map<string, string[]> {
  const objects = new Map<string, string[]>();
  const folder = join(metadataFolder, 'objects');
  for (const object of readdirSync(folder).sort()) {
    const fieldsFolder = join(folder, object, 'fields');
    const fields = existsSync(fieldsFolder)
      ? readdirSync(fieldsFolder)
          .filter((name) => name.endsWith('.field-meta.xml'))
          .map((name) => name.replace(/\.field-meta\.xml$/, ''))
          .sort()
      : [];
    objects.set(object, fields);
  }
  return objects;
}

export function projectApiVersion(root = PROJECT_ROOT): string {
  return (JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion: string })
    .sourceApiVersion;
}
