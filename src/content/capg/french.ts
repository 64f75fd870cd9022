/** French contractions before a commune name: "de Grasse", "du Mas", "des Mujouls", "d'Andon". */
export function deCommune(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (/^[AEIOUÉÈ]/.test(name)) return `d'${name}`;
  return `de ${name}`;
}

/** "à Grasse", "au Tignet", "aux Mujouls", "à La Roquette-sur-Siagne". */
export function aCommune(name: string): string {
  if (name.startsWith('Le ')) return `au ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

/** Lower-case ASCII slug for ids and fictional URLs ("Saint-Cézaire-sur-Siagne" → "saint-cezaire-sur-siagne"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
