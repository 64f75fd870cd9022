/**
 * Per-item answer of every upload endpoint: the client marks an item as synced only on
 * "accepted" or "duplicate" for that very item.
 */
export type ItemStatus = 'accepted' | 'duplicate' | 'conflict' | 'rejected';

export interface ItemResult {
  id: string;
  status: ItemStatus;
  reason?: string;
}
