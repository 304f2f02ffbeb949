import { evolveGroupDoc, type GroupDoc } from './group.read-model';

// Group documents built through the read model's own evolve, for the area's specs.

let version = 0;
/** An envelope as the projector receives it (its data unchecked here: `never` lets any shape in). */
export const envelope = (type: string, data: Record<string, unknown>) =>
  ({ type, data: { groupId: 'g-1', ...data }, streamId: 'group-g-1', streamVersion: ++version, eventId: `e${version}` }) as never;

export const registration = (change: Record<string, unknown> = {}) =>
  envelope('GroupRegistered', {
    name: 'CLB Tình nguyện xanh Tả Van',
    kind: 'club',
    origin: 'union-founded',
    fields: ['environment-climate-change'],
    areaUnitIds: ['xa-ta-van'],
    size: 25,
    leaderPersonIds: ['p-leader'],
    hostUnitId: 'xa-ta-van',
    channel: 'unit',
    registeredBy: 'acc-manager',
    registeredOn: '2025-01-10',
    ...change,
  });

/** Applies events in turn from nothing. */
export const docAfter = (...events: never[]): GroupDoc => events.reduce<GroupDoc | null>((doc, event) => evolveGroupDoc(doc, event), null) as GroupDoc;

/** g-1, registered, verified and affiliated by its commune on 2025-01-10. */
export const registeredDoc = (): GroupDoc =>
  docAfter(
    registration(),
    envelope('GroupVerified', { hostUnitId: 'xa-ta-van', verifiedBy: 'acc-manager', verifiedOn: '2025-01-10' }),
    envelope('GroupAffiliated', { unitId: 'xa-ta-van', from: '2025-01-10', reason: 'registered' }),
  );
