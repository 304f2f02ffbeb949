/**
 * The national dataset's sizes and its deterministic layout, from one knob (BENCH_SCALE; 1 is
 * the country). Who belongs where is arithmetic on indexes, so no generator keeps the country in
 * memory: commune c lies in province c % P, grassroots unit g in commune g % C, volunteer v's home
 * is grassroots unit v % G; so commune c's volunteers are v with (v % G) % C = c.
 */
export interface NationalShape {
  scale: number;
  provinces: number;
  communes: number;
  grassroots: number;
  volunteers: number;
  /** Campaigns each province runs, and each commune. */
  provinceCampaigns: number;
  communeCampaigns: number;
  activities: number;
  /** Volunteers whose attendance one shift's upload records (a check-in and a check-out each). */
  attendeesPerShift: number;
}

export const NATIONAL = { provinces: 34, communes: 3_300, grassroots: 30_000, volunteers: 1_000_000, activities: 100_000 } as const;

export function nationalShape(scale: number): NationalShape {
  if (!(scale > 0 && scale <= 1)) throw new Error(`BENCH_SCALE must be in (0, 1], not ${scale}`);
  const provinces = NATIONAL.provinces;
  const communes = Math.max(provinces, Math.round(NATIONAL.communes * scale));
  const grassroots = Math.max(communes, Math.round(NATIONAL.grassroots * scale));
  return {
    scale,
    provinces,
    communes,
    grassroots,
    volunteers: Math.max(grassroots, Math.round(NATIONAL.volunteers * scale)),
    provinceCampaigns: 4,
    communeCampaigns: 2,
    activities: Math.max(communes, Math.round(NATIONAL.activities * scale)),
    attendeesPerShift: 10,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const ids = {
  province: (p: number) => `nat-p${pad(p, 2)}`,
  commune: (c: number) => `nat-c${pad(c, 5)}`,
  grassroots: (g: number) => `nat-g${pad(g, 6)}`,
  volunteer: (v: number) => `nat-v${pad(v, 7)}`,
  provinceCampaign: (p: number, k: number) => `nat-kp${pad(p, 2)}-${k}`,
  communeCampaign: (c: number, k: number) => `nat-kc${pad(c, 5)}-${k}`,
  activity: (a: number) => `nat-a${pad(a, 6)}`,
  shift: (a: number) => `nat-s${pad(a, 6)}`,
};

export const provinceOfCommune = (shape: NationalShape, c: number) => c % shape.provinces;
export const communeOfGrassroots = (shape: NationalShape, g: number) => g % shape.communes;
export const homeOfVolunteer = (shape: NationalShape, v: number) => v % shape.grassroots;

/** The k-th volunteer living in commune c (wrapping round when k exceeds them). */
export function volunteerOfCommune(shape: NationalShape, c: number, k: number): number {
  const grassrootsInCommune = Math.floor((shape.grassroots - 1 - c) / shape.communes) + 1;
  const g = c + (k % grassrootsInCommune) * shape.communes;
  const volunteersInGrassroots = Math.floor((shape.volunteers - 1 - g) / shape.grassroots) + 1;
  return g + (Math.floor(k / grassrootsInCommune) % volunteersInGrassroots) * shape.grassroots;
}

/**
 * Activity a's organiser: every tenth a province's own (in one of its campaigns), the rest a
 * commune's, spread evenly over the communes.
 */
export function organiserOfActivity(shape: NationalShape, a: number): { level: 'province' | 'commune'; index: number; campaignId: string } {
  if (a % 10 === 0) {
    const p = (a / 10) % shape.provinces;
    return { level: 'province', index: p, campaignId: ids.provinceCampaign(p, Math.floor(a / 10 / shape.provinces) % shape.provinceCampaigns) };
  }
  const c = a % shape.communes;
  return { level: 'commune', index: c, campaignId: ids.communeCampaign(c, a % shape.communeCampaigns) };
}

/** A commune where a province's activity takes place (one of its own communes). */
export function siteOfProvinceActivity(shape: NationalShape, p: number, a: number): number {
  const communesInProvince = Math.floor((shape.communes - 1 - p) / shape.provinces) + 1;
  return p + (a % communesInProvince) * shape.provinces;
}
