// The running server's import dependencies: its database, its resolver, and the admin token it was started with.
import { appResolver } from '../app-context';
import { getDatabase } from '../db/database';
import type { ImportDeps } from './handlers';
import { configuredAdminToken } from './write-access';

export async function appImportDeps(): Promise<ImportDeps> {
  return { db: await getDatabase(), adminToken: configuredAdminToken(), resolver: appResolver };
}
