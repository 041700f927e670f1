/**
 * The registers capability (sổ đăng ký văn bản): numbering of incoming and outgoing documents and its
 * settings, the register lists and the printable incoming register. Documents asks it for numbers
 * through the numbering port; it lists documents through the documents module's pure helpers.
 */
import type { NumberingPort } from '../documents/documents.ports.ts';
import type { ModuleContext, TctModule } from '../module.ts';
import { createNumberingPort } from './registers.ports.ts';
import { registersRoutes } from './registers.routes.ts';
import { createRegistersService } from './registers.service.ts';

export function createRegistersModule(ctx: ModuleContext) {
  const registers = createRegistersService(ctx.database.db);
  return {
    name: 'registers',
    routes: registersRoutes(registers),
    ports: createNumberingPort(),
    services: { registers },
  } satisfies TctModule & { ports: NumberingPort; services: object };
}
