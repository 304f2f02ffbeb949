import type { CertificateCriteria, certificateCommandTypes } from '@tn/campaigns-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';

/**
 * The certificate's commands: each payload (its one schema is in the contracts) with its type,
 * plus what the service adds before deciding: the criteria that apply (a campaign's own, read
 * from its stream), the signed verification `code` (signing is infrastructure, made outside the
 * domain and only recorded here), and who issued or revoked (the actor). `facts` are computed by
 * the read side.
 */
export type CertificateCommand = CommandsOf<
  typeof certificateCommandTypes,
  { IssueCertificate: { criteria: CertificateCriteria; code: string; issuedBy: string }; RevokeCertificate: { revokedBy: string } }
>;

export type IssueCertificate = CommandNamed<CertificateCommand, 'IssueCertificate'>;
export type RevokeCertificate = CommandNamed<CertificateCommand, 'RevokeCertificate'>;
