import { activityFactsProjection } from './activity-facts.projection';
import { agreementFactsProjection } from './agreement-facts.projection';
import { cadreFactsProjection } from './cadre-facts.projection';
import { campaignFactsProjection } from './campaign-facts.projection';
import { groupFactsProjection } from './group-facts.projection';
import { reportingHierarchyProjection } from './hierarchy-facts.projection';
import { modelFactsProjection } from './model-facts.projection';
import { qualificationKindFactsProjection } from './qualification-kind-facts.projection';

// The indicator facts (ADR 0021): their documents, and the projections that keep them.
export * from './fact-docs';
export { REPORTING_ACTIVITIES_COLLECTION } from './activity-facts.projection';
export { REPORTING_AGREEMENTS_COLLECTION } from './agreement-facts.projection';
export { REPORTING_CADRES_COLLECTION } from './cadre-facts.projection';
export { REPORTING_CAMPAIGNS_COLLECTION } from './campaign-facts.projection';
export { REPORTING_GROUPS_COLLECTION } from './group-facts.projection';
export { REPORTING_HIERARCHY_COLLECTION } from './hierarchy-facts.projection';
export { REPORTING_MODELS_COLLECTION } from './model-facts.projection';
export { REPORTING_QUALIFICATION_KINDS_COLLECTION } from './qualification-kind-facts.projection';

/** Every projection of the facts, the hierarchy copy among them: one consumer keeps them all. */
export const reportingFactProjections = [
  activityFactsProjection,
  campaignFactsProjection,
  cadreFactsProjection,
  qualificationKindFactsProjection,
  modelFactsProjection,
  groupFactsProjection,
  agreementFactsProjection,
  reportingHierarchyProjection,
];
