/**
 * Process-wide Prometheus metrics (prom-client). One registry per process, because a metric belongs to the
 * process that produced it: the HTTP plugin, the auth service and the OCR engine record into it without
 * knowing about each other, and `/metrics` (src/plugins/metrics.ts) renders it. Tests build many apps in one
 * process; they share the registry, which only ever adds counts.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'tct_' });

export const httpRequestSeconds = new Histogram({
  name: 'tct_http_request_duration_seconds',
  help: 'Thời gian xử lý yêu cầu HTTP theo tuyến (route pattern, không phải URL cụ thể)',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

export const loginFailures = new Counter({
  name: 'tct_login_failures_total',
  help: 'Số lần đăng nhập bị từ chối, theo lý do',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});

export const ocrPageSeconds = new Histogram({
  name: 'tct_ocr_page_seconds',
  help: 'Thời gian nhận dạng chữ (tesseract) cho một trang',
  labelNames: ['outcome'] as const,
  buckets: [0.5, 1, 2, 4, 8, 15, 30, 60, 120],
  registers: [metricsRegistry],
});

export type QueueStats = { name: string; status: string; count: number; oldestRunAt: string | null }[];

/** Where the queue gauges read from; set by the app that owns the database (the last one in tests). */
let queueStatsSource: (() => Promise<QueueStats>) | null = null;
export function setQueueStatsSource(source: () => Promise<QueueStats>): void {
  queueStatsSource = source;
}

async function readQueueStats(): Promise<QueueStats> {
  return queueStatsSource ? queueStatsSource() : [];
}

export const jobQueueDepth = new Gauge({
  name: 'tct_job_queue_depth',
  help: 'Số việc nền trong hàng đợi, theo tên và trạng thái',
  labelNames: ['name', 'status'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const row of await readQueueStats()) this.set({ name: row.name, status: row.status }, row.count);
  },
});

export const jobQueueOldestAgeSeconds = new Gauge({
  name: 'tct_job_queue_oldest_age_seconds',
  help: 'Tuổi của việc nền chờ lâu nhất (đã đến hạn mà chưa chạy xong), theo tên',
  labelNames: ['name'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    const now = Date.now();
    for (const row of await readQueueStats()) {
      if (row.status !== 'queued' || !row.oldestRunAt) continue;
      this.set({ name: row.name }, Math.max(0, (now - Date.parse(row.oldestRunAt)) / 1000));
    }
  },
});
