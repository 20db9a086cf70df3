/** Where the workbench finds the project and keeps its build. */
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const LWC_FOLDER = join(ROOT, 'force-app', 'main', 'default', 'lwc');
export const CLIENT_FOLDER = join(__dirname, 'client');
export const DIST_FOLDER = join(__dirname, 'dist');
