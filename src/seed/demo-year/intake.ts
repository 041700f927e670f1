/**
 * A few demo letters arrive as scans would: each is rendered to PDF by the letter renderer (src/letters),
 * uploaded through the intake service, and read by the real intake job (text layer, page images,
 * extraction, pre-filled draft) — the clerk finds them waiting in "Chờ vào sổ", already filled in.
 * Only the intake job is run here (claimed like the worker does); without a configuration (no data
 * directory for page images) the jobs stay queued for the server's worker.
 */
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { claimNextJob, completeJob, failJob } from '../../jobs/queue.ts';
import { INTAKE_JOB } from '../../modules/documents/intake.job.ts';
import type { Modules } from '../../modules/index.ts';
import { type Letter, renderLetterPdf } from '../../letters/index.ts';
import type { RequestContext } from '../../modules/tenancy/actor.ts';
import type { PlannedLetter } from './plan.ts';

/** What the renderer needs from a planned letter; the addressee is the school. */
export function letterOf(planned: PlannedLetter, schoolName: string): Letter {
  const items = planned.requirements.map((r) => r.text);
  return {
    family: planned.family,
    issuer: { name: planned.issuerName, parent: planned.issuerParent },
    numberSymbol: planned.numberSymbol,
    place: planned.place,
    date: planned.documentDate,
    typeCode: planned.typeCode,
    subject: planned.subject,
    addressees: planned.typeCode === 'CV' ? [schoolName] : [],
    body: [
      {
        kind: 'paragraph',
        text: `Để triển khai có hiệu quả nhiệm vụ năm ${planned.documentDate.slice(0, 4)}, ${planned.issuerName} đề nghị ${schoolName} thực hiện các nội dung sau:`,
      },
      { kind: 'numbered', items },
      { kind: 'paragraph', text: 'Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.' },
    ],
    recipients: ['Như trên', 'Lưu: VT'],
    signer: {
      authority: planned.signer.authority,
      onBehalfOf: planned.family === 'party' ? 'Ban Thường vụ' : 'Chủ tịch',
      title: planned.signer.title,
      name: planned.signer.name,
    },
    urgency: null,
    confidentiality: null,
  };
}

export async function uploadScans(
  modules: Modules,
  clerk: RequestContext,
  letters: { planned: PlannedLetter; schoolName: string }[],
  today: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, { planned, schoolName }] of letters.entries()) {
    const rendered = await renderLetterPdf(letterOf(planned, schoolName), {
      today,
      creationDate: new Date(`${planned.documentDate}T08:00:00Z`),
    });
    const upload = await modules.documents.services.intake.uploadFile(clerk, {
      fileName: `scan-${planned.number}-${i + 1}.pdf`,
      data: rendered.pdf,
    });
    ids.push(upload.documentId);
  }
  return ids;
}

/** Run the queued intake jobs now, as the worker would (claim, run, record the outcome). */
export async function readQueuedScans(database: Database, config: Config, modules: Modules): Promise<number> {
  const definition = modules.documents.jobs.find((j) => j.name === INTAKE_JOB)!;
  const deps = { database, config, logger: console };
  let read = 0;
  for (;;) {
    const job = await claimNextJob(database.db, database.dialect, 'seed-demo-year', [INTAKE_JOB]);
    if (!job) return read;
    try {
      await completeJob(database.db, job.id, await definition.run(JSON.parse(job.payload), deps, job));
      read++;
    } catch (error) {
      await failJob(database.db, job, error instanceof Error ? error.message : String(error));
    }
  }
}
