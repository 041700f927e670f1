/** A scanner batch for the API: its reading progress, and once read its letters with their draft fields. */
import { lettersFromStarts, type PageStart, type ReceiverHints } from '../../intake/index.ts';
import { draftFromExtraction } from './extraction-mapping.ts';
import type { BatchRow } from './intake.repository.ts';

/** Below this the engine is unsure a letter starts on the page: the split page shows a hint. */
export const LOW_START_CONFIDENCE = 0.7;

const STATUS_LABELS: Record<string, string> = {
  reading: 'Đang đọc các trang',
  ready: 'Chờ văn thư kiểm tra cách tách',
  confirmed: 'Đã tạo văn bản dự thảo',
  failed: 'Không đọc được lô văn bản',
};

type Job = { status: string; last_error: string | null } | null;

function statusOf(batch: Pick<BatchRow, 'status'>, job: Job): string {
  return batch.status === 'reading' && job?.status === 'failed' ? 'failed' : batch.status;
}

export function presentBatchSummary(
  batch: Pick<
    BatchRow,
    | 'id'
    | 'organisation_id'
    | 'status'
    | 'file_name'
    | 'page_count'
    | 'pages_done'
    | 'document_ids_json'
    | 'error'
    | 'created_at'
  >,
  job: Job,
) {
  const status = statusOf(batch, job);
  const progressLabel =
    status === 'reading'
      ? batch.page_count
        ? `Đang nhận dạng trang ${batch.pages_done}/${batch.page_count}`
        : 'Đang chờ đọc'
      : batch.page_count
        ? `${batch.page_count} trang`
        : '';
  return {
    id: batch.id,
    organisationId: batch.organisation_id,
    status,
    statusLabel: STATUS_LABELS[status] ?? status,
    fileName: batch.file_name,
    pageCount: batch.page_count,
    pagesDone: batch.pages_done,
    progressLabel,
    documentIds: batch.document_ids_json ? (JSON.parse(batch.document_ids_json) as string[]) : [],
    error: status === 'failed' ? (job?.last_error ?? batch.error) : batch.error,
    createdAt: batch.created_at,
  };
}

/** The first lines of a page, for the clerk deciding where a letter starts. */
function preview(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 2);
  return lines.slice(0, 3).join(' · ').slice(0, 240);
}

export function presentBatch(batch: BatchRow, job: Job, hints: ReceiverHints) {
  const pageTexts = batch.page_texts_json ? (JSON.parse(batch.page_texts_json) as string[]) : [];
  const pageStarts = batch.page_starts_json ? (JSON.parse(batch.page_starts_json) as PageStart[]) : [];
  const starts = batch.starts_json ? (JSON.parse(batch.starts_json) as number[]) : [];
  const letters = pageTexts.length ? lettersFromStarts(pageTexts, starts, pageStarts, hints) : [];
  return {
    ...presentBatchSummary(batch, job),
    pageStarts: pageStarts.map((p) => ({
      page: p.page,
      score: p.score,
      starts: p.starts,
      evidence: p.evidence,
      preview: preview(pageTexts[p.page - 1] ?? ''),
    })),
    starts,
    letters: letters.map((letter, i) => {
      const draft = draftFromExtraction(letter.extraction, { source: 'ocr', text: letter.text });
      const c = draft.columns;
      return {
        index: i + 1,
        fromPage: letter.pages[0],
        toPage: letter.pages[1],
        startConfidence: Math.round(letter.startConfidence * 100) / 100,
        lowConfidence: letter.startConfidence < LOW_START_CONFIDENCE,
        evidence: letter.evidence,
        numberSymbol: c.number_symbol ?? null,
        issuerName: c.issuer_name ?? null,
        typeName: c.type_name ?? null,
        documentDate: c.document_date ?? null,
        subject: c.subject ?? null,
        signerName: c.signer_name ?? null,
        requirements: draft.requirements.length,
        deadlines: draft.requirements.map((r) => r.deadline).filter((d): d is string => !!d),
      };
    }),
  };
}
