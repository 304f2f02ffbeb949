import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { onCatalogueItem, ownedBy } from './catalogue-rights';
import { CURRICULUM_TARGET_GROUPS, type CurriculumTargetGroup } from './catalogue-vocabulary';

/**
 * Curricula (one stream each): a curriculum per target group, with modules and their learning
 * outcomes. A revision replaces the modules and takes the next revision number; courses name the
 * curriculum, and a retired one takes no new course, material or coordination model.
 * Command fields are checked for shape only; the decider checks meaning with its own codes.
 */

export const CURRICULUM_STREAM_TYPE = 'curriculum';
export const curriculumStreamId = (curriculumId: string) => streamIdOf(CURRICULUM_STREAM_TYPE, curriculumId);

// ---- commands ------------------------------------------------------------------------------

/** A module as a command states it: ids unique within the curriculum, hours > 0, at least one outcome. */
export class CurriculumModulePart {
  @IsString() moduleId!: string;
  @IsString() title!: string;
  @IsFiniteNumber() hours!: number;
  @IsArray() @IsString({ each: true }) outcomes!: string[];
}

export class DefineCurriculum {
  @IsString() curriculumId!: string;
  @IsString() title!: string;
  @IsString() targetGroup!: CurriculumTargetGroup;
  @IsString() ownerUnitId!: string;
  @NestedList(() => CurriculumModulePart) modules!: CurriculumModulePart[];
}
/** The whole new content: the title and every module (the target group and the owner stay). */
export class ReviseCurriculum {
  @IsString() curriculumId!: string;
  @IsString() title!: string;
  @NestedList(() => CurriculumModulePart) modules!: CurriculumModulePart[];
}
export class RetireCurriculum {
  @IsString() curriculumId!: string;
  @IsOptional() @IsString() reason?: string;
}

export const curriculumCommandTypes = [
  commandType('DefineCurriculum', DefineCurriculum, { streamId: (p) => curriculumStreamId(p.curriculumId), rights: (p) => ownedBy(p.ownerUnitId) }),
  commandType('ReviseCurriculum', ReviseCurriculum, {
    streamId: (p) => curriculumStreamId(p.curriculumId),
    rights: (p) => onCatalogueItem('curriculum', p.curriculumId),
  }),
  commandType('RetireCurriculum', RetireCurriculum, {
    streamId: (p) => curriculumStreamId(p.curriculumId),
    rights: (p) => onCatalogueItem('curriculum', p.curriculumId),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

export class CurriculumModule {
  @IsNonEmptyText() moduleId!: string;
  @IsNonEmptyText() title!: string;
  @IsFiniteNumber() hours!: number;
  @IsArray() @IsString({ each: true }) outcomes!: string[];
}

/** Revision 1. `definedBy` is the acting user's id, `definedOn` the server's date in Vietnam. */
export class CurriculumDefined {
  @IsNonEmptyText() curriculumId!: string;
  @IsNonEmptyText() title!: string;
  @IsIn(CURRICULUM_TARGET_GROUPS) targetGroup!: CurriculumTargetGroup;
  @IsNonEmptyText() ownerUnitId!: string;
  @IsInt() revision!: number;
  @NestedList(() => CurriculumModule) modules!: CurriculumModule[];
  @IsNonEmptyText() definedBy!: string;
  @IsIsoDate() definedOn!: string;
}
/** The curriculum's content from this revision on (the whole of it, so a reader needs no fold). */
export class CurriculumRevised {
  @IsNonEmptyText() curriculumId!: string;
  @IsInt() revision!: number;
  @IsNonEmptyText() title!: string;
  @NestedList(() => CurriculumModule) modules!: CurriculumModule[];
  @IsNonEmptyText() revisedBy!: string;
  @IsIsoDate() revisedOn!: string;
}
export class CurriculumRetired {
  @IsNonEmptyText() curriculumId!: string;
  @IsOptional() @IsString() reason?: string;
  @IsNonEmptyText() retiredBy!: string;
  @IsIsoDate() retiredOn!: string;
}

export const curriculumEventTypes = [
  eventType('CurriculumDefined', CurriculumDefined),
  eventType('CurriculumRevised', CurriculumRevised),
  eventType('CurriculumRetired', CurriculumRetired),
] as const;
