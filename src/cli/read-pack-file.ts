import { readFile } from 'node:fs/promises';
import { type PackValidation, validatePack } from '../shared/pack/validate-pack';

export type PackFile = { bytes: Buffer; validation: PackValidation };

/** Reads and validates a pack file; unreadable files and bad JSON become problems too. */
export async function readPackFile(file: string): Promise<PackFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      bytes: Buffer.alloc(0),
      validation: {
        ok: false,
        problems: [{ path: '', message: `fichier illisible : ${message}` }],
      },
    };
  }
  try {
    return { bytes, validation: validatePack(JSON.parse(bytes.toString('utf8'))) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      bytes,
      validation: { ok: false, problems: [{ path: '', message: `JSON invalide : ${message}` }] },
    };
  }
}
