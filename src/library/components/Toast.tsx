import { useEffect } from 'preact/hooks';

export interface ToastMessage {
  text: string;
  /** Offered as an "Undo" button while the message shows. */
  undo?: (() => void) | undefined;
  at: number;
}

const SHOWN_MS = 10_000;

export default function Toast({ message, onDismiss }: { message: ToastMessage | undefined; onDismiss: () => void }) {
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDismiss, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [message?.at]);
  return (
    <div class="toast-area" role="status" aria-live="polite">
      {message && (
        <div class="toast">
          <span>{message.text}</span>
          {message.undo && (
            <button
              type="button"
              onClick={() => {
                message.undo?.();
                onDismiss();
              }}
            >
              Undo
            </button>
          )}
          <button type="button" class="close" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
