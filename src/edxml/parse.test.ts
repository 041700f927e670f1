import { describe, expect, it } from 'vitest';
import { parseEdxml, type EdxmlError } from './index.ts';
import { errorCodeOf, fixtureBuffer, fixtureText, fixtureWith } from './test-fixture.ts';

describe('parseEdxml — the 2174-CV/HVCTQG sample', () => {
  const doc = parseEdxml(fixtureBuffer());

  it('reads the identification fields', () => {
    expect(doc.documentId).toBe('000.00.00.D01,2022/05/31,2174/CV/HVCTQG');
    expect(doc.codeNumber).toBe('2174');
    expect(doc.codeNotation).toBe('CV/HVCTQG');
    expect(doc.numberSymbol).toBe('2174-CV/HVCTQG');
    expect(doc.promulgationDate).toBe('2022-05-31');
    expect(doc.place).toBe('Hà Nội');
    expect(doc.type).toBe('1');
    expect(doc.typeDetail).toBe('0');
    expect(doc.typeName).toBe('Công văn');
    expect(doc.subject).toBe('Yêu cầu, nhiệm vụ về công tác trường chính trị');
    expect(doc.content).toBe('Yêu cầu, nhiệm vụ về công tác trường chính trị');
    expect(doc.dueDate).toBe('2022-12-31');
    expect(doc.steeringType).toBe('1');
  });

  it('reads sender, recipients and signer, empty elements as null', () => {
    expect(doc.from).toMatchObject({
      organId: '000.00.00.D01',
      organizationInCharge: 'Ban Chấp hành Trung ương',
      organName: 'Học viện Chính trị quốc gia Hồ Chí Minh',
      fax: null,
    });
    expect(doc.to).toHaveLength(1);
    expect(doc.to[0]).toMatchObject({
      organId: '000.00.19.H00',
      organName: 'Trường Chính trị tỉnh Thái Nguyên',
      telephone: null,
    });
    expect(doc.signer).toEqual({ competence: null, position: null, fullName: 'Hoàng Phúc Lâm' });
  });

  it('labels codes and reads other info, places, trace and business headers', () => {
    expect(doc.priority).toEqual({ code: 0, label: 'Thường' });
    expect(doc.businessDocType).toEqual({ code: 0, label: 'Văn bản mới' });
    expect(doc.otherInfo).toEqual({
      sphereOfPromulgation: 'Các trường chính trị, trường bộ, ngành',
      typerNotation: 'VT',
      promulgationAmount: 80,
      pageAmount: 2,
      direction: false,
      appendixes: [],
    });
    expect(doc.toPlaces).toEqual([
      'Trường chính trị tỉnh, thành phố trực thuộc Trung ương',
      'Trường cán bộ của bộ, ngành, đoàn thể Trung ương',
    ]);
    expect(doc.traceHeaders).toEqual([{ organId: '000.00.00.D01', timestamp: '2022-05-31T16:20:00+07:00' }]);
    expect(doc.business).toMatchObject({ reason: 'Văn bản điện tử mới', paper: true, replacements: [] });
    expect(doc.business?.staffInfo).toEqual({
      department: 'Văn phòng Học viện',
      staff: 'Văn thư',
      email: 'vanthu@example.vn',
      mobile: null,
    });
    expect(doc.responseFor).toEqual([]);
    expect(doc.hasSignature).toBe(false);
  });

  it('decodes the attachment', () => {
    expect(doc.attachments).toHaveLength(1);
    const [attachment] = doc.attachments;
    expect(attachment).toMatchObject({
      contentId: 'cid:1',
      name: '2174-CV-HVCTQG.txt',
      description: 'Toàn văn công văn',
      contentType: 'text/plain',
    });
    expect(attachment?.data.toString('utf8')).toBe('Noi dung cong van 2174-CV/HVCTQG (ban dien tu).\n');
  });

  it('accepts a string as well as a Buffer, and a UTF-8 BOM', () => {
    expect(parseEdxml(fixtureText())).toEqual(doc);
    expect(parseEdxml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixtureBuffer()]))).toEqual(doc);
  });
});

describe('parseEdxml — tolerated variations', () => {
  it('builds a state number-symbol with a slash', () => {
    const doc = parseEdxml(fixtureWith('<edXML:CodeNotation>CV/HVCTQG<', '<edXML:CodeNotation>QĐ-UBND<'));
    expect(doc.numberSymbol).toBe('2174/QĐ-UBND');
  });

  it('accepts dd/MM/yyyy timestamps', () => {
    const doc = parseEdxml(fixtureWith('2022/05/31 16:20:00', '31/05/2022 16:20:00'));
    expect(doc.traceHeaders[0]?.timestamp).toBe('2022-05-31T16:20:00+07:00');
  });

  it('accepts any prefix bound to the QCVN namespace and decodes XML entities', () => {
    const text = fixtureText()
      .replaceAll('edXML:', 'ns1:')
      .replace('<edXML xmlns=', '<edXML xmlns:ns1="http://www.mic.gov.vn/TBT/QCVN_102_2016" xmlns=')
      .replace('xmlns:ns1="http://www.mic.gov.vn/TBT/QCVN_102_2016">', '>')
      .replace(
        'về công tác trường chính trị</ns1:Subject>',
        'về &quot;công tác&quot; &lt;trường&gt; &amp; &#x110;ảng</ns1:Subject>',
      );
    const doc = parseEdxml(text);
    expect(doc.subject).toBe('Yêu cầu, nhiệm vụ về "công tác" <trường> & Đảng');
    expect(doc.attachments).toHaveLength(1);
  });

  it('reads CDATA literally', () => {
    const doc = parseEdxml(fixtureWith(/<edXML:Content>[^<]*</, '<edXML:Content><![CDATA[a &amp; <b>]]><'));
    expect(doc.content).toBe('a &amp; <b>');
  });

  it('keeps long texts exact, with entities and CDATA (they bypass the parser for speed)', () => {
    const long = 'Nội dung & "trích dẫn" '.repeat(500);
    const escaped = long.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    expect(parseEdxml(fixtureWith(/<edXML:Content>[^<]*</, `<edXML:Content>${escaped}<`)).content).toBe(long.trim());
    const cdata = parseEdxml(fixtureWith(/<edXML:Content>[^<]*</, `<edXML:Content><![CDATA[<p>${long}</p>]]><`));
    expect(cdata.content).toBe(`<p>${long}</p>`);
  });

  it('reduces a hostile attachment name to a bare file name', () => {
    const doc = parseEdxml(fixtureWith('<AttachmentName>2174-CV-HVCTQG.txt<', '<AttachmentName>../../etc/passwd<'));
    expect(doc.attachments[0]?.name).toBe('passwd');
  });

  it('refuses element names that could pollute prototypes', () => {
    const text = fixtureWith(
      '<edXML:SteeringType>',
      '<__proto__><polluted>yes</polluted></__proto__><edXML:SteeringType>',
    );
    expect(errorCodeOf(() => parseEdxml(text))).toBe('MALFORMED_XML');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseEdxml — required fields', () => {
  it('names the missing MessageHeader in Vietnamese', () => {
    const text = fixtureText().replace(/<edXML:MessageHeader>[\s\S]*<\/edXML:MessageHeader>/, '');
    expect(() => parseEdxml(text)).toThrowError(/^Tệp edXML không hợp lệ: thiếu phần tử edXML:MessageHeader/);
    expect(errorCodeOf(() => parseEdxml(text))).toBe('MISSING_FIELD');
  });

  it.each([
    ['CodeNumber', /<edXML:CodeNumber>2174<\/edXML:CodeNumber>/, ''],
    ['DocumentId', /<edXML:DocumentId>[^<]*<\/edXML:DocumentId>\s*<edXML:Code>/, '<edXML:Code>'],
    ['Subject', /<edXML:Subject>[^<]*<\/edXML:Subject>/, ''],
    ['PromulgationDate', /<edXML:PromulgationDate>[^<]*<\/edXML:PromulgationDate>/, ''],
    ['From/OrganId', /<edXML:OrganId>000.00.00.D01<\/edXML:OrganId>/, ''],
  ])('rejects a message without %s', (_field, pattern, replacement) => {
    expect(errorCodeOf(() => parseEdxml(fixtureWith(pattern, replacement)))).toBe('MISSING_FIELD');
  });

  it('reports the element path of a missing field', () => {
    try {
      parseEdxml(fixtureWith(/<edXML:CodeNotation>[^<]*<\/edXML:CodeNotation>/, ''));
      expect.unreachable();
    } catch (error) {
      expect((error as EdxmlError).field).toBe(
        'edXML/edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:MessageHeader/edXML:Code/edXML:CodeNotation',
      );
    }
  });

  it.each([
    ['an impossible promulgation date', '<edXML:PromulgationDate>2022/05/31<', '<edXML:PromulgationDate>2022/02/30<'],
    [
      'a malformed DocumentId',
      '<edXML:DocumentId>000.00.00.D01,2022/05/31,2174/CV/HVCTQG</edXML:DocumentId>\n        <edXML:Code>',
      '<edXML:DocumentId>2174-CV/HVCTQG</edXML:DocumentId><edXML:Code>',
    ],
    ['an unreadable due date', '<edXML:DueDate>2022/12/31<', '<edXML:DueDate>cuối năm<'],
    ['an unreadable timestamp', '2022/05/31 16:20:00', '2022/05/31 25:20:00'],
  ])('rejects %s as INVALID_FIELD', (_case, search, replacement) => {
    expect(errorCodeOf(() => parseEdxml(fixtureWith(search, replacement)))).toBe('INVALID_FIELD');
  });

  it('tells a status message apart from a document', () => {
    const status = fixtureText().replace(
      /<edXML:DocumentId>[\s\S]*<\/edXML:MessageHeader>/,
      '<edXML:StatusCode>01</edXML:StatusCode></edXML:MessageHeader>',
    );
    expect(errorCodeOf(() => parseEdxml(status))).toBe('WRONG_MESSAGE_KIND');
  });
});
