/** The periodic-report pages, spread into web/src/routes.tsx (one import, one spread there). */
import { lazy } from 'react';
import { ACADEMY_ROLES } from '../../api/types.ts';
import type { AppRoute } from '../../routes.tsx';

const ReportsPage = lazy(async () => ({ default: (await import('./ReportsPage.tsx')).ReportsPage }));
const ReportPage = lazy(async () => ({ default: (await import('./ReportPage.tsx')).ReportPage }));
const RegimesPage = lazy(async () => ({ default: (await import('./RegimesPage.tsx')).RegimesPage }));
const MatrixPage = lazy(async () => ({ default: (await import('./MatrixPage.tsx')).MatrixPage }));
const AggregatePage = lazy(async () => ({ default: (await import('./AggregatePage.tsx')).AggregatePage }));

export const REPORT_ROUTES: AppRoute[] = [
  { path: '/bao-cao', label: 'Báo cáo định kỳ', nav: 'Công việc', element: () => <ReportsPage /> },
  { path: '/bao-cao/:id', label: 'Báo cáo', element: ({ id }) => <ReportPage reportId={id ?? ''} /> },
  {
    path: '/che-do-bao-cao',
    label: 'Chế độ báo cáo',
    roles: ACADEMY_ROLES,
    nav: 'Mạng lưới',
    element: () => <RegimesPage />,
  },
  {
    path: '/tinh-hinh-bao-cao',
    label: 'Tình hình báo cáo',
    roles: ACADEMY_ROLES,
    nav: 'Mạng lưới',
    element: () => <MatrixPage />,
  },
  {
    path: '/tong-hop-bao-cao',
    label: 'Tổng hợp số liệu báo cáo',
    roles: ACADEMY_ROLES,
    element: () => <AggregatePage />,
  },
];
