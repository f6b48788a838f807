/**
 * A name for some bytes, the same wherever they are read from: the plan cache names its entries by
 * it, and the plan readers tell a copy of an earlier file by it. Whoever trusts a match compares
 * the bytes themselves too: the digest need only spread names, not resist forgery.
 */
export const contentDigest = (bytes: Uint8Array): string => `${hash64("", bytes)}-${bytes.length.toString(36)}`;

// Hashed in JavaScript: node:crypto cost more start-up (Node 24: +24 M instructions, a quarter of
// bare node's) than hashing 2 MB here.
/** 64 bits (two 32-bit lanes, multiply-rotate mixing) of `seed` and `bytes`, as 16 hex digits. */
export function hash64(seed: string, bytes: Uint8Array): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b ^ seed.length;
  const mix = (word: number) => {
    a = Math.imul(a ^ word, 0xcc9e2d51);
    a = (a << 15) | (a >>> 17);
    b = Math.imul(b ^ word, 0x1b873593);
    b = (b << 13) | (b >>> 19);
    b = (b + a) | 0;
  };
  for (let i = 0; i < seed.length; i++) mix(seed.charCodeAt(i));
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) mix(bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
  for (let i = whole; i < bytes.length; i++) mix(bytes[i]);
  mix(bytes.length);
  // Final avalanche of each lane, so that nearby inputs give unrelated names.
  const avalanche = (h: number, other: number) => {
    h ^= other;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const high = avalanche(a, b);
  const low = avalanche(b, high);
  return high.toString(16).padStart(8, "0") + low.toString(16).padStart(8, "0");
}
