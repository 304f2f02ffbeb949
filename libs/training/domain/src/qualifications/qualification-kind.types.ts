import type { QualificationKindTerms, ValidityExtension } from '@tn/training-contracts';

/** A defined kind: its current terms (revision 1 is the definition) and its blanket extensions in declared order. */
export type DefinedQualificationKind = QualificationKindTerms & {
  status: 'defined';
  kindId: string;
  revision: number;
  extensions: readonly ValidityExtension[];
};

export type QualificationKindState = { status: 'none' } | DefinedQualificationKind;

/**
 * The kind as trainee commands need it: the route folds the kind's stream and passes the state
 * (terms for new records, extensions for the status of existing ones).
 */
export type LookedUpQualificationKind = QualificationKindState;

/** The fields of a kind's terms, in the order events state them. */
export const KIND_TERM_FIELDS = [
  'name',
  'ownerUnitId',
  'validityYears',
  'renewalWindowMonths',
  'grantingCurriculumIds',
  'renewingCurriculumIds',
  'prerequisiteKindIds',
  'isTrainerQualification',
  'leadingRenews',
] as const satisfies readonly (keyof QualificationKindTerms)[];

/** Just the terms of a command, an event or a state (nothing else reaches an event or the state). */
export const termsOf = (source: QualificationKindTerms): QualificationKindTerms => ({
  name: source.name,
  ownerUnitId: source.ownerUnitId,
  validityYears: source.validityYears,
  renewalWindowMonths: source.renewalWindowMonths,
  grantingCurriculumIds: [...source.grantingCurriculumIds],
  renewingCurriculumIds: [...source.renewingCurriculumIds],
  prerequisiteKindIds: [...source.prerequisiteKindIds],
  isTrainerQualification: source.isTrainerQualification,
  leadingRenews: source.leadingRenews,
});

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** Whether two statements of terms say the same (id lists in any order). */
export const sameTerms = (a: QualificationKindTerms, b: QualificationKindTerms): boolean =>
  KIND_TERM_FIELDS.every((field) => {
    const [left, right] = [a[field], b[field]];
    return Array.isArray(left) && Array.isArray(right) ? sameIds(left, right) : left === right;
  });
