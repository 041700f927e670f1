/** edXML (QCVN 102:2016) processing status codes used for each recipient of a directive. */
export const EDXML_STATUS_LABELS: Record<string, string> = {
  '01': 'Đã đến',
  '02': 'Từ chối tiếp nhận',
  '03': 'Đã tiếp nhận (vào sổ)',
  '04': 'Đã phân công',
  '05': 'Đang xử lý',
  '06': 'Hoàn thành',
};

/** Document status (registers and direction modules) → recipient status code and the timestamp column it sets. */
export const DOCUMENT_STATUS_TO_CODE: Record<
  string,
  { code: string; column: 'registered_at' | 'assigned_at' | 'in_progress_at' | 'done_at' } | undefined
> = {
  registered: { code: '03', column: 'registered_at' },
  presented: { code: '03', column: 'registered_at' },
  assigned: { code: '04', column: 'assigned_at' },
  in_progress: { code: '05', column: 'in_progress_at' },
  completed: { code: '06', column: 'done_at' },
};
