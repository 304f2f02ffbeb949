import { ERASED } from '@tn/shared-event-contracts';
import { fold, given } from '@tn/shared-decider';
import type { AppointCadre } from './cadre.commands';
import { cadreDecider } from './cadre.decide';
import { type CadreEvent, cadreStreamId } from './cadre.events';
import { isDedicatedCadre, openPositions } from './cadre.types';

const registered: CadreEvent = {
  type: 'CadreRegistered',
  data: { cadreId: 'c-1', fullName: 'Nguyễn Thị Mai', phone: '0912345678', registeredOn: '2025-01-02', registeringUnitId: 'ta-van' },
};
const appointedInUnion: CadreEvent = {
  type: 'CadreAppointed',
  data: {
    cadreId: 'c-1',
    positionId: 'p-union',
    unitId: 'ta-van',
    title: 'Bí thư Đoàn xã',
    dedicatedToVolunteerWork: true,
    termStart: '2025-01-15',
    termEnd: '2027-12-31',
  },
};
const appoint = (overrides: Partial<AppointCadre> = {}): AppointCadre => ({
  type: 'AppointCadre',
  cadreId: 'c-1',
  positionId: 'p-federation',
  unitId: 'hoi-ta-van',
  title: 'Chủ tịch Hội LHTN xã',
  dedicatedToVolunteerWork: false,
  termStart: '2025-03-01',
  unitActive: true,
  ...overrides,
});

describe('cadres', () => {
  it('registers a cadre in a stream of their own', () => {
    given(cadreDecider)
      .when({
        type: 'RegisterCadre',
        cadreId: 'c-1',
        fullName: 'Nguyễn Thị Mai',
        phone: '0912345678',
        registeredOn: '2025-01-02',
        registeringUnitId: 'ta-van',
        unitActive: true,
      })
      .then([registered]);
    expect(cadreStreamId('c-1')).toBe('cadre-c-1');
  });

  it('records the registering unit, which must be active, as the owner until the first appointment', () => {
    const register = { type: 'RegisterCadre', cadreId: 'c-2', fullName: 'Mai', registeredOn: '2025-01-02', registeringUnitId: 'ta-van' } as const;
    expect(
      given(cadreDecider)
        .when({ ...register, unitActive: false })
        .thenFails('CADRE.UNIT_NOT_ACTIVE').field,
    ).toBe('registeringUnitId');
    expect(
      given(cadreDecider)
        .when({ ...register, registeringUnitId: ' ', unitActive: true })
        .thenFails('CADRE.UNIT_REQUIRED').field,
    ).toBe('registeringUnitId');
    expect(fold(cadreDecider, [registered]).registeringUnitId).toBe('ta-van');
  });

  it('still folds a registration recorded before the registering unit was', () => {
    const legacy = { type: 'CadreRegistered', data: { cadreId: 'c-1', fullName: 'Mai', registeredOn: '2025-01-02' } } as CadreEvent;
    expect(fold(cadreDecider, [legacy])).toEqual({ registered: true, positions: {} });
  });

  it('refuses to register the same cadre twice, or without a name', () => {
    given(cadreDecider, [registered])
      .when({ type: 'RegisterCadre', cadreId: 'c-1', fullName: 'Mai', registeredOn: '2025-01-02', registeringUnitId: 'ta-van', unitActive: true })
      .thenFails('CADRE.ALREADY_REGISTERED');
    const error = given(cadreDecider)
      .when({ type: 'RegisterCadre', cadreId: 'c-2', fullName: ' ', registeredOn: '2025-01-02', registeringUnitId: 'ta-van', unitActive: true })
      .thenFails('CADRE.NAME_REQUIRED');
    expect(error.field).toBe('fullName');
  });

  it('lets one person hold a Union and a Federation position at once', () => {
    const events = given(cadreDecider, [registered, appointedInUnion])
      .when(appoint())
      .then([
        {
          type: 'CadreAppointed',
          data: {
            cadreId: 'c-1',
            positionId: 'p-federation',
            unitId: 'hoi-ta-van',
            title: 'Chủ tịch Hội LHTN xã',
            dedicatedToVolunteerWork: false,
            termStart: '2025-03-01',
          },
        },
      ]);
    const state = fold(cadreDecider, [registered, appointedInUnion, ...events]);
    expect(openPositions(state).map((p) => p.positionId)).toEqual(['p-union', 'p-federation']);
    expect(isDedicatedCadre(state)).toBe(true);
  });

  it('refuses an appointment to a unit that is not active on the term start, naming the unit', () => {
    const error = given(cadreDecider, [registered])
      .when(appoint({ unitActive: false }))
      .thenFails('CADRE.UNIT_NOT_ACTIVE');
    expect(error.field).toBe('unitId');
  });

  it('refuses a term that ends before it starts, an unknown cadre, a reused position and an empty title', () => {
    expect(
      given(cadreDecider, [registered])
        .when(appoint({ termEnd: '2025-02-01' }))
        .thenFails('CADRE.TERM_DATES').field,
    ).toBe('termEnd');
    given(cadreDecider).when(appoint()).thenFails('CADRE.NOT_FOUND');
    given(cadreDecider, [registered, appointedInUnion])
      .when(appoint({ positionId: 'p-union' }))
      .thenFails('CADRE.POSITION_EXISTS');
    expect(
      given(cadreDecider, [registered])
        .when(appoint({ title: '' }))
        .thenFails('CADRE.TITLE_REQUIRED').field,
    ).toBe('title');
  });

  it.each(['2025-02-30', '01/03/2025', ''])('rejects the malformed term start "%s", naming the field', (termStart) => {
    expect(given(cadreDecider, [registered]).when(appoint({ termStart })).thenFails('DATE.INVALID').field).toBe('termStart');
  });

  it('transfers a position to another active unit, remembering where it came from', () => {
    given(cadreDecider, [registered, appointedInUnion])
      .when({ type: 'TransferCadre', cadreId: 'c-1', positionId: 'p-union', toUnitId: 'ta-van-moi', effectiveFrom: '2025-07-01', unitActive: true })
      .then([
        {
          type: 'CadreTransferred',
          data: { cadreId: 'c-1', positionId: 'p-union', fromUnitId: 'ta-van', toUnitId: 'ta-van-moi', effectiveFrom: '2025-07-01' },
        },
      ]);
  });

  it('keeps a position’s changes in date order and refuses changes once it ended', () => {
    const moved: CadreEvent = {
      type: 'CadreTransferred',
      data: { cadreId: 'c-1', positionId: 'p-union', fromUnitId: 'ta-van', toUnitId: 'x', effectiveFrom: '2025-07-01' },
    };
    given(cadreDecider, [registered, appointedInUnion, moved])
      .when({ type: 'EndCadreTerm', cadreId: 'c-1', positionId: 'p-union', endedOn: '2025-06-30' })
      .thenFails('CADRE.OUT_OF_ORDER');
    const ended: CadreEvent = { type: 'CadreTermEnded', data: { cadreId: 'c-1', positionId: 'p-union', endedOn: '2025-08-01' } };
    given(cadreDecider, [registered, appointedInUnion, ended])
      .when({ type: 'TransferCadre', cadreId: 'c-1', positionId: 'p-union', toUnitId: 'y', effectiveFrom: '2025-09-01', unitActive: true })
      .thenFails('CADRE.POSITION_ENDED');
    given(cadreDecider, [registered])
      .when({ type: 'EndCadreTerm', cadreId: 'c-1', positionId: 'p-none', endedOn: '2025-09-01' })
      .thenFails('CADRE.POSITION_NOT_FOUND');
  });

  it('ends a term, after which the cadre no longer counts as dedicated', () => {
    const events = given(cadreDecider, [registered, appointedInUnion])
      .when({ type: 'EndCadreTerm', cadreId: 'c-1', positionId: 'p-union', endedOn: '2025-08-01' })
      .then([{ type: 'CadreTermEnded', data: { cadreId: 'c-1', positionId: 'p-union', endedOn: '2025-08-01' } }]);
    expect(isDedicatedCadre(fold(cadreDecider, [registered, appointedInUnion, ...events]))).toBe(false);
  });

  it('still decides after the cadre’s personal data was erased', () => {
    const erased = { type: 'CadreRegistered', data: { cadreId: 'c-1', fullName: ERASED, phone: ERASED, registeredOn: '2025-01-02' } } as unknown as CadreEvent;
    given(cadreDecider, [erased, appointedInUnion])
      .when({ type: 'EndCadreTerm', cadreId: 'c-1', positionId: 'p-union', endedOn: '2025-08-01' })
      .then([{ type: 'CadreTermEnded', data: { cadreId: 'c-1', positionId: 'p-union', endedOn: '2025-08-01' } }]);
  });
});
