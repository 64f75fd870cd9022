import { fr, type MessageKey } from './fr';

const catalogue: Record<MessageKey, string> = fr;

/** Looks a message up and fills its {placeholders}; a missing value shows as the placeholder. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'long',
  timeZone: 'Europe/Paris',
});
const timeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

export const formatDate = (value: string | Date) => dateFormat.format(new Date(value));
export const formatTime = (value: string | Date | number) => timeFormat.format(new Date(value));
