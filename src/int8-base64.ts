// Signed bytes as base64 and back: how the shipped models (the buyer-intent model, the review model) keep their
// quantised weights in a generated module.

export function fromBase64(s: string): Int8Array {
  const bin = atob(s);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function toBase64(bytes: Int8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...new Uint8Array(bytes.buffer, bytes.byteOffset + i, Math.min(0x8000, bytes.length - i)));
  return btoa(bin);
}
