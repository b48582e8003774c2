/**
 * Incremental MD5 (RFC 1321). Drive reports `md5Checksum` for every binary file, and no MD5 is
 * available in the extension (WebCrypto has none), so uploads are verified with this small
 * implementation. It is fed chunk by chunk so a long recording is never held in memory at once.
 */

// Per-round left-rotation amounts.
const SHIFTS = [
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14,
  20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6,
  10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

// K[i] = floor(abs(sin(i + 1)) * 2^32), computed once instead of pasting 64 magic numbers.
const SINE_TABLE = Array.from({ length: 64 }, (_, i) =>
  Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000),
);

const BLOCK_BYTES = 64;

export class Md5 {
  private state = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
  private readonly block = new Uint8Array(BLOCK_BYTES);
  private readonly words = new Int32Array(16);
  private blockLength = 0;
  private totalBytes = 0;
  private finished = false;

  update(bytes: Uint8Array): this {
    if (this.finished) throw new Error('Md5: update() after digest()');
    this.totalBytes += bytes.length;
    let offset = 0;
    // Top up a partly filled block first, then hash whole blocks straight from the input.
    if (this.blockLength > 0) {
      const take = Math.min(BLOCK_BYTES - this.blockLength, bytes.length);
      this.block.set(bytes.subarray(0, take), this.blockLength);
      this.blockLength += take;
      offset = take;
      if (this.blockLength < BLOCK_BYTES) return this;
      this.processBlock(this.block, 0);
      this.blockLength = 0;
    }
    while (offset + BLOCK_BYTES <= bytes.length) {
      this.processBlock(bytes, offset);
      offset += BLOCK_BYTES;
    }
    this.block.set(bytes.subarray(offset), 0);
    this.blockLength = bytes.length - offset;
    return this;
  }

  /** Lower-case hex, the format of Drive's `md5Checksum`. */
  digestHex(): string {
    if (this.finished) throw new Error('Md5: digest() called twice');
    const bitLengthLow = (this.totalBytes * 8) >>> 0;
    // The message length is a 64-bit little-endian bit count; high word = bytes / 2^29.
    const bitLengthHigh = Math.floor(this.totalBytes / 0x20000000) >>> 0;
    const padLength =
      this.blockLength < 56 ? 56 - this.blockLength : BLOCK_BYTES + 56 - this.blockLength;
    const tail = new Uint8Array(padLength + 8);
    tail[0] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(padLength, bitLengthLow, true);
    view.setUint32(padLength + 4, bitLengthHigh, true);
    const bytesBefore = this.totalBytes;
    this.update(tail);
    this.totalBytes = bytesBefore;
    this.finished = true;
    let hex = '';
    const out = new DataView(this.state.buffer);
    for (let i = 0; i < 16; i++) hex += out.getUint8(i).toString(16).padStart(2, '0');
    return hex;
  }

  private processBlock(source: Uint8Array, offset: number): void {
    const words = this.words;
    for (let i = 0; i < 16; i++) {
      const at = offset + i * 4;
      words[i] =
        source[at]! | (source[at + 1]! << 8) | (source[at + 2]! << 16) | (source[at + 3]! << 24);
    }
    let a = this.state[0]!;
    let b = this.state[1]!;
    let c = this.state[2]!;
    let d = this.state[3]!;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      const sum = (a + f + SINE_TABLE[i]! + words[g]!) | 0;
      const shift = SHIFTS[i]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    // The state is little-endian on the wire; Int32Array's native order is little-endian on every
    // platform the extension runs on, and digestHex reads it through a DataView byte by byte.
    this.state[0] = (this.state[0]! + a) | 0;
    this.state[1] = (this.state[1]! + b) | 0;
    this.state[2] = (this.state[2]! + c) | 0;
    this.state[3] = (this.state[3]! + d) | 0;
  }
}

/** Hashes a Blob slice by slice; at most `sliceBytes` of it is in memory at a time. */
export async function md5OfBlob(
  blob: Blob,
  sliceBytes = 4 * 1024 * 1024,
  signal?: AbortSignal,
): Promise<string> {
  const md5 = new Md5();
  for (let start = 0; start < blob.size; start += sliceBytes) {
    signal?.throwIfAborted();
    const slice = blob.slice(start, Math.min(start + sliceBytes, blob.size));
    md5.update(new Uint8Array(await slice.arrayBuffer()));
  }
  return md5.digestHex();
}
