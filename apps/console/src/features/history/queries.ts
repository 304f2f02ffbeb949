import { graphql } from '../../gql';

// One query per kind of subject: the trail is a field of the subject, so the subject's own read
// rights decide who sees it (the gateway answers a subject not yours as it answers an unknown one).
export const UNIT_TRAIL = graphql(`
  query UnitAuditTrail($id: ID!, $after: String) {
    subject: unit(id: $id) {
      id
      title: nameVi
      auditTrail(first: 25, after: $after) {
        totalCount
        nodes {
          type
          occurredAt
          recordedAt
          actorKind
          actorId
          streamType
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const CAMPAIGN_TRAIL = graphql(`
  query CampaignAuditTrail($id: ID!, $after: String) {
    subject: campaign(id: $id) {
      id
      title: name
      auditTrail(first: 25, after: $after) {
        totalCount
        nodes {
          type
          occurredAt
          recordedAt
          actorKind
          actorId
          streamType
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const ACTIVITY_TRAIL = graphql(`
  query ActivityAuditTrail($id: ID!, $after: String) {
    subject: activity(id: $id) {
      id
      title: name
      auditTrail(first: 25, after: $after) {
        totalCount
        nodes {
          type
          occurredAt
          recordedAt
          actorKind
          actorId
          streamType
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const VOLUNTEER_TRAIL = graphql(`
  query VolunteerAuditTrail($id: ID!, $after: String) {
    subject: volunteer(id: $id) {
      id
      title: fullName
      auditTrail(first: 25, after: $after) {
        totalCount
        nodes {
          type
          occurredAt
          recordedAt
          actorKind
          actorId
          streamType
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const TRAILS = { unit: UNIT_TRAIL, campaign: CAMPAIGN_TRAIL, activity: ACTIVITY_TRAIL, volunteer: VOLUNTEER_TRAIL } as const;
export type TrailKind = keyof typeof TRAILS;
export const isTrailKind = (kind: string): kind is TrailKind => kind in TRAILS;
