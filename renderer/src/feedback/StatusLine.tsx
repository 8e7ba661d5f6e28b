/** Progress and passing notices, announced politely; errors use ErrorBanner instead. */
export function StatusLine({ text, testId, longWork = false }: { text: string; testId: string; longWork?: boolean }) {
  return (
    <div className={longWork ? 'banner banner-status long-work' : 'banner banner-status'} role="status" data-testid={testId}>
      {text}
    </div>
  );
}
