/**
 * Every page of the app in one list: its path, its title (also the navigation label), who may
 * open it and where it appears in the left navigation. To add a feature, add one entry here
 * (see docs/web.md).
 */
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Me, Role } from './api/types.ts';
import { ACADEMY_ROLES, ADMIN_ROLES, SCHOOL_ROLES, hasRole } from './api/types.ts';
import { ForbiddenPage, NotFoundPage, ServerErrorPage } from './features/errors/ErrorPages.tsx';
import { REGISTRY_ROLES } from './features/documents/documentTypes.ts';
import { REPORT_ROUTES } from './features/reports/reportRoutes.tsx';

export type RouteParams = Readonly<Record<string, string | undefined>>;

/** A page loaded on first visit (its own chunk), so the first bundle holds only the frame. */
function page<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  // biome-ignore lint/suspicious/noExplicitAny: React.lazy's own constraint on the component type
): M[K] extends ComponentType<any> ? LazyExoticComponent<M[K]> : never {
  // biome-ignore lint/suspicious/noExplicitAny: see above
  return lazy(async () => ({ default: (await load())[name] as ComponentType<any> })) as never;
}

const LoginPage = page(() => import('./features/auth/LoginPage.tsx'), 'LoginPage');
const ChangePasswordPage = page(() => import('./features/auth/ChangePasswordPage.tsx'), 'ChangePasswordPage');
const HomePage = page(() => import('./features/home/HomePage.tsx'), 'HomePage');
const NetworkPage = page(() => import('./features/network/NetworkPage.tsx'), 'NetworkPage');
const NetworkOrganisationPage = page(
  () => import('./features/network/NetworkOrganisationPage.tsx'),
  'NetworkOrganisationPage',
);
const SchoolPage = page(() => import('./features/organisations/SchoolPage.tsx'), 'SchoolPage');
const MySchoolRedirect = page(() => import('./features/organisations/MySchoolRedirect.tsx'), 'MySchoolRedirect');
const PeoplePage = page(() => import('./features/people/PeoplePage.tsx'), 'PeoplePage');
const PersonCreatePage = page(() => import('./features/people/PersonCreatePage.tsx'), 'PersonCreatePage');
const PersonPage = page(() => import('./features/people/PersonPage.tsx'), 'PersonPage');
const AuditPage = page(() => import('./features/audit/AuditPage.tsx'), 'AuditPage');
const ClassesPage = page(() => import('./features/training/ClassesPage.tsx'), 'ClassesPage');
const ClassPage = page(() => import('./features/training/ClassPage.tsx'), 'ClassPage');
const ImportWizardPage = page(() => import('./features/training/ImportWizardPage.tsx'), 'ImportWizardPage');
const ComplianceSummaryPage = page(
  () => import('./features/training/ComplianceSummaryPage.tsx'),
  'ComplianceSummaryPage',
);
const NetworkCompliancePage = page(
  () => import('./features/training/ComplianceSummaryPage.tsx'),
  'NetworkCompliancePage',
);
const TrainingSettingsPage = page(() => import('./features/training/SettingsPage.tsx'), 'SettingsPage');
const DirectivesListPage = page(() => import('./features/directives/DirectivesListPage.tsx'), 'DirectivesListPage');
const DirectiveCreatePage = page(() => import('./features/directives/DirectiveCreatePage.tsx'), 'DirectiveCreatePage');
const DirectivePage = page(() => import('./features/directives/DirectivePage.tsx'), 'DirectivePage');
const DirectiveDashboardPage = page(
  () => import('./features/directives/DirectiveDashboardPage.tsx'),
  'DirectiveDashboardPage',
);
const ObligationsPage = page(() => import('./features/directives/ObligationsPage.tsx'), 'ObligationsPage');
const ObligationPage = page(() => import('./features/directives/ObligationPage.tsx'), 'ObligationPage');
const IncomingRegisterPage = page(
  () => import('./features/documents/IncomingRegisterPage.tsx'),
  'IncomingRegisterPage',
);
const IntakePage = page(() => import('./features/documents/IntakePage.tsx'), 'IntakePage');
const ReviewPage = page(() => import('./features/documents/ReviewPage.tsx'), 'ReviewPage');
const BatchPage = page(() => import('./features/documents/BatchPage.tsx'), 'BatchPage');
const DocumentPage = page(() => import('./features/documents/DocumentPage.tsx'), 'DocumentPage');
const OutgoingPage = page(() => import('./features/documents/OutgoingPage.tsx'), 'OutgoingPage');
const DocumentSearchPage = page(() => import('./features/documents/SearchPage.tsx'), 'SearchPage');
const HandlingSlipPrintPage = page(() => import('./features/tasks/HandlingSlipPrintPage.tsx'), 'HandlingSlipPrintPage');
const RegisterSheetPage = page(() => import('./features/documents/RegisterSheetPage.tsx'), 'RegisterSheetPage');
const RegisterPrintPage = page(() => import('./features/documents/RegisterPrintPage.tsx'), 'RegisterPrintPage');
const DeskPage = page(() => import('./features/tasks/DeskPage.tsx'), 'DeskPage');
const DirectionPage = page(() => import('./features/tasks/DirectionPage.tsx'), 'DirectionPage');
const MyTasksPage = page(() => import('./features/tasks/MyTasksPage.tsx'), 'MyTasksPage');
const TaskPage = page(() => import('./features/tasks/TaskPage.tsx'), 'TaskPage');
const DeadlinesPage = page(() => import('./features/tasks/DeadlinesPage.tsx'), 'DeadlinesPage');
const NotificationsPage = page(() => import('./features/tasks/NotificationsPage.tsx'), 'NotificationsPage');
const ContestPage = page(() => import('./features/contest/ContestPage.tsx'), 'ContestPage');
const JudgingPage = page(() => import('./features/contest/JudgingPage.tsx'), 'JudgingPage');
const OverlapPage = page(() => import('./features/contest/OverlapPage.tsx'), 'OverlapPage');
const ForumPage = page(() => import('./features/contest/ForumPage.tsx'), 'ForumPage');
const LettersPage = page(() => import('./features/letters/LettersPage.tsx'), 'LettersPage');
const LetterPage = page(() => import('./features/letters/LetterPage.tsx'), 'LetterPage');
const CertificatesPage = page(() => import('./features/letters/CertificatesPage.tsx'), 'CertificatesPage');
// standard2: standard political school
const StandardDossierPage = page(() => import('./features/standard/StandardDossierPage.tsx'), 'StandardDossierPage');
const StandardAssessmentPage = page(() => import('./features/standard/AssessmentPage.tsx'), 'AssessmentPage');
const StandardNetworkPage = page(() => import('./features/standard/StandardNetworkPage.tsx'), 'StandardNetworkPage');
const StandardCataloguePage = page(() => import('./features/standard/CataloguePage.tsx'), 'CataloguePage');

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
    path: '/van-ban-den/lo/:id',
    label: 'Tách lô văn bản quét',
    roles: REGISTRY_ROLES,
    element: ({ id }) => <BatchPage batchId={id ?? ''} />,
  },
  {
    path: '/van-ban-den/:id/vao-so',
    label: 'Kiểm tra và vào sổ',
    roles: REGISTRY_ROLES,
    element: ({ id }) => <ReviewPage documentId={id ?? ''} />,
  },
  { path: '/van-ban-di', label: 'Văn bản đi', nav: 'Văn bản', element: () => <OutgoingPage /> },
  { path: '/soan-thao', label: 'Soạn thảo văn bản', nav: 'Văn bản', element: () => <LettersPage /> },
  { path: '/soan-thao/:id', label: 'Văn bản soạn thảo', element: ({ id }) => <LetterPage letterId={id ?? ''} /> },
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
    path: '/so-dang-ky/ban-in',
    label: 'Sổ đăng ký, bản in',
    roles: REGISTRY_ROLES,
    element: () => <RegisterSheetPage />,
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
  {
    path: '/ban-lam-viec/van-ban/:id/in-phieu',
    label: 'In phiếu giải quyết văn bản đến',
    element: ({ id }) => <HandlingSlipPrintPage documentId={id ?? ''} />,
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
  // contest2: the writing contest, blind marking and the forum column (issue 14)
  { path: '/cuoc-thi', label: 'Cuộc thi chính luận', nav: 'Mạng lưới', element: () => <ContestPage /> },
  { path: '/cham-thi', label: 'Chấm thi', nav: 'Mạng lưới', element: () => <JudgingPage /> },
  {
    path: '/cuoc-thi/trung-lap/:id',
    label: 'Đối chiếu trùng lặp',
    roles: ACADEMY_ROLES,
    element: ({ id }) => <OverlapPage overlapId={id ?? ''} />,
  },
  { path: '/dien-dan', label: 'Diễn đàn địa phương', nav: 'Mạng lưới', element: () => <ForumPage /> },
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

  ...REPORT_ROUTES,

  {
    path: '/chung-thu-so',
    label: 'Chứng thư số',
    roles: ADMIN_ROLES,
    nav: 'Quản trị',
    element: () => <CertificatesPage />,
  },
  // standard2: standard political school (school: dossier, roster, assessments; Academy: network view)
  {
    path: '/truong-chuan',
    label: 'Trường chính trị chuẩn',
    roles: SCHOOL_ROLES,
    nav: 'Trường',
    element: () => <StandardDossierPage />,
  },
  {
    path: '/truong-chuan/tu-danh-gia/:id',
    label: 'Tự đánh giá',
    element: ({ id }) => <StandardAssessmentPage assessmentId={id ?? ''} />,
  },
  {
    path: '/truong-chuan/:id',
    label: 'Hồ sơ trường chính trị chuẩn',
    element: ({ id }) => <StandardDossierPage organisationId={id ?? ''} />,
  },
  {
    path: '/truong-chuan-mang-luoi',
    label: 'Trường chính trị chuẩn',
    roles: ACADEMY_ROLES,
    nav: 'Mạng lưới',
    element: () => <StandardNetworkPage />,
  },
  {
    path: '/tieu-chi-truong-chuan',
    label: 'Tiêu chí trường chuẩn',
    nav: 'Mạng lưới',
    element: () => <StandardCataloguePage />,
  },
  { path: '/nhat-ky', label: 'Nhật ký hệ thống', roles: ADMIN_ROLES, nav: 'Quản trị', element: () => <AuditPage /> },

  { path: '/doi-mat-khau', label: 'Đổi mật khẩu', nav: 'Tài khoản', element: () => <ChangePasswordPage /> },

  { path: '/loi/403', label: 'Không có quyền truy cập', element: () => <ForbiddenPage /> },
  { path: '/loi/500', label: 'Lỗi hệ thống', element: () => <ServerErrorPage /> },
];

export const notFoundRoute: AppRoute = { path: '*', label: 'Không tìm thấy trang', element: () => <NotFoundPage /> };

export function canOpen(route: AppRoute, me: Me): boolean {
  return !route.roles || hasRole(route.roles, me.role);
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
