/**
 * Seeded generator of realistic documents for bench/search.bench.ts: Party and state letters from the
 * bodies that write to political schools, numbered per register and year as the registration service
 * would, with a body paragraph in place of OCR text. Inserted in batches inside transactions.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../src/db/database.ts';
import { newDocumentRow, type DocumentRow } from '../src/modules/documents/documents.repository.ts';
import { buildSearchText } from '../src/modules/documents/search-text.ts';
import { mulberry32 } from './support/random.ts';

export type BenchOrg = { id: string; name: string; kind: string; documents: number };

const ISSUERS: [string, string | null, string, 'party' | 'state'][] = [
  ['Học viện Chính trị quốc gia Hồ Chí Minh', 'Ban Chấp hành Trung ương', 'HVCTQG', 'party'],
  ['Ban Tổ chức Trung ương', 'Ban Chấp hành Trung ương', 'BTCTW', 'party'],
  ['Ban Tuyên giáo và Dân vận Trung ương', 'Ban Chấp hành Trung ương', 'BTGDVTW', 'party'],
  ['Tỉnh ủy Thái Nguyên', null, 'TU', 'party'],
  ['Tỉnh ủy Nghệ An', null, 'TU', 'party'],
  ['Thành ủy Hải Phòng', null, 'TU', 'party'],
  ['Ban Tổ chức Tỉnh ủy', 'Tỉnh ủy Lào Cai', 'BTCTU', 'party'],
  ['Đảng ủy Khối các cơ quan tỉnh', 'Tỉnh ủy Gia Lai', 'ĐU', 'party'],
  ['Ủy ban nhân dân tỉnh Sơn La', null, 'UBND', 'state'],
  ['Ủy ban nhân dân tỉnh Đắk Lắk', null, 'UBND', 'state'],
  ['Sở Nội vụ', 'Ủy ban nhân dân tỉnh Quảng Ngãi', 'SNV', 'state'],
  ['Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân thành phố Đà Nẵng', 'SGDĐT', 'state'],
  ['Bộ Nội vụ', null, 'BNV', 'state'],
  ['Bộ Giáo dục và Đào tạo', null, 'BGDĐT', 'state'],
  ['Học viện Chính trị khu vực II', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'HVCTKVII', 'party'],
];
const TYPES: [string, string][] = [
  ['CV', 'Công văn'],
  ['KH', 'Kế hoạch'],
  ['TB', 'Thông báo'],
  ['QĐ', 'Quyết định'],
  ['HD', 'Hướng dẫn'],
  ['BC', 'Báo cáo'],
  ['NQ', 'Nghị quyết'],
  ['CT', 'Chỉ thị'],
  ['TTr', 'Tờ trình'],
  ['GM', 'Giấy mời'],
];
const VERBS = [
  'Về việc tổ chức',
  'Triển khai',
  'Hướng dẫn thực hiện',
  'Báo cáo kết quả',
  'Đề nghị báo cáo',
  'Tăng cường',
  'Kiểm tra việc thực hiện',
  'Sơ kết',
  'Tổng kết',
  'Phê duyệt',
];
const TOPICS = [
  'lớp trung cấp lý luận chính trị - hành chính',
  'bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng',
  'đề án xây dựng trường chính trị chuẩn',
  'chuyển đổi số trong đào tạo, bồi dưỡng',
  'nghiên cứu khoa học của giảng viên',
  'hội thi giảng viên dạy giỏi',
  'tuyển sinh hệ tập trung',
  'học tập, quán triệt nghị quyết Trung ương',
  'công tác kiểm tra, giám sát',
  'thi đua, khen thưởng',
  'bồi dưỡng đảng viên mới',
  'biên soạn tài liệu lịch sử địa phương',
  'đào tạo cao cấp lý luận chính trị',
  'công tác phòng, chống tham nhũng',
  'thực hiện Quy định 57-QĐ/TW',
];
const WHEN = [
  'năm 2023',
  'năm 2024',
  'năm 2025',
  'quý III',
  '6 tháng đầu năm',
  'giai đoạn 2021 - 2025',
  'tại các trường chính trị',
  'nhiệm kỳ 2025 - 2030',
];
const BODY = [
  'Căn cứ chương trình công tác năm, đề nghị các đơn vị chủ động triển khai và báo cáo kết quả đúng thời hạn.',
  'Các trường chính trị tỉnh, thành phố rà soát đội ngũ giảng viên, bảo đảm tiêu chuẩn theo quy định.',
  'Giao Phòng Quản lý đào tạo chủ trì, phối hợp các khoa chuyên môn tổ chức thực hiện.',
  'Kinh phí thực hiện từ nguồn ngân sách được giao; báo cáo gửi về Học viện trước ngày 30 hằng tháng.',
  'Đề nghị thủ trưởng các đơn vị quan tâm chỉ đạo, tổ chức thực hiện nghiêm túc, hiệu quả.',
  'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Văn phòng để tổng hợp, xử lý.',
];
const STATUSES = [
  'registered',
  'registered',
  'assigned',
  'in_progress',
  'completed',
  'completed',
  'completed',
  'draft',
];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type RegisterIds = Record<string, string>;

async function createRegisters(database: Database, orgs: { id: string }[]): Promise<RegisterIds> {
  const ids: RegisterIds = {};
  const rows = orgs.flatMap((o) =>
    (['incoming', 'outgoing'] as const).flatMap((direction) =>
      [0, 1].map((confidential) => {
        const id = randomUUID();
        ids[`${o.id}:${direction}:${confidential}`] = id;
        return {
          id,
          organisation_id: o.id,
          direction,
          confidential,
          name: `Sổ ${direction}`,
          created_at: new Date().toISOString(),
        };
      }),
    ),
  );
  await database.db.insertInto('registers').values(rows).execute();
  return ids;
}

/** Insert `total` documents spread over `orgs` (the Academy gets a fifth of them). */
export async function generateDocuments(
  database: Database,
  orgs: { id: string; name: string; kind: string }[],
  total: number,
): Promise<BenchOrg[]> {
  const rnd = mulberry32(20261126);
  const registers = await createRegisters(database, orgs);
  const counters = new Map<string, number>();
  const counts = new Map(orgs.map((o) => [o.id, 0]));
  const academy = orgs.find((o) => o.kind === 'academy') ?? orgs[0]!;
  const start = Date.parse('2021-01-04T00:00:00Z');
  const span = Date.parse('2026-06-30T00:00:00Z') - start;
  const batchSize = database.dialect === 'sqlite' ? 5000 : 2000;
  let batch: DocumentRow[] = [];

  const flush = async () => {
    if (!batch.length) return;
    const rows = batch.map((r) => ({ ...r, search_text: buildSearchText(r) }));
    batch = [];
    if (database.sqlite) {
      const columns = Object.keys(rows[0]!);
      const insert = database.sqlite.prepare(
        `insert into documents (${columns.join(',')}) values (${columns.map((c) => `@${c}`).join(',')})`,
      );
      database.sqlite.transaction(() => {
        for (const r of rows) insert.run(r);
      })();
    } else {
      // One JSON parameter per batch: no 65 535-parameter limit, and far fewer round trips than VALUES lists.
      const columns = sql.join(Object.keys(rows[0]!).map((c) => sql.id(c)));
      await sql`insert into documents (${columns}) select ${columns}
        from json_populate_recordset(null::documents, ${JSON.stringify(rows)}::json)`.execute(database.db);
    }
  };

  // PostgreSQL bulk load: the full-text GIN index is dropped and rebuilt from its own definition after
  // the load, as a restore would (inserting row by row into a fastupdate-off GIN index is slow).
  const ginDef =
    database.dialect === 'postgres'
      ? (
          await sql<{ indexdef: string }>`select indexdef from pg_indexes
            where schemaname = current_schema() and indexname = 'documents_search_idx'`.execute(database.db)
        ).rows[0]?.indexdef
      : undefined;
  if (ginDef) await sql`drop index documents_search_idx`.execute(database.db);

  for (let i = 0; i < total; i++) {
    const org = rnd() < 0.2 ? academy : pick(rnd, orgs);
    counts.set(org.id, (counts.get(org.id) ?? 0) + 1);
    const [issuer, parent, abbr, family] = i === 7 ? ISSUERS[0]! : pick(rnd, ISSUERS);
    const [typeCode, typeName] = i === 7 ? ['CV', 'Công văn'] : pick(rnd, TYPES);
    const docMs = start + (span * i) / total + Math.floor(rnd() * 3) * 86_400_000;
    const documentDate = isoDay(docMs);
    const receivedDate = isoDay(docMs + Math.floor(rnd() * 5) * 86_400_000);
    const outgoing = rnd() < 0.15;
    const status = outgoing ? (rnd() < 0.95 ? 'issued' : 'draft') : pick(rnd, STATUSES);
    const confidential = rnd() < 0.02 ? 1 : 0;
    const direction = outgoing ? 'outgoing' : 'incoming';
    const n = 1 + Math.floor(rnd() * 3000);
    const numberSymbol =
      i === 7 ? '2174-CV/HVCTQG' : family === 'party' ? `${n}-${typeCode}/${abbr}` : `${n}/${typeCode}-${abbr}`;
    const subject = `${pick(rnd, VERBS)} ${pick(rnd, TOPICS)} ${pick(rnd, WHEN)}`;
    let registerId: string | null = null;
    let registerNumber: number | null = null;
    const year = Number((outgoing ? documentDate : receivedDate).slice(0, 4));
    if (status !== 'draft') {
      registerId = registers[`${org.id}:${direction}:${confidential}`]!;
      const key = `${registerId}:${year}`;
      registerNumber = (counters.get(key) ?? 0) + 1;
      counters.set(key, registerNumber);
    }
    batch.push(
      newDocumentRow(
        {
          organisation_id: org.id,
          direction,
          status,
          source_kind: 'upload',
          family,
          issuer_name: outgoing ? org.name : issuer,
          issuer_parent: outgoing ? null : parent,
          number_symbol: numberSymbol,
          number: numberSymbol.split(/[-/]/)[0] ?? null,
          type_code: typeCode,
          type_name: typeName,
          place: 'Hà Nội',
          document_date: documentDate,
          subject,
          recipients_json: JSON.stringify(['Các trường chính trị tỉnh, thành phố']),
          signer_name: 'Nguyễn Văn An',
          signer_title: 'Phó Giám đốc',
          confidentiality: confidential ? 'Mật' : null,
          register_id: registerId,
          register_number: registerNumber,
          register_year: registerId ? year : null,
          received_date: outgoing ? null : receivedDate,
          ocr_text: `${subject}. ${pick(rnd, BODY)} ${pick(rnd, BODY)}`,
        },
        new Date(docMs + 8 * 3_600_000 + (i % 3_600_000)).toISOString(),
      ),
    );
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (ginDef)
    await database.db.transaction().execute(async (trx) => {
      await sql`select set_config('maintenance_work_mem', '256MB', true)`.execute(trx);
      await sql.raw(ginDef).execute(trx);
    });
  return orgs.map((o) => ({ ...o, documents: counts.get(o.id) ?? 0 }));
}
