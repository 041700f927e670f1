/**
 * Every page of the app in one list: its path, its title (also the navigation label), who may
 * open it and where it appears in the left navigation. To add a feature, add one entry here
 * (see docs/web.md).
 */
import type { ReactNode } from 'react';
import type { Me, Role } from './api/types.ts';
import { ACADEMY_ROLES, ADMIN_ROLES, SCHOOL_ROLES } from './api/types.ts';
import type { RouteParams } from './lib/router.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { NetworkPage } from './features/network/NetworkPage.tsx';
import { NetworkOrganisationPage } from './features/network/NetworkOrganisationPage.tsx';
import { SchoolPage } from './features/organisations/SchoolPage.tsx';
import { MySchoolRedirect } from './features/organisations/MySchoolRedirect.tsx';
import { PeoplePage } from './features/people/PeoplePage.tsx';
import { PersonCreatePage } from './features/people/PersonCreatePage.tsx';
import { PersonPage } from './features/people/PersonPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { ClassesPage } from './features/training/ClassesPage.tsx';
import { ClassPage } from './features/training/ClassPage.tsx';
import { ImportWizardPage } from './features/training/ImportWizardPage.tsx';
import { ComplianceSummaryPage, NetworkCompliancePage } from './features/training/ComplianceSummaryPage.tsx';
import { SettingsPage as TrainingSettingsPage } from './features/training/SettingsPage.tsx';
import { DirectivesListPage } from './features/directives/DirectivesListPage.tsx';
import { DirectiveCreatePage } from './features/directives/DirectiveCreatePage.tsx';
import { DirectivePage } from './features/directives/DirectivePage.tsx';
import { DirectiveDashboardPage } from './features/directives/DirectiveDashboardPage.tsx';
import { ObligationsPage } from './features/directives/ObligationsPage.tsx';
import { ObligationPage } from './features/directives/ObligationPage.tsx';
import { ForbiddenPage, NotFoundPage, ServerErrorPage } from './features/errors/ErrorPages.tsx';
import { IncomingRegisterPage } from './features/documents/IncomingRegisterPage.tsx';
import { IntakePage } from './features/documents/IntakePage.tsx';
import { ReviewPage } from './features/documents/ReviewPage.tsx';
import { DocumentPage } from './features/documents/DocumentPage.tsx';
import { OutgoingPage } from './features/documents/OutgoingPage.tsx';
import { SearchPage as DocumentSearchPage } from './features/documents/SearchPage.tsx';
import { RegisterPrintPage } from './features/documents/RegisterPrintPage.tsx';
import { REGISTRY_ROLES } from './features/documents/documentTypes.ts';
import { DeskPage } from './features/tasks/DeskPage.tsx';
import { DirectionPage } from './features/tasks/DirectionPage.tsx';
import { MyTasksPage } from './features/tasks/MyTasksPage.tsx';
import { TaskPage } from './features/tasks/TaskPage.tsx';
import { DeadlinesPage } from './features/tasks/DeadlinesPage.tsx';
import { NotificationsPage } from './features/tasks/NotificationsPage.tsx';

export type NavGroup = 'Chung' | 'Văn bản' | 'Công việc' | 'Trường' | 'Mạng lưới' | 'Quản trị' | 'Tài khoản';

/** Order of the groups in the left navigation. */
export const NAV_GROUPS: readonly NavGroup[] = [
  'Chung',
  'Văn bản',
  'Công việc',
  'Trường',
  'Mạng lưới',
  'Quản trị',
  'Tài khoản',
];

export type AppRoute = {
  /** A path pattern; ":name" segments become params. */
  path: string;
  /** Page title, and the navigation label when `nav` is set. */
  label: string;
  /** Roles that may open the page; omitted = every logged-in user. */
  roles?: readonly Role[];
  element: (params: RouteParams) => ReactNode;
  /** The navigation group to list the page under; omitted = not in the navigation. */
  nav?: NavGroup;
  /** Where the navigation entry points when it is not `path` itself. */
  navHref?: (me: Me) => string;
  /** Reachable without logging in (only the login page). */
  public?: boolean;
};

export const LOGIN_PATH = '/dang-nhap';

export const routes: AppRoute[] = [
  { path: LOGIN_PATH, label: 'Đăng nhập', public: true, element: () => <LoginPage /> },
  { path: '/', label: 'Trang chủ', nav: 'Chung', element: () => <HomePage /> },

  { path: '/van-ban-den', label: 'Văn bản đến', nav: 'Văn bản', element: () => <IncomingRegisterPage /> },
  { path: '/van-ban-den/tiep-nhan', label: 'Tiếp nhận văn bản', roles: REGISTRY_ROLES, element: () => <IntakePage /> },
  {
    path: '/van-ban-den/:id/vao-so',
    label: 'Kiểm tra và vào sổ',
    roles: REGISTRY_ROLES,
    element: ({ id }) => <ReviewPage documentId={id ?? ''} />,
  },
  { path: '/van-ban-di', label: 'Văn bản đi', nav: 'Văn bản', element: () => <OutgoingPage /> },
  { path: '/van-ban/:id', label: 'Văn bản', element: ({ id }) => <DocumentPage documentId={id ?? ''} /> },
  { path: '/tim-kiem-van-ban', label: 'Tìm kiếm văn bản', nav: 'Văn bản', element: () => <DocumentSearchPage /> },
  {
    path: '/so-dang-ky',
    label: 'Sổ đăng ký',
    roles: REGISTRY_ROLES,
    nav: 'Văn bản',
    element: () => <RegisterPrintPage />,
  },

  {
    path: '/ban-lam-viec',
    label: 'Bàn làm việc lãnh đạo',
    roles: ['leader', 'clerk', 'school_admin', 'academy_admin', 'academy_staff'],
    nav: 'Công việc',
    element: () => <DeskPage />,
  },
  {
    path: '/ban-lam-viec/van-ban/:id',
    label: 'Phiếu giải quyết văn bản đến',
    element: ({ id }) => <DirectionPage documentId={id ?? ''} />,
  },
  { path: '/viec-cua-toi', label: 'Việc của tôi', nav: 'Công việc', element: () => <MyTasksPage /> },
  { path: '/viec-cua-toi/:id', label: 'Nhiệm vụ', element: ({ id }) => <TaskPage taskId={id ?? ''} /> },
  { path: '/han-xu-ly', label: 'Hạn xử lý', nav: 'Công việc', element: () => <DeadlinesPage /> },
  { path: '/thong-bao', label: 'Thông báo', nav: 'Công việc', element: () => <NotificationsPage /> },

  {
    path: '/truong-cua-toi',
    label: 'Trường của tôi',
    roles: SCHOOL_ROLES,
    nav: 'Trường',
    navHref: (me) => `/to-chuc/${me.organisation.id}`,
    element: () => <MySchoolRedirect />,
  },
  { path: '/to-chuc/:id', label: 'Thông tin trường', element: ({ id }) => <SchoolPage organisationId={id ?? ''} /> },
  { path: '/can-bo', label: 'Cán bộ', nav: 'Trường', element: () => <PeoplePage /> },
  { path: '/can-bo/them-moi', label: 'Thêm cán bộ', roles: ADMIN_ROLES, element: () => <PersonCreatePage /> },
  { path: '/can-bo/:id', label: 'Hồ sơ cán bộ', element: ({ id }) => <PersonPage personId={id ?? ''} /> },

  { path: '/mang-luoi', label: 'Mạng lưới trường', nav: 'Mạng lưới', element: () => <NetworkPage /> },
  {
    path: '/mang-luoi/:id',
    label: 'Chi tiết đơn vị',
    element: ({ id }) => <NetworkOrganisationPage organisationId={id ?? ''} />,
  },

  {
    path: '/chi-dao',
    label: 'Chỉ đạo mạng lưới',
    roles: ACADEMY_ROLES,
    nav: 'Mạng lưới',
    element: () => <DirectivesListPage />,
  },
  { path: '/chi-dao/soan-moi', label: 'Soạn chỉ đạo', roles: ACADEMY_ROLES, element: () => <DirectiveCreatePage /> },
  {
    path: '/chi-dao/:id/theo-doi',
    label: 'Bảng theo dõi chỉ đạo',
    roles: ACADEMY_ROLES,
    element: ({ id }) => <DirectiveDashboardPage directiveId={id ?? ''} />,
  },
  {
    path: '/chi-dao/:id',
    label: 'Chi tiết chỉ đạo',
    roles: ACADEMY_ROLES,
    element: ({ id }) => <DirectivePage directiveId={id ?? ''} />,
  },
  {
    path: '/nhiem-vu-chi-dao',
    label: 'Nhiệm vụ theo chỉ đạo',
    roles: SCHOOL_ROLES,
    nav: 'Trường',
    element: () => <ObligationsPage />,
  },
  {
    path: '/nhiem-vu-chi-dao/:id',
    label: 'Nhiệm vụ theo chỉ đạo',
    element: ({ id }) => <ObligationPage obligationId={id ?? ''} />,
  },

  { path: '/dao-tao', label: 'Đào tạo', nav: 'Trường', element: () => <ClassesPage /> },
  {
    path: '/dao-tao/nhap',
    label: 'Nhập lớp học',
    roles: ['school_admin', 'leader', 'staff'],
    element: () => <ImportWizardPage />,
  },
  { path: '/dao-tao/tuan-thu', label: 'Tổng hợp tuân thủ đào tạo', element: () => <ComplianceSummaryPage /> },
  { path: '/dao-tao/cau-hinh', label: 'Cấu hình tuân thủ', element: () => <TrainingSettingsPage /> },
  { path: '/dao-tao/lop/:id', label: 'Lớp học', element: ({ id }) => <ClassPage classId={id ?? ''} /> },
  {
    path: '/tuan-thu-dao-tao',
    label: 'Tuân thủ đào tạo',
    roles: ['academy_admin', 'academy_staff'],
    nav: 'Mạng lưới',
    element: () => <NetworkCompliancePage />,
  },

  { path: '/nhat-ky', label: 'Nhật ký hệ thống', roles: ADMIN_ROLES, nav: 'Quản trị', element: () => <AuditPage /> },

  { path: '/doi-mat-khau', label: 'Đổi mật khẩu', nav: 'Tài khoản', element: () => <ChangePasswordPage /> },

  { path: '/loi/403', label: 'Không có quyền truy cập', element: () => <ForbiddenPage /> },
  { path: '/loi/500', label: 'Lỗi hệ thống', element: () => <ServerErrorPage /> },
];

export const notFoundRoute: AppRoute = { path: '*', label: 'Không tìm thấy trang', element: () => <NotFoundPage /> };

export function findRoute(
  pathname: string,
  match: (pattern: string, pathname: string) => RouteParams | null,
): { route: AppRoute; params: RouteParams } {
  for (const route of routes) {
    const params = match(route.path, pathname);
    if (params) return { route, params };
  }
  return { route: notFoundRoute, params: {} };
}

export function canOpen(route: AppRoute, me: Me): boolean {
  return !route.roles || route.roles.includes(me.role);
}

/** Navigation entries the user may see, grouped in NAV_GROUPS order. */
export function navigationFor(me: Me): { group: NavGroup; entries: { href: string; label: string; path: string }[] }[] {
  return NAV_GROUPS.map((group) => ({
    group,
    entries: routes
      .filter((route) => route.nav === group && canOpen(route, me))
      .map((route) => ({ href: route.navHref ? route.navHref(me) : route.path, label: route.label, path: route.path })),
  })).filter((section) => section.entries.length > 0);
}
