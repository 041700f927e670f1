/**
 * What the registers module offers others.
 * - The numbering port the documents module needs (numbers and number-symbols taken inside the caller's
 *   transaction, and the organisation's numbering settings), built by the factory.
 * - Stateless helpers for code that sets up registers directly (the demo seed replays a 2022 register).
 */
import type { NumberingPort } from '../documents/documents.ports.ts';
import { buildOutgoingSymbol, incomingSeries, outgoingSeries, partyRuleSet } from './numbering.ts';
import { ensureRegister, nextNumber } from './registers.repository.ts';
import { resolveSettings } from './settings.ts';

export { incomingSeries, partyTerm } from './numbering.ts';
export { ensureRegister } from './registers.repository.ts';

export function createNumberingPort(): NumberingPort {
  return {
    settings: (db, organisationId) => resolveSettings(db, organisationId),
    partyRules: partyRuleSet,

    async takeIncomingNumber(trx, { organisationId, confidential, year }) {
      const register = await ensureRegister(trx, organisationId, 'incoming', confidential);
      const number = await nextNumber(trx, register.id, incomingSeries(year));
      return { registerId: register.id, registerName: register.name, number };
    },

    /**
     * The document goes in the outgoing register of its confidentiality; the number comes from the
     * counter its series uses (Party confidential documents share the ordinary series of their type).
     */
    async takeOutgoingNumber(trx, { organisationId, numbering }) {
      const { series, confidentialCounter } = outgoingSeries(numbering);
      const register = await ensureRegister(trx, organisationId, 'outgoing', numbering.confidential);
      const counterRegister =
        confidentialCounter === numbering.confidential
          ? register
          : await ensureRegister(trx, organisationId, 'outgoing', confidentialCounter);
      const number = await nextNumber(trx, counterRegister.id, series);
      return { registerId: register.id, number, numberSymbol: buildOutgoingSymbol(numbering, number), series };
    },
  };
}
