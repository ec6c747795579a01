/**
 * Word clusters as the tagger reads them: a 16-bit code per folded word holding its class in a
 * fine and in a coarse clustering (tests/tools/ner-clusters.ts learns both from the corpora's
 * words), so that a rare name shares weights with the frequent words it stands like.
 */

/** Classes of the fine clustering fit in 8 bits, the coarse one in 6; bit 15 marks a code (0 is "no cluster"). */
const FINE_BITS = 8;
const MARK = 0x8000;

/**
 * The code of a word in fine class `fine` and coarse class `coarse`.
 * @example clusterCode(5, 2) → 0x8205
 */
export function clusterCode(fine: number, coarse: number): number {
  if (fine < 0 || fine >= 1 << FINE_BITS || coarse < 0 || coarse >= 64) throw new Error(`cluster out of range: ${fine}, ${coarse}`);
  return MARK | (coarse << FINE_BITS) | fine;
}

/**
 * The fine class of a code (read once per new word).
 * @example fineCluster(0x8205) → 5
 */
export function fineCluster(code: number): number {
  return code & ((1 << FINE_BITS) - 1);
}

/**
 * The coarse class of a code; -1 for 0, a word without cluster.
 * @example coarseCluster(0x8205) → 2
 */
export function coarseCluster(code: number): number {
  return code & MARK ? (code & ~MARK) >> FINE_BITS : -1;
}
