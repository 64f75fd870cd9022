import type { StructureType } from '../../shared/structure-types';
import { t } from './t';

export const structureTypeLabel = (type: StructureType) => t(`structureType.${type}`);
