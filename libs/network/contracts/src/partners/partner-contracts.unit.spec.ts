import { agreementCommandTypes, partnerCommandTypes, partnerEventTypes, PARTNER_ERROR_CODES } from './index';
import { isCountryCode, isWebsiteAddress } from './partner-vocabulary';

const commandTypes = [...partnerCommandTypes, ...agreementCommandTypes];
const definition = (type: string) => {
  const found = commandTypes.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`no command type ${type}`);
  return found as { streamId(payload: object): string; rights(payload: object): unknown };
};

describe('partner and agreement command types', () => {
  it('registers a partner on its new stream with write rights over its owner unit', () => {
    expect(definition('RegisterPartner').streamId({ partnerId: 'p1', ownerUnitId: 'u1' })).toBe('partner-p1');
    expect(definition('RegisterPartner').rights({ partnerId: 'p1', ownerUnitId: 'u1' })).toEqual({ permission: 'network:write', units: ['u1'] });
  });

  it.each(['RevisePartner', 'LinkPartnerAccount', 'UnlinkPartnerAccount'])('%s acts on the partner’s stream with write rights over its owner', (type) => {
    expect(definition(type).streamId({ partnerId: 'p1' })).toBe('partner-p1');
    expect(definition(type).rights({ partnerId: 'p1' })).toEqual({ permission: 'network:write', units: [], record: { kind: 'partner', id: 'p1' } });
  });

  it('signs an agreement with write rights over its lead unit and every party unit', () => {
    const payload = { agreementId: 'a1', leadUnitId: 'u-lead', partyUnitIds: ['u-2', 'u-3'] };
    expect(definition('SignAgreement').streamId(payload)).toBe('agreement-a1');
    expect(definition('SignAgreement').rights(payload)).toEqual({ permission: 'network:write', units: ['u-lead', 'u-2', 'u-3'] });
  });

  it.each(['AmendAgreement', 'TerminateAgreement'])('%s acts on the agreement’s stream with write rights over its lead unit', (type) => {
    expect(definition(type).streamId({ agreementId: 'a1' })).toBe('agreement-a1');
    expect(definition(type).rights({ agreementId: 'a1' })).toEqual({ permission: 'network:write', units: [], record: { kind: 'agreement', id: 'a1' } });
  });

  it('lists each event type and each error code once, codes as AREA.WHAT', () => {
    const types = partnerEventTypes.map((eventDefinition) => eventDefinition.type);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(PARTNER_ERROR_CODES).size).toBe(PARTNER_ERROR_CODES.length);
    expect(PARTNER_ERROR_CODES.filter((code) => !/^(PARTNER|AGREEMENT)\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});

describe('partner vocabulary', () => {
  it.each(['VN', 'US', 'JP'])('takes %s as a country code', (code) => expect(isCountryCode(code)).toBe(true));
  it.each(['vn', 'VNM', 'V', '', ' VN', 'V1'])('refuses %j as a stored country code', (code) => expect(isCountryCode(code)).toBe(false));

  it.each(['https://vingroup.net', 'http://truong-thpt.edu.vn/gioi-thieu', 'https://www.unicef.org/vietnam/'])('takes %s as a website', (url) => {
    expect(isWebsiteAddress(url)).toBe(true);
  });
  it.each(['ftp://example.org', 'example.org', 'https://user:pw@example.org', 'https://exa mple.org', 'https://localhost', ''])(
    'refuses %j as a website',
    (url) => {
      expect(isWebsiteAddress(url)).toBe(false);
    },
  );
});
