/**
 * The words of the partners area: what kind of organisation a partner is and what an agreement
 * commits it to. Partners are organisations: no contact person is recorded, only the
 * organisation's name, country and public website.
 */

/** Doanh nghiệp, tổ chức xã hội, cơ quan nhà nước, trường học, tổ chức quốc tế, kiều bào. */
export const PARTNER_KINDS = ['business', 'social-organisation', 'agency', 'school', 'international-organisation', 'overseas-vietnamese'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** What a commitment of an agreement brings: volunteers (người), goods (hiện vật) or funds (kinh phí). */
export const COMMITMENT_KINDS = ['people', 'items', 'money'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** A partner is Vietnamese unless its registration says otherwise. */
export const DEFAULT_COUNTRY_CODE = 'VN';

/** An ISO 3166-1 alpha-2 code as stored: two capital letters (the format is checked, not the list). */
export const isCountryCode = (value: unknown): value is string => typeof value === 'string' && /^[A-Z]{2}$/.test(value);

export const MAX_WEBSITE_LENGTH = 500;

/** A public web address: http or https, a host, no credentials, no spaces. */
export function isWebsiteAddress(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_WEBSITE_LENGTH || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
