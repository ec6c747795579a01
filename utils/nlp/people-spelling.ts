/**
 * Spellings of one name that folding leaves apart, and that news text mixes on one page: the
 * compound after عبد written as one word or two (عبدالله السدحان، عبد الله السدحان), a final ة
 * written ه (بدر باسلمة، بدر باسلمه), and a kunya opening a name in the case its place asks for
 * (عن أبي مالك الشامي، قال أبو مالك الشامي). Linking compares names in this form, so each
 * spelling joins one entity.
 */

/**
 * The words of a name (folded) in the one spelling linking compares.
 * @example spellingKey(['عبد', 'الله', 'السدحان']) → ['عبدالله', 'السدحان']
 * @example spellingKey(['ابي', 'مالك', 'الشامي']) → ['ابو', 'مالك', 'الشامي']
 */
export function spellingKey(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    // عبد الله and عبدالله: one given name, spaced or not.
    if (w === 'عبد' && i + 1 < words.length) w += words[++i]!;
    // أبي مالك after a preposition is أبو مالك: only the kunya opening the name, since in علي بن
    // أبي طالب the words after بن are the father's name and stay as written.
    else if (i === 0 && words.length > 1 && (w === 'ابي' || w === 'ابا')) w = 'ابو';
    out.push(w.endsWith('ة') ? w.slice(0, -1) + 'ه' : w);
  }
  return out;
}
