import type { PackFailureReason } from './pack-errors';
import type { PackManifest } from './pack-manifest';

export type PackWorkerRequest =
  | { type: 'install'; manifest: PackManifest }
  /** The compiled opening hours of the active pack are running out: extend them. */
  | { type: 'recompile-hours'; version: string };

export type PackWorkerReply =
  | { type: 'installed'; version: string }
  | { type: 'hours-recompiled'; version: string }
  | { type: 'failed'; reason: PackFailureReason; detail: string };
