/**
 * The school's outgoing letters of the year: reports answering letters it has finished (issued, in date
 * order, numbered by the registers module) and one draft still being written.
 */
import type { Modules } from '../../modules/index.ts';
import type { RequestContext } from '../../modules/tenancy/actor.ts';
import type { PlannedLetter } from './plan.ts';

export async function seedOutgoing(
  modules: Modules,
  clerk: RequestContext,
  leaderName: string,
  answered: { planned: PlannedLetter; id: string }[],
  draft: PlannedLetter,
): Promise<string[]> {
  const outgoing = modules.documents.services.outgoing;
  const ids: string[] = [];
  const letter = (planned: PlannedLetter, answersDocumentId: string | null) => ({
    family: planned.family,
    typeCode: 'BC',
    typeName: 'Báo cáo',
    subject: `Kết quả thực hiện ${planned.typeName} số ${planned.numberSymbol}: ${planned.subject}`.slice(0, 2000),
    recipients: [planned.issuerName, 'Lưu: VT'],
    answersDocumentId,
    signerName: leaderName,
    signerTitle: 'Hiệu trưởng',
    place: planned.place,
  });
  const issued = answered
    .map((a) => ({ ...a, issueDate: a.planned.deadline ?? a.planned.receivedDate }))
    .sort((a, b) => a.issueDate.localeCompare(b.issueDate));
  for (const { planned, id, issueDate } of issued) {
    const { id: outId } = await outgoing.createOutgoing(clerk, letter(planned, id));
    await outgoing.issueDocument(clerk, outId, { issueDate });
    ids.push(outId);
  }
  ids.push((await outgoing.createOutgoing(clerk, letter(draft, null))).id);
  return ids;
}
