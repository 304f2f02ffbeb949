import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GatewayContext, requireMayLearnMissing, requireUser } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { campaignAllows } from '../core/campaign-permissions';
import { CampaignView } from '../campaigns/campaign.models';
import { requireCampaignPermission } from '../core/campaign-permissions';
import { campaignsOf } from '../core/campaigns-directory';
import type { CertificateRecordDoc } from './certificate.read-model';
import { IssuedCertificateView } from './certificate.models';

export function issuedCertificateView(doc: CertificateRecordDoc, showsCode: boolean): IssuedCertificateView {
  return {
    id: doc.certificateId,
    award: doc.award,
    volunteerId: doc.volunteerId,
    campaignId: doc.campaignId ?? null,
    issuingUnitId: doc.issuingUnitId,
    hours: doc.hours,
    activities: doc.activities,
    issuedOn: doc.issuedOn,
    status: doc.status,
    revokedOn: doc.revokedOn ?? null,
    code: showsCode ? doc.code : null,
  };
}

/** Whether the caller may issue at the unit: who prints a certificate's code (which names its holder publicly). */
async function mayIssueAt(context: GatewayContext, unitId: string): Promise<boolean> {
  const grants = context.user?.claims.grants ?? [];
  return campaignAllows(grants, 'campaigns:write', await directoryOf(context).lineage(unitId, today()));
}

/** Certificates as issued, with their codes: what a cadre prints (the holder reads theirs through myHours too). */
@Resolver(() => CampaignView)
export class IssuedCertificatesResolver {
  @Query(() => IssuedCertificateView, {
    nullable: true,
    description: 'A certificate or badge with its verification code (campaigns:read over the issuing unit, or its holder).',
  })
  async certificate(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<IssuedCertificateView | null> {
    // Who asks comes first; a missing and a forbidden certificate answer alike (no existence oracle).
    const user = requireUser(context);
    const doc = await campaignsOf(context).certificate(id);
    if (!doc) {
      requireMayLearnMissing(context, 'campaigns:read');
      return null;
    }
    const holder = user.claims.personId === doc.volunteerId;
    if (!holder) await requireCampaignPermission(context, 'campaigns:read', doc.issuingUnitId);
    return issuedCertificateView(doc, holder || (await mayIssueAt(context, doc.issuingUnitId)));
  }

  @ResolveField(() => [IssuedCertificateView], {
    nullable: true,
    description: 'Its certificates and badges, issued and revoked, newest first (campaigns:read over its organiser).',
  })
  async certificates(@Context() context: GatewayContext, @Parent() campaign: CampaignView): Promise<IssuedCertificateView[]> {
    await requireCampaignPermission(context, 'campaigns:read', campaign.organiserUnitId);
    const docs = await campaignsOf(context).certificatesOf(campaign.id);
    const issuers = new Map<string, boolean>();
    const views: IssuedCertificateView[] = [];
    for (const doc of docs.sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || a.certificateId.localeCompare(b.certificateId))) {
      if (!issuers.has(doc.issuingUnitId)) issuers.set(doc.issuingUnitId, await mayIssueAt(context, doc.issuingUnitId));
      views.push(issuedCertificateView(doc, issuers.get(doc.issuingUnitId) ?? false));
    }
    return views;
  }
}
