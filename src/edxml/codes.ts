/** Code lists of QCVN 102:2016 as used on the national document axis (VDXP). See docs/edxml.md. */

export const EDXML_NAMESPACE = 'http://www.mic.gov.vn/TBT/QCVN_102_2016';
/** The prefix the VPCP validator insists on for every child element. */
export const EDXML_PREFIX = 'edXML';

/** OtherInfo/Priority (độ khẩn). */
export const EDXML_PRIORITY = {
  0: 'Thường',
  1: 'Khẩn',
  2: 'Thượng khẩn',
  3: 'Hỏa tốc',
  4: 'Hỏa tốc hẹn giờ',
} as const satisfies Record<number, string>;
export type EdxmlPriorityCode = keyof typeof EDXML_PRIORITY;

/** TraceHeaderList/Bussiness/BussinessDocType (the spelling "Bussiness" is the standard's). */
export const EDXML_BUSINESS_DOC_TYPE = {
  0: 'Văn bản mới',
  1: 'Thu hồi',
  2: 'Cập nhật',
  3: 'Thay thế',
} as const satisfies Record<number, string>;
export type EdxmlBusinessDocTypeCode = keyof typeof EDXML_BUSINESS_DOC_TYPE;

/** MessageHeader/StatusCode of status messages (thông điệp trạng thái). */
export const EDXML_STATUS = {
  '01': 'Đã đến',
  '02': 'Từ chối tiếp nhận',
  '03': 'Đã tiếp nhận',
  '04': 'Phân công xử lý',
  '05': 'Đang xử lý',
  '06': 'Hoàn thành',
  '13': 'Lấy lại',
  '15': 'Đồng ý cập nhật, lấy lại hoặc thu hồi',
  '16': 'Từ chối cập nhật, lấy lại hoặc thu hồi',
} as const;
export type EdxmlStatusCode = keyof typeof EDXML_STATUS;

export function isEdxmlStatusCode(value: string): value is EdxmlStatusCode {
  return Object.hasOwn(EDXML_STATUS, value);
}

export interface EdxmlCodeLabel {
  code: number;
  label: string;
}

/**
 * Unknown codes are kept rather than rejected: the lists are community-sourced (no XSD is public), and
 * refusing a document over an unfamiliar urgency code would block registration for no safety gain.
 */
export function priorityOf(code: number): EdxmlCodeLabel {
  return { code, label: labelFrom(EDXML_PRIORITY, code) };
}

export function businessDocTypeOf(code: number): EdxmlCodeLabel {
  return { code, label: labelFrom(EDXML_BUSINESS_DOC_TYPE, code) };
}

function labelFrom(table: Record<number, string>, code: number): string {
  return Object.hasOwn(table, code) ? (table[code] ?? '') : `Không xác định (mã ${code})`;
}
