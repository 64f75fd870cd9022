// Must run before any Date is made: the cases check the result does not depend on the device zone.
const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'UTC';

import { afterAll } from 'vitest';
import { openingHoursCases } from './opening-hours-cases';

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

openingHoursCases('UTC', 0);
