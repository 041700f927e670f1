/**
 * Vietnamese names for audit actions and entity types. Unknown codes are shown as they are, so
 * new features' actions appear without a change here (add a label when adding an action).
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'auth.login_failed': 'Đăng nhập không thành công',
  'user.password_change_failed': 'Đổi mật khẩu: nhập sai mật khẩu hiện tại',
  'user.locked': 'Tài khoản bị khóa do nhập sai mật khẩu',
  'user.password_changed': 'Đổi mật khẩu',
  'user.password_reset': 'Đặt lại mật khẩu',
  'user.created': 'Thêm cán bộ',
  'user.updated': 'Sửa thông tin, vai trò hoặc khóa tài khoản',
  'organisation.created': 'Thêm đơn vị',
  'organisation.updated': 'Sửa thông tin đơn vị',
  'unit.created': 'Thêm phòng, khoa',
  'document.uploaded': 'Tải lên văn bản',
  'document.extracted': 'Hệ thống đọc văn bản (OCR, trích xuất)',
  'document.created': 'Tạo văn bản (dán nội dung, nhập tay)',
  'document.arrived': 'Văn bản điện tử đến',
  'document.updated': 'Sửa thông tin văn bản',
  'document.registered': 'Vào sổ, cấp số đến',
  'document.drafted': 'Soạn dự thảo văn bản đi',
  'document.issued': 'Cấp số, ban hành văn bản đi',
  'document.link_added': 'Thêm liên kết văn bản',
  'document.link_removed': 'Bỏ liên kết văn bản',
  'document.presentation_added': 'Trình lãnh đạo',
  'document.presented': 'Văn bản chuyển sang "Đã trình"',
  'document.directed': 'Bút phê, giao việc',
  'document.assigned': 'Văn bản chuyển sang "Đã giao xử lý"',
  'document.in_progress': 'Văn bản chuyển sang "Đang xử lý"',
  'document.completed': 'Văn bản hoàn thành',
  'tasks.created_from_document': 'Tạo nhiệm vụ từ yêu cầu của văn bản',
  'task.acknowledged': 'Xác nhận đã nhận nhiệm vụ',
  'task.progress': 'Cập nhật tiến độ nhiệm vụ',
  'task.commented': 'Ý kiến về nhiệm vụ',
  'task.files_added': 'Tải lên tài liệu kết quả',
  'task.completed': 'Hoàn thành nhiệm vụ',
  'task.returned': 'Trả lại nhiệm vụ',
  'task.extension_requested': 'Xin gia hạn nhiệm vụ',
  'task.extension_granted': 'Đồng ý gia hạn nhiệm vụ',
  'task.extension_refused': 'Không đồng ý gia hạn nhiệm vụ',
  'task.updated': 'Sửa nhiệm vụ (tên, nội dung, hạn)',
  'directive.created': 'Soạn dự thảo chỉ đạo mạng lưới',
  'directive.issued': 'Ban hành chỉ đạo đến các trường',
  'obligation.updated': 'Trường cập nhật thực hiện chỉ đạo',
  'obligation.evidence_added': 'Trường tải lên minh chứng thực hiện chỉ đạo',
  'training.imported': 'Nhập lớp học, học viên từ tệp',
  'training.class.updated': 'Cập nhật lớp học từ tệp',
  'training.class.evaluated': 'Kiểm tra lại tuân thủ của lớp',
  'training.settings.updated': 'Sửa cấu hình tuân thủ (sĩ số, danh mục chức vụ)',
  'compliance.override.created': 'Miễn trừ vi phạm (có căn cứ quyết định)',
  'compliance.override.revoked': 'Thu hồi miễn trừ vi phạm',
  'document_settings.updated': 'Sửa cấu hình đánh số văn bản',
  'network.seeded': 'Nạp dữ liệu mạng lưới trường',
};

/** Prefix filters: the API matches actions that start with the given text. */
export const AUDIT_ACTION_FILTERS: { value: string; label: string }[] = [
  { value: 'auth.', label: 'Đăng nhập, đăng xuất' },
  { value: 'auth.login', label: 'Đăng nhập' },
  { value: 'user.', label: 'Tài khoản cán bộ (mọi thao tác)' },
  { value: 'user.locked', label: 'Khóa do đăng nhập sai' },
  { value: 'user.password', label: 'Đổi, đặt lại mật khẩu' },
  { value: 'organisation.', label: 'Đơn vị trong mạng lưới' },
  { value: 'unit.', label: 'Phòng, khoa' },
  { value: 'document.', label: 'Văn bản đến, đi (mọi thao tác)' },
  { value: 'task.', label: 'Nhiệm vụ (mọi thao tác)' },
];

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  user: 'Tài khoản',
  organisation: 'Trường, đơn vị',
  org_unit: 'Phòng, khoa',
  session: 'Phiên đăng nhập',
  document: 'Văn bản',
  task: 'Nhiệm vụ',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? entityType;
}
