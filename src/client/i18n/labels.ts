import type { AgeBand } from '../../shared/age-bands';
import type { DI_PUBLICS } from '../../shared/data-inclusion';
import type { StructureType } from '../../shared/structure-types';
import { t } from './t';

export const structureTypeLabel = (type: StructureType) => t(`structureType.${type}`);

export const ageBandLabel = (band: AgeBand) => t(`ageBand.${band}`);
export const publicLabel = (value: (typeof DI_PUBLICS)[number]) => t(`public.${value}`);
