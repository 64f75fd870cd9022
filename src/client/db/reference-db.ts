import Dexie, { type Table } from 'dexie';
import type { Action, Commune, Service, Structure, Theme } from '../../shared/pack/pack-schema';

/** Every reference row carries the pack version it belongs to: a pack's rows form its staging area. */
export type PackRow<T> = T & { pack: string };

export interface InstalledPack {
  version: string;
  sha256: string;
  publishedAt: string;
  demo: boolean;
  territoryName: string;
  /** "installing" rows are invisible leftovers until their install completes. */
  state: 'installing' | 'complete';
  installedAt: string;
  counts: Record<string, number>;
}

export interface Setting {
  key: 'active-pack';
  version: string;
}

/**
 * Reference data only (the territory pack). Worker data lives in another database so that
 * replacing a pack can never touch a pending record. Keep every version block while old
 * clients may still open this database.
 */
export class ReferenceDb extends Dexie {
  packs!: Table<InstalledPack, string>;
  settings!: Table<Setting, string>;
  services!: Table<PackRow<Service>, [string, string]>;
  structures!: Table<PackRow<Structure>, [string, string]>;
  communes!: Table<PackRow<Commune>, [string, string]>;
  themes!: Table<PackRow<Theme>, [string, string]>;
  actions!: Table<PackRow<Action>, [string, string]>;

  constructor(name = 'reperes-reference') {
    super(name);
    this.version(1).stores({
      packs: 'version, state',
      settings: 'key',
      services: '[pack+id], pack',
      structures: '[pack+id], pack',
      communes: '[pack+insee], pack',
      themes: '[pack+id], pack',
      actions: '[pack+id], pack',
    });
  }

  /** The tables that hold one pack's rows, in install order. */
  get packTables() {
    return [this.communes, this.themes, this.actions, this.structures, this.services] as const;
  }
}
