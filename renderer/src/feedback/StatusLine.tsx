/** Progress and passing notices, announced politely; errors use ErrorBanner instead. */
export function StatusLine({ text, testId }: { text: string; testId: string }) {
  return (
    <div className="banner banner-status" role="status" data-testid={testId}>
      {text}
    </div>
  );
}
