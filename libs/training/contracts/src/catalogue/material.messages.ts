import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Matches } from 'class-validator';
import { onCatalogueItem, ownedBy } from './catalogue-rights';
import { CURRICULUM_TARGET_GROUPS, type CurriculumTargetGroup, MATERIAL_KINDS, type MaterialKind } from './catalogue-vocabulary';

/**
 * Materials and handbooks (one stream each) as versioned documents stored by reference: each
 * version is an https address and the SHA-256 of the file, numbered 1, 2, 3… in order, approved
 * by someone, and never changed. A course records the version it taught, so a later version
 * rewrites nothing a course used.
 */

export const MATERIAL_STREAM_TYPE = 'material';
export const materialStreamId = (materialId: string) => streamIdOf(MATERIAL_STREAM_TYPE, materialId);

// ---- commands ------------------------------------------------------------------------------

/** `curriculumId`, when named, is a curriculum that exists and is not retired (the route looks it up). */
export class RegisterMaterial {
  @IsString() materialId!: string;
  @IsString() title!: string;
  @IsString() kind!: MaterialKind;
  @IsOptional() @IsString() curriculumId?: string;
  @IsArray() @IsString({ each: true }) targetGroups!: CurriculumTargetGroup[];
  @IsString() ownerUnitId!: string;
}
/** The next version only (1 for the first); `note` says what it is or what changed. */
export class AddMaterialVersion {
  @IsString() materialId!: string;
  @IsFiniteNumber() version!: number;
  @IsString() url!: string;
  @IsString() sha256!: string;
  @IsString() note!: string;
}
/** Approved by the acting user, today. */
export class ApproveMaterialVersion {
  @IsString() materialId!: string;
  @IsFiniteNumber() version!: number;
}
export class RetireMaterial {
  @IsString() materialId!: string;
  @IsOptional() @IsString() reason?: string;
}

const onItsMaterial = {
  streamId: (p: { materialId: string }) => materialStreamId(p.materialId),
  rights: (p: { materialId: string }) => onCatalogueItem('material', p.materialId),
};

export const materialCommandTypes = [
  commandType('RegisterMaterial', RegisterMaterial, { streamId: (p) => materialStreamId(p.materialId), rights: (p) => ownedBy(p.ownerUnitId) }),
  commandType('AddMaterialVersion', AddMaterialVersion, onItsMaterial),
  commandType('ApproveMaterialVersion', ApproveMaterialVersion, onItsMaterial),
  commandType('RetireMaterial', RetireMaterial, onItsMaterial),
] as const;

// ---- events --------------------------------------------------------------------------------

export class MaterialRegistered {
  @IsNonEmptyText() materialId!: string;
  @IsNonEmptyText() title!: string;
  @IsIn(MATERIAL_KINDS) kind!: MaterialKind;
  @IsOptional() @IsNonEmptyText() curriculumId?: string;
  @IsArray() @IsIn(CURRICULUM_TARGET_GROUPS, { each: true }) targetGroups!: CurriculumTargetGroup[];
  @IsNonEmptyText() ownerUnitId!: string;
  @IsNonEmptyText() registeredBy!: string;
  @IsIsoDate() registeredOn!: string;
}
/** `sha256` in lower-case hexadecimal. */
export class MaterialVersionAdded {
  @IsNonEmptyText() materialId!: string;
  @IsInt() version!: number;
  @IsNonEmptyText() url!: string;
  @Matches(/^[0-9a-f]{64}$/) sha256!: string;
  @IsNonEmptyText() note!: string;
  @IsNonEmptyText() addedBy!: string;
  @IsIsoDate() addedOn!: string;
}
export class MaterialVersionApproved {
  @IsNonEmptyText() materialId!: string;
  @IsInt() version!: number;
  @IsNonEmptyText() approvedBy!: string;
  @IsIsoDate() approvedOn!: string;
}
export class MaterialRetired {
  @IsNonEmptyText() materialId!: string;
  @IsOptional() @IsString() reason?: string;
  @IsNonEmptyText() retiredBy!: string;
  @IsIsoDate() retiredOn!: string;
}

export const materialEventTypes = [
  eventType('MaterialRegistered', MaterialRegistered),
  eventType('MaterialVersionAdded', MaterialVersionAdded),
  eventType('MaterialVersionApproved', MaterialVersionApproved),
  eventType('MaterialRetired', MaterialRetired),
] as const;
