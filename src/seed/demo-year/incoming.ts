/**
 * Drives one planned incoming letter to its state through the same services the screens use — typed
 * in or arrived, registered (number, tasks), presented, directed (bút phê, assignments), progress
 * reported, completed — so numbering, tasks, notifications and audit rows are the real ones.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { Modules } from '../../modules/index.ts';
import type { SchoolPeople } from './people.ts';
import type { PlannedLetter } from './plan.ts';

const NOTES = [
  'Giao Phòng chủ trì tham mưu, báo cáo kết quả đúng hạn.',
  'Đề nghị triển khai ngay, báo cáo Ban Giám hiệu.',
  'Chủ trì, phối hợp các đơn vị liên quan thực hiện.',
  'Nghiên cứu, tham mưu văn bản trả lời.',
];

function fields(letter: PlannedLetter) {
  return {
    family: letter.family,
    issuerName: letter.issuerName,
    issuerParent: letter.issuerParent,
    numberSymbol: letter.numberSymbol,
    number: letter.number,
    typeCode: letter.typeCode,
    typeName: letter.typeName,
    place: letter.place,
    documentDate: letter.documentDate,
    subject: letter.subject,
    signerName: letter.signer.name,
    signerTitle: letter.signer.title,
    signerAuthority: letter.signer.authority,
    confidentiality: letter.confidentiality,
    dueDate: letter.dueDate,
    requirements: letter.requirements,
  };
}

/** Returns the document id. */
export async function driveIncoming(
  db: Kysely<DB>,
  modules: Modules,
  people: SchoolPeople,
  letter: PlannedLetter,
  index: number,
): Promise<string> {
  const docs = modules.documents.services;
  const { direction, tasks, flow } = modules.tasks.services;
  const { clerk, leader } = people;
  if (letter.state === 'arrived') {
    const { requirements, ...rest } = fields(letter);
    return db.transaction().execute((trx) =>
      modules.documents.ports.deliverArrival(trx, null, {
        ...rest,
        organisationId: people.organisationId,
        sourceKind: 'network',
        requirements,
      }),
    );
  }
  const created = await docs.documents.createManual(clerk, { ...fields(letter), receivedDate: letter.receivedDate });
  const id = created.id;
  if (letter.state === 'waiting') return id;
  await docs.registration.registerDocument(clerk, id, { receivedDate: letter.receivedDate });
  if (letter.state === 'registered') return id;
  await direction.present(clerk, id, {
    leaderId: leader.actor.userId,
    note: 'Kính trình đồng chí Hiệu trưởng cho ý kiến chỉ đạo.',
  });
  if (letter.state === 'presented') return id;
  const document = await docs.documents.getDocument(clerk, id);
  const lead = people[letter.lead];
  // Where a school has no head of unit the staff member stands in, and one person cannot also support themselves.
  const candidate = letter.support ? people[letter.support] : null;
  const support = candidate && candidate.actor.userId !== lead.actor.userId ? candidate : null;
  const sheet = await direction.direct(leader, id, {
    note: NOTES[index % NOTES.length]!,
    assignments: document.requirements.map((r) => ({
      requirementId: r.id,
      lead: { userId: lead.actor.userId },
      deadline: letter.deadline,
      ...(support ? { support: [{ userId: support.actor.userId }] } : {}),
    })),
  });
  if (letter.state === 'directed') return id;
  for (const task of sheet.tasks) {
    if (letter.state === 'done') {
      await flow.complete(lead, task.id, {
        resultNote: 'Đã thực hiện xong, gửi báo cáo đúng hạn (dữ liệu mẫu).',
      });
    } else {
      await tasks.progress(lead, task.id, {
        progress: letter.progress,
        comment: 'Đang tổng hợp số liệu, dự thảo báo cáo.',
      });
    }
  }
  return id;
}
