/** GET /api/home: the role's home page, made of the cards every other module contributes (in list order). */
import type { HomeCardProvider, ModuleContext, TctModule } from '../module.ts';
import { homeRoutes } from './home.routes.ts';

export function createHomeModule(_ctx: ModuleContext, ports: { cards: HomeCardProvider[] }) {
  return { name: 'home', routes: homeRoutes(ports.cards) } satisfies TctModule;
}
