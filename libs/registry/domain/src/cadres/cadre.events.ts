import { streamIdOf } from '@tn/shared-event-contracts';

/**
 * fullName, email and phone are personal data (subject: cadreId). `registeringUnitId` owns the
 * cadre until their first appointment; events recorded before it existed lack it.
 */
export type CadreRegistered = {
  type: 'CadreRegistered';
  data: { cadreId: string; fullName: string; email?: string; phone?: string; registeredOn: string; registeringUnitId?: string };
};
export type CadreAppointed = {
  type: 'CadreAppointed';
  data: {
    cadreId: string;
    positionId: string;
    unitId: string;
    title: string;
    dedicatedToVolunteerWork: boolean;
    termStart: string;
    termEnd?: string;
  };
};
export type CadreTransferred = {
  type: 'CadreTransferred';
  data: { cadreId: string; positionId: string; fromUnitId: string; toUnitId: string; effectiveFrom: string };
};
export type CadreTermEnded = { type: 'CadreTermEnded'; data: { cadreId: string; positionId: string; endedOn: string } };

export type CadreEvent = CadreRegistered | CadreAppointed | CadreTransferred | CadreTermEnded;

/** One stream per person. */
export const CADRE_STREAM_TYPE = 'cadre';
export const cadreStreamId = (cadreId: string) => streamIdOf(CADRE_STREAM_TYPE, cadreId);
