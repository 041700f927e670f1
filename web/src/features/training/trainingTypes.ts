/**
 * Shapes of the training and compliance API (/api/training/…), generated from the routes' response schemas
 * (`npm run api:types`); the names below are aliases so the pages keep reading `ClassDetail`, `TrainingFinding`, …
 */
import type { ApiResponse } from '../../api/types.ts';

export type ClassList = ApiResponse<'/api/training/classes'>;
export type TrainingClassSummary = ClassList['items'][number];
export type ClassDetail = ApiResponse<'/api/training/classes/{id}'>;
export type TrainingFinding = ClassDetail['classFindings'][number];
export type TrainingLearner = ClassDetail['learners'][number];
export type ImportPreview = ApiResponse<'/api/training/imports/preview', 'post'>;
export type ImportResult = ApiResponse<'/api/training/imports', 'post'>;
export type ImportError = ImportPreview['errors'][number];
export type ComplianceSummary = ApiResponse<'/api/training/compliance/summary'>;
export type ComplianceSettings = ApiResponse<'/api/training/settings'>;
export type ClassSizeLimit = ComplianceSettings['classSizeLimits'][number];
