/**
 * Vietnamese names for audit actions and entity types. Unknown codes are shown as they are, so
 * new features' actions appear without a change here (add a label when adding an action).
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'user.locked': 'Tài khoản bị khóa do đăng nhập sai',
  'user.password_changed': 'Đổi mật khẩu',
  'user.password_reset': 'Đặt lại mật khẩu',
  'user.created': 'Thêm cán bộ',
  'user.updated': 'Sửa thông tin, vai trò hoặc khóa tài khoản',
  'organisation.created': 'Thêm đơn vị',
  'organisation.updated': 'Sửa thông tin đơn vị',
  'unit.created': 'Thêm phòng, khoa',
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
];

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  user: 'Tài khoản',
  organisation: 'Trường, đơn vị',
  org_unit: 'Phòng, khoa',
  session: 'Phiên đăng nhập',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? entityType;
}
