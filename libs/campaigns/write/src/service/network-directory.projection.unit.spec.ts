import { applyEvent } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { networkDirectoryProjectionOf } from './network-directory.projection';

const projection = networkDirectoryProjectionOf('campaigns-network-directory', 'campaigns_network_directory_v1');

const versions = new Map<string, number>();
let position = 0;
/** An event of the network's stream `<streamType>-<id>`, numbered in its stream. */
const envelopeOf = (streamType: string, id: string, type: string, data: Record<string, unknown>, overrides: Partial<EventEnvelope> = {}): EventEnvelope => {
  const streamId = `${streamType}-${id}`;
  const streamVersion = (versions.get(streamId) ?? 0) + 1;
  versions.set(streamId, streamVersion);
  return {
    eventId: `e-${++position}`,
    type,
    schemaVersion: 1,
    streamId,
    streamType,
    streamVersion,
    position,
    occurredAt: '2026-11-01T00:00:00.000Z',
    recordedAt: '2026-11-01T00:00:00.000Z',
    actor: { kind: 'account', id: 'acc-network' },
    correlationId: 'k',
    causationId: 'c',
    data,
    ...overrides,
  };
};

// As the network writes them: more than campaigns reads (names, fields, leaders, commitments, who acted).
const group = (id: string, type: string, data: Record<string, unknown> = {}) =>
  envelopeOf('group', id, type, { groupId: id, name: 'CLB Tình nguyện Tả Van', leaderPersonIds: ['p-1'], ...data });
const signed = (id: string) =>
  envelopeOf('agreement', id, 'AgreementSigned', {
    agreementId: id,
    partnerId: 'cong-ty-a',
    title: 'Thỏa thuận hỗ trợ xi măng',
    scope: 'Xây dựng nông thôn mới',
    fields: ['new-rural-construction'],
    leadUnitId: 'lao-cai',
    partyUnitIds: ['ta-van'],
    signedOn: '2026-01-02',
    validFrom: '2026-01-05',
    validTo: '2026-12-31',
    commitments: [{ commitmentId: 'c-1', kind: 'items', description: 'Xi măng', quantity: 100, measure: 'tấn' }],
    signedBy: 'acc-1',
  });

/** A collection of one document per id, with the projector's own apply (version bookkeeping, guards). */
function memoryCollection() {
  const docs = new Map<string, Record<string, unknown>>();
  const collection = {
    collectionName: 'campaigns_network_directory_v1',
    findOne: async (filter: { _id: string }) => docs.get(filter._id) ?? null,
    insertOne: async (doc: Record<string, unknown>) => void docs.set(String(doc['_id']), doc),
    replaceOne: async (filter: { _id: string }, doc: Record<string, unknown>) => {
      docs.set(filter._id, { ...doc, _id: filter._id });
      return { matchedCount: 1 };
    },
  };
  const connection = { collection: () => ({ findOne: async () => null, insertOne: async () => undefined, deleteOne: async () => undefined }) };
  const apply = (envelope: EventEnvelope) => applyEvent(connection as never, collection as never, projection, envelope, undefined);
  const entry = (id: string) => {
    const doc = docs.get(id);
    if (!doc || doc['_deleted']) return undefined;
    const { _id, _versions, ...copy } = doc;
    return copy;
  };
  return { apply, entry };
}

describe("the network directory projection (campaigns' copy)", () => {
  it('follows a group from registration to verification and dissolution, keeping only its status', async () => {
    const { apply, entry } = memoryCollection();
    await apply(group('g-1', 'GroupRegistered', { channel: 'self', registeredBy: 'p-1', registeredOn: '2026-03-01' }));
    expect(entry('group:g-1')).toEqual({ kind: 'group', id: 'g-1', status: 'registered' });
    envelopeOf('group', 'g-1', 'GroupAffiliated', { groupId: 'g-1', unitId: 'ta-van', from: '2026-03-02', reason: 'verified' }); // not handled: never reaches the copy
    await apply(group('g-1', 'GroupVerified', { hostUnitId: 'ta-van', verifiedBy: 'acc-2', verifiedOn: '2026-03-02' }));
    expect(entry('group:g-1')).toEqual({ kind: 'group', id: 'g-1', status: 'verified' });
    await apply(group('g-1', 'GroupStatusDeclared', { status: 'dormant', reason: 'nghỉ hè', declaredBy: 'acc-2', declaredOn: '2026-06-01' }));
    expect(entry('group:g-1')).toEqual({ kind: 'group', id: 'g-1', status: 'verified' });
    await apply(group('g-1', 'GroupStatusDeclared', { status: 'dissolved', reason: 'giải thể', declaredBy: 'acc-2', declaredOn: '2026-09-01' }));
    expect(entry('group:g-1')).toEqual({ kind: 'group', id: 'g-1', status: 'dissolved' });
  });

  it("keeps a partner once registered, and an agreement's partner, units and validity through amendment and termination", async () => {
    const { apply, entry } = memoryCollection();
    await apply(envelopeOf('partner', 'cong-ty-a', 'PartnerRegistered', { partnerId: 'cong-ty-a', name: 'Công ty A', kind: 'business', countryCode: 'VN' }));
    expect(entry('partner:cong-ty-a')).toEqual({ kind: 'partner', id: 'cong-ty-a', status: 'registered' });
    await apply(signed('hd-1'));
    const terms = { partnerId: 'cong-ty-a', leadUnitId: 'lao-cai', partyUnitIds: ['ta-van'], validFrom: '2026-01-05' };
    expect(entry('agreement:hd-1')).toEqual({ kind: 'agreement', id: 'hd-1', status: 'signed', ...terms, validTo: '2026-12-31' });
    await apply(envelopeOf('agreement', 'hd-1', 'AgreementAmended', { agreementId: 'hd-1', validTo: '2027-06-30', commitments: [], scope: 's' }));
    expect(entry('agreement:hd-1')).toMatchObject({ status: 'signed', validTo: '2027-06-30' });
    await apply(envelopeOf('agreement', 'hd-1', 'AgreementTerminated', { agreementId: 'hd-1', on: '2027-01-15', reason: 'r', terminatedOn: '2027-01-10' }));
    expect(entry('agreement:hd-1')).toEqual({
      kind: 'agreement',
      id: 'hd-1',
      status: 'terminated',
      ...terms,
      validTo: '2027-06-30',
      terminatedOn: '2027-01-15',
    });
  });

  it('keeps a group whose verification was declined as declined', async () => {
    const { apply, entry } = memoryCollection();
    await apply(group('g-4', 'GroupRegistered', { channel: 'self' }));
    await apply(group('g-4', 'GroupVerificationDeclined', { reason: 'không rõ', declinedBy: 'acc-2', declinedOn: '2026-03-05' }));
    expect(entry('group:g-4')).toEqual({ kind: 'group', id: 'g-4', status: 'declined' });
  });

  it('applies a newer version after events it does not read (its documents never see every version), skips an older one', async () => {
    const { apply, entry } = memoryCollection();
    const registered = group('g-2', 'GroupRegistered', { channel: 'unit' });
    const verified = group('g-2', 'GroupVerified', { hostUnitId: 'ta-van' });
    envelopeOf('group', 'g-2', 'GroupProfileRevised', { groupId: 'g-2' }); // version 3, not read
    const dissolved = group('g-2', 'GroupStatusDeclared', { status: 'dissolved' });
    expect(await apply(registered)).toBe('applied');
    expect(await apply(verified)).toBe('applied');
    expect(await apply(dissolved)).toBe('applied');
    expect(await apply(verified)).toBe('skipped');
    expect(entry('group:g-2')).toMatchObject({ status: 'dissolved' });
  });

  it("handles only the directory events it reads, keyed `<kind>:<id>`, and only from the record's own stream", () => {
    expect([...projection.handles].sort()).toEqual([
      'AgreementAmended',
      'AgreementSigned',
      'AgreementTerminated',
      'GroupRegistered',
      'GroupStatusDeclared',
      'GroupVerificationDeclined',
      'GroupVerified',
      'PartnerRegistered',
    ]);
    expect(projection.documentId(signed('hd-9'))).toBe('agreement:hd-9');
    expect(projection.documentId({ ...signed('hd-9'), streamId: 'partner-cong-ty-a' })).toBeUndefined();
    expect(projection.documentId(group('', 'GroupRegistered'))).toBeUndefined();
  });

  it('refuses (dead-letters) an event it cannot read rather than keep a wrong copy', async () => {
    const { apply } = memoryCollection();
    await expect(apply({ ...signed('hd-2'), schemaVersion: 2 })).rejects.toThrow('not understood here');
    await expect(apply(group('g-3', 'GroupStatusDeclared', { status: 'asleep' }))).rejects.toThrow('unknown status');
    await expect(apply(envelopeOf('agreement', 'hd-3', 'AgreementAmended', { agreementId: 'hd-3', validTo: '2027-01-01' }))).rejects.toThrow('does not know');
    await expect(
      apply(envelopeOf('agreement', 'hd-4', 'AgreementSigned', { agreementId: 'hd-4', partnerId: 'p', leadUnitId: 'u', partyUnitIds: [] })),
    ).rejects.toThrow('validFrom');
  });
});
