import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export type ModalProps = {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
};

/** A modal dialog: the browser's own `<dialog>`, so focus, Escape and the backdrop behave as expected. */
export default function Modal({ title, onClose, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} class="modal" aria-label={title} onClose={onClose}>
      <header class="modal-head">
        <h2>{title}</h2>
        <button type="button" class="close" aria-label="Close" onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
