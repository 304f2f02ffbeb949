import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { QUALIFICATION_KINDS_COLLECTION, type QualificationKindDoc } from './qualification-kind.read-model';
import { type TraineeDoc, TRAINEES_COLLECTION, unitKindKeyOf } from './trainee.read-model';

/** Reads of the qualification read models for one request (kinds and people by id cached: a view names the same few again and again). */
export class QualificationReads {
  private readonly reads: ReadModelReads;
  private readonly kinds = new Map<string, Promise<QualificationKindDoc | undefined>>();
  private readonly trainees = new Map<string, Promise<TraineeDoc | undefined>>();

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  kind(kindId: string): Promise<QualificationKindDoc | undefined> {
    let kind = this.kinds.get(kindId);
    if (!kind) {
      kind = this.reads.one<QualificationKindDoc>(QUALIFICATION_KINDS_COLLECTION, kindId);
      this.kinds.set(kindId, kind);
    }
    return kind;
  }

  /** The kinds named, by id (unknown ones left out). */
  async kindsById(kindIds: readonly string[]): Promise<Map<string, QualificationKindDoc>> {
    const kinds = await eachDistinct(kindIds, (kindId) => this.kind(kindId));
    return new Map(kinds.filter((kind): kind is QualificationKindDoc => kind !== undefined).map((kind) => [kind.kindId, kind]));
  }

  /** A unit's kinds, or every kind (a short national list) when no unit is given. */
  allKinds(ownerUnitId?: string): Promise<QualificationKindDoc[]> {
    return this.reads.where<QualificationKindDoc>(QUALIFICATION_KINDS_COLLECTION, ownerUnitId === undefined ? {} : { ownerUnitId });
  }

  trainee(personId: string): Promise<TraineeDoc | undefined> {
    let trainee = this.trainees.get(personId);
    if (!trainee) {
      trainee = this.reads.one<TraineeDoc>(TRAINEES_COLLECTION, personId);
      this.trainees.set(personId, trainee);
    }
    return trainee;
  }

  /** Everyone holding a record of the kind, any status (one indexed equality). */
  holdersOf(kindId: string): Promise<TraineeDoc[]> {
    return this.reads.where<TraineeDoc>(TRAINEES_COLLECTION, { kindIds: kindId });
  }

  /** People with a record of the kind granted in one of the units: one indexed equality per unit. */
  async holdersIn(unitIds: Iterable<string>, kindId: string): Promise<TraineeDoc[]> {
    const lists = await eachDistinct([...unitIds], (unitId) => this.reads.where<TraineeDoc>(TRAINEES_COLLECTION, { unitKinds: unitKindKeyOf(unitId, kindId) }));
    return lists.flat();
  }
}

/** The request's QualificationReads (one per request, over the core's read-model connection). */
export const qualificationsOf = (context: GatewayContext): QualificationReads =>
  readerOf(context, 'training:qualifications', (readModels) => new QualificationReads(readModels.connection));
