/**
 * A one-time message carried to the next page ("Đã thêm cán bộ …" after a redirect).
 */
let pending: string | null = null;

export function setFlash(message: string): void {
  pending = message;
}

/** The pending message, cleared on read. */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}
