import { useEffect, useRef, useState } from 'preact/hooks';

/** A destructive action that asks once more before it runs; Escape or Cancel step back. */
export function ConfirmButton(props: { label: string; question: string; yes: string; no: string; onConfirm(): void; name?: string }) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="danger" data-action={props.name} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-label={props.question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <p>{props.question}</p>
      <button
        type="button"
        ref={yes}
        class="danger"
        data-action={props.name && `${props.name}-yes`}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.yes}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {props.no}
      </button>
    </div>
  );
}
