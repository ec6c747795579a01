import { t } from '@/utils/i18n';

export interface QuoteCardProps {
  text: string;
  speaker: string | null;
  /** Set when the speaker is a recognised person: the name opens their card. */
  speakerEntity: string | null;
  confidence: number;
  onSpeaker(): void;
  onCopy(): void;
  copied: boolean;
}

/** The context card of a quotation: who said it, and copy with source. */
export function QuoteCard(p: QuoteCardProps) {
  return (
    <>
      <h2 id="hamish-card-title" tabIndex={-1}>{t('typeQuote')}</h2>
      <blockquote>{p.text.length > 400 ? `${p.text.slice(0, 400)}…` : p.text}</blockquote>
      <p class="speaker">
        {t('cardSpeaker')}{' '}
        {p.speaker === null ? (
          <span class="muted">{t('cardSpeakerUnknown')}</span>
        ) : p.speakerEntity ? (
          <button type="button" class="linklike" onClick={p.onSpeaker}>{p.speaker}</button>
        ) : (
          <span>{p.speaker}</span>
        )}
        {p.speaker !== null && p.confidence < 0.5 && <span class="muted"> ({t('cardUnsure')})</span>}
      </p>
      <button type="button" onClick={p.onCopy}>{p.copied ? t('cardCopied') : t('cardCopyWithSource')}</button>
    </>
  );
}
