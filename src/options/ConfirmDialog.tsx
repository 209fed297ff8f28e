// A modal confirmation for an action that cannot be undone. Focus starts on Cancel (the safe choice), stays inside
// the dialog, Escape cancels, and focus goes back to whatever opened it.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus returns when the dialog closes (a click does not focus a button in every browser). */
  opener: RefObject<HTMLElement | null>;
}

export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel, opener }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
    const back = opener.current;
    return () => back?.focus();
  }, [opener]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); onCancel(); return; }
    if (e.key !== 'Tab') return;
    // Two buttons: Tab and Shift+Tab move between them and never leave the dialog.
    e.preventDefault();
    (document.activeElement === cancelRef.current ? confirmRef.current : cancelRef.current)?.focus();
  };
  return (
    <div class="dialog-backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-body"
        class="dialog" data-testid="confirm-dialog" onKeyDown={onKeyDown}>
        <h2 id="confirm-title">{title}</h2>
        <p id="confirm-body">{body}</p>
        <div class="dialog__actions">
          <button ref={cancelRef} type="button" class="button" onClick={onCancel}>{cancelLabel}</button>
          <button ref={confirmRef} type="button" class="button button--danger" onClick={onConfirm}>{confirmLabel}</button>
        </div>
      </div>
    </div>
  );
}
