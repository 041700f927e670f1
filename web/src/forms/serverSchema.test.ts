import { describe, expect, it } from 'vitest';
import { schemaErrors, serverSchemaResolver } from './serverSchema.ts';

type Person = { organisationId: string; email: string; fullName: string; role: string; password: string };

const resolver = serverSchemaResolver<Person>('POST /api/people', {
  toBody: (v) => ({
    organisationId: v.organisationId || undefined,
    email: v.email.trim(),
    fullName: v.fullName.trim(),
    role: v.role || undefined,
    password: v.password || undefined,
  }),
  fields: {
    organisationId: { label: 'trường (đơn vị)', choose: true },
    email: { label: 'email', kind: 'email' },
    fullName: { label: 'họ và tên' },
    role: { label: 'vai trò', choose: true },
    password: { label: 'mật khẩu' },
  },
});

async function messages(values: Person): Promise<Record<string, string | undefined>> {
  const result = await resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
  return Object.fromEntries(
    Object.entries(result.errors).map(([field, error]) => [field, (error as { message?: string }).message]),
  );
}

describe('forms validated by the server schema', () => {
  it('says in Vietnamese what is missing, per field', async () => {
    expect(await messages({ organisationId: '', email: '', fullName: '', role: '', password: '' })).toEqual({
      organisationId: 'Vui lòng chọn trường (đơn vị).',
      email: 'Vui lòng nhập email.',
      fullName: 'Vui lòng nhập họ và tên.',
      role: 'Vui lòng chọn vai trò.',
      password: 'Vui lòng nhập mật khẩu.',
    });
  });

  it('uses the schema limits: length, pattern and choices', async () => {
    const found = await messages({
      organisationId: 'org',
      email: 'khong-phai-email',
      fullName: 'A',
      role: 'king',
      password: 'x'.repeat(201),
    });
    expect(found.email).toBe('Email không hợp lệ.');
    expect(found.fullName).toBe('Họ và tên quá ngắn (ít nhất 2 ký tự).');
    expect(found.role).toBe('Vui lòng chọn vai trò.');
    expect(found.password).toBe('Mật khẩu không quá 200 ký tự.');
  });

  it('passes a body the server would accept', async () => {
    const values = { organisationId: 'org', email: 'a@b.vn', fullName: 'Lê Văn An', role: 'staff', password: 'x1' };
    expect(await messages(values)).toEqual({});
  });
});

describe('OpenAPI nullable fields', () => {
  it('null is accepted where the server schema says nullable, and refused where it does not', () => {
    const body = { title: 'Chỉ đạo', numberSymbol: null, issuedDate: '2026-01-02', recipientMode: 'provincial' };
    const requirements = [{ no: null, text: 'Một yêu cầu', deadline: null }];
    expect(schemaErrors('POST /api/directives', { ...body, requirements })).toEqual([]);
    const refused = schemaErrors('POST /api/directives', { ...body, title: null, requirements });
    expect(refused.map((e) => [e.keyword, e.field])).toContainEqual(['type', 'title']);
  });
});
