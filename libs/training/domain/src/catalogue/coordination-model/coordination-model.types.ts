import type { CoordinationModelStatus } from '@tn/training-contracts';

export interface CoordinationModel {
  status: CoordinationModelStatus;
  modelId: string;
  name: string;
  description: string;
  /** The curriculum that teaches the model (K3: campaigns whose cadre was trained in it). */
  curriculumId: string;
  ownerUnitId: string;
  /** Who published it and when, once published. */
  publication?: { publishedBy: string; publishedOn: string };
}

export type CoordinationModelState = { status: 'none' } | CoordinationModel;
