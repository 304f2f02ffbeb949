export { hierarchyEventTypes, REGISTRY_CONTEXT } from './hierarchy-event-types';
