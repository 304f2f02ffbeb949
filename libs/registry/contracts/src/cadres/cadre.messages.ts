import { commandType, eventType, IsIsoDate, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { type RegistryCommandScope, scopeOver, unitOrCountry } from '../common/command-rights';

/**
 * A cadre (one stream per person) and the positions they hold, in the Union and the Federation
 * at once. Names and contacts are personal data (domain.md §8). Command fields are checked for
 * shape only; the decider checks meaning (dates, contacts) with its own error codes.
 */

export const CADRE_STREAM_TYPE = 'cadre';
export const cadreStreamId = (cadreId: string) => streamIdOf(CADRE_STREAM_TYPE, cadreId);

// ---- commands ------------------------------------------------------------------------------

class CadreCommandPayload {
  @IsString() cadreId!: string;
}

export class RegisterCadre extends CadreCommandPayload {
  @IsString() fullName!: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() phone?: string;
  @IsString() registeredOn!: string;
  /** The unit that registers the cadre: it owns them until their first appointment. */
  @IsString() registeringUnitId!: string;
}
export class AppointCadre extends CadreCommandPayload {
  @IsString() positionId!: string;
  @IsString() unitId!: string;
  @IsString() title!: string;
  @IsBoolean() dedicatedToVolunteerWork!: boolean;
  @IsString() termStart!: string;
  @IsOptional() @IsString() termEnd?: string;
}
export class TransferCadre extends CadreCommandPayload {
  @IsString() positionId!: string;
  @IsString() toUnitId!: string;
  @IsString() effectiveFrom!: string;
}
export class EndCadreTerm extends CadreCommandPayload {
  @IsString() positionId!: string;
  @IsString() endedOn!: string;
}

const onTheCadre = { streamId: (p: CadreCommandPayload) => cadreStreamId(p.cadreId) };
const cadresWrite = (units: (string | null)[], effectiveDate?: string, more: Partial<RegistryCommandScope> = {}) =>
  scopeOver('cadres:write', units, effectiveDate, more);
const theCadre = (cadreId: string) => ({ ownerStream: { kind: 'cadre' as const, id: cadreId } });

export const cadreCommandTypes = [
  commandType('RegisterCadre', RegisterCadre, { ...onTheCadre, rights: (p) => cadresWrite([unitOrCountry(p.registeringUnitId)], p.registeredOn) }),
  commandType('AppointCadre', AppointCadre, { ...onTheCadre, rights: (p) => cadresWrite([unitOrCountry(p.unitId)], p.termStart, { appointee: p.cadreId }) }),
  commandType('TransferCadre', TransferCadre, { ...onTheCadre, rights: (p) => cadresWrite([unitOrCountry(p.toUnitId)], p.effectiveFrom, theCadre(p.cadreId)) }),
  commandType('EndCadreTerm', EndCadreTerm, { ...onTheCadre, rights: (p) => cadresWrite([], undefined, theCadre(p.cadreId)) }),
] as const;

// ---- events --------------------------------------------------------------------------------

class CadreEventData {
  @IsNonEmptyText() cadreId!: string;
}

/**
 * fullName, email and phone are personal data (subject: cadreId). `registeringUnitId` owns the
 * cadre until their first appointment; optional only so that registrations recorded before it
 * stay readable: new ones always name it.
 */
export class CadreRegistered extends CadreEventData {
  @IsNonEmptyText() fullName!: string;
  @IsOptional() @IsString() email?: string;
  @IsOptional() @IsString() phone?: string;
  @IsIsoDate() registeredOn!: string;
  @IsOptional() @IsNonEmptyText() registeringUnitId?: string;
}
export class CadreAppointed extends CadreEventData {
  @IsNonEmptyText() positionId!: string;
  @IsNonEmptyText() unitId!: string;
  @IsNonEmptyText() title!: string;
  @IsBoolean() dedicatedToVolunteerWork!: boolean;
  @IsIsoDate() termStart!: string;
  @IsOptional() @IsIsoDate() termEnd?: string;
}
export class CadreTransferred extends CadreEventData {
  @IsNonEmptyText() positionId!: string;
  @IsNonEmptyText() fromUnitId!: string;
  @IsNonEmptyText() toUnitId!: string;
  @IsIsoDate() effectiveFrom!: string;
}
export class CadreTermEnded extends CadreEventData {
  @IsNonEmptyText() positionId!: string;
  @IsIsoDate() endedOn!: string;
}

const personal = (fields: string[]) => ({ personalData: { subjectField: 'cadreId', fields } });

export const cadreEventTypes = [
  eventType('CadreRegistered', CadreRegistered, personal(['fullName', 'email', 'phone'])),
  eventType('CadreAppointed', CadreAppointed),
  eventType('CadreTransferred', CadreTransferred),
  eventType('CadreTermEnded', CadreTermEnded),
] as const;
