/** A campaign's certificates: issue, revoke, print with the verification QR code. */
export default function CertificatesTab(_props: { campaignId: string; unitId: string }) {
  return null;
}
