/**
 * A given name that is also a verbal noun or an adjective (رضا، توفيق، تيسير، إيمان) after a
 * preposition, before a word of a construct it heads: عن رضا الجمهور، بعد توفيق الله، على تيسير
 * وصول الخدمة، من إيمان راسخ. A person after a preposition mostly ends the phrase there (على
 * خامنئي، عن جوزمان جرى …); a lone given name that runs on into a noun no list knows as a name is
 * the common word, doubted unless a fuller name or a mention the tagger is sure of backs it.
 */
import { foldArabic } from './normalize';
import { LEX } from './ner/lexicon';
import { words, type BoundsContext } from './people-context';
import { doubted, type Draft } from './people-link';
import { NAME_CLASS } from './people-not-names';
import { isVerbForm } from './people-extent';

/** Prepositions and adverbs that govern a noun in the genitive, written bare. */
const PREPOSITIONS = words('عن على بعد قبل من إلى مع عند لدى حول دون غير');

/** Words after a name that close its phrase rather than continue a construct: relatives, demonstratives. */
const CLOSERS = words('الذي التي الذين اللذين اللتين هذا هذه ذلك تلك');

/** Function words that open the next clause or term behind و (وما، وهو), not a construct's noun (وصول). */
const FUNCTION_WORDS = words('ما من في هو هي هم لا لم لن قد كان');

/**
 * Doubts, in place, each one-word draft that is a listed given name, no surname, right after a
 * preposition and right before a word no list knows as a name, no verb, no relative and no function word behind و (بعد صدام وما بعد القذافي).
 * @example doubtGivenNameAfterPreposition(ctx of 'يبحثون عن رضا الجمهور', draft 'رضا') → its confidence falls below 0.5
 */
export function doubtGivenNameAfterPreposition(ctx: BoundsContext, drafts: Draft[]): void {
  const { tokens, classOf } = ctx;
  for (const d of drafts) {
    if (d.words.length !== 1) continue;
    const prev = tokens[d.tokenStart - 1], next = tokens[d.tokenEnd], word = tokens[d.tokenStart]!;
    if (prev?.kind !== 'word' || next?.kind !== 'word' || d.start !== word.start) continue;
    const g = classOf(d.words[0]!), n = foldArabic(next.text);
    if (!PREPOSITIONS.has(foldArabic(prev.text)) || !(g & LEX.GIVEN) || g & LEX.SURNAME) continue;
    if (classOf(n) & (NAME_CLASS | LEX.TITLE | LEX.SPEECH) || CLOSERS.has(n) || /^[وف]/.test(n) && FUNCTION_WORDS.has(n.slice(1)) || isVerbForm(n)) continue;
    d.confidence = doubted(d.confidence);
  }
}
