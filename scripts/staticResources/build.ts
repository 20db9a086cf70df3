/** `npm run build:resources`: copies the npm files the static resources are built from (staticResources.ts). */
import { COPIED_RESOURCES, writeStaticResources } from './staticResources';

writeStaticResources(process.cwd());
for (const resource of COPIED_RESOURCES) process.stdout.write(`${resource.source} → ${resource.target}\n`);
