import { type CurriculumTargetGroup, isHttpsUrl, isSha256Hex, MATERIAL_KINDS, type MaterialKind } from '@tn/training-contracts';
import { illegalStateAt, illegalStateError, notFoundError, validationError } from '../../common/errors';
import { requireOneOf } from '../../common/rules';
import { requireTargetGroup } from '../catalogue.rules';
import type { MaterialState, MaterialVersion, RegisteredMaterial } from './material.types';

export function requireMaterial(state: MaterialState, materialId: string): RegisteredMaterial {
  if (state.status === 'none') throw notFoundError('MATERIAL.NOT_FOUND', `material ${materialId} does not exist`, { materialId });
  return state;
}

/** A retired material takes no new version and no approval. */
export function requireMaterialInUse(state: MaterialState, materialId: string): RegisteredMaterial {
  const material = requireMaterial(state, materialId);
  if (material.status === 'retired') throw illegalStateError('MATERIAL.RETIRED', `material ${materialId} is retired`, { materialId });
  return material;
}

export function requireMaterialKind(kind: string): asserts kind is MaterialKind {
  requireOneOf(kind, MATERIAL_KINDS, 'MATERIAL.KIND_UNKNOWN', 'kind');
}

/** At least one known target group; a group named twice counts once. */
export function requireTargetGroups(groups: readonly string[]): CurriculumTargetGroup[] {
  if (!Array.isArray(groups) || groups.length === 0) {
    throw validationError('MATERIAL.TARGET_GROUPS_REQUIRED', 'targetGroups', 'a material names at least one target group');
  }
  groups.forEach((group, index) => requireTargetGroup(group, `targetGroups.${index}`));
  // Each one was checked above.
  return [...new Set(groups)] as CurriculumTargetGroup[];
}

/**
 * Versions are numbered 1, 2, 3… with no gap, and a number once taken keeps its file: adding an
 * existing number again is refused (MATERIAL.VERSION_EXISTS), any other number but the next too.
 */
export function requireNextVersion(material: RegisteredMaterial, version: number): void {
  const latest = material.versions.length;
  if (Number.isInteger(version) && version >= 1 && version <= latest) {
    throw illegalStateAt('MATERIAL.VERSION_EXISTS', 'version', `version ${version} of material ${material.materialId} exists and never changes`, {
      version,
      latest,
    });
  }
  if (version !== latest + 1) {
    throw validationError('MATERIAL.VERSION_OUT_OF_SEQUENCE', 'version', `the next version is ${latest + 1}`, { version, expected: latest + 1 });
  }
}

export function requireFileReference(url: string, sha256: string): void {
  if (!isHttpsUrl(url)) throw validationError('MATERIAL.URL_INVALID', 'url', 'a file is referenced by an https address');
  if (!isSha256Hex(sha256)) throw validationError('MATERIAL.CHECKSUM_INVALID', 'sha256', 'a checksum is a SHA-256 digest in 64 hexadecimal digits');
}

export function requireVersion(material: RegisteredMaterial, version: number): MaterialVersion {
  const found = material.versions.find((candidate) => candidate.version === version);
  if (!found) {
    throw illegalStateAt('MATERIAL.VERSION_NOT_FOUND', 'version', `material ${material.materialId} has no version ${version}`, {
      version,
      latest: material.versions.length,
    });
  }
  return found;
}
