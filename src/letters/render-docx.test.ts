import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderLetterDocx } from './render-docx.ts';
import { PARTY_PLAN, PARTY_REPLY_TO_2174, STATE_CONG_VAN } from './test-letters.ts';

const TODAY = '2026-03-01';

async function documentXml(buffer: Buffer): Promise<{ xml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(buffer);
  return { xml: (await zip.file('word/document.xml')?.async('string')) ?? '', zip };
}

/** The runs of the document: text with its run properties. */
function runs(xml: string): { text: string; props: string }[] {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>(.*?)<\/w:t><\/w:r>/g)].map((m) => ({
    props: m[1] ?? '',
    text: (m[2] ?? '').replace(/&amp;/g, '&'),
  }));
}

function runOf(xml: string, prefix: string) {
  const found = runs(xml).find((r) => r.text.startsWith(prefix));
  if (!found) throw new Error(`No run starts with "${prefix}"`);
  return found;
}

describe('DOCX letter', () => {
  it('holds the state letter parts in order, A4 with the rule-set margins, Times New Roman', async () => {
    const { xml } = await documentXml(await renderLetterDocx(STATE_CONG_VAN, { today: TODAY }));
    const order = [
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 215/UBND-NC',
      'V/v cử lãnh đạo',
      'KHẨN',
      'Đắk Lắk, ngày 05 tháng 01 năm 2026',
      'Kính gửi:',
      '- Ủy ban nhân dân các xã, phường;',
      'Nhằm nâng cao',
      '1. Các sở, ban, ngành',
      'Nơi nhận:',
      '- Lưu: VT, NC.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Thiên Phước',
    ];
    const texts = runs(xml).map((r) => r.text);
    const positions = order.map((p) => texts.findIndex((t) => t.startsWith(p)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/); // 20/20/20/30 mm
    expect(runOf(xml, 'CỘNG HÒA').props).toMatch(/<w:b\/>.*<w:sz w:val="24"\/>/);
    expect(runOf(xml, 'Đắk Lắk, ngày').props).toMatch(/<w:i\/>/);
    expect(runOf(xml, 'Số: 215').props).not.toMatch(/<w:b\/>/);
    expect(runOf(xml, 'Nơi nhận:').props).toMatch(/<w:b\/>.*<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(runOf(xml, '- Lưu: VT, NC.').props).toMatch(/<w:sz w:val="22"\/>/);
    expect(runOf(xml, 'Nguyễn Thiên Phước').props).toMatch(/<w:b\/>/);
    expect(xml).toContain('w:ascii="Times New Roman"');
  });

  it('holds the Party parts: committee, star, number without colon, underlined Nơi nhận, table', async () => {
    const { xml, zip } = await documentXml(await renderLetterDocx(PARTY_REPLY_TO_2174, { today: TODAY }));
    const texts = runs(xml).map((r) => r.text);
    for (const part of [
      'TỈNH ỦY THÁI NGUYÊN',
      'TRƯỜNG CHÍNH TRỊ',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 125-CV/TCT',
      'Thái Nguyên, ngày 24 tháng 6 năm 2022',
      'Kính gửi:',
      'Số học viên',
      'K/T HIỆU TRƯỞNG',
      'Nguyễn Thị Hằng',
    ]) {
      expect(texts.some((t) => t.startsWith(part))).toBe(true);
    }
    expect(runOf(xml, 'ĐẢNG CỘNG SẢN').props).toMatch(/<w:b\/>.*<w:sz w:val="30"\/>/);
    expect(runOf(xml, 'Nơi nhận:').props).toMatch(/<w:u w:val="single"\/>/);
    expect(runOf(xml, 'V/v báo cáo').props).toMatch(/<w:i\/>.*<w:sz w:val="24"\/>/);
    expect(xml).toMatch(/<w:tblHeader\/>/); // table header row repeats on each page
    // Page numbers from page 2: a different (empty) first-page header and a PAGE field in the default one.
    expect(xml).toContain('<w:titlePg/>');
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string')),
    );
    expect(headers.some((h) => h?.includes('PAGE'))).toBe(true);
  });

  it('prints the plan title in capitals and the dashes under the subject', async () => {
    const { xml } = await documentXml(await renderLetterDocx(PARTY_PLAN, { today: TODAY }));
    const texts = runs(xml).map((r) => r.text);
    const type = texts.indexOf('KẾ HOẠCH');
    expect(type).toBeGreaterThan(0);
    expect(texts[type + 1]).toMatch(/^Tổng kết 10 năm/);
    expect(texts.slice(type + 1, type + 5)).toContain('-----');
    expect(runOf(xml, 'KẾ HOẠCH').props).toMatch(/<w:b\/>.*<w:sz w:val="32"\/>/);
  });
});
