/**
 * Error pages: 404 (no such page, or a record the user may not see), 403 and 500.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';

function ErrorPage({ code, title, children }: { code: string; title: string; children: ReactNode }) {
  return (
    <section className="error-page" aria-labelledby="error-page-title">
      <p className="error-page__code" aria-hidden="true">
        {code}
      </p>
      <h1 id="error-page-title">{title}</h1>
      <div className="error-page__body">{children}</div>
      <p>
        <Link to="/" className="button button--primary">
          Về trang chủ
        </Link>
      </p>
    </section>
  );
}

export function NotFoundPage() {
  return (
    <ErrorPage code="404" title="Không tìm thấy trang">
      <p>Địa chỉ bạn mở không tồn tại hoặc đã được thay đổi.</p>
    </ErrorPage>
  );
}

/** A record that does not exist or lies outside the user's scope: the two are not told apart. */
export function NotFoundOrNoAccessPage({ what = 'dữ liệu' }: { what?: string }) {
  return (
    <ErrorPage code="404" title="Không tìm thấy hoặc bạn không có quyền xem">
      <p>
        Không tìm thấy {what} này, hoặc tài khoản của bạn không có quyền xem. Nếu cần truy cập, hãy liên hệ quản trị của
        trường hoặc Học viện.
      </p>
    </ErrorPage>
  );
}

export function ForbiddenPage() {
  return (
    <ErrorPage code="403" title="Bạn không có quyền truy cập trang này">
      <p>Chức năng này dành cho vai trò khác. Nếu cần được cấp quyền, hãy liên hệ quản trị của trường hoặc Học viện.</p>
    </ErrorPage>
  );
}

export function ServerErrorPage({ message }: { message?: string }) {
  return (
    <ErrorPage code="500" title="Hệ thống gặp sự cố">
      <p>{message ?? 'Đã có lỗi xảy ra khi hiển thị trang này. Vui lòng tải lại trang hoặc thử lại sau.'}</p>
    </ErrorPage>
  );
}
