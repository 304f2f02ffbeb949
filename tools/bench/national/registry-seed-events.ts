import { randomUUID } from 'node:crypto';
import { HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE, VOLUNTEER_STREAM_TYPE, volunteerStreamId } from '@tn/registry-contracts';
import { communeOfGrassroots, homeOfVolunteer, ids, type NationalShape, provinceOfCommune } from './national-shape';
import { dayAfter, flagsOf, metadataOn, mix, pad2, pick, type SeedInput, SYLLABLES } from './seed-kit';
import { VIETNAM_PROVINCES } from '../vietnam-provinces';

/**
 * The registry's part of the national dataset, as the registry decides it: the hierarchy stream's
 * UnitCreated events (units as a bulk import creates them, many to a commit) and volunteer
 * registrations (one stream and one commit each). Pure functions of the shape and an index.
 */

/** Units created per commit of the hierarchy stream (its bulk import allows 1,000 per command). */
export const UNITS_PER_COMMIT = 500;
/** Units' history starts at the 2025 merger of provinces and communes. */
const UNITS_FROM = '2025-07-01';

const PROVINCE_NAMES = VIETNAM_PROVINCES;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Giàng', 'Lò'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Quốc', 'Gia', 'Thu'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Hương',
  'Khoa',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Ngân',
  'Phúc',
  'Quân',
  'Thảo',
  'Trang',
  'Tuấn',
  'Việt',
  'Yến',
];
const SKILLS = ['first-aid', 'teaching', 'cooking', 'driving', 'it', 'translation', 'construction', 'counselling'];
const PROFESSIONS = ['student', 'teacher', 'nurse', 'engineer', 'farmer', 'worker'];
interface UnitRow {
  unitId: string;
  parentId: string | null;
  nameVi: string;
  levelLabel: string;
  areaCode: string;
  flags: ReturnType<typeof flagsOf>;
}

/** Every unit, parents before children: provinces (root units), communes, grassroots branches. */
export function unitRows(shape: NationalShape): UnitRow[] {
  const rows: UnitRow[] = [];
  for (let p = 0; p < shape.provinces; p++) {
    const name = PROVINCE_NAMES[p % PROVINCE_NAMES.length]!;
    rows.push({ unitId: ids.province(p), parentId: null, nameVi: `Tỉnh đoàn ${name}`, levelLabel: 'Tỉnh đoàn', areaCode: pad2(p + 1), flags: flagsOf(p) });
  }
  for (let c = 0; c < shape.communes; c++) {
    const p = provinceOfCommune(shape, c);
    const name = `${pick(SYLLABLES, c, 5)} ${pick(SYLLABLES, c, 6)}`;
    rows.push({
      unitId: ids.commune(c),
      parentId: ids.province(p),
      nameVi: `Đoàn xã ${name} ${c}`,
      levelLabel: 'Đoàn xã',
      areaCode: `${pad2(p + 1)}${String(c).padStart(5, '0')}`,
      flags: flagsOf(1000 + c),
    });
  }
  for (let g = 0; g < shape.grassroots; g++) {
    const c = communeOfGrassroots(shape, g);
    rows.push({
      unitId: ids.grassroots(g),
      parentId: ids.commune(c),
      nameVi: `Chi đoàn thôn ${pick(SYLLABLES, g, 7)} ${g}`,
      levelLabel: 'Chi đoàn',
      areaCode: `CD${g}`,
      flags: flagsOf(100_000 + g),
    });
  }
  return rows;
}

/** The hierarchy stream: UnitCreated events in commits of UNITS_PER_COMMIT, versions consecutive. */
export function hierarchyInputs(shape: NationalShape): SeedInput[] {
  const rows = unitRows(shape);
  const inputs: SeedInput[] = [];
  for (let start = 0; start < rows.length; start += UNITS_PER_COMMIT) {
    const events = rows.slice(start, start + UNITS_PER_COMMIT).map((row) => ({
      type: 'UnitCreated',
      data: { ...row, organisation: 'union', effectiveFrom: UNITS_FROM },
    }));
    inputs.push({
      streamId: HIERARCHY_STREAM_ID,
      streamType: HIERARCHY_STREAM_TYPE,
      expectedVersion: start,
      commandId: randomUUID(),
      events,
      metadata: metadataOn(`${UNITS_FROM}T08:00:00.000+07:00`, rows[start]!.parentId ?? rows[start]!.unitId),
    });
  }
  return inputs;
}

/** RegisterVolunteer as the registry decides it: the volunteer, then their registry consent. */
export function volunteerInput(shape: NationalShape, v: number): SeedInput {
  const volunteerId = ids.volunteer(v);
  const home = ids.grassroots(homeOfVolunteer(shape, v));
  const registeredOn = dayAfter(UNITS_FROM, mix(v, 8) % 360);
  const fullName = `${pick(FAMILY, v, 9)} ${pick(MIDDLE, v, 10)} ${pick(GIVEN, v, 11)}`;
  const skills = [...new Set([pick(SKILLS, v, 12), pick(SKILLS, v, 13)])];
  return {
    streamId: volunteerStreamId(volunteerId),
    streamType: VOLUNTEER_STREAM_TYPE,
    expectedVersion: 0,
    commandId: randomUUID(),
    events: [
      {
        type: 'VolunteerRegistered',
        data: {
          volunteerId,
          fullName,
          dateOfBirth: `${1990 + (mix(v, 14) % 17)}-${pad2(1 + (mix(v, 15) % 12))}-${pad2(1 + (mix(v, 16) % 28))}`,
          phone: `09${String(v).padStart(8, '0')}`,
          email: `tnv${v}@example.invalid`,
          homeUnitId: home,
          skills,
          professions: [pick(PROFESSIONS, v, 17)],
          registeredOn,
        },
      },
      { type: 'VolunteerConsentGiven', data: { volunteerId, purpose: 'registry', givenAt: registeredOn } },
    ],
    metadata: metadataOn(`${registeredOn}T09:00:00.000+07:00`, home),
  };
}
