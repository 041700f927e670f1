import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Tab, TextRun } from 'docx';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.ts';
import { readDocxText } from './docx.ts';
import { entryText, readEntryFile, type UnreadableFileError } from './read-text.ts';
import { docxFromBody, docxFromDocumentXml, pdfWithText, W_NS } from './test-files.ts';
import { readZipEntry, ZipError } from './zip.ts';

const dir = mkdtempSync(join(tmpdir(), 'tct-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.docx', () => {
  it('joins the runs of a word and separates words at tabs, breaks and paragraphs (docx package)', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('Bả'),
                new TextRun({ text: 'o vệ', bold: true }),
                new TextRun({ children: [new Tab(), 'nền'] }),
                new TextRun({ text: 'tảng', break: 1 }),
              ],
            }),
            new Paragraph('tư'),
            new Paragraph('tưởng'),
          ],
        },
      ],
    });
    const text = readDocxText(await Packer.toBuffer(doc));
    expect(tokenize(text)).toEqual(['bảo', 'vệ', 'nền', 'tảng', 'tư', 'tưởng']);
  });

  it('reads only the document text: not deleted text, field codes or the fallback copy of alternate content', async () => {
    const body = [
      '<w:p><w:r><w:t>Một</w:t></w:r><w:r><w:cr/><w:t>hai</w:t></w:r><w:del><w:r><w:delText>XOÁ</w:delText></w:r></w:del></w:p>',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>ba</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>bốn</w:t></mc:Choice><mc:Fallback><w:t>BỐN-LẶP</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>',
      '<w:p><w:r><w:t xml:space="preserve">R&amp;D &#x1EC7;&#7879; &lt;x&gt;</w:t><w:t><![CDATA[năm]]></w:t><w:noBreakHyphen/><w:t>sáu</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>bảy</w:t><w:sym w:font="Wingdings" w:char="F0E0"/><w:t>tám</w:t></w:r></w:p>',
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ô2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    ].join('');
    const text = readDocxText(await docxFromBody(body));
    expect(tokenize(text)).toEqual([
      'một',
      'hai',
      'ba',
      'bốn',
      'r',
      'd',
      'ệệ',
      'x',
      'năm',
      'sáu',
      'bảy',
      'tám',
      'ô1',
      'ô2',
    ]);
  });

  it('resolves namespaces rather than trusting the w: prefix', async () => {
    const xml = `<document xmlns="${W_NS}"><body><p><r><t>Việt</t></r><r><t>Nam</t></r></p><x:p xmlns:x="urn:other"><x:t>KHÁC</x:t></x:p></body></document>`;
    expect(tokenize(readDocxText(await docxFromDocumentXml(xml)))).toEqual(['việtnam']);
  });

  it('refuses a DOCTYPE (no entity is ever expanded), unknown entities and broken XML', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect(() => readDocxText(Buffer.alloc(0))).toThrow(/ZIP/);
    await expect(docxFromDocumentXml(bomb).then(readDocxText)).rejects.toThrow(/DOCTYPE/);
    await expect(docxFromBody('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>').then(readDocxText)).rejects.toThrow(
      /thực thể/,
    );
    await expect(docxFromBody('<w:p><w:r><w:t>x</w:r></w:p>').then(readDocxText)).rejects.toThrow(/sai cú pháp/);
  });

  it('caps what a part may inflate to (zip bomb) and refuses encrypted entries', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', ' '.repeat(100_000));
    const file = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(file.length).toBeLessThan(2000);
    expect(readZipEntry(file, 'word/document.xml', 200_000)?.length).toBe(100_000);
    expect(() => readZipEntry(file, 'word/document.xml', 50_000)).toThrow(ZipError);
    // The central directory may claim a small size while the data inflates to more: still capped.
    const lying = Buffer.from(file);
    const central = lying.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); // the last entry is the part
    lying.writeUInt32LE(10, central + 24);
    expect(() => readZipEntry(lying, 'word/document.xml', 50_000)).toThrow(/quá lớn/);
    const encrypted = Buffer.from(file);
    encrypted.writeUInt16LE(1, central + 8);
    expect(() => readZipEntry(encrypted, 'word/document.xml', 200_000)).toThrow(/mã hóa/);
  });
});

describe('readEntryFile', () => {
  it('reads .txt as UTF-8, .docx and .pdf (text layer), and says why a file cannot be read', async () => {
    const write = (name: string, data: string | Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    };
    expect(await readEntryFile(write('a.txt', '\uFEFFBảo vệ nền tảng'))).toBe('Bảo vệ nền tảng'); // BOM dropped
    const pdf = write('b.pdf', pdfWithText(['Bảo vệ nền tảng tư tưởng', 'của Đảng năm 2025']));
    expect(tokenize(await readEntryFile(pdf))).toEqual([
      'bảo',
      'vệ',
      'nền',
      'tảng',
      'tư',
      'tưởng',
      'của',
      'đảng',
      'năm',
      '2025',
    ]);
    expect(tokenize(await entryText(pdfWithText(['tải lên qua HTTP']), 'bai.pdf'))).toEqual([
      'tải',
      'lên',
      'qua',
      'http',
    ]);
    const noExtension = write('c', 'văn bản thuần');
    expect(await readEntryFile(noExtension)).toBe('văn bản thuần');

    const reasons = async (path: string) =>
      readEntryFile(path).then(
        () => 'read',
        (e: UnreadableFileError) => e.message,
      );
    expect(await reasons(join(dir, 'khong-co.txt'))).toBe(
      `Không đọc được tệp ${join(dir, 'khong-co.txt')}: không tồn tại`,
    );
    expect(await reasons(write('latin1.txt', Buffer.from([0x42, 0xe1, 0x6f])))).toMatch(/không phải văn bản UTF-8/);
    expect(await reasons(write('hong.docx', 'không phải zip'))).toMatch(/\.docx hỏng/);
    expect(await reasons(write('hong.pdf', '%PDF-1.4 hỏng'))).toMatch(/PDF hỏng/);
    expect(await reasons(write('quet.pdf', pdfWithText(['— — —'])))).toMatch(/không có lớp chữ/);
    expect(await reasons(write('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])))).toMatch(/không được hỗ trợ/);
    expect(await reasons(dir)).toMatch(/thư mục/);
  });
});
