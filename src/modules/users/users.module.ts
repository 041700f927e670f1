/** People of an organisation: accounts, roles, units, locking and password resets. */
import type { ModuleContext, TctModule } from '../module.ts';
import { usersRoutes } from './users.routes.ts';
import { createUsersService } from './users.service.ts';

export function createUsersModule(ctx: ModuleContext) {
  const users = createUsersService(ctx.database.db);
  return { name: 'users', routes: usersRoutes(users), homeCards: users.homeCards } satisfies TctModule;
}
