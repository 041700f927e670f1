import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { buildEdxml, parseEdxml, type EdxmlDocumentInput } from './index.ts';
import { errorCodeOf, fixtureText } from './test-fixture.ts';

const stateDecision: EdxmlDocumentInput = {
  from: { organId: '000.00.19.H00', organName: 'Trường Chính trị tỉnh Thái Nguyên', email: 'vanthu@example.vn' },
  to: [
    { organId: '000.00.00.D01', organName: 'Học viện Chính trị quốc gia Hồ Chí Minh' },
    { organId: '000.00.00.H41', organName: 'UBND tỉnh Nghệ An' },
  ],
  codeNumber: 45,
  codeNotation: 'QĐ-TCT',
  place: 'Thái Nguyên',
  promulgationDate: '2024-01-09',
  type: '2',
  typeName: 'Quyết định',
  subject: 'Về việc cử cán bộ đi học lớp "Cao cấp lý luận chính trị" <khóa 2024> & bồi dưỡng',
  content: 'Dòng 1\nDòng 2',
  signer: { competence: 'KT. HIỆU TRƯỞNG', position: 'PHÓ HIỆU TRƯỞNG', fullName: 'Nguyễn Văn A' },
  dueDate: '2024-02-29',
  priority: 2,
  otherInfo: { pageAmount: 3, promulgationAmount: 10, direction: true, appendixes: ['Danh sách cán bộ'] },
  steeringType: '0',
  responseFor: [
    {
      organId: '000.00.00.D01',
      code: '2174/CV/HVCTQG',
      promulgationDate: '2022-05-31',
      documentId: '000.00.00.D01,2022/05/31,2174/CV/HVCTQG',
    },
  ],
  businessDocType: 3,
  business: {
    reason: 'Thay thế văn bản ban hành nhầm',
    paper: false,
    staffInfo: { department: 'Phòng Tổ chức - Hành chính', staff: 'Trần Thị B', email: null, mobile: '0912000000' },
    replacements: [{ documentId: '000.00.19.H00,2024/01/08,44/QĐ-TCT', organIds: ['000.00.00.D01', '000.00.00.H41'] }],
  },
  toPlaces: ['Như Điều 3', 'Lưu: VT, TCHC'],
  traceHeaders: [{ organId: '000.00.19.H00', timestamp: '2024-01-09T08:30:00+07:00' }],
  attachments: [
    {
      name: '45-QĐ-TCT.pdf',
      contentType: 'application/pdf',
      description: 'Bản ký số',
      data: Buffer.from('%PDF-1.7 …'),
    },
    { name: 'danh-sach.xlsx', data: new Uint8Array([0, 1, 2, 254, 255]) },
  ],
};

describe('buildEdxml', () => {
  const xml = buildEdxml(stateDecision);

  it('produces well-formed XML with the spec namespace and prefixes', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">');
    expect(xml).toContain('<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">');
    expect(xml).toContain('<AttachmentEncoded>');
    expect(xml).toContain('<edXML:ContentTransferEncoded xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">');
    expect(xml).toContain('<edXML:Bussiness>');
    // Every element inside the envelope carries the prefix; only the attachment block is unprefixed.
    const envelope = xml.slice(xml.indexOf('<edXML:edXMLEnvelope'), xml.indexOf('</edXML:edXMLEnvelope>'));
    expect(envelope.match(/<\/?(?!edXML:)[A-Za-z]/g)).toBeNull();
    const attachmentBlock = xml.slice(xml.indexOf('<AttachmentEncoded>'));
    expect(attachmentBlock.match(/<(?:edXML:)?[A-Za-z]+/g)?.filter((tag) => tag.startsWith('<edXML:'))).toEqual([
      '<edXML:ContentTransferEncoded',
      '<edXML:ContentTransferEncoded',
    ]);
  });

  it('escapes text', () => {
    expect(xml).toContain('lớp "Cao cấp lý luận chính trị" &lt;khóa 2024&gt; &amp; bồi dưỡng');
  });

  it('derives the DocumentId and writes dates as yyyy/MM/dd, timestamps in Vietnamese time', () => {
    expect(xml).toContain('<edXML:DocumentId>000.00.19.H00,2024/01/09,45/QĐ-TCT</edXML:DocumentId>');
    expect(xml).toContain('<edXML:PromulgationDate>2024/01/09</edXML:PromulgationDate>');
    expect(xml).toContain('<edXML:Timestamp>2024/01/09 08:30:00</edXML:Timestamp>');
  });

  it('round-trips: build → parse gives back the same fields', () => {
    const parsed = parseEdxml(xml);
    expect(parsed).toMatchObject({
      from: stateDecision.from,
      documentId: '000.00.19.H00,2024/01/09,45/QĐ-TCT',
      codeNumber: '45',
      codeNotation: 'QĐ-TCT',
      numberSymbol: '45/QĐ-TCT',
      place: 'Thái Nguyên',
      promulgationDate: '2024-01-09',
      type: '2',
      typeDetail: null,
      typeName: 'Quyết định',
      subject: stateDecision.subject,
      content: 'Dòng 1\nDòng 2',
      signer: stateDecision.signer,
      dueDate: '2024-02-29',
      priority: { code: 2, label: 'Thượng khẩn' },
      otherInfo: { ...stateDecision.otherInfo, sphereOfPromulgation: null, typerNotation: null },
      steeringType: '0',
      responseFor: stateDecision.responseFor,
      businessDocType: { code: 3, label: 'Thay thế' },
      business: { ...stateDecision.business, documentId: '000.00.19.H00,2024/01/09,45/QĐ-TCT' },
      toPlaces: stateDecision.toPlaces,
      traceHeaders: [{ organId: '000.00.19.H00', timestamp: '2024-01-09T08:30:00+07:00' }],
    });
    expect(parsed.to.map((organ) => organ.organId)).toEqual(['000.00.00.D01', '000.00.00.H41']);
    expect(
      parsed.attachments.map(({ contentId, name, contentType, description }) => ({
        contentId,
        name,
        contentType,
        description,
      })),
    ).toEqual([
      { contentId: 'cid:1', name: '45-QĐ-TCT.pdf', contentType: 'application/pdf', description: 'Bản ký số' },
      { contentId: 'cid:2', name: 'danh-sach.xlsx', contentType: 'application/octet-stream', description: null },
    ]);
    expect(parsed.attachments[0]?.data.toString()).toBe('%PDF-1.7 …');
    expect([...(parsed.attachments[1]?.data ?? [])]).toEqual([0, 1, 2, 254, 255]);
  });

  it('round-trips the fixture: parse → build reproduces the file byte for byte, and parses equal', () => {
    const original = parseEdxml(fixtureText());
    const rebuilt = buildEdxml(original);
    expect(rebuilt).toBe(fixtureText());
    expect(parseEdxml(rebuilt)).toEqual(original);
  });

  it('round-trips a large binary attachment exactly', () => {
    const data = Buffer.alloc(3 * 1024 * 1024);
    for (let index = 0; index < data.length; index += 1) data[index] = (index * 31 + 7) % 256;
    const parsed = parseEdxml(buildEdxml({ ...stateDecision, attachments: [{ name: 'ban-ky-so.pdf', data }] }));
    expect(parsed.attachments[0]?.data.equals(data)).toBe(true);
  });

  it('stamps a trace header when none is given', () => {
    const { traceHeaders, ...withoutTrace } = stateDecision;
    const parsed = parseEdxml(buildEdxml(withoutTrace));
    expect(traceHeaders).toBeDefined();
    expect(parsed.traceHeaders).toHaveLength(1);
    expect(parsed.traceHeaders[0]?.organId).toBe('000.00.19.H00');
  });

  it.each([
    ['an empty subject', { subject: '  ' }],
    ['a missing sender id', { from: { organId: '' } }],
    ['an ISO date that does not exist', { promulgationDate: '2024-02-30' }],
    ['a date in the wrong shape', { dueDate: '29/02/2024' }],
    ['a negative priority', { priority: -1 }],
    ['an unreadable timestamp', { traceHeaders: [{ organId: 'X', timestamp: 'hôm qua' }] }],
  ])('refuses %s with INVALID_INPUT', (_case, override) => {
    expect(errorCodeOf(() => buildEdxml({ ...stateDecision, ...override }))).toBe('INVALID_INPUT');
  });
});
