import { type DynamicModule, Module } from '@nestjs/common';
import { REGISTRY_CONTEXT } from '@tn/registry-contracts';
import { gatewaySlice } from '@tn/gateway-core';
import { AuthChanges } from './core/auth-changes';
import { RegistryClient } from './core/registry-client';
import { revealThrough } from './core/reveal';
import { SessionCheck } from './core/session-check';
import { UnitAuditTrailResolver, VolunteerAuditTrailResolver } from './history/registry-history.resolver';
import { registryHistoryProjection } from './history/registry-history.read-model';
import { AccountChangesResolver } from './people/account-changes.resolver';
import { accountProjection } from './people/account.read-model';
import { CadreChangesResolver } from './people/cadre-changes.resolver';
import { cadreProjection } from './people/cadre.read-model';
import { CadresAccountsResolver } from './people/cadres-accounts.resolver';
import { VolunteerChangesResolver } from './people/volunteer-changes.resolver';
import { volunteerProjection } from './people/volunteer.read-model';
import { VolunteersResolver } from './people/volunteers.resolver';
import { unitChildrenProjection } from './units/unit-children.read-model';
import { unitSearchProjection } from './units/unit-search.read-model';
import { unitProjection } from './units/unit.read-model';
import { UnitsResolver } from './units/units.resolver';

export interface GatewayRegistryOptions {
  /** Consumer group of the registry read models (one per gateway deployment; a new one replays every event). */
  groupId?: string;
}

/**
 * The registry's part of the API: read models projected from its events (personal data revealed
 * by the registry and sealed again with the core's cipher), queries, mutations, and the check of
 * every request's session. Needs GatewayCoreModule.
 */
@Module({})
export class GatewayRegistryModule {
  static forRoot(options: GatewayRegistryOptions = {}): DynamicModule {
    return gatewaySlice({
      module: GatewayRegistryModule,
      context: REGISTRY_CONTEXT,
      client: RegistryClient,
      groupId: options.groupId ?? 'gateway-registry',
      projections: ({ cipher }) => [
        unitProjection,
        unitChildrenProjection,
        unitSearchProjection,
        volunteerProjection(cipher),
        cadreProjection(cipher),
        accountProjection(cipher),
        registryHistoryProjection,
      ],
      reveal: (client, { options: core, cipher }) => revealThrough(client, core.authSecret, cipher),
      providers: [
        AuthChanges,
        SessionCheck,
        UnitsResolver,
        VolunteersResolver,
        CadresAccountsResolver,
        CadreChangesResolver,
        VolunteerChangesResolver,
        AccountChangesResolver,
        UnitAuditTrailResolver,
        VolunteerAuditTrailResolver,
      ],
    });
  }
}
