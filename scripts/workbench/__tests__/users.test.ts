import { join } from 'node:path';
import { OVERRIDE_TIER_PERMISSION } from '../apexHandlers';
import { customPermissionsOf, readUsers } from '../users';

const permissionSets = join(__dirname, '..', '..', '..', 'force-app', 'main', 'default', 'permissionsets');

describe('workbench users hold what their permission sets grant in the org', () => {
  it('lets the manager and the admin override a tier, not the sales rep', () => {
    const users = readUsers(permissionSets);
    const allowed = users.filter((user) => user.customPermissions.includes(OVERRIDE_TIER_PERMISSION)).map((u) => u.key);
    expect(allowed).toEqual(['manager', 'admin']);
  });

  it('reads no permission from a permission set that does not exist (broken fixture)', () => {
    expect(customPermissionsOf(join(permissionSets, 'No_Such.permissionset-meta.xml'))).toEqual([]);
  });
});
