export { GatewayRegistryModule } from './gateway-registry.module';
export { directoryOf, peopleOf } from './core/readers';
export { today, vietnamDateOf } from './units/unit.view';
export { subtreeUnitIds } from './units/unit-subtree';
export type { VolunteerDoc } from './people/volunteer.read-model';
export { versionOn } from './units/unit.read-model';
export { REGISTRY_MESSAGES } from './registry.messages';
