import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { loadSeedOrganisations } from '../network/seed-data.ts';
import { buildDemoDossiers, LETTER_2174_PICTURE } from './demo/dossiers.ts';
import { KNOWN_FACTS } from './demo/facts.ts';
import { StepRecordSchema, type StepRecord } from './lifecycle/steps.ts';
import { type NetworkSchool, networkOn, recognitionTimeline } from './network.ts';
import { REGIONS, regionOfProvince } from './regions.ts';

const school = (code: string, extra: Partial<NetworkSchool> = {}): NetworkSchool => ({
  code,
  name: `Trường ${code}`,
  kind: 'provincial_school',
  provinceCode: null,
  validFrom: null,
  validTo: null,
  predecessorCodes: [],
  ...extra,
});
const rec = (kind: string, date: string, data: object, extra: object = {}) =>
  ({ kind, date, recordedBy: 'academy', documents: [], note: null, data, ...extra }) as unknown as StepRecord;
const recognition = (date: string, level = 1, extra: object = {}) =>
  rec('recognition', date, { decisionNumber: null, level, signer: null }, extra);

describe('network picture on a date', () => {
  const schools = [
    school('A', { provinceCode: '10', validTo: '2025-06-30' }),
    school('B', { provinceCode: '15', validTo: '2025-06-30' }),
    school('C', { provinceCode: '79' }),
    school('AB', { provinceCode: '15', validFrom: '2025-07-01', predecessorCodes: ['A', 'B'] }),
    school('S', { kind: 'sector_school' }),
  ];
  const dossiers = [
    {
      schoolCode: 'A',
      records: [
        rec('project_approved', '2021-06-01', {
          decisionNumber: '1-QĐ/TU',
          approvedBy: null,
          periodFrom: null,
          periodTo: null,
          targetLevel: 1,
          targetYear: 2022,
        }),
        rec('registration', '2021-09-01', { targetYear: 2022, level: 1, reference: null }),
        recognition('2022-11-16', 1, { illustrative: true }),
      ],
    },
    { schoolCode: 'C', records: [recognition('2023-09-18'), recognition('2025-09-01', 2)] },
    { schoolCode: 'AB', records: [rec('merger', '2025-07-01', { predecessorCodes: ['A', 'B'] })] },
  ];

  it('counts stages, levels, regions and kinds among the schools valid on the date', () => {
    const picture = networkOn(schools, dossiers, '2022-12-31');
    expect(picture.schools.map((s) => s.code)).toEqual(['A', 'B', 'C']);
    expect(picture.counts.byStage).toMatchObject({ recognised: 1, none: 2 });
    expect(picture.counts.byLevel).toEqual({ none: 2, level1: 1, level2: 0 });
    expect(picture.milestones).toEqual({ projectApproved: 1, registeredFor: { 2022: 1 }, recognised: 1 });
    expect(picture.schools[0]).toMatchObject({
      region: 'Trung du và miền núi phía Bắc',
      illustrative: true,
      recognitionDate: '2022-11-16',
    });
    expect(picture.byRegion.find((r) => r.region === 'Đông Nam Bộ')?.total).toBe(1);
    expect(networkOn(schools, dossiers, '2022-12-31', { kinds: ['sector_school'] }).counts.total).toBe(1);
  });

  it('the state is the one on the date, not today', () => {
    expect(networkOn(schools, dossiers, '2021-12-31').schools[0]).toMatchObject({ stage: 'registered', level: null });
    expect(networkOn(schools, dossiers, '2025-12-31').schools.find((s) => s.code === 'C')).toMatchObject({ level: 2 });
  });

  it('a merged school shows its predecessors recognitions and needs its own appraisal', () => {
    const picture = networkOn(schools, dossiers, '2025-07-01');
    expect(picture.schools.map((s) => s.code)).toEqual(['C', 'AB']);
    expect(picture.schools[1]).toMatchObject({
      stage: 'merged',
      level: null,
      needsOwnAppraisal: true,
      inherited: [{ schoolCode: 'A', level: 1, date: '2022-11-16' }],
    });
    const own = networkOn(
      schools,
      [...dossiers, { schoolCode: 'AB', records: [...dossiers[2]!.records, recognition('2026-03-20')] }],
      '2026-04-01',
    );
    expect(own.schools[1]).toMatchObject({ level: 1, needsOwnAppraisal: false });
  });

  it('lists recognitions in order with their certificates', () => {
    const timeline = recognitionTimeline(schools, dossiers);
    expect(timeline.map((t) => [t.order, t.schoolCode, t.level, t.date])).toEqual([
      [1, 'A', 1, '2022-11-16'],
      [2, 'C', 1, '2023-09-18'],
      [3, 'C', 2, '2025-09-01'],
    ]);
    expect(recognitionTimeline(schools, dossiers, '2023-01-01')).toHaveLength(1);
  });
});

describe('demo network data', () => {
  const orgs = loadSeedOrganisations();
  const dossiers = buildDemoDossiers(orgs);

  it('every record matches the record schema and says where it comes from', () => {
    const records = dossiers.flatMap((d) => d.records);
    expect(records.every((r) => Value.Check(StepRecordSchema, r))).toBe(true);
    expect(records.every((r) => (r.note ?? '').length > 20)).toBe(true);
    const codes = new Set(orgs.map((o) => o.code));
    expect(KNOWN_FACTS.every((f) => codes.has(f.schoolCode))).toBe(true);
  });

  it('reproduces letter 2174 on its date: 26/63 approved, 3 registered for 2022', () => {
    const picture = networkOn(orgs, dossiers, LETTER_2174_PICTURE.date);
    expect(picture.counts.total).toBe(63);
    expect(picture.milestones.projectApproved).toBe(26);
    expect(picture.milestones.registeredFor).toEqual({ 2022: 3 });
    expect(picture.milestones.recognised).toBe(0);
  });

  it('Lào Cai is the first recognised (November 2022); by October 2024 the known schools are recognised', () => {
    const timeline = recognitionTimeline(orgs, dossiers);
    expect(timeline[0]).toMatchObject({ schoolCode: 'TCT-2004-10', date: '2022-11-16', certificateDate: '2022-11-16' });
    const end2022 = networkOn(orgs, dossiers, '2022-12-31');
    expect(end2022.milestones).toMatchObject({ projectApproved: 27, recognised: 1 }); // + Quảng Ninh, 20/10/2022
    // The sources count 12 by 10/2024; one of them (the 5th) is not named anywhere, so the data holds 11.
    expect(networkOn(orgs, dossiers, '2024-10-31').milestones.recognised).toBe(11);
  });

  it('after the 2025 merger: 34 provincial schools, merged ones inherit and need their own appraisal', () => {
    const picture = networkOn(orgs, dossiers, '2025-08-01');
    expect(picture.counts.total).toBe(34);
    const laoCai = picture.schools.find((s) => s.code === 'TCT-2025-15')!;
    expect(laoCai).toMatchObject({ stage: 'merged', needsOwnAppraisal: true });
    expect(laoCai.inherited.map((i) => i.schoolCode).sort()).toEqual(['TCT-2004-10', 'TCT-2004-15']);
    const phuTho = networkOn(orgs, dossiers, '2026-04-01').schools.find((s) => s.code === 'TCT-2025-25')!;
    expect(phuTho).toMatchObject({ level: 1, needsOwnAppraisal: false });
    expect(phuTho.inherited.map((i) => i.schoolCode).sort()).toEqual(['TCT-2004-25', 'TCT-2004-26']);
  });

  it('regions cover every 2022 province once', () => {
    const provinces = orgs.filter((o) => o.kind === 'provincial_school' && o.provincePeriod === '2004');
    expect(provinces.every((p) => REGIONS.includes(regionOfProvince(p.provinceCode)!))).toBe(true);
  });
});
