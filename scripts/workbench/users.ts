/**
 * The workbench's users — one per permission set of the project — and the custom permissions each holds, read from
 * the permission set metadata that deploys (`permissionsets/*.permissionset-meta.xml`), so the local server grants
 * exactly what the org grants.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export interface WorkbenchUser {
  /** Key used in the URL and cookie (`?user=manager`). */
  key: string;
  /** Stand-in user Id (`@salesforce/user/Id`). */
  id: string;
  name: string;
  /** Role shown beside the name in the shell (`sales`, `manager`, `admin`; the shell translates it). */
  role: string;
  permissionSet: string;
  customPermissions: string[];
}

const USERS: Omit<WorkbenchUser, 'customPermissions'>[] = [
  {
    key: 'sales',
    id: '005WB0000000001',
    name: 'Camille Laurent',
    role: 'sales',
    permissionSet: 'Customer_Value_Sales'
  },
  {
    key: 'manager',
    id: '005WB0000000002',
    name: 'Julien Peeters',
    role: 'manager',
    permissionSet: 'Customer_Value_Manager'
  },
  { key: 'admin', id: '005WB0000000003', name: 'Nadia Moreau', role: 'admin', permissionSet: 'Customer_Value_Admin' }
];

/** The user a fresh session starts as: the sales rep, the product's first audience. */
export const DEFAULT_USER_KEY = 'sales';

interface RawPermissionSet {
  PermissionSet?: { customPermissions?: { name: string; enabled: boolean | string }[] };
}

const parser = new XMLParser({ isArray: (name) => name === 'customPermissions' });

/** Custom permissions a permission set enables. */
export function customPermissionsOf(permissionSetFile: string): string[] {
  if (!existsSync(permissionSetFile)) return [];
  const parsed = parser.parse(readFileSync(permissionSetFile, 'utf8')) as RawPermissionSet;
  return (parsed.PermissionSet?.customPermissions ?? [])
    .filter((entry) => entry.enabled === true || entry.enabled === 'true')
    .map((entry) => entry.name)
    .sort();
}

/** The three users with their permissions, from `force-app/main/default/permissionsets`. */
export function readUsers(permissionSetsFolder: string): WorkbenchUser[] {
  return USERS.map((user) => ({
    ...user,
    customPermissions: customPermissionsOf(join(permissionSetsFolder, `${user.permissionSet}.permissionset-meta.xml`))
  }));
}
