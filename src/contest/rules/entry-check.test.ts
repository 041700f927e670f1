import { describe, expect, it } from 'vitest';
import { EDITION_2021, EDITION_2022, EDITION_2024, EDITION_2025 } from '../editions/data.ts';
import { checkNewEntry, type RegisteredEntry } from './entry-check.ts';

const an = { personId: 'p-an', name: 'Nguyễn Văn An' };
const binh = { personId: 'p-binh', name: 'Trần Thị Bình' };
const cuong = { personId: 'p-cuong', name: 'Lê Văn Cường' };
const registered = (id: string, categoryCode: string, ...authorIds: string[]): RegisteredEntry => ({
  id,
  categoryCode,
  authorIds,
});

describe('checkNewEntry', () => {
  it('2022: at most 1 journal and 1 newspaper entry per author or group, the message naming the rule and source', () => {
    const existing = [registered('e1', 'tap_chi', 'p-an')];
    const refused = checkNewEntry(EDITION_2022, { categoryCode: 'tap_chi', authors: [an] }, existing);
    expect(refused.allowed).toBe(false);
    expect(refused.violations).toHaveLength(1);
    expect(refused.violations[0]).toMatchObject({
      code: 'QUOTA_CATEGORY',
      rule: 'Thể lệ năm 2022 (Kế hoạch 762-KH/HVCTQG): giới hạn số bài mỗi tác giả',
      confidence: 'confirmed',
    });
    expect(refused.violations[0]!.message).toContain(
      'Nguyễn Văn An đã có 1 bài thể loại Tạp chí (in hoặc điện tử) trong lần thi này; mỗi tác giả hoặc nhóm tác giả chỉ được gửi tối đa 1 bài thể loại này',
    );
    expect(refused.violations[0]!.message).toContain('nguồn: reference/contest-editions.md');
    expect(checkNewEntry(EDITION_2022, { categoryCode: 'bao', authors: [an] }, existing)).toMatchObject({
      allowed: true,
      violations: [],
    });
  });

  it('counts a co-authored work for every author, and not a withdrawn one', () => {
    const existing = [registered('e1', 'tap_chi', 'p-an', 'p-binh'), registered('e2', 'bao', 'p-binh')];
    const check = checkNewEntry(EDITION_2022, { categoryCode: 'bao', authors: [binh, cuong] }, existing);
    expect(check.violations.map((v) => v.code)).toEqual(['QUOTA_CATEGORY', 'QUOTA_KIND', 'QUOTA_TOTAL']);
    expect(check.violations.every((v) => v.message.startsWith('Trần Thị Bình'))).toBe(true);
    existing[1]!.withdrawn = true;
    expect(checkNewEntry(EDITION_2022, { categoryCode: 'bao', authors: [binh, cuong] }, existing).allowed).toBe(true);
  });

  it('2025: caps authors per work and written vs audiovisual entries (1 per audiovisual type)', () => {
    const three = checkNewEntry(EDITION_2025, { categoryCode: 'tap_chi', authors: [an, binh, cuong] }, []);
    expect(three.violations.map((v) => v.code)).toEqual(['TOO_MANY_AUTHORS']);
    expect(three.violations[0]!.message).toContain('Tác phẩm có 3 tác giả; thể loại Tạp chí cho phép tối đa 2 tác giả');
    expect(three.violations[0]!.confidence).toBe('secondary');
    expect(checkNewEntry(EDITION_2025, { categoryCode: 'video', authors: [an, binh, cuong] }, []).allowed).toBe(true);
    const written = [registered('e1', 'tap_chi', 'p-an'), registered('e2', 'bao', 'p-an')];
    expect(
      checkNewEntry(EDITION_2025, { categoryCode: 'bao', authors: [an] }, written).violations.map((v) => v.code),
    ).toEqual(['QUOTA_KIND']);
    const audiovisual = [registered('e3', 'video', 'p-an'), registered('e4', 'phat_thanh', 'p-an')];
    expect(
      checkNewEntry(EDITION_2025, { categoryCode: 'truyen_hinh', authors: [an] }, [...written, ...audiovisual]).allowed,
    ).toBe(true);
    expect(
      checkNewEntry(EDITION_2025, { categoryCode: 'video', authors: [an] }, audiovisual).violations.map((v) => v.code),
    ).toEqual(['QUOTA_CATEGORY']);
  });

  it('excludes the edition’s organisers and judges', () => {
    const staff = { organisers: ['p-binh'], judges: ['p-an'] };
    const check = checkNewEntry(EDITION_2025, { categoryCode: 'tap_chi', authors: [an, binh] }, [], staff);
    expect(check.violations.map((v) => v.message.split(' (')[0])).toEqual([
      'Nguyễn Văn An là thành viên Ban Giám khảo của cuộc thi nên không được dự thi',
      'Trần Thị Bình là thành viên Ban Tổ chức của cuộc thi nên không được dự thi',
    ]);
  });

  it('2021 was open only to the system', () => {
    const outside = checkNewEntry(
      EDITION_2021,
      { categoryCode: 'tap_chi', authors: [{ ...an, organisationKind: 'university' }] },
      [],
    );
    expect(outside.violations.map((v) => v.code)).toEqual(['NOT_IN_SYSTEM']);
    const inside = checkNewEntry(
      EDITION_2021,
      { categoryCode: 'tap_chi', authors: [{ ...an, organisationKind: 'provincial_school' }] },
      [],
    );
    expect(inside.allowed).toBe(true);
    const unknown = checkNewEntry(EDITION_2021, { categoryCode: 'tap_chi', authors: [an] }, []);
    expect(unknown).toMatchObject({ allowed: true, notices: [{ code: 'ORGANISATION_UNKNOWN' }] });
  });

  it('enforces nothing the edition leaves unset, and says so (2024 per-author quota)', () => {
    const existing = [registered('e1', 'tap_chi', 'p-an'), registered('e2', 'tap_chi', 'p-an')];
    const check = checkNewEntry(EDITION_2024, { categoryCode: 'tap_chi', authors: [an, binh] }, existing);
    expect(check.allowed).toBe(true);
    expect(check.notices.map((n) => n.code)).toEqual(['MAX_AUTHORS_NOT_SET', 'QUOTA_NOT_SET']);
    expect(check.notices[1]!.message).toContain('Chưa xác định giới hạn số bài mỗi tác giả cho lần thi năm 2024');
  });

  it('checks the submission window (postmark) and the category', () => {
    const late = checkNewEntry(EDITION_2025, { categoryCode: 'bao', authors: [an], submittedOn: '2025-07-16' }, []);
    expect(late.violations[0]!.message).toContain(
      'Ngày gửi 16/07/2025 sau hạn cuối 15/07/2025 (tính theo dấu bưu điện)',
    );
    expect(
      checkNewEntry(EDITION_2025, { categoryCode: 'bao', authors: [an], submittedOn: '2025-07-15' }, []).allowed,
    ).toBe(true);
    expect(
      checkNewEntry(EDITION_2025, { categoryCode: 'bao', authors: [an], submittedOn: '2025-02-05' }, []).violations[0]!
        .code,
    ).toBe('BEFORE_WINDOW');
    const unknown = checkNewEntry(EDITION_2025, { categoryCode: 'tho', authors: [an] }, []);
    expect(unknown.violations[0]!.message).toContain(
      'Thể loại "tho" không có trong lần thi này (có: Tạp chí, Báo, Phát thanh, Truyền hình, Video)',
    );
    expect(checkNewEntry(EDITION_2025, { categoryCode: 'bao', authors: [] }, []).violations[0]!.code).toBe('NO_AUTHOR');
  });
});
