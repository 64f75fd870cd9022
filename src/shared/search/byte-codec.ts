/**
 * Bytes ↔ text for the stored index. Postings are varints in base64: about a third of the size
 * of a JSON array of numbers, and one string for JSON.parse instead of a million numbers.
 * Hand-written because src/shared may use neither btoa (DOM) nor Buffer (Node).
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Uint8Array(128);
for (let i = 0; i < DIGITS.length; i++) VALUES[DIGITS.charCodeAt(i)] = i;

/** A growable byte buffer with unsigned LEB128 varints. */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    this.bytes[this.length++] = value;
  }

  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.byte(v);
  }

  toBase64(): string {
    const chunks: string[] = [];
    const { bytes, length } = this;
    // Chunked so that no single string concatenation grows quadratically.
    for (let start = 0; start < length; start += 3 * 8192) {
      let chunk = '';
      const end = Math.min(length, start + 3 * 8192);
      for (let i = start; i < end; i += 3) {
        const a = bytes[i] as number;
        const b = i + 1 < end ? (bytes[i + 1] as number) : 0;
        const c = i + 2 < end ? (bytes[i + 2] as number) : 0;
        chunk += DIGITS.charAt(a >> 2) + DIGITS.charAt(((a & 3) << 4) | (b >> 4));
        chunk += i + 1 < end ? DIGITS.charAt(((b & 15) << 2) | (c >> 6)) : '=';
        chunk += i + 2 < end ? DIGITS.charAt(c & 63) : '=';
      }
      chunks.push(chunk);
    }
    return chunks.join('');
  }
}

export function fromBase64(text: string): Uint8Array {
  let padding = 0;
  if (text.endsWith('==')) padding = 2;
  else if (text.endsWith('=')) padding = 1;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      ((VALUES[text.charCodeAt(i)] as number) << 18) |
      ((VALUES[text.charCodeAt(i + 1)] as number) << 12) |
      ((VALUES[text.charCodeAt(i + 2)] as number) << 6) |
      (VALUES[text.charCodeAt(i + 3)] as number);
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Reads what ByteWriter wrote, in order. */
export class ByteReader {
  position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  byte(): number {
    if (this.position >= this.bytes.length) throw new Error('données tronquées');
    return this.bytes[this.position++] as number;
  }

  varint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
      shift += 7;
    }
  }
}
