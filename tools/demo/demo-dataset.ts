/**
 * DỮ LIỆU MẪU / DEMO DATA — loaded by `./dev up` (tools/demo/load-demo.ts). Not real people.
 *
 * Modelled on the new Lào Cai province: Lào Cai and Yên Bái merged on 2025-07-01, and from that
 * day local government has two tiers (province, then commune/ward; no district level).
 *
 * - Units: real place names from the 2025 reorganisation (demo only: which communes exist here,
 *   their branches and their Union structure are illustrative, not a copy of the real Union).
 *   Area flags follow the real places (highland communes: ethnic-minority and mountainous;
 *   communes on the China border: border). Official area codes are given only where known for
 *   certain (the post-merger province codes); commune codes are omitted.
 * - People: fictional names marked "(mẫu)", e-mail addresses under the reserved `.example`
 *   domain. No ethnicity, ever: area flags belong to units, never to people (domain.md §8).
 *
 * Pure data: no imports, no I/O. `check-dataset.ts` checks it, `load-demo.ts` sends it.
 */

export const DEMO_MARK = 'DỮ LIỆU MẪU / DEMO DATA';

export type Organisation = 'union' | 'youth-federation' | 'students-association' | 'young-pioneers';

export interface AreaFlags {
  ethnicMinority: boolean;
  mountainous: boolean;
  border: boolean;
  island: boolean;
}

/** A `CreateUnit` payload. */
export interface DemoUnit {
  unitId: string;
  nameVi: string;
  nameEn: string;
  organisation: Organisation;
  levelLabel: string;
  areaCode?: string;
  flags: AreaFlags;
  parentId: string | null;
  effectiveFrom: string;
}

export type DemoSuccessor = { existingUnitId: string } | (Omit<DemoUnit, 'unitId' | 'effectiveFrom'> & { newUnitId: string });

/** A `MergeUnits` payload. */
export interface DemoMerge {
  sourceUnitIds: string[];
  successor: DemoSuccessor;
  effectiveFrom: string;
}

/** A `RenameUnit` payload. */
export interface DemoRename {
  unitId: string;
  nameVi: string;
  nameEn?: string;
  effectiveFrom: string;
}

/** A `RegisterCadre` payload. */
export interface DemoCadre {
  cadreId: string;
  fullName: string;
  email?: string;
  phone?: string;
  registeredOn: string;
  /** The unit that registers the cadre (their owner until the first appointment): here, that of their first position. */
  registeringUnitId: string;
}

/** What happens to a cadre's positions, in order per cadre (`AppointCadre`, `TransferCadre`, `EndCadreTerm` payloads). */
export type DemoCadreStep =
  | {
      type: 'AppointCadre';
      cadreId: string;
      positionId: string;
      unitId: string;
      title: string;
      dedicatedToVolunteerWork: boolean;
      termStart: string;
      termEnd?: string;
    }
  | { type: 'TransferCadre'; cadreId: string; positionId: string; toUnitId: string; effectiveFrom: string }
  | { type: 'EndCadreTerm'; cadreId: string; positionId: string; endedOn: string };

export interface DemoConsent {
  purpose: string;
  givenAt: string;
  guardian?: { fullName: string; relationship: string };
}

/** A `RegisterVolunteer` payload. */
export interface DemoVolunteer {
  volunteerId: string;
  fullName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  homeUnitId: string;
  skills: string[];
  professions: string[];
  consents: DemoConsent[];
  registeredOn: string;
}

/** A `ChangeVolunteerHomeUnit` payload. */
export interface DemoHomeUnitChange {
  volunteerId: string;
  homeUnitId: string;
  effectiveFrom: string;
}

export type DemoRole = 'system-admin' | 'unit-manager' | 'trainer' | 'group-leader' | 'volunteer' | 'partner' | 'analyst';

/** An `OpenAccount` payload (the loader seals the password before it leaves the machine's memory). */
export interface DemoAccount {
  username: string;
  password: string;
  kind: 'cadre' | 'volunteer' | 'partner';
  personId?: string;
  roles: { role: DemoRole; unitId: string | null }[];
  openedOn: string;
  /** For the printed sign-in table only (not sent). */
  scopeLabel: string;
}

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

const NO_FLAGS: AreaFlags = { ethnicMinority: false, mountainous: false, border: false, island: false };
const HIGHLAND: AreaFlags = { ethnicMinority: true, mountainous: true, border: false, island: false };
const HIGHLAND_BORDER: AreaFlags = { ethnicMinority: true, mountainous: true, border: true, island: false };

/** The day of the province merger and of two-tier local government. */
export const MERGER_DATE = '2025-07-01';
/** Before the merger: the units the merger ends exist from here. */
export const BEFORE_MERGER = '2025-01-01';

export const LAO_CAI = 'demo-tinh-lao-cai';
export const YEN_BAI = 'demo-tinh-yen-bai';
export const TUYEN_QUANG = 'demo-tinh-tuyen-quang';
export const HOI_LHTN_LAO_CAI = 'demo-hoi-lhtn-lao-cai';
export const XA_Y_TY_OLD = 'demo-xa-y-ty-truoc-2025';
export const XA_A_LU = 'demo-xa-a-lu';
/** The commune the merger creates from Y Tý and A Lù. */
export const XA_Y_TY = 'demo-xa-y-ty';

const ward = (slug: string, name: string, nameEn: string, flags: AreaFlags = NO_FLAGS): DemoUnit => ({
  unitId: `demo-phuong-${slug}`,
  nameVi: `Đoàn phường ${name}`,
  nameEn: `${nameEn} Ward Youth Union`,
  organisation: 'union',
  levelLabel: 'Đoàn phường',
  flags,
  parentId: LAO_CAI,
  effectiveFrom: MERGER_DATE,
});

const commune = (slug: string, name: string, nameEn: string, flags: AreaFlags, parentId = LAO_CAI, effectiveFrom = MERGER_DATE): DemoUnit => ({
  unitId: `demo-xa-${slug}`,
  nameVi: `Đoàn xã ${name}`,
  nameEn: `${nameEn} Commune Youth Union`,
  organisation: 'union',
  levelLabel: 'Đoàn xã',
  flags,
  parentId,
  effectiveFrom,
});

const branch = (unitId: string, nameVi: string, nameEn: string, parent: DemoUnit): DemoUnit => ({
  unitId,
  nameVi,
  nameEn,
  organisation: 'union',
  levelLabel: 'Chi đoàn',
  flags: parent.flags,
  parentId: parent.unitId,
  effectiveFrom: parent.effectiveFrom,
});

/*
 * Communes and wards: names from the 2025 reorganisation; demo only. Under the two-tier
 * government they hang directly under the province.
 */
const PHUONG_LAO_CAI = ward('lao-cai', 'Lào Cai', 'Lào Cai', { ...NO_FLAGS, border: true }); // the border-gate city ward, on the China border
const PHUONG_CAM_DUONG = ward('cam-duong', 'Cam Đường', 'Cam Đường');
const PHUONG_SA_PA = ward('sa-pa', 'Sa Pa', 'Sa Pa', HIGHLAND);
const PHUONG_YEN_BAI = ward('yen-bai', 'Yên Bái', 'Yên Bái');
const PHUONG_NGHIA_LO = ward('nghia-lo', 'Nghĩa Lộ', 'Nghĩa Lộ', HIGHLAND);
const XA_A_MU_SUNG = commune('a-mu-sung', 'A Mú Sung', 'A Mú Sung', HIGHLAND_BORDER);
const XA_PHA_LONG = commune('pha-long', 'Pha Long', 'Pha Long', HIGHLAND_BORDER);
const XA_BAN_LAU = commune('ban-lau', 'Bản Lầu', 'Bản Lầu', HIGHLAND_BORDER);
const XA_TA_VAN = commune('ta-van', 'Tả Van', 'Tả Van', HIGHLAND);
const XA_BAC_HA = commune('bac-ha', 'Bắc Hà', 'Bắc Hà', HIGHLAND);
const XA_NAM_CO = commune('nam-co', 'Nậm Có', 'Nậm Có', HIGHLAND);
const XA_BAO_THANG = commune('bao-thang', 'Bảo Thắng', 'Bảo Thắng', NO_FLAGS);

/*
 * The merger of communes, simplified for the demo: Y Tý and A Lù (Bát Xát, on the China border)
 * become the new commune Y Tý on 2025-07-01. Before the merger they sat under a district, which
 * the demo leaves out: they hang directly under the province.
 */
const XA_Y_TY_BEFORE = {
  ...commune('y-ty-truoc-2025', 'Y Tý', 'Y Tý', HIGHLAND_BORDER, LAO_CAI, BEFORE_MERGER),
  nameEn: 'Y Tý Commune Youth Union (before 2025-07-01)',
};
const XA_A_LU_BEFORE = commune('a-lu', 'A Lù', 'A Lù', HIGHLAND_BORDER, LAO_CAI, BEFORE_MERGER);

const PHUONG_MINH_XUAN = { ...ward('minh-xuan', 'Minh Xuân', 'Minh Xuân'), unitId: 'demo-tq-phuong-minh-xuan', parentId: TUYEN_QUANG };
const XA_LUNG_CU = { ...commune('lung-cu', 'Lũng Cú', 'Lũng Cú', HIGHLAND_BORDER, TUYEN_QUANG), unitId: 'demo-tq-xa-lung-cu' };

/** Every `CreateUnit`, each parent before its children. */
export const units: DemoUnit[] = [
  {
    unitId: LAO_CAI,
    nameVi: 'Tỉnh đoàn Lào Cai',
    nameEn: 'Lào Cai Provincial Youth Union',
    organisation: 'union',
    levelLabel: 'Tỉnh đoàn',
    // No areaCode: the province's code changed at the merger (10 before, 15 after) and a unit's
    // code cannot change by an effective-dated rename, so neither would be right for all dates.
    flags: HIGHLAND_BORDER,
    parentId: null,
    // Exists before the merger so that the merged communes can hang under it.
    effectiveFrom: BEFORE_MERGER,
  },
  {
    unitId: YEN_BAI,
    nameVi: 'Tỉnh đoàn Yên Bái',
    nameEn: 'Yên Bái Provincial Youth Union',
    organisation: 'union',
    levelLabel: 'Tỉnh đoàn',
    flags: HIGHLAND,
    parentId: null,
    effectiveFrom: BEFORE_MERGER,
  },
  {
    // Another province, to show that a unit manager sees only their own subtree.
    unitId: TUYEN_QUANG,
    nameVi: 'Tỉnh đoàn Tuyên Quang',
    nameEn: 'Tuyên Quang Provincial Youth Union',
    organisation: 'union',
    levelLabel: 'Tỉnh đoàn',
    areaCode: '08',
    flags: HIGHLAND_BORDER,
    parentId: null,
    effectiveFrom: MERGER_DATE,
  },
  XA_Y_TY_BEFORE,
  XA_A_LU_BEFORE,
  PHUONG_LAO_CAI,
  PHUONG_CAM_DUONG,
  PHUONG_SA_PA,
  PHUONG_YEN_BAI,
  PHUONG_NGHIA_LO,
  XA_A_MU_SUNG,
  XA_PHA_LONG,
  XA_BAN_LAU,
  XA_TA_VAN,
  XA_BAC_HA,
  XA_NAM_CO,
  XA_BAO_THANG,
  {
    // The Federation beside the Union: the provincial Union leads it, so it sits in the province's subtree.
    unitId: HOI_LHTN_LAO_CAI,
    nameVi: 'Hội LHTN Việt Nam tỉnh Lào Cai',
    nameEn: 'Lào Cai Provincial Youth Federation',
    organisation: 'youth-federation',
    levelLabel: 'Hội LHTN tỉnh',
    flags: HIGHLAND_BORDER,
    parentId: LAO_CAI,
    effectiveFrom: MERGER_DATE,
  },
  PHUONG_MINH_XUAN,
  XA_LUNG_CU,
  branch('demo-cd-y-ty-thon-1', 'Chi đoàn Thôn số 1, xã Y Tý', 'Village 1 Youth Union Branch, Y Tý', XA_Y_TY_BEFORE),
  branch('demo-cd-a-lu-thon-1', 'Chi đoàn Thôn số 1, xã A Lù', 'Village 1 Youth Union Branch, A Lù', XA_A_LU_BEFORE),
  branch('demo-cd-lao-cai-kdc-1', 'Chi đoàn Khu dân cư số 1', 'Residential Area 1 Youth Union Branch', PHUONG_LAO_CAI),
  branch('demo-cd-lao-cai-kdc-2', 'Chi đoàn Khu dân cư số 2', 'Residential Area 2 Youth Union Branch', PHUONG_LAO_CAI),
  branch('demo-cd-sa-pa-tdp-1', 'Chi đoàn Tổ dân phố số 1', 'Neighbourhood 1 Youth Union Branch', PHUONG_SA_PA),
  branch('demo-cd-bac-ha-thon-1', 'Chi đoàn Thôn số 1', 'Village 1 Youth Union Branch', XA_BAC_HA),
];

/** The merges, after every unit they name exists. */
export const merges: DemoMerge[] = [
  {
    // Two communes into a new one: their branches move under the successor.
    sourceUnitIds: [XA_Y_TY_OLD, XA_A_LU],
    successor: {
      newUnitId: XA_Y_TY,
      nameVi: 'Đoàn xã Y Tý',
      nameEn: 'Y Tý Commune Youth Union',
      organisation: 'union',
      levelLabel: 'Đoàn xã',
      flags: HIGHLAND_BORDER,
      parentId: LAO_CAI,
    },
    effectiveFrom: MERGER_DATE,
  },
  {
    // The provinces: Yên Bái's Union joins Lào Cai's, which carries on under its own name.
    sourceUnitIds: [YEN_BAI],
    successor: { existingUnitId: LAO_CAI },
    effectiveFrom: MERGER_DATE,
  },
];

/** Renames after the merges: the merged communes' village branches are renumbered within the new commune. */
export const renames: DemoRename[] = [
  {
    unitId: 'demo-cd-y-ty-thon-1',
    nameVi: 'Chi đoàn Thôn số 1, xã Y Tý (mới)',
    nameEn: 'Village 1 Youth Union Branch, Y Tý (new)',
    effectiveFrom: MERGER_DATE,
  },
  {
    unitId: 'demo-cd-a-lu-thon-1',
    nameVi: 'Chi đoàn Thôn số 5, xã Y Tý (mới)',
    nameEn: 'Village 5 Youth Union Branch, Y Tý (new)',
    effectiveFrom: MERGER_DATE,
  },
];

// ---------------------------------------------------------------------------------------------
// Cadres (fictional)
// ---------------------------------------------------------------------------------------------

/** Phone numbers of the demo: 0900000xxx, in one block so that they are easy to recognise. */
const demoPhone = (n: number) => `0900000${String(n).padStart(3, '0')}`;

export const cadres: DemoCadre[] = [
  {
    cadreId: 'demo-cb-01',
    fullName: 'Hoàng Minh Tuấn (mẫu)',
    email: 'cb01.tuan@demo.example',
    phone: demoPhone(101),
    registeredOn: '2025-01-02',
    registeringUnitId: LAO_CAI,
  },
  {
    cadreId: 'demo-cb-02',
    fullName: 'Lê Thị Thu Hà (mẫu)',
    email: 'cb02.ha@demo.example',
    phone: demoPhone(102),
    registeredOn: '2025-07-01',
    registeringUnitId: LAO_CAI,
  },
  { cadreId: 'demo-cb-03', fullName: 'Phạm Quang Huy (mẫu)', email: 'cb03.huy@demo.example', registeredOn: '2025-07-01', registeringUnitId: LAO_CAI },
  { cadreId: 'demo-cb-04', fullName: 'Vũ Văn Khánh (mẫu)', phone: demoPhone(104), registeredOn: '2025-01-02', registeringUnitId: XA_Y_TY_OLD },
  {
    cadreId: 'demo-cb-05',
    fullName: 'Đỗ Thị Lan (mẫu)',
    email: 'cb05.lan@demo.example',
    phone: demoPhone(105),
    registeredOn: '2025-01-02',
    registeringUnitId: XA_A_LU,
  },
  {
    cadreId: 'demo-cb-06',
    fullName: 'Trần Đức Mạnh (mẫu)',
    email: 'cb06.manh@demo.example',
    registeredOn: '2025-07-01',
    registeringUnitId: PHUONG_LAO_CAI.unitId,
  },
  { cadreId: 'demo-cb-07', fullName: 'Ngô Thị Mai (mẫu)', phone: demoPhone(107), registeredOn: '2025-07-01', registeringUnitId: PHUONG_SA_PA.unitId },
  { cadreId: 'demo-cb-08', fullName: 'Bùi Văn Nam (mẫu)', email: 'cb08.nam@demo.example', registeredOn: '2025-07-01', registeringUnitId: TUYEN_QUANG },
  // Commune cadres who learn in the training year's commune courses (demo-training.ts).
  {
    cadreId: 'demo-cb-09',
    fullName: 'Nguyễn Thị Yến (mẫu)',
    email: 'cb09.yen@demo.example',
    phone: demoPhone(109),
    registeredOn: '2025-07-01',
    registeringUnitId: XA_Y_TY,
  },
  {
    cadreId: 'demo-cb-10',
    fullName: 'Trần Văn Hùng (mẫu)',
    email: 'cb10.hung@demo.example',
    registeredOn: '2025-07-01',
    registeringUnitId: PHUONG_SA_PA.unitId,
  },
  { cadreId: 'demo-cb-11', fullName: 'Lê Thị Hạnh (mẫu)', phone: demoPhone(111), registeredOn: '2025-07-01', registeringUnitId: XA_TA_VAN.unitId },
  {
    cadreId: 'demo-cb-12',
    fullName: 'Phạm Văn Toàn (mẫu)',
    email: 'cb12.toan@demo.example',
    registeredOn: '2025-07-01',
    registeringUnitId: PHUONG_CAM_DUONG.unitId,
  },
];

/** In order per cadre. */
export const cadreSteps: DemoCadreStep[] = [
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-01',
    positionId: 'demo-pos-01-bi-thu-tinh-doan',
    unitId: LAO_CAI,
    title: 'Bí thư',
    dedicatedToVolunteerWork: false,
    termStart: '2025-01-02',
  },
  // One cadre in the Union and in the Federation at once.
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-02',
    positionId: 'demo-pos-02-pho-bi-thu-tinh-doan',
    unitId: LAO_CAI,
    title: 'Phó Bí thư',
    dedicatedToVolunteerWork: true,
    termStart: '2025-07-01',
  },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-02',
    positionId: 'demo-pos-02-chu-tich-hoi',
    unitId: HOI_LHTN_LAO_CAI,
    title: 'Chủ tịch Hội LHTN tỉnh',
    dedicatedToVolunteerWork: true,
    termStart: '2025-07-15',
  },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-03',
    positionId: 'demo-pos-03-uv-btv',
    unitId: LAO_CAI,
    title: 'Ủy viên Ban Thường vụ',
    dedicatedToVolunteerWork: true,
    termStart: '2025-07-01',
  },
  // The merged communes' secretaries: one carries on in the new commune, the other's term ends and she becomes deputy.
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-04',
    positionId: 'demo-pos-04-bi-thu-xa',
    unitId: XA_Y_TY_OLD,
    title: 'Bí thư',
    dedicatedToVolunteerWork: false,
    termStart: '2025-01-02',
  },
  { type: 'TransferCadre', cadreId: 'demo-cb-04', positionId: 'demo-pos-04-bi-thu-xa', toUnitId: XA_Y_TY, effectiveFrom: MERGER_DATE },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-05',
    positionId: 'demo-pos-05-bi-thu-a-lu',
    unitId: XA_A_LU,
    title: 'Bí thư',
    dedicatedToVolunteerWork: false,
    termStart: '2025-01-02',
  },
  { type: 'EndCadreTerm', cadreId: 'demo-cb-05', positionId: 'demo-pos-05-bi-thu-a-lu', endedOn: '2025-06-30' },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-05',
    positionId: 'demo-pos-05-pho-bi-thu-y-ty',
    unitId: XA_Y_TY,
    title: 'Phó Bí thư',
    dedicatedToVolunteerWork: true,
    termStart: MERGER_DATE,
  },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-06',
    positionId: 'demo-pos-06-bi-thu-phuong',
    unitId: PHUONG_LAO_CAI.unitId,
    title: 'Bí thư',
    dedicatedToVolunteerWork: false,
    termStart: '2025-07-01',
  },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-07',
    positionId: 'demo-pos-07-bi-thu-phuong',
    unitId: PHUONG_SA_PA.unitId,
    title: 'Bí thư',
    dedicatedToVolunteerWork: true,
    termStart: '2025-07-01',
  },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-08',
    positionId: 'demo-pos-08-pho-bi-thu-tinh-doan',
    unitId: TUYEN_QUANG,
    title: 'Phó Bí thư',
    dedicatedToVolunteerWork: false,
    termStart: '2025-07-01',
  },
  // Two of the commune learners are dedicated to volunteer work (K4 counts them).
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-09',
    positionId: 'demo-pos-09-uv-bch-y-ty',
    unitId: XA_Y_TY,
    title: 'Ủy viên Ban Chấp hành, phụ trách tình nguyện',
    dedicatedToVolunteerWork: true,
    termStart: MERGER_DATE,
  },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-10',
    positionId: 'demo-pos-10-pho-bi-thu-sa-pa',
    unitId: PHUONG_SA_PA.unitId,
    title: 'Phó Bí thư',
    dedicatedToVolunteerWork: true,
    termStart: MERGER_DATE,
  },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-11',
    positionId: 'demo-pos-11-bi-thu-ta-van',
    unitId: XA_TA_VAN.unitId,
    title: 'Bí thư',
    dedicatedToVolunteerWork: false,
    termStart: MERGER_DATE,
  },
  {
    type: 'AppointCadre',
    cadreId: 'demo-cb-12',
    positionId: 'demo-pos-12-bi-thu-cam-duong',
    unitId: PHUONG_CAM_DUONG.unitId,
    title: 'Bí thư',
    dedicatedToVolunteerWork: false,
    termStart: MERGER_DATE,
  },
];

// ---------------------------------------------------------------------------------------------
// Volunteers (fictional; contact details in the demo block, no ethnicity)
// ---------------------------------------------------------------------------------------------

const consentOn = (date: string): DemoConsent[] => [{ purpose: 'registry', givenAt: `${date}T09:00:00+07:00` }];

/** `number` makes the stable id `demo-tnv-<number>` (ids never depend on the order of the list). */
function volunteer(
  number: number,
  fullName: string,
  dateOfBirth: string,
  homeUnitId: string,
  registeredOn: string,
  skills: string[],
  professions: string[],
  consents: DemoConsent[] = consentOn(registeredOn),
): DemoVolunteer {
  const id = String(number).padStart(2, '0');
  return {
    volunteerId: `demo-tnv-${id}`,
    fullName,
    dateOfBirth,
    phone: demoPhone(200 + number),
    email: `tnv${id}@demo.example`,
    homeUnitId,
    skills,
    professions,
    consents,
    registeredOn,
  };
}

export const volunteers: DemoVolunteer[] = [
  // Before the merger, in the two communes it ends (one in each village branch, which moves with its commune).
  volunteer(1, 'Nguyễn Văn Bình (mẫu)', '2001-04-12', XA_Y_TY_OLD, '2025-03-10', ['sơ cấp cứu', 'tiếng Trung'], ['nông dân']),
  volunteer(2, 'Trần Thị Cúc (mẫu)', '2003-09-25', XA_Y_TY_OLD, '2025-03-10', ['dạy học', 'tin học văn phòng'], ['giáo viên']),
  volunteer(3, 'Lê Văn Dũng (mẫu)', '1999-12-01', 'demo-cd-y-ty-thon-1', '2025-04-02', ['lái xe', 'sửa chữa điện'], ['công nhân']),
  volunteer(4, 'Phạm Thị Duyên (mẫu)', '2002-06-18', XA_A_LU, '2025-04-20', ['truyền thông mạng xã hội'], ['sinh viên']),
  volunteer(5, 'Hoàng Văn Giang (mẫu)', '2000-02-14', 'demo-cd-a-lu-thon-1', '2025-05-05', ['sơ cấp cứu', 'cứu hộ'], ['kiểm lâm']),
  // After the merger.
  volunteer(6, 'Vũ Thị Hằng (mẫu)', '2004-11-30', XA_Y_TY, '2025-08-12', ['hướng dẫn du lịch', 'tiếng Anh'], ['sinh viên']),
  volunteer(7, 'Đặng Văn Hiếu (mẫu)', '1998-07-07', PHUONG_LAO_CAI.unitId, '2025-07-20', ['tiếng Trung', 'tin học văn phòng'], ['nhân viên văn phòng']),
  volunteer(8, 'Bùi Thị Hoa (mẫu)', '2001-01-21', PHUONG_LAO_CAI.unitId, '2025-07-20', ['sơ cấp cứu'], ['điều dưỡng']),
  volunteer(9, 'Đỗ Minh Hoàng (mẫu)', '2005-05-05', 'demo-cd-lao-cai-kdc-1', '2025-09-01', ['nhiếp ảnh', 'truyền thông mạng xã hội'], ['sinh viên']),
  volunteer(10, 'Ngô Thị Hương (mẫu)', '1997-10-10', 'demo-cd-lao-cai-kdc-2', '2025-09-01', ['kế toán', 'tin học văn phòng'], ['kế toán']),
  volunteer(11, 'Dương Văn Khoa (mẫu)', '2000-08-08', PHUONG_CAM_DUONG.unitId, '2025-08-03', ['sửa chữa điện', 'lái xe'], ['kỹ sư']),
  volunteer(12, 'Lý Thị Liên (mẫu)', '2003-03-03', PHUONG_CAM_DUONG.unitId, '2025-08-03', ['dạy học'], ['giáo viên']),
  volunteer(
    13,
    'Mai Văn Long (mẫu)',
    '1996-12-12',
    PHUONG_SA_PA.unitId,
    '2025-07-25',
    ['hướng dẫn du lịch', 'tiếng Anh', 'tiếng Pháp'],
    ['hướng dẫn viên du lịch'],
  ),
  volunteer(14, 'Trịnh Thị Loan (mẫu)', '2002-02-02', PHUONG_SA_PA.unitId, '2025-07-25', ['sơ cấp cứu', 'nấu ăn'], ['đầu bếp']),
  volunteer(15, 'Cao Văn Minh (mẫu)', '2001-09-09', 'demo-cd-sa-pa-tdp-1', '2025-10-15', ['tiếng Anh', 'nhiếp ảnh'], ['nhân viên khách sạn']),
  volunteer(
    16,
    'Phan Thị Ngọc (mẫu)',
    '1999-04-04',
    PHUONG_YEN_BAI.unitId,
    '2025-08-20',
    ['tin học văn phòng', 'truyền thông mạng xã hội'],
    ['nhân viên văn phòng'],
  ),
  volunteer(17, 'Tạ Văn Phúc (mẫu)', '2004-06-06', PHUONG_YEN_BAI.unitId, '2025-08-20', ['bơi lội', 'cứu hộ'], ['sinh viên']),
  volunteer(18, 'Hà Thị Quyên (mẫu)', '2000-10-20', PHUONG_NGHIA_LO.unitId, '2025-09-10', ['dạy học', 'văn nghệ'], ['giáo viên']),
  volunteer(19, 'Kiều Văn Sơn (mẫu)', '1998-01-15', XA_A_MU_SUNG.unitId, '2025-09-18', ['lái xe', 'sơ cấp cứu'], ['nông dân']),
  volunteer(20, 'Quách Thị Thảo (mẫu)', '2003-07-27', XA_PHA_LONG.unitId, '2025-10-02', ['tin học văn phòng'], ['sinh viên']),
  volunteer(21, 'Đinh Văn Thắng (mẫu)', '1997-03-19', XA_BAN_LAU.unitId, '2025-10-02', ['tiếng Trung', 'kỹ thuật nông nghiệp'], ['kỹ sư nông nghiệp']),
  // Two minors: registered with their guardian's consent.
  volunteer(
    22,
    'Tô Thị Trang (mẫu)',
    '2010-03-12',
    XA_TA_VAN.unitId,
    '2025-09-20',
    ['văn nghệ', 'tiếng Anh'],
    ['học sinh'],
    [{ purpose: 'registry', givenAt: '2025-09-20T09:00:00+07:00', guardian: { fullName: 'Tô Văn Tâm (mẫu)', relationship: 'bố' } }],
  ),
  volunteer(
    23,
    'Lâm Văn Tú (mẫu)',
    '2009-12-05',
    'demo-cd-bac-ha-thon-1',
    '2025-09-21',
    ['bóng đá', 'tin học'],
    ['học sinh'],
    [{ purpose: 'registry', givenAt: '2025-09-21T10:30:00+07:00', guardian: { fullName: 'Lâm Thị Nga (mẫu)', relationship: 'mẹ' } }],
  ),
  // The other province (seen only by its own managers).
  volunteer(24, 'Chu Thị Uyên (mẫu)', '2002-05-22', 'demo-tq-phuong-minh-xuan', '2025-08-08', ['sơ cấp cứu', 'dạy học'], ['điều dưỡng']),
  volunteer(25, 'Lại Văn Vinh (mẫu)', '2001-11-11', 'demo-tq-xa-lung-cu', '2025-08-08', ['hướng dẫn du lịch'], ['nông dân']),
];

/** Volunteers of the merged communes move to the new commune on the merger day (branch members move with their branch). */
export const homeUnitChanges: DemoHomeUnitChange[] = [
  { volunteerId: 'demo-tnv-01', homeUnitId: XA_Y_TY, effectiveFrom: MERGER_DATE },
  { volunteerId: 'demo-tnv-02', homeUnitId: XA_Y_TY, effectiveFrom: MERGER_DATE },
  { volunteerId: 'demo-tnv-04', homeUnitId: XA_Y_TY, effectiveFrom: MERGER_DATE },
];

// ---------------------------------------------------------------------------------------------
// Sign-in accounts (demo passwords, printed by the loader)
// ---------------------------------------------------------------------------------------------

/** The partner organisation's account (linked to the demo partner by demo-network.ts). */
export const PARTNER_USERNAME = 'demo.doitac';

export const accounts: DemoAccount[] = [
  {
    username: 'demo.admin',
    password: 'DemoAdmin2025!',
    kind: 'cadre',
    roles: [{ role: 'system-admin', unitId: null }],
    openedOn: '2025-07-01',
    scopeLabel: 'toàn quốc / whole country',
  },
  {
    username: 'demo.tinhdoan',
    password: 'DemoLaoCai2025!',
    kind: 'cadre',
    personId: 'demo-cb-01',
    roles: [{ role: 'unit-manager', unitId: LAO_CAI }],
    openedOn: '2025-07-01',
    scopeLabel: 'Tỉnh đoàn Lào Cai',
  },
  {
    username: 'demo.xa',
    password: 'DemoXaYTy2025!',
    kind: 'cadre',
    personId: 'demo-cb-04',
    roles: [{ role: 'unit-manager', unitId: XA_Y_TY }],
    openedOn: '2025-07-01',
    scopeLabel: 'Đoàn xã Y Tý (after the merger)',
  },
  {
    username: 'demo.doitruong',
    password: 'DemoDoiTruong2025!',
    kind: 'volunteer',
    personId: 'demo-tnv-13',
    roles: [{ role: 'group-leader', unitId: PHUONG_SA_PA.unitId }],
    openedOn: '2025-08-01',
    scopeLabel: 'Đoàn phường Sa Pa',
  },
  {
    username: 'demo.phantich',
    password: 'DemoPhanTich2025!',
    kind: 'cadre',
    personId: 'demo-cb-03',
    roles: [{ role: 'analyst', unitId: LAO_CAI }],
    openedOn: '2025-07-01',
    scopeLabel: 'Tỉnh đoàn Lào Cai',
  },
  {
    // Reads as the demo partner organisation once demo-network.ts links it (its agreement and the needs it offers on).
    username: PARTNER_USERNAME,
    password: 'DemoDoiTac2025!',
    kind: 'partner',
    roles: [{ role: 'partner', unitId: LAO_CAI }],
    openedOn: '2025-08-01',
    scopeLabel: 'Công ty CP May mặc Hoàng Liên (mẫu), đối tác của Tỉnh đoàn Lào Cai',
  },
  {
    username: 'demo.tinhkhac',
    password: 'DemoTuyenQuang2025!',
    kind: 'cadre',
    personId: 'demo-cb-08',
    roles: [{ role: 'unit-manager', unitId: TUYEN_QUANG }],
    openedOn: '2025-07-01',
    scopeLabel: 'Tỉnh đoàn Tuyên Quang (another province)',
  },
];

export const demoDataset = { units, merges, renames, cadres, cadreSteps, volunteers, homeUnitChanges, accounts };
export type DemoDataset = typeof demoDataset;
