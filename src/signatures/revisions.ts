/**
 * What changed in a PDF after a signed revision. A later incremental update may legitimately add another
 * signature (the organisation's after the signer's): new signature dictionaries, fields, widgets and
 * their appearances, the form and the page's annotation list growing, document metadata. Anything else
 * — a changed content stream, a new non-signature annotation, a replaced page — is a change to what the
 * signer signed. New objects nobody references cannot change what is shown, so only changed objects and
 * the annotations and fields they add are examined.
 */
import { PdfFile } from './pdf-file.ts';
import { PdfDict, PdfName, type PdfObj, PdfRef, PdfStream, serialize } from './pdf-objects.ts';

export type ChangeKind = 'none' | 'signatures' | 'other';

export interface RevisionChanges {
  kind: ChangeKind;
  /** Vietnamese descriptions of the changes that are not signature additions. */
  details: string[];
}

const CATALOG_KEYS = new Set(['AcroForm', 'DSS', 'Metadata']);
const FORM_KEYS = new Set(['Fields', 'SigFlags', 'DR', 'DA', 'NeedAppearances']);
const MAX_DETAILS = 10;

function typeOf(dict: PdfDict | null): string | undefined {
  const t = dict?.get('Type');
  return t instanceof PdfName ? t.name : undefined;
}

/** Keys whose values differ between two dictionaries. */
function changedKeys(before: PdfDict, after: PdfDict): string[] {
  const keys = new Set([...before.map.keys(), ...after.map.keys()]);
  return [...keys].filter((k) => {
    const a = before.get(k);
    const b = after.get(k);
    return (
      (a === undefined) !== (b === undefined) || (a !== undefined && b !== undefined && serialize(a) !== serialize(b))
    );
  });
}

function refs(value: PdfObj): string[] {
  return Array.isArray(value) ? value.filter((v): v is PdfRef => v instanceof PdfRef).map((r) => r.toString()) : [];
}

export function changesAfter(buf: Buffer, revisionEnd: number): RevisionChanges {
  const rest = buf.subarray(revisionEnd);
  if (rest.every((b) => b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09 || b === 0x00)) {
    return { kind: 'none', details: [] };
  }
  let before: PdfFile;
  let after: PdfFile;
  try {
    before = new PdfFile(buf, revisionEnd);
    after = new PdfFile(buf);
  } catch (error) {
    return { kind: 'other', details: [`Không phân tích được phần thêm sau khi ký (${(error as Error).message}).`] };
  }
  const details: string[] = [];
  const other = (text: string) => {
    if (details.length < MAX_DETAILS) details.push(text);
  };
  const isSignatureField = (value: PdfObj): boolean => {
    const dict = after.dict(value);
    if (!dict) return false;
    const ft = dict.get('FT') ?? after.dict(dict.get('Parent'))?.get('FT');
    return ft instanceof PdfName && ft.name === 'Sig';
  };
  const grewWithSignaturesOnly = (old: PdfObj, now: PdfObj, what: string) => {
    const oldRefs = new Set(refs(old));
    const nowRefs = refs(now);
    if ([...oldRefs].some((r) => !nowRefs.includes(r))) other(`${what}: có phần tử bị gỡ bỏ.`);
    for (const added of nowRefs.filter((r) => !oldRefs.has(r))) {
      const [num, gen] = added.split(' ').map(Number) as [number, number];
      if (!isSignatureField(new PdfRef(num, gen))) other(`${what}: thêm đối tượng ${added} không phải chữ ký.`);
    }
  };

  const catalogNum = before.catalogRef().num;
  const pageNums = new Set(before.pageRefs().map((r) => r.num));
  const infoRef = before.trailer.get('Info');
  const formRef = before.dict(before.catalogRef())?.get('AcroForm');

  for (const [num, entry] of after.entries) {
    const previous = before.entries.get(num);
    if (!previous || previous.kind === 'free' || JSON.stringify(previous) === JSON.stringify(entry)) continue;
    let old: PdfObj;
    let now: PdfObj;
    try {
      old = before.get(num);
      now = after.get(num);
    } catch {
      other(`Đối tượng ${num} không đọc được.`);
      continue;
    }
    if (old instanceof PdfStream || now instanceof PdfStream) {
      const type = typeOf(now instanceof PdfStream ? now.dict : null);
      if (type === 'XRef' || type === 'ObjStm') continue;
      if (old instanceof PdfStream && now instanceof PdfStream && old.raw.equals(now.raw)) continue;
      other(`Nội dung (luồng ${num}) bị thay đổi.`);
      continue;
    }
    if (old instanceof PdfDict && now instanceof PdfDict) {
      const keys = changedKeys(old, now);
      if (keys.length === 0) continue;
      if (num === catalogNum) {
        if (keys.some((k) => !CATALOG_KEYS.has(k))) other(`Danh mục tài liệu thay đổi: ${keys.join(', ')}.`);
      } else if (pageNums.has(num)) {
        if (keys.some((k) => k !== 'Annots')) other(`Trang (đối tượng ${num}) thay đổi: ${keys.join(', ')}.`);
        else
          grewWithSignaturesOnly(
            before.resolve(old.get('Annots')),
            after.resolve(now.get('Annots')),
            `Chú thích của trang`,
          );
      } else if (formRef instanceof PdfRef && num === formRef.num) {
        if (keys.some((k) => !FORM_KEYS.has(k))) other(`Biểu mẫu thay đổi: ${keys.join(', ')}.`);
        else
          grewWithSignaturesOnly(
            before.resolve(old.get('Fields')),
            after.resolve(now.get('Fields')),
            'Danh sách trường',
          );
      } else if (infoRef instanceof PdfRef && num === infoRef.num) {
        // Document information (producer, modification date) does not change what is shown.
      } else if (!isSignatureField(new PdfRef(num, 0))) other(`Đối tượng ${num} thay đổi: ${keys.join(', ')}.`);
      continue;
    }
    if (Array.isArray(old) && Array.isArray(now)) {
      grewWithSignaturesOnly(old, now, `Mảng ${num}`);
      continue;
    }
    if (serialize(old) !== serialize(now)) other(`Đối tượng ${num} thay đổi.`);
  }
  // A new page added after signing changes the document even though no old object changed.
  if (after.pageRefs().length !== pageNums.size) other('Số trang thay đổi sau khi ký.');
  return { kind: details.length > 0 ? 'other' : 'signatures', details };
}
