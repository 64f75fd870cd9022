import { PACK_FORMAT_VERSION, type Pack } from '../shared/pack/pack-schema';
import { CAPG_ACTIONS } from './capg/actions';
import { packCommunes } from './capg/communes';
import { CAPG_PERMANENCES } from './capg/permanences';
import { CONTENT_REVISION } from './capg/revision';
import { compileDirectory } from './capg/services';
import { CAPG_STRUCTURE_SOURCES } from './capg/structures';
import { CAPG_DEMO_SOURCES, CAPG_TERRITORY } from './capg/territory';
import { CAPG_THEMES } from './capg/themes';

/**
 * The CAPG demonstration pack, compiled from the sources under ./capg. Nothing here reads the
 * clock or draws random numbers: the same sources give byte-identical JSON, hence the same
 * sha256 on the server and on the devices.
 */
export function buildDemoPack(): Pack {
  const { structures, services } = compileDirectory(CAPG_STRUCTURE_SOURCES, CAPG_PERMANENCES);
  // Copies, so that a caller who edits the pack cannot change the next build.
  return {
    formatVersion: PACK_FORMAT_VERSION,
    meta: {
      version: CONTENT_REVISION.version,
      publishedAt: CONTENT_REVISION.publishedAt,
      demo: true,
      sources: structuredClone(CAPG_DEMO_SOURCES),
    },
    territory: structuredClone(CAPG_TERRITORY),
    communes: packCommunes(),
    themes: structuredClone(CAPG_THEMES),
    structures,
    services,
    guidance: [],
    orientation: [],
    actions: structuredClone(CAPG_ACTIONS),
  };
}
