import { readFileSync } from 'node:fs';

/**
 * The version shown in the app and carried by the service worker: package version plus a
 * build id, so two builds of the same version are still told apart by the update prompt.
 */
export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const build =
    process.env.REPERES_BUILD_ID ?? new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
  return `${pkg.version}+${build}`;
}
