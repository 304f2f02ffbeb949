/** Vocabulary the campaigns messages share (domain.md §5). */

/** Who initiated a campaign or activity: Union/Federation initiatives form K3's population. */
export const INITIATORS = ['union', 'youth-federation', 'other-organisation'] as const;
export type Initiator = (typeof INITIATORS)[number];

/** Professions of specialised teams (đội hình chuyên môn). */
export const SPECIALISATIONS = ['medical', 'legal', 'it', 'education', 'construction', 'agriculture', 'other'] as const;
export type Specialisation = (typeof SPECIALISATIONS)[number];
