import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  className: string;
  testId: string;
  labelledBy: string;
  /** Esc or the cancel button: the dialog's owner closes it. */
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
}

/** A modal <dialog> holding one form: opened on mount, closed on unmount, Esc and submit handed to the owner. */
export function ModalForm({ className, testId, labelledBy, onCancel, onSubmit, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className}
      data-testid={testId}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </dialog>
  );
}
