/** Types and labels of the letters pages (from the generated API types). */
import type { ApiResponse } from '../../api/types.ts';

export type LetterDetail = ApiResponse<'/api/letters/{id}'>;
export type Letter = LetterDetail['letter'];
export type LetterBlock = Letter['body'][number];
export type LetterSummary = ApiResponse<'/api/letters'>['items'][number];
export type Certificate = ApiResponse<'/api/signing-certificates'>['items'][number];
export type DocumentSignatures = ApiResponse<'/api/documents/{id}/signatures'>;

export const STEP_LABELS: Record<string, string> = {
  head_of_unit: 'Trưởng đơn vị duyệt',
  signer: 'Lãnh đạo duyệt, ký',
  clerk: 'Văn thư',
};

export function statusTone(status: string): 'neutral' | 'warning' | 'success' | 'danger' | 'info' {
  if (status === 'issued') return 'success';
  if (status === 'returned') return 'danger';
  if (status === 'signed' || status === 'approved') return 'info';
  if (status === 'in_review') return 'warning';
  return 'neutral';
}

export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
