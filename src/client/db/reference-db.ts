import Dexie, { type Table } from 'dexie';
import type { CompiledHours } from '../../shared/opening-hours/compiled-hours';
import type { Action, Commune, Service, Structure, Theme } from '../../shared/pack/pack-schema';

/** Every reference row carries the pack version it belongs to: a pack's rows form its staging area. */
export type PackRow<T> = T & { pack: string };

/** `order`: the service's rank by name, computed at install so that a cold start need not sort. */
export type ServiceRow = PackRow<Service> & { order?: number };

/**
 * Opening hours compiled into instants for the coming weeks, once per distinct text: many
 * services share "Mo-Fr 08:30-12:00,13:30-17:00; PH off", and each compiled form is ~5 KB.
 */
export interface CompiledHoursRow {
  pack: string;
  text: string;
  compiled: CompiledHours;
}

export interface InstalledPack {
  version: string;
  sha256: string;
  publishedAt: string;
  demo: boolean;
  territoryName: string;
  territorySiren: string;
  /** "installing" rows are invisible leftovers until their install completes. */
  state: 'installing' | 'complete';
  installedAt: string;
  counts: Record<string, number>;
  /** Opening hours are compiled into instants up to this time (epoch ms); recompiled before. */
  hoursUntil?: number;
}

/** The search index of one pack, built at install time in a worker and kept as JSON. */
export interface StoredSearchIndex {
  pack: string;
  json: string;
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
  services!: Table<ServiceRow, [string, string]>;
  structures!: Table<PackRow<Structure>, [string, string]>;
  communes!: Table<PackRow<Commune>, [string, string]>;
  themes!: Table<PackRow<Theme>, [string, string]>;
  actions!: Table<PackRow<Action>, [string, string]>;
  searchIndexes!: Table<StoredSearchIndex, string>;
  hours!: Table<CompiledHoursRow, [string, string]>;

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
    // v2: search index and compiled opening hours, both made at install time in a worker.
    this.version(2).stores({ searchIndexes: 'pack', hours: '[pack+text], pack' });
  }

  /** The tables that hold one pack's rows, in install order. */
  get packTables() {
    return [this.communes, this.themes, this.actions, this.structures, this.services] as const;
  }
}
