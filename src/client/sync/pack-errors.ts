/** Why a pack was not installed; one UI module turns each reason into a message. */
export type PackFailureReason = 'checksum' | 'invalid' | 'format' | 'network' | 'storage';

export class PackInstallError extends Error {
  constructor(
    readonly reason: PackFailureReason,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'PackInstallError';
  }
}
