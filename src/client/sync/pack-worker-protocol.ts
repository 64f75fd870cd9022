import type { PackFailureReason } from './pack-errors';
import type { PackManifest } from './pack-manifest';

export interface PackWorkerRequest {
  type: 'install';
  manifest: PackManifest;
}

export type PackWorkerReply =
  | { type: 'installed'; version: string }
  | { type: 'failed'; reason: PackFailureReason; detail: string };
