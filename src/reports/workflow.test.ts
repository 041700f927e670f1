import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/app-error.ts';
import { canonicalJson, contentHash } from './content-hash.ts';
import { assertTransition, canEdit, checkTransition, type ReportState, TRANSITIONS, timelinessOf } from './workflow.ts';

const valid = { ok: true, errors: [] };
const school = (role: 'staff' | 'leader' | 'clerk' | 'school_admin') => ({ role, side: 'school' as const });
const academy = { role: 'academy_staff' as const, side: 'academy' as const };

describe('workflow as data', () => {
  it('the happy path: draft → submitted → approved → sent → accepted', () => {
    let state: ReportState = 'draft';
    const hash = contentHash({ a: 1 });
    for (const [action, actor, extra] of [
      ['submit', school('staff'), { validation: valid }],
      ['approve', school('leader'), { validation: valid }],
      ['send', school('clerk'), { contentHash: hash, approvedHash: hash }],
      ['accept', academy, {}],
    ] as const) {
      const result = checkTransition(action, { state, actor, ...extra });
      if (!result.ok) throw new Error(result.message);
      state = result.transition.to;
    }
    expect(state).toBe('accepted');
  });

  it('returned → a correction is a new revision that starts as a draft', () => {
    const returned = checkTransition('return', { state: 'sent', actor: academy, comment: 'Thiếu số liệu biểu B02' });
    expect(returned.ok && returned.transition.to).toBe('returned');
    const correction = checkTransition('correct', { state: 'returned', actor: school('staff') });
    expect(correction.ok && [correction.transition.to, correction.transition.effects]).toEqual([
      'draft',
      ['new_revision'],
    ]);
  });

  it('sending locks, hashes, numbers and delivers', () => {
    expect(TRANSITIONS.find((t) => t.action === 'send')!.effects).toEqual([
      'lock',
      'record_hash',
      'outgoing_number',
      'deliver_to_academy',
      'notify',
    ]);
    expect(canEdit('draft')).toBe(true);
    for (const state of ['pending_approval', 'approved', 'sent', 'accepted', 'returned'] as const)
      expect(canEdit(state)).toBe(false);
  });

  it('refuses with a Vietnamese message naming what is wrong', () => {
    expect(checkTransition('approve', { state: 'draft', actor: school('leader'), validation: valid })).toEqual({
      ok: false,
      message:
        'Không thể «Duyệt báo cáo» khi báo cáo đang ở trạng thái «Đang soạn»; chỉ làm được khi «Chờ lãnh đạo duyệt»',
    });
    expect(
      checkTransition('approve', { state: 'pending_approval', actor: school('staff'), validation: valid }),
    ).toEqual({
      ok: false,
      message: '«Duyệt báo cáo» là việc của trường (lãnh đạo trường)',
    });
    expect(checkTransition('accept', { state: 'sent', actor: school('leader') })).toMatchObject({
      ok: false,
      message: expect.stringContaining('là việc của Học viện'),
    });
    expect(checkTransition('return', { state: 'sent', actor: academy, comment: ' ' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('cần ghi ý kiến'),
    });
    expect(checkTransition('reject', { state: 'pending_approval', actor: school('leader') })).toMatchObject({
      ok: false,
    });
    expect(checkTransition('submit', { state: 'draft', actor: school('staff') })).toMatchObject({
      ok: false,
      message: 'Chưa kiểm tra báo cáo trước khi trình',
    });
    const errors = [1, 2, 3, 4].map((n) => ({ message: `Lỗi ${n}` }));
    expect(
      checkTransition('submit', { state: 'draft', actor: school('staff'), validation: { ok: false, errors } as never }),
    ).toEqual({
      ok: false,
      message: 'Báo cáo còn 4 lỗi: Lỗi 1; Lỗi 2; Lỗi 3; …',
    });
    expect(
      checkTransition('send', {
        state: 'approved',
        actor: school('clerk'),
        contentHash: contentHash({ a: 2 }),
        approvedHash: contentHash({ a: 1 }),
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('đã khác bản lãnh đạo duyệt') });
  });

  it('assertTransition maps refusals to conflict, forbidden and bad request', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof AppError ? e.code : e;
      }
      return null;
    };
    expect(code(() => assertTransition('accept', { state: 'draft', actor: academy }))).toBe('CONFLICT');
    expect(code(() => assertTransition('accept', { state: 'sent', actor: school('leader') }))).toBe('FORBIDDEN');
    expect(code(() => assertTransition('return', { state: 'sent', actor: academy }))).toBe('BAD_REQUEST');
    expect(assertTransition('accept', { state: 'sent', actor: academy }).to).toBe('accepted');
  });
});

describe('timeliness counts the first sending, by the calendar day in Vietnam', () => {
  it('a report first sent in time stays on time after a late correction', () => {
    const events = [
      { revision: 1, action: 'send' as const, at: '2025-03-20T16:30:00Z' }, // 23:30 on 20/3 in Hà Nội
      { revision: 1, action: 'return' as const, at: '2025-03-25T02:00:00Z' },
      { revision: 2, action: 'send' as const, at: '2025-04-02T02:00:00Z' },
    ];
    expect(timelinessOf(events, '2025-03-20')).toEqual({ firstSentOn: '2025-03-20', onTime: true, daysLate: 0 });
  });

  it('one minute past midnight in Hà Nội is the next day', () => {
    expect(timelinessOf([{ revision: 1, action: 'send', at: '2025-03-20T17:01:00Z' }], '2025-03-20')).toEqual({
      firstSentOn: '2025-03-21',
      onTime: false,
      daysLate: 1,
    });
    expect(timelinessOf([], '2025-03-20')).toEqual({ firstSentOn: null, onTime: null, daysLate: null });
  });
});

describe('content hash', () => {
  it('canonical JSON: sorted keys, no whitespace, NFC strings, undefined dropped', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
    expect(canonicalJson({ z: { y: 2, x: 1.5 } })).toBe('{"z":{"x":1.5,"y":2}}');
    expect(canonicalJson('Tre\u0302\u0300n')).toBe(canonicalJson('Trền'));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });

  it('is SHA-256 of the canonical text, independent of key order', () => {
    const expected = createHash('sha256').update('{"a":1,"b":"Trường"}', 'utf8').digest('hex');
    expect(contentHash({ b: 'Trường', a: 1 })).toBe(`sha256:${expected}`);
    expect(contentHash({ a: 1, b: 'Trường' })).toBe(contentHash({ b: 'Trường', a: 1 }));
    expect(contentHash({ a: 1, b: 'Trường' })).not.toBe(contentHash({ a: 2, b: 'Trường' }));
  });
});
