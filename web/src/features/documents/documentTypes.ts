/** Shapes of the documents and registers API, generated from the server's schemas (src/modules/documents). */
import type { ApiResponse, Role } from '../../api/types.ts';

export type DocumentDetail = ApiResponse<'/api/documents/{id}'>;
export type SearchPage = ApiResponse<'/api/documents/search'>;
export type DocumentSummary = SearchPage['items'][number];
export type LinkItem = DocumentDetail['links']['outgoing'][number];
export type FileItem = DocumentDetail['files'][number];
export type Reference = DocumentDetail['references'][number];
export type RequirementItem = { id?: string; no: number | null; text: string; deadline: string | null };

export type RegisterPage = ApiResponse<'/api/registers/incoming'>;
export type RegisterEntry = RegisterPage['items'][number];

export type UploadResult = ApiResponse<'/api/intake/uploads', 'post'>;
export type UploadState = ApiResponse<'/api/intake/uploads/{id}'>;

export type NumberingSettings = ApiResponse<'/api/registers/settings'>;

/** The error `details` of a 409 on registration when a possible duplicate exists. */
export type DuplicateDetails = {
  duplicate: { id: string; registerNumber: number; registerYear: number; receivedDate: string };
};

export const REGISTRY_ROLES: readonly Role[] = ['clerk', 'school_admin', 'leader', 'academy_admin', 'academy_staff'];
