/**
 * The compact binary form of the tagger's weights (what assets/model ships, base64-encoded):
 *
 *   "HNR1" · u8 nTags · u16 len + tag names (UTF-8, comma-joined) · f32 scale · f32 temperature
 *   · f32 O bias · f32 × (nTags + 2) × nTags transitions (start row, one row per tag, end row)
 *   · u32 nFeatures · sorted feature keys as LEB128 deltas · i8 weights, tag-major
 *
 * Tag-major weights and delta-coded keys are what make the file gzip well.
 */
import { runSteps } from '../../steps';

/** Weights of a first-order tagger, 8-bit quantised: score = weight × scale. */
export interface PackedModel {
  tags: string[];
  scale: number;
  /** Divides scores before forward-backward, so that marginals are calibrated. */
  temperature: number;
  /** Added to the O tag's score at decoding; negative values raise recall. */
  oBias: number;
  /** (nTags + 2) × nTags: start row, then one row per previous tag, then the end row. */
  transitions: Float32Array;
  /** Sorted ascending, unique, non-zero. */
  keys: Uint32Array;
  /** keys.length × nTags, row-major (feature, tag). */
  weights: Int8Array;
}

/**
 * Serialises a packed model.
 * @example decodeModel(encodeModel(m)).keys → m.keys
 */
export function encodeModel(m: PackedModel): Uint8Array {
  const K = m.tags.length;
  const nF = m.keys.length;
  const names = new TextEncoder().encode(m.tags.join(','));
  const bytes: number[] = [];
  const u8 = (v: number) => bytes.push(v & 0xff);
  const head = new DataView(new ArrayBuffer(4 * (3 + m.transitions.length + 1)));
  let o = 0;
  for (const v of [m.scale, m.temperature, m.oBias, ...m.transitions]) { head.setFloat32(o, v, true); o += 4; }
  head.setUint32(o, nF, true);
  for (const c of 'HNR1') u8(c.charCodeAt(0));
  u8(K); u8(names.length); u8(names.length >> 8);
  bytes.push(...names, ...new Uint8Array(head.buffer));
  let prev = 0;
  for (let i = 0; i < nF; i++) {
    let d = m.keys[i]! - prev;
    prev = m.keys[i]!;
    while (d >= 0x80) { u8((d & 0x7f) | 0x80); d = Math.floor(d / 128); }
    u8(d);
  }
  const out = new Uint8Array(bytes.length + nF * K);
  out.set(bytes);
  let p = bytes.length;
  for (let y = 0; y < K; y++) for (let i = 0; i < nF; i++) out[p++] = m.weights[i * K + y]! & 0xff;
  return out;
}

/** Everything of a packed model but its keys and weights, and where those start. */
export interface ModelHeader extends Omit<PackedModel, 'keys' | 'weights'> {
  nFeatures: number;
  /** Byte offset of the first delta-coded key. */
  keysAt: number;
}

/**
 * Reads the header of what `encodeModel` wrote; throws on a foreign buffer.
 * @example readHeader(encodeModel(m)).nFeatures → m.keys.length
 */
export function readHeader(buf: Uint8Array): ModelHeader {
  if (buf.length < 7 || String.fromCharCode(buf[0]!, buf[1]!, buf[2]!, buf[3]!) !== 'HNR1') throw new Error('not a Hamish tagger model');
  const K = buf[4]!;
  const nameLen = buf[5]! | (buf[6]! << 8);
  let p = 7;
  const tags = new TextDecoder().decode(buf.subarray(p, p + nameLen)).split(',');
  p += nameLen;
  const nTrans = (K + 2) * K;
  if (buf.length < p + 4 * (3 + nTrans + 1)) throw new Error('tagger model: truncated header');
  const view = new DataView(buf.buffer, buf.byteOffset + p, 4 * (3 + nTrans + 1));
  const scale = view.getFloat32(0, true), temperature = view.getFloat32(4, true), oBias = view.getFloat32(8, true);
  const transitions = new Float32Array(nTrans);
  for (let i = 0; i < nTrans; i++) transitions[i] = view.getFloat32(12 + 4 * i, true);
  const nFeatures = view.getUint32(12 + 4 * nTrans, true);
  return { tags, scale, temperature, oBias, transitions, nFeatures, keysAt: p + 4 * (3 + nTrans + 1) };
}

/**
 * Decodes keys [from, to) of the delta-coded key list into `keys`, reading from byte `at`
 * (the byte after key from − 1); returns the byte after key to − 1.
 * @example decodeKeys(buf, header.keysAt, keys, 0, keys.length) → the offset of the weights
 */
export function decodeKeys(buf: Uint8Array, at: number, keys: Uint32Array, from: number, to: number): number {
  let p = at;
  let prev = from > 0 ? keys[from - 1]! : 0;
  for (let i = from; i < to; i++) {
    let b = buf[p++]!;
    let d = b & 0x7f;
    let mul = 128;
    while (b & 0x80) {
      b = buf[p++]!;
      d += (b & 0x7f) * mul;
      mul *= 128;
    }
    prev += d;
    keys[i] = prev;
  }
  return p;
}

/**
 * Reads what `encodeModel` wrote; throws on a foreign or truncated buffer.
 * @example decodeModel(encodeModel(m)).tags → ['O', 'B-PERS', …]
 */
export function decodeModel(buf: Uint8Array): PackedModel {
  const { nFeatures: nF, keysAt, ...header } = readHeader(buf);
  const K = header.tags.length;
  const keys = new Uint32Array(nF);
  const p = decodeKeys(buf, keysAt, keys, 0, nF);
  if (p + nF * K !== buf.length) throw new Error(`tagger model: expected ${p + nF * K} bytes, got ${buf.length}`);
  const weights = new Int8Array(nF * K);
  const src = new Int8Array(buf.buffer, buf.byteOffset + p, nF * K);
  for (let y = 0; y < K; y++) for (let i = 0; i < nF; i++) weights[i * K + y] = src[y * nF + i]!;
  return { ...header, keys, weights };
}

const B64 = new Uint8Array(256).fill(255);
for (let i = 0; i < 64; i++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/** Characters decoded per loading step (about a millisecond). */
const CHARS_PER_STEP = 1 << 18;

/**
 * Decodes the whole 4-character groups of s[from, to) into out from p; returns the next p. A
 * plain function, not a loop in the generator: Node 20's V8 optimises a long loop while it runs
 * only outside generators (see LexiconReader).
 */
function decodeQuads(s: string, from: number, to: number, out: Uint8Array, p: number): number {
  for (let i = from; i < to; i += 4) {
    const a = B64[s.charCodeAt(i) & 0xff]!, b = B64[s.charCodeAt(i + 1) & 0xff]!, c = B64[s.charCodeAt(i + 2) & 0xff]!, d = B64[s.charCodeAt(i + 3) & 0xff]!;
    if ((a | b | c | d) > 63 || s.charCodeAt(i) > 0xff || s.charCodeAt(i + 1) > 0xff || s.charCodeAt(i + 2) > 0xff || s.charCodeAt(i + 3) > 0xff) throw new Error(`bad base64 at ${i}`);
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[p++] = v >> 16;
    out[p++] = (v >> 8) & 0xff;
    out[p++] = v & 0xff;
  }
  return p;
}

/**
 * Decodes standard base64 (no line breaks) in steps, yielding between them.
 * @example run(base64Steps('SE5SMQ==')) → bytes of 'HNR1'
 */
export function* base64Steps(s: string): Generator<void, Uint8Array> {
  // Where the platform decodes base64 itself (Chromium 140+, Firefox 133+), a megabyte takes a
  // millisecond or two; otherwise the loop below, a slice at a time.
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  if (typeof native === 'function') {
    try {
      return native.call(Uint8Array, s);
    } catch (err) {
      throw new Error(`bad base64: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 0x3d) n--;
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  const whole = n - (n % 4);
  let p = 0;
  for (let from = 0; from < whole; from += CHARS_PER_STEP) {
    const to = Math.min(whole, from + CHARS_PER_STEP);
    p = decodeQuads(s, from, to, out, p);
    if (to < whole) yield;
  }
  let acc = 0, bits = 0;
  for (let i = whole; i < n; i++) {
    const v = s.charCodeAt(i) > 0xff ? 255 : B64[s.charCodeAt(i)]!;
    if (v > 63) throw new Error(`bad base64 at ${i}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) { bits -= 8; out[p++] = (acc >> bits) & 0xff; }
  }
  return out;
}

/**
 * Decodes standard base64 (no line breaks) without relying on atob or Buffer.
 * @example base64ToBytes('SE5SMQ==') → bytes of 'HNR1'
 */
export function base64ToBytes(s: string): Uint8Array {
  return runSteps(base64Steps(s));
}
