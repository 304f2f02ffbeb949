import { fold, given } from '@tn/shared-decider';
import type { AddMaterialVersionCommand, MaterialCommand, RegisterMaterialCommand, RetireMaterialCommand } from './material.commands';
import { materialDecider } from './material.decide';
import { type MaterialEvent, materialStreamId } from './material.events';
import { materialVersionFacts } from './material.types';

const act = { today: '2026-03-02', actorId: 'acc-editor' };
const checksum = 'ab'.repeat(32);
const register: RegisterMaterialCommand = {
  type: 'RegisterMaterial',
  materialId: 'mat-1',
  title: 'Cẩm nang điều phối tình nguyện',
  kind: 'handbook',
  targetGroups: ['commune-cadres', 'group-leaders'],
  ownerUnitId: 'unit-lao-cai',
  ...act,
};
const registered: MaterialEvent = {
  type: 'MaterialRegistered',
  data: {
    materialId: 'mat-1',
    title: 'Cẩm nang điều phối tình nguyện',
    kind: 'handbook',
    targetGroups: ['commune-cadres', 'group-leaders'],
    ownerUnitId: 'unit-lao-cai',
    registeredBy: 'acc-editor',
    registeredOn: '2026-03-02',
  },
};
const addVersion = (overrides: Partial<AddMaterialVersionCommand> = {}): MaterialCommand => ({
  type: 'AddMaterialVersion',
  materialId: 'mat-1',
  version: 1,
  url: 'https://files.example.org/cam-nang-v1.pdf',
  sha256: checksum,
  note: 'Bản đầu',
  ...act,
  ...overrides,
});
const versionAdded = (version: number): MaterialEvent => ({
  type: 'MaterialVersionAdded',
  data: {
    materialId: 'mat-1',
    version,
    url: `https://files.example.org/cam-nang-v${version}.pdf`,
    sha256: checksum,
    note: version === 1 ? 'Bản đầu' : `Bản ${version}`,
    addedBy: 'acc-editor',
    addedOn: '2026-03-02',
  },
});
const approve = (version: number): MaterialCommand => ({
  type: 'ApproveMaterialVersion',
  materialId: 'mat-1',
  version,
  today: '2026-03-05',
  actorId: 'acc-approver',
});
const approved = (version: number): MaterialEvent => ({
  type: 'MaterialVersionApproved',
  data: { materialId: 'mat-1', version, approvedBy: 'acc-approver', approvedOn: '2026-03-05' },
});
const retire: RetireMaterialCommand = { type: 'RetireMaterial', materialId: 'mat-1', ...act, today: '2026-09-01' };
const retired: MaterialEvent = { type: 'MaterialRetired', data: { materialId: 'mat-1', retiredBy: 'acc-editor', retiredOn: '2026-09-01' } };

describe('material', () => {
  describe('registering', () => {
    it('registers a material for its target groups, by the actor, today', () => {
      given(materialDecider).when(register).then([registered]);
      expect(materialStreamId('mat-1')).toBe('material-mat-1');
    });

    it('names its curriculum when that curriculum is in use', () => {
      given(materialDecider)
        .when({ ...register, curriculumId: 'cur-1', curriculum: { status: 'published' } })
        .then([{ type: 'MaterialRegistered', data: { ...registered.data, curriculumId: 'cur-1' } }]);
    });

    it('refuses a curriculum that does not exist or is retired', () => {
      given(materialDecider)
        .when({ ...register, curriculumId: 'cur-x', curriculum: { status: 'none' } })
        .thenFails('CURRICULUM.NOT_FOUND');
      const error = given(materialDecider)
        .when({ ...register, curriculumId: 'cur-1', curriculum: { status: 'retired' } })
        .thenFails('CURRICULUM.RETIRED');
      expect(error.field).toBe('curriculumId');
    });

    it('counts a target group named twice once', () => {
      given(materialDecider)
        .when({ ...register, targetGroups: ['commune-cadres', 'group-leaders', 'commune-cadres'] })
        .then([registered]);
    });

    it('refuses a material id already taken', () => {
      given(materialDecider, [registered]).when(register).thenFails('MATERIAL.ALREADY_EXISTS');
    });

    it('refuses a blank title, an unknown kind, no target group or an unknown one', () => {
      given(materialDecider)
        .when({ ...register, title: '' })
        .thenFails('CATALOGUE.TEXT_REQUIRED');
      given(materialDecider)
        .when({ ...register, kind: 'podcast' as never })
        .thenFails('MATERIAL.KIND_UNKNOWN');
      given(materialDecider)
        .when({ ...register, targetGroups: [] })
        .thenFails('MATERIAL.TARGET_GROUPS_REQUIRED');
      const unknown = given(materialDecider)
        .when({ ...register, targetGroups: ['volunteers', 'parents' as never] })
        .thenFails('CATALOGUE.TARGET_GROUP_UNKNOWN');
      expect(unknown.field).toBe('targetGroups.1');
    });

    it('refuses an act with no valid date', () => {
      given(materialDecider)
        .when({ ...register, today: '02/03/2026' })
        .thenFails('CATALOGUE.DATE_INVALID');
    });
  });

  describe('adding versions', () => {
    it('adds version 1, then version 2, by reference (address and checksum)', () => {
      given(materialDecider, [registered])
        .when(addVersion())
        .then([versionAdded(1)]);
      given(materialDecider, [registered, versionAdded(1)])
        .when(addVersion({ version: 2, url: 'https://files.example.org/cam-nang-v2.pdf', note: 'Bản 2' }))
        .then([versionAdded(2)]);
    });

    it('stores the checksum in lower case and the note trimmed', () => {
      given(materialDecider, [registered])
        .when(addVersion({ sha256: checksum.toUpperCase(), note: ' Bản đầu ' }))
        .then([versionAdded(1)]);
    });

    it.each([0, 2, 1.5, -1])('refuses version %s as the first: only the next number is taken', (version) => {
      const error = given(materialDecider, [registered]).when(addVersion({ version })).thenFails('MATERIAL.VERSION_OUT_OF_SEQUENCE');
      expect(error.details).toEqual({ version, expected: 1 });
    });

    it('refuses to add a version number already taken: versions never change', () => {
      const error = given(materialDecider, [registered, versionAdded(1), versionAdded(2)])
        .when(addVersion({ version: 1, url: 'https://files.example.org/other.pdf' }))
        .thenFails('MATERIAL.VERSION_EXISTS');
      expect(error.details).toEqual({ version: 1, latest: 2 });
    });

    it.each([
      'http://files.example.org/cam-nang.pdf',
      'ftp://files.example.org/cam-nang.pdf',
      'files.example.org/cam-nang.pdf',
      'https://user:secret@files.example.org/cam-nang.pdf',
      'https://files.example.org/cam nang.pdf',
      ' https://files.example.org/cam-nang.pdf',
      '',
    ])('refuses the address %j: files are referenced over https', (url) => {
      expect(given(materialDecider, [registered]).when(addVersion({ url })).thenFails('MATERIAL.URL_INVALID').field).toBe('url');
    });

    it.each(['ab'.repeat(31), 'ab'.repeat(33), 'zz'.repeat(32), `sha256:${'ab'.repeat(32)}`])('refuses the checksum %s: 64 hexadecimal digits', (sha256) => {
      expect(given(materialDecider, [registered]).when(addVersion({ sha256 })).thenFails('MATERIAL.CHECKSUM_INVALID').field).toBe('sha256');
    });

    it('refuses a blank note', () => {
      expect(
        given(materialDecider, [registered])
          .when(addVersion({ note: ' ' }))
          .thenFails('CATALOGUE.TEXT_REQUIRED').field,
      ).toBe('note');
    });

    it('refuses an unknown or retired material', () => {
      given(materialDecider).when(addVersion()).thenFails('MATERIAL.NOT_FOUND');
      given(materialDecider, [registered, retired]).when(addVersion()).thenFails('MATERIAL.RETIRED');
    });
  });

  describe('approving versions', () => {
    it('records the acting user as approver, today', () => {
      given(materialDecider, [registered, versionAdded(1)])
        .when(approve(1))
        .then([approved(1)]);
    });

    it('records nothing when the version is already approved: the first approval stands', () => {
      given(materialDecider, [registered, versionAdded(1), approved(1)])
        .when({ ...approve(1), actorId: 'acc-other' })
        .then([]);
    });

    it('refuses a version that was never added', () => {
      const error = given(materialDecider, [registered, versionAdded(1)])
        .when(approve(2))
        .thenFails('MATERIAL.VERSION_NOT_FOUND');
      expect([error.field, error.details]).toEqual(['version', { version: 2, latest: 1 }]);
    });

    it('refuses an unknown or retired material', () => {
      given(materialDecider).when(approve(1)).thenFails('MATERIAL.NOT_FOUND');
      given(materialDecider, [registered, versionAdded(1), retired])
        .when(approve(1))
        .thenFails('MATERIAL.RETIRED');
    });

    it('refuses an approval with no actor', () => {
      given(materialDecider, [registered, versionAdded(1)])
        .when({ ...approve(1), actorId: ' ' })
        .thenFails('CATALOGUE.ACTOR_REQUIRED');
    });
  });

  describe('retiring', () => {
    it('retires, with the reason when one is given; again records nothing', () => {
      given(materialDecider, [registered]).when(retire).then([retired]);
      given(materialDecider, [registered])
        .when({ ...retire, reason: 'Đã có cẩm nang mới' })
        .then([{ type: 'MaterialRetired', data: { ...retired.data, reason: 'Đã có cẩm nang mới' } }]);
      given(materialDecider, [registered, retired]).when(retire).then([]);
    });

    it('refuses an unknown material', () => {
      given(materialDecider).when(retire).thenFails('MATERIAL.NOT_FOUND');
    });
  });

  describe('what a new course learns of a version', () => {
    const history = [registered, versionAdded(1), approved(1), versionAdded(2)];

    it('tells whether the version exists and is approved', () => {
      const state = fold(materialDecider, history);
      expect([1, 2, 3].map((version) => materialVersionFacts(state, version))).toEqual([
        { exists: true, approved: true },
        { exists: true, approved: false },
        { exists: false, approved: false },
      ]);
    });

    it('offers no approved version of a retired material, nor of an unknown one', () => {
      expect(materialVersionFacts(fold(materialDecider, [...history, retired]), 1)).toEqual({ exists: true, approved: false });
      expect(materialVersionFacts(materialDecider.initialState(), 1)).toEqual({ exists: false, approved: false });
    });

    it('keeps each version as added when later ones arrive', () => {
      const state = fold(materialDecider, history);
      expect(state.status === 'none' ? [] : state.versions.map(({ version, url, approval }) => ({ version, url, approval }))).toEqual([
        { version: 1, url: 'https://files.example.org/cam-nang-v1.pdf', approval: { approvedBy: 'acc-approver', approvedOn: '2026-03-05' } },
        { version: 2, url: 'https://files.example.org/cam-nang-v2.pdf', approval: undefined },
      ]);
    });
  });
});
