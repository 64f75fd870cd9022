/** French one-line status, in Europe/Paris time: "Ouvert · ferme à 12 h", "Fermé · ouvre lundi à 8 h 30". */
import type { HoursStatus } from './hours-status.ts';
import { PARIS_TZ, parisDayNumber, parisFields } from './paris-time.ts';

let dayFormat: Intl.DateTimeFormat | undefined;
let dateFormat: Intl.DateTimeFormat | undefined;

/** French hour style: "8 h 30", "12 h", "minuit". */
function frenchTime(instant: number): string {
  const { hour, minute } = parisFields(instant);
  if (hour === 0 && minute === 0) return 'minuit';
  return minute === 0 ? `${hour} h` : `${hour} h ${String(minute).padStart(2, '0')}`;
}

/** "à 13 h 30" (within 24 h… or today), "demain à 9 h", "lundi à 8 h 30", "le 14 janvier à 9 h". */
function when(target: number, now: number, sameDayIfWithin24h: boolean): string {
  const days = parisDayNumber(target) - parisDayNumber(now);
  const at = `à ${frenchTime(target)}`;
  if (days <= 0 || (sameDayIfWithin24h && target - now < 86_400_000)) return at;
  if (days === 1) return `demain ${at}`;
  if (days <= 6) {
    dayFormat ??= new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TZ, weekday: 'long' });
    return `${dayFormat.format(target)} ${at}`;
  }
  const { day } = parisFields(target);
  dateFormat ??= new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TZ, month: 'long' });
  return `le ${day === 1 ? '1er' : day} ${dateFormat.format(target)} ${at}`;
}

export function formatHoursStatus(status: HoursStatus, now: Date): string | null {
  const t = now.getTime();
  switch (status.state) {
    case 'open':
      // "ferme à 2 h" reads right for a night opening that runs past midnight.
      return status.closesAt === null
        ? 'Ouvert'
        : `Ouvert · ferme ${when(status.closesAt, t, true)}`;
    case 'closed':
      return status.opensAt === null ? 'Fermé' : `Fermé · ouvre ${when(status.opensAt, t, false)}`;
    default:
      return null;
  }
}
