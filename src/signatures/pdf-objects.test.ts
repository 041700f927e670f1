import { describe, expect, it } from 'vitest';
import {
  decodeTextString,
  PdfDict,
  PdfLexer,
  PdfName,
  PdfRef,
  type PdfStream,
  type PdfString,
  PdfSyntaxError,
  serialize,
  textString,
} from './pdf-objects.ts';

const parse = (text: string) => new PdfLexer(Buffer.from(text, 'latin1')).value();

describe('PDF objects', () => {
  it('reads dictionaries, arrays, references, names, numbers and both kinds of string', () => {
    const value = parse('<< /Type /Sig /A#20B 12 0 R /N [1 -2.5 .5 true null] /S (a\\(b\\)\\n\\101) /H <48 49 5> >>');
    expect(value).toBeInstanceOf(PdfDict);
    const dict = value as PdfDict;
    expect((dict.get('Type') as PdfName).name).toBe('Sig');
    expect(dict.get('A B')).toEqual(new PdfRef(12, 0));
    expect(dict.get('N')).toEqual([1, -2.5, 0.5, true, null]);
    expect((dict.get('S') as PdfString).bytes.toString('latin1')).toBe('a(b)\nA');
    expect((dict.get('H') as PdfString).bytes.toString('latin1')).toBe('HIP');
  });

  it('reads an indirect object with its stream, finding the end when /Length is wrong', () => {
    const buf = Buffer.from('7 0 obj\n<< /Length 99 >>\nstream\nq 1 0 0 1 0 0 cm Q\nendstream\nendobj', 'latin1');
    const { num, value } = new PdfLexer(buf).indirectObject();
    expect(num).toBe(7);
    expect((value as PdfStream).raw.toString('latin1')).toBe('q 1 0 0 1 0 0 cm Q');
  });

  it('refuses malformed input instead of looping', () => {
    expect(() => parse('<< /A [1 2')).toThrow(PdfSyntaxError);
    expect(() => parse('(unterminated')).toThrow(PdfSyntaxError);
    expect(() => parse(`${'['.repeat(500)}`)).toThrow(PdfSyntaxError);
  });

  it('writes what it reads, and Vietnamese text as UTF-16BE', () => {
    const dict = new PdfDict()
      .set('T', textString('Chữ ký 1'))
      .set('Kids', [new PdfRef(3, 0)])
      .set('N', new PdfName('A/B'));
    const again = parse(serialize(dict)) as PdfDict;
    expect(decodeTextString(again.get('T'))).toBe('Chữ ký 1');
    expect(again.get('Kids')).toEqual([new PdfRef(3, 0)]);
    expect((again.get('N') as PdfName).name).toBe('A/B');
  });
});
