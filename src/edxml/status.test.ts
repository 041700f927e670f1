import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import {
  EDXML_STATUS,
  buildStatusMessage,
  parseEdxml,
  parseStatusMessage,
  responseForDocument,
  type EdxmlStatusCode,
} from './index.ts';
import { errorCodeOf, fixtureText } from './test-fixture.ts';

const received = parseEdxml(fixtureText());
const school = { organId: '000.00.19.H00', organName: 'Trường Chính trị tỉnh Thái Nguyên' };

describe('status messages', () => {
  it('labels every status code of the standard in Vietnamese', () => {
    expect(Object.keys(EDXML_STATUS).sort()).toEqual(['01', '02', '03', '04', '05', '06', '13', '15', '16']);
    expect(EDXML_STATUS['01']).toBe('Đã đến');
    expect(EDXML_STATUS['02']).toBe('Từ chối tiếp nhận');
    expect(EDXML_STATUS['06']).toBe('Hoàn thành');
  });

  it('builds the MessageHeader in the order of the public samples', () => {
    const xml = buildStatusMessage({
      from: school,
      responseFor: responseForDocument(received),
      statusCode: '03',
      timestamp: new Date('2022-06-01T02:15:00Z'),
      staff: { department: 'Văn phòng', staff: 'Văn thư' },
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const order = [...xml.matchAll(/<edXML:(From|ResponseFor|StaffInfo|StatusCode|Description|Timestamp)>/g)].map(
      (m) => m[1],
    );
    expect(order).toEqual(['From', 'ResponseFor', 'StaffInfo', 'StatusCode', 'Description', 'Timestamp']);
    expect(xml).toContain('<edXML:Timestamp>2022/06/01 09:15:00</edXML:Timestamp>');
    expect(xml).toContain('<edXML:Description>Đã tiếp nhận</edXML:Description>');
    expect(xml).toContain('<edXML:Code>2174/CV/HVCTQG</edXML:Code>');
  });

  it.each((Object.keys(EDXML_STATUS) as EdxmlStatusCode[]).sort())('round-trips status %s', (statusCode) => {
    const parsed = parseStatusMessage(
      buildStatusMessage({
        from: school,
        responseFor: responseForDocument(received),
        statusCode,
        description: statusCode === '02' ? 'Gửi nhầm đơn vị' : null,
        timestamp: '2022/06/01 09:15:00',
        staff: null,
      }),
    );
    expect(parsed.statusCode).toBe(statusCode);
    expect(parsed.statusLabel).toBe(EDXML_STATUS[statusCode]);
    expect(parsed.description).toBe(statusCode === '02' ? 'Gửi nhầm đơn vị' : EDXML_STATUS[statusCode]);
    expect(parsed.timestamp).toBe('2022-06-01T09:15:00+07:00');
    expect(parsed.from).toMatchObject(school);
    expect(parsed.responseFor).toEqual({
      organId: '000.00.00.D01',
      code: '2174/CV/HVCTQG',
      promulgationDate: '2022-05-31',
      documentId: received.documentId,
    });
  });

  it('reads a status message shaped like the public sample (tabs, dd/MM/yyyy timestamp, code without zero)', () => {
    const sample = buildStatusMessage({
      from: school,
      responseFor: responseForDocument(received),
      statusCode: '05',
      timestamp: new Date(),
      staff: {},
    })
      .replace(/<edXML:Timestamp>[^<]*</, '<edXML:Timestamp>20/09/2015 11:08:36<')
      .replace('<edXML:StatusCode>05<', '<edXML:StatusCode>\t5\t<');
    const parsed = parseStatusMessage(sample);
    expect(parsed).toMatchObject({
      statusCode: '05',
      statusLabel: 'Đang xử lý',
      timestamp: '2015-09-20T11:08:36+07:00',
    });
  });

  it('refuses unknown codes, documents, and missing references', () => {
    const base = buildStatusMessage({
      from: school,
      responseFor: responseForDocument(received),
      statusCode: '01',
      timestamp: new Date(),
    });
    expect(errorCodeOf(() => parseStatusMessage(base.replace('>01<', '>07<')))).toBe('INVALID_FIELD');
    expect(errorCodeOf(() => parseStatusMessage(fixtureText()))).toBe('WRONG_MESSAGE_KIND');
    expect(
      errorCodeOf(() => parseStatusMessage(base.replace(/<edXML:ResponseFor>[\s\S]*<\/edXML:ResponseFor>/, ''))),
    ).toBe('MISSING_FIELD');
    expect(
      errorCodeOf(() =>
        buildStatusMessage({
          from: school,
          responseFor: responseForDocument(received),
          statusCode: '99' as EdxmlStatusCode,
          timestamp: new Date(),
        }),
      ),
    ).toBe('INVALID_INPUT');
  });
});
